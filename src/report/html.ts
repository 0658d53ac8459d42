/** Self-contained HTML report (placeholder). */
import type { Doc } from '../doc/types.js';

export function renderHtml(doc: Doc): string {
  return `<!doctype html><title>Sift</title><p>${doc.attributions.length}</p>`;
}
