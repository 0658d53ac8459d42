/**
 * Stage 2: the coordination interval — how close in time two copies must be to count as a
 * coordinated co-publication — estimated from the data as CooRnet does for link shares
 * (Giglietto et al., `estimate_coord_interval`, q = 0.1, p = 0.5):
 *
 * 1. among stories with at least two dated copies, take the time from the first copy to the
 *    second (the "rank-2" delay), between the middles of their dates' periods;
 * 2. keep the quickest q share of stories by that delay;
 * 3. for each, the time until more than p of its dated copies have appeared — never less than the
 *    coarser precision of the two dates it is measured between: two copies dated the same day are
 *    "within a day", not simultaneous;
 * 4. the interval is the p-quantile (the median for p = 0.5) of those times.
 *
 * Unusually fast spread in the quickest stories sets the bar; organic coverage, which trickles
 * in over a day or more, mostly falls outside it. On day-precision dates the interval is a day:
 * the estimate floors at the precision instead of collapsing to the one-minute clamp.
 */
import { copyMid } from './01-table.js';
import { quantileSorted } from './stats.js';
import type { CopyTable } from './types.js';

export const MIN_INTERVAL_MS = 60_000;
export const MAX_INTERVAL_MS = 7 * 24 * 3_600_000;

export interface IntervalEstimate {
  ms: number;
  /** Stories the estimate rests on. */
  stories: number;
  /** The median precision floor of those stories' reach times, ms (0 when all are timestamps). */
  precisionFloorMs: number;
}

export function estimateInterval(t: CopyTable, q: number, p: number): IntervalEstimate | null {
  const rank2: Array<{ s: number; delay: number; dated: number }> = [];
  const S = t.storyIds.length;
  for (let s = 0; s < S; s++) {
    const a = t.storyStart[s]!;
    const hi = t.storyStart[s + 1]!;
    let dated = 0;
    while (a + dated < hi && !Number.isNaN(t.copyTime[a + dated]!)) dated++;
    if (dated < 2) continue;
    rank2.push({ s, delay: copyMid(t, a + 1) - copyMid(t, a), dated });
  }
  if (rank2.length === 0) return null;
  const delays = Float64Array.from(rank2, (r) => r.delay).sort();
  const cut = quantileSorted(delays, q);
  const reach: number[] = [];
  const floors: number[] = [];
  for (const { s, delay, dated } of rank2) {
    if (delay > cut) continue;
    const a = t.storyStart[s]!;
    // First dated copy whose rank / n exceeds p (rank counted from 1).
    const k = Math.min(dated - 1, Math.floor(p * dated));
    const floor = Math.max(t.copyPrecision[a]!, t.copyPrecision[a + k]!);
    reach.push(Math.max(copyMid(t, a + k) - copyMid(t, a), floor));
    floors.push(floor);
  }
  const sorted = Float64Array.from(reach).sort();
  const ms = Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, quantileSorted(sorted, p)));
  return { ms, stories: reach.length, precisionFloorMs: quantileSorted(Float64Array.from(floors).sort(), 0.5) };
}
