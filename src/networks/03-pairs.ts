/**
 * Stage 3: co-publications. For every story and every two of its co-publishers (its copies minus
 * the origin, see origin.ts), the pair gains one co-published story — unless both copies are
 * dated and further apart than the coordination interval Δ (at their precision: two copies dated
 * the same or adjacent days are within a day of each other, so the bar for a pair is
 * max(Δ, the coarser precision of the two dates)). An undated copy is never ruled out by time: it
 * places its domain on the story; only its time is unknown.
 *
 * Each co-published story adds to the pair's weight (used by the communities of stage 5)
 *
 *   1/(n − 1) × time factor
 *
 * - 1/(n − 1), n = the story's co-publishers (resource allocation): a story only two domains
 *   carry gives each pair 1, one that ten carry 1/9 — big news copied everywhere says little
 *   about any one pair;
 * - the time factor is extra evidence where time is known: 2 × e^(−gap/bar) × e^(−lag/24 h) when
 *   both copies are dated (2 for simultaneous copies near the story's earliest dated copy, ≈ 0.74
 *   at the edge of the interval), 1 when either is undated.
 *
 * The pair also counts its dated stories (both copies dated, so shown to be within the interval)
 * and its rare stories: co-published by at most `rareShare` of the store's other domains
 * ((n − 1) ≤ rareShare × (D − 1)). Dated pairs are enumerated with a sliding window over each
 * story's dated copies in time order, so a story's cost grows with its bursts, not with the square
 * of its size; undated copies pair with every other co-publisher of their story.
 */
import { copyMid } from './01-table.js';
import { MIN_INTERVAL_MS } from './02-interval.js';
import type { CopyTable } from './types.js';

export const ORIGIN_SCALE_MS = 24 * 3_600_000;

export interface PairTable {
  /** Domain indices of each pair (a < b). */
  a: number[];
  b: number[];
  /** Stories both published, not known to be further apart than the interval. */
  coordinated: number[];
  /** Of those, stories with both copies dated. */
  dated: number[];
  /** Of those, rare stories. */
  rare: number[];
  weight: number[];
  /** Sum of the gaps over the dated stories, ms. */
  gapSum: number[];
  /** Coarsest precision of the dated copies behind those gaps, ms (0: all timestamps). */
  gapPrecision: number[];
}

/** The popularity weight of a story with n co-publishers. */
export function popularityWeight(copublishers: number): number {
  return copublishers < 2 ? 0 : 1 / (copublishers - 1);
}

/** Whether a story with n co-publishers is rare among D domains. */
export function isRare(copublishers: number, domains: number, rareShare: number): boolean {
  return copublishers - 1 <= rareShare * Math.max(1, domains - 1);
}

export function coordinatedPairs(t: CopyTable, intervalMs: number, rareShare: number): PairTable {
  const D = t.domains.length;
  const index = new Map<number, number>();
  const out: PairTable = { a: [], b: [], coordinated: [], dated: [], rare: [], weight: [], gapSum: [], gapPrecision: [] };
  const S = t.storyIds.length;
  const copies: number[] = [];
  const add = (di: number, dj: number, w: number, rare: boolean, gap: number | null, precision = 0): void => {
    const x = di < dj ? di : dj;
    const y = di < dj ? dj : di;
    const key = x * D + y;
    let k = index.get(key);
    if (k === undefined) {
      k = out.a.length;
      index.set(key, k);
      out.a.push(x);
      out.b.push(y);
      out.coordinated.push(0);
      out.dated.push(0);
      out.rare.push(0);
      out.weight.push(0);
      out.gapSum.push(0);
      out.gapPrecision.push(0);
    }
    out.coordinated[k]!++;
    if (rare) out.rare[k]!++;
    out.weight[k]! += w;
    if (gap !== null) {
      out.dated[k]!++;
      out.gapSum[k]! += gap;
      if (precision > out.gapPrecision[k]!) out.gapPrecision[k] = precision;
    }
  };
  for (let s = 0; s < S; s++) {
    const lo = t.storyStart[s]!;
    const hi = t.storyStart[s + 1]!;
    if (hi - lo < 2) continue;
    copies.length = 0;
    for (let i = lo; i < hi; i++) if (t.copyOrigin[i] === 0) copies.push(i);
    const n = copies.length;
    if (n < 2) continue;
    const pop = popularityWeight(n);
    const rare = isRare(n, D, rareShare);
    // Earliest dated copy of the story (the origin included): the reference of the lags.
    const t0 = Number.isNaN(t.copyTime[lo]!) ? NaN : copyMid(t, lo);
    let dated = 0;
    let maxPrecision = 0;
    while (dated < n && !Number.isNaN(t.copyTime[copies[dated]!]!)) {
      maxPrecision = Math.max(maxPrecision, t.copyPrecision[copies[dated]!]!);
      dated++;
    }
    const window = Math.max(intervalMs, maxPrecision);
    for (let x = 0; x < dated; x++) {
      const i = copies[x]!;
      const mi = copyMid(t, i);
      for (let y = x + 1; y < dated; y++) {
        const j = copies[y]!;
        const gap = copyMid(t, j) - mi;
        if (gap > window) break;
        const bar = Math.max(intervalMs, t.copyPrecision[i]!, t.copyPrecision[j]!, MIN_INTERVAL_MS);
        if (gap > bar) continue;
        const lag = Number.isNaN(t0) ? 0 : Math.max(0, copyMid(t, j) - t0);
        add(t.copyDomain[i]!, t.copyDomain[j]!, pop * 2 * Math.exp(-gap / bar) * Math.exp(-lag / ORIGIN_SCALE_MS), rare, gap, Math.max(t.copyPrecision[i]!, t.copyPrecision[j]!));
      }
    }
    for (let x = dated; x < n; x++) {
      const du = t.copyDomain[copies[x]!]!;
      for (let y = 0; y < n; y++) {
        if (y === x || (y > dated - 1 && y < x)) continue; // undated pairs once
        add(du, t.copyDomain[copies[y]!]!, pop, rare, null);
      }
    }
  }
  return out;
}
