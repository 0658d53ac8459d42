/** Per-source details the renderers show beside the summary's shares. */
import type { Attribution, SourceKind } from '../doc/types.js';

const SPECIFICITY: Record<SourceKind, number> = { person: 0, outlet: 0, organization: 0, unknown: 1, descriptor: 2, pronoun: 3 };

/**
 * The most specific kind and the first role among the attributions to a source name: a source
 * first met as "the expert" (descriptor) but also named outright is shown as a person.
 */
export function describeSource(name: string, attributions: readonly Attribution[]): { kind: SourceKind; role?: string } {
  const key = name.toLowerCase();
  let kind: SourceKind = 'unknown';
  let best = Infinity;
  let role: string | undefined;
  for (const a of attributions) {
    if (a.source.name.toLowerCase() !== key) continue;
    if (SPECIFICITY[a.source.kind] < best) {
      best = SPECIFICITY[a.source.kind];
      kind = a.source.kind;
    }
    role ??= a.source.role || undefined;
  }
  return role ? { kind, role } : { kind };
}
