/**
 * Naming sources and resolving references. A source phrase is named from the mentions inside
 * it (person, outlet, organisation); pronouns and descriptors ("the expert", "the agency") take
 * the name of the latest earlier source that fits; a surname takes its full name.
 */
import type { Mention, SourceKind, SourceRef, Span } from '../doc/types.js';
import { ALL_DESCRIPTORS as ROLE_WORDS, ALL_PERSON_PRONOUNS as PERSON_PRONOUNS, ALL_THING_PRONOUNS as THING_PRONOUNS } from '../lang/index.js';

const OUTLET_HEADS = new Set(['agency', 'outlet', 'newspaper', 'publication', 'channel', 'broadcaster', 'paper', 'network', 'site', 'website', 'агентство', 'издание', 'видання', 'газета', 'канал']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'этот', 'эта', 'цей', 'ця']);
const MENTION_RANK: Record<string, number> = { person: 4, outlet: 3, organization: 2, name: 1 };

/** Sources seen so far in the document, in text order, for resolving later references. */
export interface SourceMemory {
  resolved: SourceRef[];
}

export function nameSource(
  text: string,
  span: Span,
  mentions: readonly Mention[],
  memory: SourceMemory,
  appositive?: string,
): SourceRef {
  const surface = text.slice(span.start, span.end);
  const base: SourceRef = { start: span.start, end: span.end, text: surface, name: surface, kind: 'unknown' };
  const best = bestMention(mentions, span);
  if (best) {
    base.name = best.canonical ?? best.text;
    base.kind = kindOf(best);
    const role = best.role ?? appositive?.replace(/^(a|an|the)\s+/i, '') ?? rolePrefix(text, span, best);
    if (role) base.role = role;
    if (best.canonical && best.type === 'person' && best.canonical !== best.text) {
      base.resolvedFrom = { start: best.start, end: best.end, text: best.text };
      const earlier = memory.resolved.findLast((s) => s.name === best.canonical);
      if (earlier?.role && !base.role) base.role = earlier.role;
    }
    return base;
  }
  const words = surface.toLowerCase().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (words.length === 1 && PERSON_PRONOUNS.has(last)) return refer(base, memory, (s) => s.kind === 'person', 'pronoun');
  if (words.length === 1 && THING_PRONOUNS.has(last)) return refer(base, memory, (s) => s.kind === 'outlet' || s.kind === 'organization', 'pronoun');
  if (words.length >= 2 && words.length <= 3 && POSSESSIVE_PRONOUNS.has(words[0]!)) {
    // "His government" → "Vladimir Putin's government"
    const owner = refer(base, memory, (s) => s.kind === 'person', 'descriptor');
    if (owner.resolvedFrom) return { ...owner, name: `${owner.name}'s ${surface.split(/\s+/).slice(1).join(' ')}`, kind: 'descriptor' };
  }
  if (words.length <= 3 && DEFINITE.has(words[0]!)) {
    if (OUTLET_HEADS.has(last)) return refer(base, memory, (s) => s.kind === 'outlet', 'descriptor');
    if (ROLE_WORDS.has(last)) {
      return refer(base, memory, (s) => s.kind === 'person' && (s.role ?? '').toLowerCase().includes(last), 'descriptor');
    }
  }
  base.kind = words.some((w) => ROLE_WORDS.has(w)) ? 'descriptor' : words.length === 1 && /^(they|we|i|you|они|ми|мы|вони)$/.test(last) ? 'pronoun' : 'unknown';
  return base;
}

function refer(base: SourceRef, memory: SourceMemory, fits: (s: SourceRef) => boolean, kind: SourceKind): SourceRef {
  const target = memory.resolved.findLast(fits);
  if (!target) return { ...base, kind };
  const out: SourceRef = {
    ...base,
    name: target.name,
    kind: target.kind,
    resolvedFrom: { start: base.start, end: base.end, text: base.text },
  };
  if (target.role) out.role = target.role;
  return out;
}

/** `mentions` are sorted by start (as the mentions layer is): only those inside `span` are read. */
function bestMention(mentions: readonly Mention[], span: Span): Mention | undefined {
  let best: Mention | undefined;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let x = lo; x < mentions.length && mentions[x]!.start < span.end; x++) {
    const m = mentions[x]!;
    if (m.end > span.end) continue;
    const rank = MENTION_RANK[m.type] ?? 0;
    if (rank === 0) continue;
    if (!best || rank > (MENTION_RANK[best.type] ?? 0)) best = m;
  }
  return best;
}

function kindOf(m: Mention): SourceKind {
  if (m.type === 'person' || m.type === 'outlet' || m.type === 'organization') return m.type;
  return 'unknown';
}

/** Lower-case role words inside the phrase before the name: "military expert" in "military expert Andrei Marochko". */
function rolePrefix(text: string, span: Span, m: Mention): string | undefined {
  const before = text.slice(span.start, m.start).trim();
  if (!before) return undefined;
  const words = before.split(/\s+/);
  return words.some((w) => ROLE_WORDS.has(w.toLowerCase())) ? before.replace(/^(the|a|an)\s+/i, '') : undefined;
}
