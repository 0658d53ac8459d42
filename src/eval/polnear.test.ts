import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runSiftInProcess } from '../../test/cli.js';
import { isSiftError } from '../errors/catalogue.js';
import { evalAdaq } from './adaq.js';
import { attributionRelations, parseBrat } from './brat.js';
import { evalPolnear, listPolnear } from './polnear.js';
import { sharedDataset } from '../shared-data.js';

const POLNEAR = sharedDataset('polnear');
const ADAQ = sharedDataset('adaq-quotes-ru-cs');

/** `sift …args` in-process (sift eval's real-process smoke test is in crosslingual.test.ts). */
const sift = runSiftInProcess;

test('a missing evaluation folder is E_EVAL_DATA (API and CLI exit code 1)', async () => {
  const missing = join(tmpdir(), 'sift-no-such-polnear');
  assert.throws(() => evalPolnear(missing, { split: 'dev' }), (e) => isSiftError(e, 'E_EVAL_DATA'));
  assert.throws(() => evalAdaq(missing, { lang: 'ru' }), (e) => isSiftError(e, 'E_EVAL_DATA'));
  const r = await sift(['eval', 'attribution', missing, '--json']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^sift: E_EVAL_DATA: /);
  assert.equal(r.stdout, '');
});

test('the PolNeAR test split is refused', async () => {
  const r = await sift(['eval', 'attribution', join(tmpdir(), 'x'), '--split', 'test']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /E_USAGE: .*test split/);
});

test('PolNeAR dev, first 5 documents: output shape and gold counts', (t) => {
  if (!existsSync(POLNEAR)) {
    t.skip(`PolNeAR not found at ${POLNEAR} (set SIFT_SHARED_DIR)`);
    return;
  }
  const items = listPolnear(POLNEAR, 'dev');
  assert.equal(items.length, 84);
  // One annotator per article: the first in sorted order.
  const multi = items.find((i) => i.annotators.length > 1);
  assert.ok(multi);
  assert.equal(multi.annotator, [...multi.annotators].sort()[0]);

  const r = evalPolnear(POLNEAR, { split: 'dev', limit: 5 });
  assert.equal(r.documents, 5);
  assert.equal(r.split, 'dev');
  assert.ok(r.gold > 0);
  assert.ok(r.predicted >= 0);
  assert.equal(r.offsetMismatches, 0);
  assert.equal(r.analyzeErrors, 0);
  for (const k of ['precision', 'recall', 'f1', 'exactPrecision', 'exactRecall', 'exactF1'] as const) {
    assert.ok(r[k] >= 0 && r[k] <= 1, `${k} = ${r[k]}`);
  }
  assert.ok(r.exactF1 <= r.f1 + 1e-12);
  for (const c of ['source', 'cue', 'content'] as const) {
    assert.ok(r.components[c].gold > 0, `${c} gold`);
    assert.ok(r.components[c].overlap.f1 >= 0 && r.components[c].overlap.f1 <= 1);
  }
  assert.equal(r.components.cue.gold, r.gold);

  // Oracle predictions (the gold itself) must score 1.0: guards the loader/matcher wiring.
  const oracle = evalPolnear(POLNEAR, {
    split: 'dev',
    limit: 5,
    predict: (text, name) => {
      const it = items.find((i) => i.name === name);
      assert.ok(it);
      assert.equal(text, readFileSync(it.textPath, 'utf8'));
      return evalGold(it.annPath);
    },
  });
  assert.equal(oracle.gold, r.gold);
  assert.equal(oracle.f1, 1);
  assert.equal(oracle.exactF1, 1);
});

test('sift eval attribution --json --errors writes the documented keys and a JSONL file', async (t) => {
  if (!existsSync(POLNEAR)) {
    t.skip(`PolNeAR not found at ${POLNEAR} (set SIFT_SHARED_DIR)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sift-eval-'));
  try {
    const errors = join(dir, 'errors.jsonl');
    const r = await sift(['eval', 'attribution', POLNEAR, '--split', 'dev', '--limit', '3', '--json', '--errors', errors]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const k of ['precision', 'recall', 'f1', 'exactPrecision', 'exactRecall', 'exactF1', 'documents', 'gold', 'predicted', 'components', 'split', 'matching']) {
      assert.ok(k in out, `missing key ${k}`);
    }
    assert.equal(out['documents'], 3);
    assert.equal(typeof out['matching'], 'string');
    const lines = readFileSync(errors, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { kind: string; context?: string });
    // Every gold relation is either matched or a false negative; every prediction matched or a false positive.
    const fn = lines.filter((l) => l.kind === 'false_negative').length;
    const fp = lines.filter((l) => l.kind === 'false_positive').length;
    assert.equal(fn, (out['gold'] as number) - ((out as { tp: number }).tp));
    assert.equal(fp, (out['predicted'] as number) - ((out as { tp: number }).tp));
    assert.ok(lines.every((l) => typeof l.context === 'string' && l.context.includes('[[')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ADAQ ru: tokens align with the sentence texts and gold counts match the dataset card', (t) => {
  if (!existsSync(ADAQ)) {
    t.skip(`ADAQ not found at ${ADAQ} (set SIFT_SHARED_DIR)`);
    return;
  }
  const r = evalAdaq(ADAQ, { lang: 'ru' });
  assert.equal(r.sentences, 208);
  assert.equal(r.tokens, 4392);
  assert.equal(r.unalignedTokens, 0);
  assert.equal(r.content.gold, 1507);
  assert.equal(r.source.gold, 198);
  assert.equal(r.cue.gold, 126);
  assert.equal(r.sentence.gold, 100);
  for (const k of ['source', 'cue', 'content', 'sentence'] as const) assert.ok(r[k].f1 >= 0 && r[k].f1 <= 1);
  // A predictor that marks every sentence as a whole-content quote: content recall 1, sentence recall 1.
  const all = evalAdaq(ADAQ, {
    lang: 'ru',
    predict: (text) => ({ source: [], cue: [], content: [{ start: 0, end: text.length }], hasAttribution: true }),
  });
  assert.equal(all.content.recall, 1);
  assert.equal(all.sentence.recall, 1);
  assert.equal(all.sentence.precision, 100 / 208);
  assert.equal(all.source.predicted, 0);
});

function evalGold(annPath: string) {
  return attributionRelations(parseBrat(readFileSync(annPath, 'utf8'))).relations;
}
