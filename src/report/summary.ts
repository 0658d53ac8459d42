/**
 * Sourcing summary: how much of the article's text rests on each source, and how much is
 * hedged or unsourced. Shares are fractions of the characters inside sentences.
 */
import type { Doc, Span } from '../doc/types.js';

export interface SourceShare {
  name: string;
  kind: string;
  /** Full chains through which this source is cited, e.g. ["RIA Novosti", "Andrei Marochko"]. */
  chains: string[][];
  attributions: number;
  /** Characters of content attributed to this source (as the innermost link). */
  chars: number;
  share: number;
}

export interface SourcingSummary {
  sentences: number;
  textChars: number;
  attributedShare: number;
  hedgedShare: number;
  unsourcedShare: number;
  sources: SourceShare[];
}

export function summarize(doc: Doc): SourcingSummary {
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
    return { ...s, chars, share: round(chars / textChars) };
  });
  sources.sort((x, y) => y.chars - x.chars || y.attributions - x.attributions);
  return {
    sentences: doc.sentences.length,
    textChars,
    attributedShare: round(coveredLength(doc.attributions.map((a) => a.content)) / textChars),
    hedgedShare: round(coveredLength(doc.hedged) / textChars),
    unsourcedShare: round(coveredLength(doc.unsourced) / textChars),
    sources,
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
