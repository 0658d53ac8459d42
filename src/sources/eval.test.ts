/**
 * Issue 4 acceptance: coverage of source-reliability-idiap's labelled domains by the knowledge
 * base, and macro-F1 of its reliability field against their three-way labels, with that dataset
 * left out of the build (so the figure is not circular). Numbers: docs/sources.md.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedPath } from '../../test/shared.js';
import { evaluateSources, splitOf } from './eval.js';

test('the dev/test split is stable and roughly even', () => {
  assert.equal(splitOf('ria.ru'), splitOf('ria.ru'));
  const domains = Array.from({ length: 1000 }, (_, i) => `site${i}.example`);
  const dev = domains.filter((d) => splitOf(d) === 'dev').length;
  assert.ok(dev > 400 && dev < 600, `${dev} of 1000 in dev`);
});

test('coverage and agreement with source-reliability-idiap, left out of the build', (t) => {
  const data = sharedPath('data');
  if (!data) return t.skip('../shared/data is absent');
  const r = evaluateSources(data);
  assert.deepEqual(r.excluded, ['source-reliability-idiap']);
  for (const split of ['test', 'dev', 'all'] as const) {
    const s = r.splits[split];
    t.diagnostic(
      `${split}: ${s.labelled} labelled, coverage ${s.coverage}, rated ${s.ratedShare}, macro-F1 ${s.macroF1} (accuracy ${s.accuracy}) over rated, macro-F1 ${s.macroF1All} counting unrated as wrong; rated by ${JSON.stringify(s.ratedBy)}`,
    );
  }
  const test = r.splits.test;
  assert.ok(test.labelled > 2000);
  assert.ok(test.coverage >= 0.85, `coverage ${test.coverage}`);
  assert.ok(test.macroF1 >= 0.7, `macro-F1 ${test.macroF1}`);
  assert.ok(!('source-reliability-idiap' in test.ratedBy), 'the left-out dataset never rates');
});
