import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bcubed, clustersOf, pairwise, type Clustering } from './bcubed.js';

/** Builds a clustering from lists of members: [['a', 'b'], ['c']]. */
function clusters(...groups: string[][]): Clustering {
  const m = new Map<string, string>();
  groups.forEach((g, i) => g.forEach((item) => m.set(item, `k${i}`)));
  return m;
}

const close = (actual: number, expected: number, what: string): void => assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`);

test('identical clusterings score 1', () => {
  const g = clusters(['a', 'b', 'c'], ['d', 'e'], ['f']);
  const b = bcubed(g, clusters(['e', 'd'], ['f'], ['c', 'a', 'b']));
  assert.deepEqual(b, { precision: 1, recall: 1, f1: 1 });
  const p = pairwise(g, g);
  assert.deepEqual(p, { precision: 1, recall: 1, f1: 1, tp: 4, predicted: 4, gold: 4 });
});

test('one item moved to the wrong cluster: worked example', () => {
  // gold {a b c} {d e}; predicted {a b} {c d e}
  // a, b: P 2/2, R 2/3;  c: P 1/3, R 1/3;  d, e: P 2/3, R 2/2
  const g = clusters(['a', 'b', 'c'], ['d', 'e']);
  const pr = clusters(['a', 'b'], ['c', 'd', 'e']);
  const b = bcubed(g, pr);
  close(b.precision, (1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5, 'P');
  close(b.recall, (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5, 'R');
  close(b.precision, 11 / 15, 'P = 11/15');
  close(b.f1, 11 / 15, 'F1');
  // links: gold ab ac bc de (4); predicted ab cd ce de (4); shared ab de (2)
  assert.deepEqual(pairwise(g, pr), { precision: 0.5, recall: 0.5, f1: 0.5, tp: 2, predicted: 4, gold: 4 });
});

test('all singletons: B-cubed precision 1, recall 1/size; no predicted links', () => {
  const g = clusters(['a', 'b', 'c', 'd']);
  const b = bcubed(g, clusters(['a'], ['b'], ['c'], ['d']));
  close(b.precision, 1, 'P');
  close(b.recall, 0.25, 'R');
  close(b.f1, 0.4, 'F1');
  // A missing prediction is a singleton too.
  assert.deepEqual(bcubed(g, new Map()), b);
  assert.deepEqual(pairwise(g, new Map()), { precision: 0, recall: 0, f1: 0, tp: 0, predicted: 0, gold: 6 });
});

test('everything merged: recall 1, precision by cluster shares', () => {
  // gold {a b} {c} {d}; predicted {a b c d}: P a,b 2/4, c,d 1/4 → 0.375
  const g = clusters(['a', 'b'], ['c'], ['d']);
  const b = bcubed(g, clusters(['a', 'b', 'c', 'd']));
  close(b.precision, 0.375, 'P');
  close(b.recall, 1, 'R');
  close(b.f1, (2 * 0.375) / 1.375, 'F1');
  const p = pairwise(g, clusters(['a', 'b', 'c', 'd']));
  assert.equal(p.tp, 1);
  assert.equal(p.predicted, 6);
  assert.equal(p.gold, 1);
  close(p.precision, 1 / 6, 'pairwise P');
  close(p.recall, 1, 'pairwise R');
});

test('predicted items outside gold are ignored; empty gold scores 0', () => {
  const g = clusters(['a', 'b']);
  const pr = new Map([
    ['a', 'x'],
    ['b', 'x'],
    ['z', 'x'],
  ]);
  assert.deepEqual(bcubed(g, pr), { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(bcubed(new Map(), pr), { precision: 0, recall: 0, f1: 0 });
});

test('clustersOf groups members by label', () => {
  const c = clustersOf(clusters(['a', 'b'], ['c']));
  assert.deepEqual([...c.values()], [['a', 'b'], ['c']]);
});
