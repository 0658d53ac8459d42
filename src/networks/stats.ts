/** Small exact statistics for the co-publication test: log-factorials, hypergeometric tail, BH. */

/** ln(i!) for i = 0..n, as a table (exact to float rounding; n up to a few million is cheap). */
export function logFactorials(n: number): Float64Array {
  const lf = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) lf[i] = lf[i - 1]! + Math.log(i);
  return lf;
}

function logChoose(lf: Float64Array, n: number, k: number): number {
  return lf[n]! - lf[k]! - lf[n - k]!;
}

/**
 * P(X ≥ x) for X ~ Hypergeometric(population N, K successes, n draws): the chance that two
 * domains with K and n stories out of N share at least x of them if each picked its stories at
 * random. Sums the tail from x while terms still matter (they fall geometrically past the mode).
 * `lf` must cover N.
 */
export function hypergeometricTail(lf: Float64Array, N: number, K: number, n: number, x: number): number {
  if (x <= 0) return 1;
  const hi = Math.min(K, n);
  if (x > hi) return 0;
  if (x <= (K * n) / N) return 1; // at or below the expected overlap: nothing to report (p ≥ ~0.5)
  const lo = Math.max(0, n - (N - K));
  const start = Math.max(x, lo);
  const denom = logChoose(lf, N, n);
  let sum = 0;
  for (let i = start; i <= hi; i++) {
    const term = Math.exp(logChoose(lf, K, i) + logChoose(lf, N - K, n - i) - denom);
    sum += term;
    if (term < sum * 1e-15) break;
  }
  return Math.min(1, sum);
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values) for `p`, over `m` tests (default p.length; a
 * larger m counts tests whose p-value was 1 and never computed).
 */
export function benjaminiHochberg(p: ArrayLike<number>, m = p.length): Float64Array {
  const n = p.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[a]! - p[b]!);
  const q = new Float64Array(n);
  let running = 1;
  for (let r = n - 1; r >= 0; r--) {
    const i = order[r]!;
    running = Math.min(running, (p[i]! * m) / (r + 1));
    q[i] = running;
  }
  return q;
}

/** Median of a list of numbers (null when empty). */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The q-quantile (0..1) of a sorted list, linear between order statistics (R's type 7). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
