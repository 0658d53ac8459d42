/**
 * Scoring attribution relations against gold: one-to-one greedy matching, precision, recall, F1.
 *
 * A relation is a list of fragments per role (see `Relation` in brat.ts), so discontinuous gold
 * spans are handled throughout. Two matching modes:
 *
 * - overlap: content fragments overlap AND cue fragments overlap;
 * - exact:   content equal after trimming (see `EXACT_TRIM`) AND cue fragments overlap.
 *
 * Pairs allowed by the mode are ranked by how much they overlap (content Jaccard + cue Jaccard)
 * and taken greedily, best first, each gold and each predicted relation at most once.
 */
import type { Span } from '../doc/types.js';
import type { Relation } from './brat.js';

export type MatchMode = 'overlap' | 'exact';

/** Characters trimmed from both ends of a span before an exact comparison. */
export const EXACT_TRIM = new Set([...' \t\n\r\u00a0.,;:“”"‘’\'']);

export const MATCHING_RULES =
  'one-to-one greedy matching (best content+cue Jaccard first); overlap: content spans overlap AND cue spans overlap; ' +
  'exact: content equal after trimming whitespace and . , ; : “ ” " ‘ ’ \' from both ends (fragments merged across such gaps) AND cue spans overlap; ' +
  'micro-averaged over documents; P, R or F1 is 0 when its denominator is 0';

export interface Prf {
  tp: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts; each is 0 when its denominator is 0. */
export function prf(tp: number, gold: number, predicted: number): Prf {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, gold, predicted, precision, recall, f1 };
}

/** Total characters shared by two fragment lists. */
export function overlapChars(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) {
    for (const y of b) {
      const o = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      if (o > 0) n += o;
    }
  }
  return n;
}

export function spansOverlap(a: readonly Span[], b: readonly Span[]): boolean {
  return overlapChars(a, b) > 0;
}

function length(a: readonly Span[]): number {
  return a.reduce((n, s) => n + Math.max(0, s.end - s.start), 0);
}

function jaccard(a: readonly Span[], b: readonly Span[]): number {
  const inter = overlapChars(a, b);
  const union = length(a) + length(b) - inter;
  return union <= 0 ? 0 : inter / union;
}

/**
 * Fragments trimmed of `EXACT_TRIM` characters at both ends, empty ones dropped, sorted, and
 * neighbours merged when only trim characters separate them.
 */
export function normalizeSpans(spans: readonly Span[], text: string): Span[] {
  const trimmed: Span[] = [];
  for (const s of spans) {
    let start = Math.max(0, s.start);
    let end = Math.min(text.length, s.end);
    while (start < end && EXACT_TRIM.has(text[start])) start++;
    while (end > start && EXACT_TRIM.has(text[end - 1])) end--;
    if (end > start) trimmed.push({ start, end });
  }
  trimmed.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of trimmed) {
    const prev = out[out.length - 1];
    if (prev && (s.start <= prev.end || onlyTrim(text, prev.end, s.start))) prev.end = Math.max(prev.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function onlyTrim(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!EXACT_TRIM.has(text[i])) return false;
  return true;
}

export function spansExact(a: readonly Span[], b: readonly Span[], text: string): boolean {
  const na = normalizeSpans(a, text);
  const nb = normalizeSpans(b, text);
  return na.length === nb.length && na.every((s, i) => s.start === nb[i].start && s.end === nb[i].end);
}

/**
 * One-to-one greedy matching. `weight(g, p)` returns undefined when the pair may not match,
 * else a weight; pairs are taken by weight (highest first), then gold index, then predicted index.
 */
export function greedyMatch(
  nGold: number,
  nPred: number,
  weight: (g: number, p: number) => number | undefined,
): [number, number][] {
  const cands: { g: number; p: number; w: number }[] = [];
  for (let g = 0; g < nGold; g++) {
    for (let p = 0; p < nPred; p++) {
      const w = weight(g, p);
      if (w !== undefined) cands.push({ g, p, w });
    }
  }
  cands.sort((x, y) => y.w - x.w || x.g - y.g || x.p - y.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Whether the two sources agree: both absent, or both present and overlapping. */
export function sourcesAgree(gold: Relation, pred: Relation): boolean {
  if (!gold.source || !pred.source) return !gold.source && !pred.source;
  return spansOverlap(gold.source, pred.source);
}

/** Matches predicted relations to gold ones in one document. */
export function matchRelations(
  gold: readonly Relation[],
  pred: readonly Relation[],
  text: string,
  mode: MatchMode | 'overlap+source',
): [number, number][] {
  return greedyMatch(gold.length, pred.length, (gi, pi) => {
    const g = gold[gi];
    const p = pred[pi];
    if (!spansOverlap(g.cue, p.cue)) return undefined;
    if (mode === 'exact') {
      if (!spansExact(g.content, p.content, text)) return undefined;
    } else if (!spansOverlap(g.content, p.content)) return undefined;
    if (mode === 'overlap+source' && !sourcesAgree(g, p)) return undefined;
    return jaccard(g.content, p.content) + jaccard(g.cue, p.cue);
  });
}

export type Component = 'source' | 'cue' | 'content';
export const COMPONENTS: readonly Component[] = ['source', 'cue', 'content'];

/** Raw counts for one document (or a sum over documents). */
export interface Counts {
  documents: number;
  gold: number;
  predicted: number;
  tp: number;
  exactTp: number;
  /** Matches that also agree on the source (both absent, or overlapping). */
  sourceTp: number;
  /** Among overlap-matched pairs. */
  source: {
    matched: number;
    goldWithSource: number;
    predictedWithSource: number;
    bothWithout: number;
    overlap: number;
    exact: number;
  };
  components: Record<Component, { gold: number; predicted: number; overlapTp: number; exactTp: number }>;
}

export function emptyCounts(): Counts {
  const comp = () => ({ gold: 0, predicted: 0, overlapTp: 0, exactTp: 0 });
  return {
    documents: 0,
    gold: 0,
    predicted: 0,
    tp: 0,
    exactTp: 0,
    sourceTp: 0,
    source: { matched: 0, goldWithSource: 0, predictedWithSource: 0, bothWithout: 0, overlap: 0, exact: 0 },
    components: { source: comp(), cue: comp(), content: comp() },
  };
}

export interface DocumentResult {
  counts: Counts;
  /** Overlap-mode matches as [gold index, predicted index]. */
  pairs: [number, number][];
  unmatchedGold: number[];
  unmatchedPred: number[];
}

/** Scores one document's predicted relations against its gold relations. */
export function scoreDocument(text: string, gold: readonly Relation[], pred: readonly Relation[]): DocumentResult {
  const c = emptyCounts();
  c.documents = 1;
  c.gold = gold.length;
  c.predicted = pred.length;
  const pairs = matchRelations(gold, pred, text, 'overlap');
  c.tp = pairs.length;
  c.exactTp = matchRelations(gold, pred, text, 'exact').length;
  c.sourceTp = matchRelations(gold, pred, text, 'overlap+source').length;
  for (const [gi, pi] of pairs) {
    const g = gold[gi];
    const p = pred[pi];
    c.source.matched++;
    if (g.source) c.source.goldWithSource++;
    if (p.source) c.source.predictedWithSource++;
    if (!g.source && !p.source) c.source.bothWithout++;
    if (g.source && p.source) {
      if (spansOverlap(g.source, p.source)) c.source.overlap++;
      if (spansExact(g.source, p.source, text)) c.source.exact++;
    }
  }
  for (const comp of COMPONENTS) {
    const gs = uniqueSpans(gold.map((r) => r[comp]));
    const ps = uniqueSpans(pred.map((r) => r[comp]));
    const cc = c.components[comp];
    cc.gold = gs.length;
    cc.predicted = ps.length;
    cc.overlapTp = greedyMatch(gs.length, ps.length, (g, p) => (spansOverlap(gs[g], ps[p]) ? jaccard(gs[g], ps[p]) : undefined)).length;
    cc.exactTp = greedyMatch(gs.length, ps.length, (g, p) => (spansExact(gs[g], ps[p], text) ? 1 : undefined)).length;
  }
  const matchedG = new Set(pairs.map((x) => x[0]));
  const matchedP = new Set(pairs.map((x) => x[1]));
  return {
    counts: c,
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter((i) => !matchedG.has(i)),
    unmatchedPred: pred.map((_, i) => i).filter((i) => !matchedP.has(i)),
  };
}

/** Distinct fragment lists (a source shared by two relations counts once). */
function uniqueSpans(lists: readonly (readonly Span[] | undefined)[]): Span[][] {
  const seen = new Map<string, Span[]>();
  for (const l of lists) {
    if (!l || l.length === 0) continue;
    const key = l.map((s) => `${s.start}-${s.end}`).join(';');
    if (!seen.has(key)) seen.set(key, [...l]);
  }
  return [...seen.values()];
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.documents += b.documents;
  a.gold += b.gold;
  a.predicted += b.predicted;
  a.tp += b.tp;
  a.exactTp += b.exactTp;
  a.sourceTp += b.sourceTp;
  for (const k of Object.keys(a.source) as (keyof Counts['source'])[]) a.source[k] += b.source[k];
  for (const comp of COMPONENTS) {
    const x = a.components[comp];
    const y = b.components[comp];
    x.gold += y.gold;
    x.predicted += y.predicted;
    x.overlapTp += y.overlapTp;
    x.exactTp += y.exactTp;
  }
  return a;
}

export interface ScoreSummary {
  precision: number;
  recall: number;
  f1: number;
  exactPrecision: number;
  exactRecall: number;
  exactF1: number;
  documents: number;
  gold: number;
  predicted: number;
  tp: number;
  exactTp: number;
  /** Overlap matching that also requires the sources to agree (both absent, or overlapping). */
  withSource: { tp: number; precision: number; recall: number; f1: number };
  /** Source agreement among overlap-matched relations. */
  source: Counts['source'] & {
    /** overlap / goldWithSource */
    overlapAccuracy: number;
    /** exact / goldWithSource */
    exactAccuracy: number;
  };
  /** Each role scored on its own: distinct spans, one-to-one matching. */
  components: Record<Component, { gold: number; predicted: number; overlap: Prf; exact: Prf }>;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function summarize(c: Counts): ScoreSummary {
  const o = prf(c.tp, c.gold, c.predicted);
  const e = prf(c.exactTp, c.gold, c.predicted);
  const s = prf(c.sourceTp, c.gold, c.predicted);
  const components = {} as ScoreSummary['components'];
  for (const comp of COMPONENTS) {
    const x = c.components[comp];
    components[comp] = {
      gold: x.gold,
      predicted: x.predicted,
      overlap: prf(x.overlapTp, x.gold, x.predicted),
      exact: prf(x.exactTp, x.gold, x.predicted),
    };
  }
  return {
    precision: o.precision,
    recall: o.recall,
    f1: o.f1,
    exactPrecision: e.precision,
    exactRecall: e.recall,
    exactF1: e.f1,
    documents: c.documents,
    gold: c.gold,
    predicted: c.predicted,
    tp: c.tp,
    exactTp: c.exactTp,
    withSource: { tp: s.tp, precision: s.precision, recall: s.recall, f1: s.f1 },
    source: {
      matched: c.source.matched,
      goldWithSource: c.source.goldWithSource,
      predictedWithSource: c.source.predictedWithSource,
      bothWithout: c.source.bothWithout,
      overlap: c.source.overlap,
      exact: c.source.exact,
      overlapAccuracy: ratio(c.source.overlap, c.source.goldWithSource),
      exactAccuracy: ratio(c.source.exact, c.source.goldWithSource),
    },
    components,
  };
}
