/**
 * The one seeded random generator (mulberry32): small, fast, and the same sequence for a seed on
 * every machine. Louvain's node order, the evaluation's shuffles, and the benchmark and test
 * corpora all draw from it.
 */

/** Floats in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
