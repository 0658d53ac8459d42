/**
 * Sourcing summary: how much of the article's text rests on each source, and how much is
 * hedged or unsourced. Shares are fractions of the characters inside sentences.
 *
 * `resting` adds what the sources knowledge base knows: the content resting on each link of the
 * chains (an outlet that a person is cited through carries that person's content too), and on
 * state-affiliated, low-rated and listed sources — as shares of the text and of the attributed
 * content.
 */
import type { Doc, Span } from '../doc/types.js';
import type { DocKnowledge } from '../sources/doc.js';

export interface SourceShare {
  name: string;
  kind: string;
  /** Full chains through which this source is cited, e.g. ["RIA Novosti", "Andrei Marochko"]. */
  chains: string[][];
  attributions: number;
  /** Characters of content attributed to this source (as the innermost link). */
  chars: number;
  share: number;
  /** The sources knowledge-base entry this source resolves to (a key of the JSON's `knownSources`). */
  ref?: string;
}

/** Content resting on something: characters, share of the text, share of the attributed content. */
export interface RestingShare {
  chars: number;
  share: number;
  ofAttributed: number;
}

export interface RestingSource extends RestingShare {
  name: string;
  ref?: string;
  stateAffiliated: boolean;
  lowRated: boolean;
  listed: boolean;
}

export interface RestingSummary {
  /** Characters inside the content of any attribution. */
  attributedChars: number;
  /** Every source that appears as a link of a chain, with the content whose chain includes it; most first. */
  sources: RestingSource[];
  /** Content whose chain includes a state-affiliated source (state editorial control per state-media-profiles, or your entry). */
  stateAffiliated: RestingShare & { sources: string[] };
  /** Content whose chain includes a source rated unreliable (Sift's reliability field). */
  lowRated: RestingShare & { sources: string[] };
  /** Content whose chain includes a source on a list of concern (Portal Kombat, pink slime, fake news, RT mirrors, your lists). */
  listed: RestingShare & { sources: string[] };
}

export interface SourcingSummary {
  sentences: number;
  textChars: number;
  attributedShare: number;
  hedgedShare: number;
  unsourcedShare: number;
  sources: SourceShare[];
  resting: RestingSummary;
}

/** The summary of `doc`, with what the sources knowledge base says about its sources (`knowDoc`). */
export function summarize(doc: Doc, knowledge: DocKnowledge): SourcingSummary {
  const textChars = doc.sentences.reduce((n, s) => n + (s.end - s.start), 0) || doc.text.length || 1;
  const bySource = new Map<string, SourceShare & { spans: Span[] }>();
  for (const a of doc.attributions) {
    const key = a.source.name.toLowerCase();
    let entry = bySource.get(key);
    if (!entry) {
      entry = { name: a.source.name, kind: a.source.kind, chains: [], attributions: 0, chars: 0, share: 0, spans: [] };
      bySource.set(key, entry);
    }
    entry.attributions++;
    entry.spans.push(a.content);
    if (!entry.chains.some((c) => c.join('\u0000') === a.chain.join('\u0000'))) entry.chains.push(a.chain);
  }
  const sources = [...bySource.values()].map(({ spans, ...s }) => {
    const chars = coveredLength(spans);
    const out: SourceShare = { ...s, chars, share: round(chars / textChars) };
    const ref = knowledge.byName.get(s.name.toLowerCase())?.ref;
    if (ref) out.ref = ref;
    return out;
  });
  sources.sort((x, y) => y.chars - x.chars || y.attributions - x.attributions);
  const attributedChars = coveredLength(doc.attributions.map((a) => a.content));
  return {
    sentences: doc.sentences.length,
    textChars,
    attributedShare: round(attributedChars / textChars),
    hedgedShare: round(coveredLength(doc.hedged) / textChars),
    unsourcedShare: round(coveredLength(doc.unsourced) / textChars),
    sources,
    resting: restingSummary(doc, knowledge, textChars, attributedChars),
  };
}

/** The `resting` part of the summary from a document's sources knowledge (`knowDoc`). */
export function restingSummary(doc: Doc, knowledge: DocKnowledge, textChars: number, attributedChars: number): RestingSummary {
  const share = (spans: readonly Span[]): RestingShare => {
    const chars = coveredLength(spans);
    return { chars, share: round(chars / textChars), ofAttributed: attributedChars ? round(chars / attributedChars) : 0 };
  };
  const byLink = new Map<string, { name: string; spans: Span[] }>();
  const flagged = { stateAffiliated: [] as Span[], lowRated: [] as Span[], listed: [] as Span[] };
  const flaggedNames = { stateAffiliated: new Set<string>(), lowRated: new Set<string>(), listed: new Set<string>() };
  for (const a of doc.attributions) {
    const links = knowledge.links.get(a.id) ?? [];
    const seen = new Set<string>();
    for (const link of links) {
      const key = link.name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      let entry = byLink.get(key);
      if (!entry) byLink.set(key, (entry = { name: link.name, spans: [] }));
      entry.spans.push(a.content);
      const k = link.ref ? knowledge.known.get(link.ref) : undefined;
      if (!k) continue;
      for (const flag of ['stateAffiliated', 'lowRated', 'listed'] as const) {
        if (!k[flag]) continue;
        flagged[flag].push(a.content);
        flaggedNames[flag].add(link.name);
      }
    }
  }
  const sources: RestingSource[] = [...byLink.values()].map(({ name, spans }) => {
    const link = knowledge.byName.get(name.toLowerCase());
    const k = link?.ref ? knowledge.known.get(link.ref) : undefined;
    const out: RestingSource = { name, ...share(spans), stateAffiliated: k?.stateAffiliated ?? false, lowRated: k?.lowRated ?? false, listed: k?.listed ?? false };
    if (link?.ref) out.ref = link.ref;
    return out;
  });
  sources.sort((x, y) => y.chars - x.chars || (x.name < y.name ? -1 : 1));
  return {
    attributedChars,
    sources,
    stateAffiliated: { ...share(flagged.stateAffiliated), sources: [...flaggedNames.stateAffiliated] },
    lowRated: { ...share(flagged.lowRated), sources: [...flaggedNames.lowRated] },
    listed: { ...share(flagged.listed), sources: [...flaggedNames.listed] },
  };
}

/** Length of the union of spans. */
export function coveredLength(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const s of sorted) {
    if (s.start > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = s.start;
      curEnd = s.end;
    } else if (s.end > curEnd) {
      curEnd = s.end;
    }
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
