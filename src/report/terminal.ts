/** Terminal report (placeholder). */
import type { Doc } from '../doc/types.js';

export function renderTerminal(doc: Doc, _opts: { color?: boolean } = {}): string {
  return `${doc.attributions.length} attributions\n`;
}
