/**
 * Stage 2: the coordination interval — how close in time two copies must be to count as a
 * coordinated co-publication — estimated from the data as CooRnet does for link shares
 * (Giglietto et al., `estimate_coord_interval`, q = 0.1, p = 0.5):
 *
 * 1. among stories published by at least two domains, take the time from the first copy to the
 *    second (the "rank-2" delay);
 * 2. keep the quickest q share of stories by that delay;
 * 3. for each, the time until more than p of its domains have published;
 * 4. the interval is the p-quantile (the median for p = 0.5) of those times.
 *
 * Unusually fast spread in the quickest stories sets the bar; organic coverage, which trickles
 * in over a day or more, mostly falls outside it.
 */
import { quantileSorted } from './stats.js';
import type { CopyTable } from './types.js';

export const MIN_INTERVAL_MS = 60_000;
export const MAX_INTERVAL_MS = 7 * 24 * 3_600_000;

export function estimateInterval(t: CopyTable, q: number, p: number): { ms: number; stories: number } | null {
  const rank2: Array<{ s: number; delay: number }> = [];
  const S = t.storyIds.length;
  for (let s = 0; s < S; s++) {
    const a = t.storyStart[s]!;
    if (t.storyStart[s + 1]! - a < 2) continue;
    rank2.push({ s, delay: t.copyTime[a + 1]! - t.copyTime[a]! });
  }
  if (rank2.length === 0) return null;
  const delays = Float64Array.from(rank2, (r) => r.delay).sort();
  const cut = quantileSorted(delays, q);
  const reach: number[] = [];
  for (const { s, delay } of rank2) {
    if (delay > cut) continue;
    const a = t.storyStart[s]!;
    const n = t.storyStart[s + 1]! - a;
    // First copy whose rank / n exceeds p (rank counted from 1).
    const k = Math.min(n - 1, Math.floor(p * n));
    reach.push(t.copyTime[a + k]! - t.copyTime[a]!);
  }
  const sorted = Float64Array.from(reach).sort();
  const ms = Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, quantileSorted(sorted, p)));
  return { ms, stories: reach.length };
}
