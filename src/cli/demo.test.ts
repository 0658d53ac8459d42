/** The README's main command: `sift demo` analyzes the sample, ingests the corpus, shows stories. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runSiftSync } from '../../test/cli.js';

test('sift demo runs end to end on the bundled fictional material', () => {
  const run = runSiftSync(['demo'], { timeout: 120_000 });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /article → RIA Novosti → Pavel Drozdov/);
  assert.match(run.stdout, /102 seen, 102 stored/);
  assert.match(run.stdout, /STORY \d+ · 10 articles · 10 domains/);
  assert.match(run.stdout, /Original: #\d+ vestnik-rubezha\.example/);
  assert.match(run.stdout, /in the corpus: published on vestnik-rubezha\.example, whose name spells Vestnik Rubezha/);
  // Only named sources count: the sample copies' "he said", "They", "She added" are never sources.
  assert.doesNotMatch(run.stdout, /(new sources|sources dropped)[^\n]*\b(He|She|They|It|he|she|they|Он|Она|Він|Вона)\b/);
  // ВСУ (Russian original) and ЗСУ (Ukrainian copy) are one name: neither added nor dropped.
  const ukCopy = /#\d+ novyny-dnia\.example · uk\n((?: {6}[^\n]*\n)+)/.exec(run.stdout);
  assert.ok(ukCopy, 'the Ukrainian copy is diffed');
  assert.doesNotMatch(ukCopy[1]!, /(added|dropped) [^\n“]*[ЗВ]СУ/);
  assert.match(run.stdout, /Networks in .*: 2\n/);
  assert.match(run.stdout, /N1: .* — 4 domains, 8 shared stories/);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
});
