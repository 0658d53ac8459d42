/**
 * Scoring a clustering against gold clusters.
 *
 * - B-cubed (Bagga & Baldwin 1998; Amigó et al. 2009): for each item, precision is the share of
 *   its predicted cluster that shares its gold cluster, recall the share of its gold cluster that
 *   shares its predicted cluster; both are averaged over items and F1 is their harmonic mean.
 *   Singletons are scored like any other cluster (a correct singleton has precision 1).
 * - Pairwise: every pair of items put in one predicted cluster is a predicted link, every pair in
 *   one gold cluster a gold link; P/R/F1 over links (0 when a denominator is 0, as in score.ts).
 *
 * A clustering maps each item to a cluster label. Items missing from the prediction count as
 * singletons of their own; predicted items absent from gold are ignored.
 */

export type Clustering = ReadonlyMap<string, string>;

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

export interface Pairwise extends BCubed {
  /** Links in both. */
  tp: number;
  /** Links predicted. */
  predicted: number;
  /** Links in gold. */
  gold: number;
}

/** Predicted labels for the gold items, with a fresh singleton label for each unpredicted one. */
function aligned(gold: Clustering, pred: Clustering): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of gold.keys()) out.set(item, pred.get(item) ?? `\u0000singleton:${item}`);
  return out;
}

/** Members of each cluster. */
export function clustersOf(c: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [item, label] of c) {
    const list = out.get(label);
    if (list) list.push(item);
    else out.set(label, [item]);
  }
  return out;
}

/** Number of items in each (gold label, predicted label) cell. */
function cells(gold: Clustering, pred: Map<string, string>): Map<string, number> {
  const n = new Map<string, number>();
  for (const [item, g] of gold) {
    const k = `${g}\u0001${pred.get(item)!}`;
    n.set(k, (n.get(k) ?? 0) + 1);
  }
  return n;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function bcubed(gold: Clustering, predicted: Clustering): BCubed {
  if (gold.size === 0) return { precision: 0, recall: 0, f1: 0 };
  const pred = aligned(gold, predicted);
  const goldSize = new Map<string, number>();
  for (const g of gold.values()) goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  const predSize = new Map<string, number>();
  for (const p of pred.values()) predSize.set(p, (predSize.get(p) ?? 0) + 1);
  const both = cells(gold, pred);
  let p = 0;
  let r = 0;
  for (const [item, g] of gold) {
    const q = pred.get(item)!;
    const shared = both.get(`${g}\u0001${q}`)!;
    p += shared / predSize.get(q)!;
    r += shared / goldSize.get(g)!;
  }
  const precision = p / gold.size;
  const recall = r / gold.size;
  return { precision, recall, f1: f1(precision, recall) };
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

export function pairwise(gold: Clustering, predicted: Clustering): Pairwise {
  const pred = aligned(gold, predicted);
  let goldLinks = 0;
  for (const members of clustersOf(gold).values()) goldLinks += pairs(members.length);
  let predLinks = 0;
  for (const members of clustersOf(pred).values()) predLinks += pairs(members.length);
  let tp = 0;
  for (const n of cells(gold, pred).values()) tp += pairs(n);
  const precision = predLinks === 0 ? 0 : tp / predLinks;
  const recall = goldLinks === 0 ? 0 : tp / goldLinks;
  return { precision, recall, f1: f1(precision, recall), tp, predicted: predLinks, gold: goldLinks };
}
