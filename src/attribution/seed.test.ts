/**
 * Acceptance for issue 2 on the seed article (../shared/seed) and on the bundled fictional
 * sample, which has the same structure in different words.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../analyze.js';
import type { Doc } from '../doc/types.js';
import { REPO_ROOT, sharedPath } from '../../test/shared.js';

function find(doc: Doc, contentIncludes: string) {
  return doc.attributions.filter((a) => a.content.text.includes(contentIncludes));
}

test('seed article: chains, resolved references, TASS, Putin, hedge', (t) => {
  const dir = sharedPath('seed');
  if (!dir) return t.skip('../shared/seed is absent');
  const file = readdirSync(dir).find((f) => f.endsWith('.txt'))!;
  const doc = analyzeText(readFileSync(join(dir, file), 'utf8'));

  const desertion = find(doc, 'Ukrainian soldiers in the Zeleniy Hay settlement have begun deserting');
  assert.ok(desertion.some((a) => a.chain.join(' → ') === 'RIA Novosti → Andrei Marochko' && a.source.name === 'Andrei Marochko'));

  const according = doc.attributions.find((a) => a.cue.text === 'According to');
  assert.equal(according?.source.name, 'Andrei Marochko');
  assert.equal(according?.source.text, 'Marochko');
  assert.ok(according?.content.text.startsWith('12 Ukrainian fighters abandoned'));

  const described = doc.attributions.find((a) => a.cue.text === 'described');
  assert.equal(described?.source.text, 'The expert');
  assert.equal(described?.source.name, 'Andrei Marochko');
  assert.equal(described?.source.resolvedFrom?.text, 'The expert');

  const battalion = find(doc, 'an entire Ukrainian battalion headquarters');
  assert.ok(battalion.some((a) => a.source.name === 'TASS' && a.cue.text === 'reported'));

  const putin = find(doc, 'a surge in Ukrainian military desertions');
  assert.ok(putin.some((a) => a.source.name === 'Vladimir Putin'), 'surge in desertions → Vladimir Putin');

  const hedge = doc.hedged.find((h) => h.text.includes('reportedly used drones'));
  assert.equal(hedge?.cue.text, 'reportedly');

  // Nothing is credited to words that are not sources: the headline label, a verb, an adverb.
  const names = doc.attributions.map((a) => a.source.text);
  for (const wrong of ['Urgent', 'fuel']) assert.ok(!names.includes(wrong), `no attribution to "${wrong}"`);
  assert.ok(!doc.attributions.some((a) => a.cue.text === 'earlier'), 'no cue "earlier"');
});

test('bundled sample: the same structure in other words', () => {
  const doc = analyzeText(readFileSync(join(REPO_ROOT, 'samples/articles/desertion-report.txt'), 'utf8'));
  const station = find(doc, 'a pumping station near the village of Verkhnie Lozy');
  assert.ok(station.some((a) => a.chain.join(' → ') === 'RIA Novosti → Pavel Drozdov'));
  assert.ok(station.some((a) => a.source.name === 'RIA Novosti' && a.cue.text === 'say'));
  const according = doc.attributions.find((a) => a.cue.text === 'According to');
  assert.deepEqual(according?.chain, ['RIA Novosti', 'Pavel Drozdov']);
  const analyst = doc.attributions.find((a) => a.source.text === 'The analyst');
  assert.equal(analyst?.source.name, 'Pavel Drozdov');
  const she = doc.attributions.find((a) => a.source.text === 'She');
  assert.equal(she?.source.name, 'Olena Marchuk');
  assert.equal(she?.source.role, 'spokeswoman for the regional administration');
  assert.ok(find(doc, 'a second unit had left').some((a) => a.source.name === 'TASS'));
  assert.ok(find(doc, 'falling morale').some((a) => a.source.name === 'Vladimir Putin'));
  assert.equal(doc.hedged.length, 1);
  assert.equal(doc.hedged[0]!.cue.text, 'reportedly');
  assert.ok(doc.unsourced.some((u) => u.text.includes('40,000 residents')));
  assert.ok(!doc.unsourced.some((u) => u.text.includes('14 soldiers')), 'attributed sentences are not unsourced');
  assert.ok(!doc.attributions.some((a) => a.source.text.includes('FICTIONAL')), 'the headline label is no speaker');
});
