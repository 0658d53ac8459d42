/**
 * Stage 4: which pairs co-publish beyond chance. A pair with c coordinated co-publications is
 * tested against the hypergeometric null "each domain picked its stories at random among the N
 * stories in the store": P(overlap ≥ c | N, k_a, k_b), k = the domains' numbers of stories — the
 * test of statistically validated networks for bipartite data (Tumminello et al. 2011). Very
 * active outlets that meet on many stories simply because they cover everything get large
 * expected overlaps and no edge; obscure sites that share most of what they publish do.
 *
 * An edge is kept when c ≥ minRepeats (a single shared story is never evidence; CooRnet likewise
 * keeps only repeated co-shares) and its Benjamini–Hochberg q-value over all candidate pairs is
 * at most alpha.
 */
import { benjaminiHochberg, hypergeometricTail, logFactorials } from './stats.js';
import type { PairTable } from './03-pairs.js';
import type { CopyTable } from './types.js';

export interface PairTest {
  p: Float64Array;
  q: Float64Array;
  significant: Uint8Array;
  tested: number;
}

export function testPairs(t: CopyTable, pairs: PairTable, minRepeats: number, alpha: number): PairTest {
  const N = t.storyIds.length;
  const lf = logFactorials(N);
  const m = pairs.a.length;
  const p = new Float64Array(m).fill(1);
  const tested: number[] = [];
  for (let k = 0; k < m; k++) {
    const c = pairs.coordinated[k]!;
    if (c < minRepeats) continue;
    p[k] = hypergeometricTail(lf, N, t.domainStories[pairs.a[k]!]!, t.domainStories[pairs.b[k]!]!, c);
    tested.push(k);
  }
  const qTested = benjaminiHochberg(
    tested.map((k) => p[k]!),
    m,
  );
  const q = new Float64Array(m).fill(1);
  const significant = new Uint8Array(m);
  tested.forEach((k, i) => {
    q[k] = qTested[i]!;
    if (qTested[i]! <= alpha) significant[k] = 1;
  });
  return { p, q, significant, tested: tested.length };
}
