/**
 * Stage 3: coordinated co-publications. For every story and every two domains whose copies of it
 * appeared within the coordination interval Δ of each other, the pair gains one coordinated
 * co-publication and a weight
 *
 *   popularity(s) × exp(−gap / Δ) × exp(−later lag behind the origin / 24 h)
 *
 * - popularity(s) = ln(D / n_s) / ln(D / 2), clamped to [0, 1]: a story only two of D domains
 *   carry counts 1, one that half the domains carry counts ~0 (an inverse document frequency; big
 *   news copied everywhere says little about any pair);
 * - closeness to each other: 1 for simultaneous copies, 1/e at the edge of the interval;
 * - closeness to the origin (the story's earliest copy): copies within hours of it count fully,
 *   a day later 1/e (the networks described by VIGINUM and Recorded Future publish within a day).
 *
 * Only pairs inside the interval are enumerated (a sliding window over each story's copies in
 * time order), so a story's cost grows with its bursts, not with the square of its size.
 */
import type { CopyTable } from './types.js';

export const ORIGIN_SCALE_MS = 24 * 3_600_000;

export interface PairTable {
  /** Domain indices of each pair (a < b). */
  a: number[];
  b: number[];
  coordinated: number[];
  weight: number[];
  gapSum: number[];
}

export function popularityWeight(domains: number, copies: number): number {
  if (domains <= 2) return 1;
  return Math.max(0, Math.min(1, Math.log(domains / copies) / Math.log(domains / 2)));
}

export function coordinatedPairs(t: CopyTable, intervalMs: number): PairTable {
  const D = t.domains.length;
  const index = new Map<number, number>();
  const out: PairTable = { a: [], b: [], coordinated: [], weight: [], gapSum: [] };
  const S = t.storyIds.length;
  for (let s = 0; s < S; s++) {
    const lo = t.storyStart[s]!;
    const hi = t.storyStart[s + 1]!;
    const n = hi - lo;
    if (n < 2) continue;
    const pop = popularityWeight(D, n);
    const t0 = t.copyTime[lo]!;
    for (let i = lo; i < hi; i++) {
      const ti = t.copyTime[i]!;
      const di = t.copyDomain[i]!;
      for (let j = i + 1; j < hi; j++) {
        const gap = t.copyTime[j]! - ti;
        if (gap > intervalMs) break;
        const dj = t.copyDomain[j]!;
        const x = di < dj ? di : dj;
        const y = di < dj ? dj : di;
        const key = x * D + y;
        const w = pop * Math.exp(-gap / intervalMs) * Math.exp(-(t.copyTime[j]! - t0) / ORIGIN_SCALE_MS);
        let k = index.get(key);
        if (k === undefined) {
          k = out.a.length;
          index.set(key, k);
          out.a.push(x);
          out.b.push(y);
          out.coordinated.push(0);
          out.weight.push(0);
          out.gapSum.push(0);
        }
        out.coordinated[k]!++;
        out.weight[k]! += w;
        out.gapSum[k]! += gap;
      }
    }
  }
  return out;
}
