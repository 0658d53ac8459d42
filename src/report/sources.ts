/** Per-source details the renderers show beside the summary's shares. */
import type { Attribution, SourceKind } from '../doc/types.js';
import { RSP_STATUS, TYPOLOGY } from '../sources/data/meanings.js';
import type { KnownSource } from '../sources/describe.js';

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

/** Short phrases, each ending with its provenance, for what the knowledge base says about a source. */
export interface KnownPhrases {
  /** "state-controlled media (SC), Russia, Rossiya Segodnya [state-media-profiles]". */
  affiliation: string[];
  /** The reliability field first, then each rating. */
  ratings: string[];
  /** Lists and EUvsDisinfo case counts. */
  lists: string[];
  notes: string[];
}

export function knownPhrases(k: KnownSource): KnownPhrases {
  const on = (xs: readonly string[] | undefined): string => (xs && xs.length && !(xs.length === 1 && xs[0] === k.ref && k.domains.length === 1) ? ` for ${xs.slice(0, 3).join(', ')}${xs.length > 3 ? ` +${xs.length - 3}` : ''}` : '');
  const affiliation = k.affiliations.map((a) => {
    const label = a.typology ? `${TYPOLOGY[a.typology]?.label ?? `typology ${a.typology}`} (${a.typology})` : a.label;
    const bits = [label, a.country, a.company && a.company !== k.name ? a.company : undefined].filter(Boolean).join(', ');
    return `${bits}${on(a.on)} [${a.dataset}]`;
  });
  const ratings: string[] = [];
  if (k.reliability) ratings.push(`reliability: ${k.reliability.value} [${k.reliability.dataset}: ${k.reliability.basis}]`);
  for (const r of k.ratings) {
    if (r.dataset === 'user' && r.rating === 'reliability') continue;
    if (r.rating === 'Wikipedia RSP status') ratings.push(`Wikipedia RSP “${r.entry}”: ${r.meaning} [${r.dataset}]`);
    else if (r.rating === 'domain quality (pc1)') ratings.push(`quality pc1 ${r.value}${on(r.on)} [${r.dataset}]`);
    else if (r.rating === 'reliability label') ratings.push(`label ${r.meaning}${on(r.on)} [${r.dataset}]`);
    else ratings.push(`${r.rating} ${r.value}${on(r.on)} [${r.dataset}]`);
  }
  const lists = k.lists.map((l) => `${l.meaning}${on(l.on)} [${l.dataset}: ${l.list}]`);
  for (const c of k.cases) lists.push(`named in ${c.cases} EUvsDisinfo case${c.cases === 1 ? '' : 's'}${c.first ? ` (${c.first === c.last ? c.first : `${c.first} to ${c.last}`})` : ''} as “${c.as}” [${c.dataset}]`);
  return { affiliation, ratings, lists, notes: [...k.notes] };
}


/** The same, shorter, for one terminal line each (no per-domain detail). */
export interface CompactKnown {
  affiliation?: string;
  reliability?: string;
  alsoRated: string[];
  lists: string[];
}

export function compactKnown(k: KnownSource): CompactKnown {
  const out: CompactKnown = { alsoRated: [], lists: [] };
  const a = k.affiliations[0];
  if (a) {
    const label = a.typology ? `${TYPOLOGY[a.typology]?.label ?? `typology ${a.typology}`} (${a.typology})` : a.label;
    out.affiliation = `${[label, a.country, a.company && a.company !== k.name ? a.company : undefined].filter(Boolean).join(', ')} [${a.dataset}]${k.affiliations.length > 1 ? ` +${k.affiliations.length - 1}` : ''}`;
  }
  if (k.reliability) out.reliability = `reliability ${k.reliability.value} [${k.reliability.dataset}: ${k.reliability.basis}]`;
  const seen = new Set<string>();
  for (const r of k.ratings) {
    if (r.dataset === k.reliability?.dataset && (r.rating === 'reliability label' || r.rating === 'reliability')) continue;
    let text: string;
    if (r.rating === 'Wikipedia RSP status') text = `RSP ${RSP_STATUS[String(r.value)] ?? r.value}`;
    else if (r.rating === 'domain quality (pc1)') text = `pc1 ${r.value}`;
    else if (r.rating === 'reliability label') text = `label ${r.value}`;
    else if (r.rating === 'MBFC factual reporting') text = `MBFC factual ${r.value}`;
    else if (r.rating === 'MBFC credibility') text = `MBFC ${r.value}`;
    else text = `${r.rating} ${r.value}`;
    const phrase = `${text} [${r.dataset}]`;
    if (!seen.has(phrase)) out.alsoRated.push(phrase);
    seen.add(phrase);
  }
  for (const l of k.lists) out.lists.push(`${l.list}${l.concern ? '' : ` (${l.list === 'EuVsDisinfo' ? 'appeared in a case' : 'background list'})`} [${l.dataset}]`);
  for (const c of k.cases) out.lists.push(`named in ${c.cases} EUvsDisinfo case${c.cases === 1 ? '' : 's'} [${c.dataset}]`);
  return out;
}
