import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runSiftInProcess } from '../../test/cli.js';
import { isSiftError } from '../errors/catalogue.js';
import { REPO_ROOT } from '../shared-data.js';
import { loadCorpus } from '../corpus/load.js';
import { publicationOrder } from '../corpus/order.js';
import type { CorpusLabels } from '../corpus/types.js';
import { evalStories, scoreStories } from './stories.js';

const CORPUS = join(REPO_ROOT, 'samples', 'corpus');
const close = (actual: number, expected: number, what: string): void => assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`);

/** `sift …args` in-process (sift eval's real-process smoke test is in crosslingual.test.ts). */
const sift = runSiftInProcess;

// ---------------------------------------------------------------------------------------------
// Scoring on a hand-made clustering

const LABELS: CorpusLabels = {
  articles: {
    a0: { story: 'A', kind: 'original', network: null },
    a1: { story: 'A', kind: 'rewrite', network: 'n1' },
    a2: { story: 'A', kind: 'rewrite', network: 'n1' },
    a3: { story: 'A', kind: 'translation', network: null },
    i1: { story: 'I', kind: 'independent', network: null },
    u1: { story: 'U', kind: 'unrelated', network: null },
  },
  stories: {
    A: { kind: 'rewrite', description: 'a report', original: 'a0' },
    I: { kind: 'independent', description: 'an independent report of the same event', original: null },
    U: { kind: 'unrelated', description: 'something else', original: null },
  },
};

test('scoreStories: worked example (B-cubed, pairwise, merged independents, per-kind recall, purity rows)', () => {
  // predicted {a0 a1} {a2 i1} {a3} {u1}
  const pred = new Map([
    ['a0', 's1'],
    ['a1', 's1'],
    ['a2', 's2'],
    ['i1', 's2'],
    ['a3', 's3'],
    ['u1', 's4'],
  ]);
  const r = scoreStories(LABELS, pred);
  // P: a0 1, a1 1, a2 1/2, a3 1, i1 1/2, u1 1 → 5/6.  R: a0 2/4, a1 2/4, a2 1/4, a3 1/4, i1 1, u1 1 → 7/12.
  close(r.bcubed.precision, 5 / 6, 'P');
  close(r.bcubed.recall, 7 / 12, 'R');
  close(r.bcubed.f1, 35 / 51, 'F1');
  // links: gold 6 (story A), predicted 2 (a0-a1, a2-i1), shared 1
  assert.equal(r.pairwise.tp, 1);
  assert.equal(r.pairwise.gold, 6);
  assert.equal(r.pairwise.predicted, 2);
  assert.equal(r.articles, 6);
  assert.equal(r.storiesGold, 3);
  assert.equal(r.storiesPredicted, 4);
  assert.equal(r.independentMerged, 1);
  assert.deepEqual(r.independentMergedIds, ['i1']);
  assert.equal(r.unrelatedMerged, 0);
  assert.equal(r.mixedPredicted, 1);
  assert.deepEqual(r.byKind, {
    rewrite: { articles: 2, withOriginal: 1, share: 0.5 },
    translation: { articles: 1, withOriginal: 0, share: 0 },
  });
  assert.deepEqual(r.stories, [
    { story: 'A', kind: 'rewrite', articles: 4, clusters: 3, bestClusterSize: 2, inBest: 2, purity: 1, coverage: 0.5, intruders: [] },
    { story: 'I', kind: 'independent', articles: 1, clusters: 1, bestClusterSize: 2, inBest: 1, purity: 0.5, coverage: 1, intruders: [{ id: 'a2', story: 'A', kind: 'rewrite' }] },
  ]);
});

test('scoreStories: a perfect prediction, and articles missing from the prediction count as singletons', () => {
  const gold = new Map(Object.entries(LABELS.articles).map(([id, l]) => [id, `p-${l.story}`]));
  const perfect = scoreStories(LABELS, gold);
  assert.deepEqual(perfect.bcubed, { precision: 1, recall: 1, f1: 1 });
  assert.equal(perfect.independentMerged, 0);
  assert.equal(perfect.byKind.rewrite?.share, 1);
  const none = scoreStories(LABELS, new Map());
  assert.equal(none.storiesPredicted, 6);
  close(none.bcubed.precision, 1, 'P');
  close(none.bcubed.recall, (4 * 0.25 + 1 + 1) / 6, 'R');
});

// ---------------------------------------------------------------------------------------------
// The corpus

test('corpus: build.mjs --check (files up to date, every corpus rule holds)', () => {
  const r = spawnSync(process.execPath, [join(CORPUS, 'build.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
});

test('corpus: labels agree with the articles and with the design', () => {
  const c = loadCorpus(CORPUS);
  const { labels } = c;
  assert.equal(c.articles.length, 102);
  assert.deepEqual(
    c.articles.map((a) => a.id),
    publicationOrder(c.articles).map((a) => a.id),
    'articles.jsonl is in publication order',
  );
  const byId = new Map(c.articles.map((a) => [a.id, a]));
  const rewriteStories = Object.entries(labels.stories).filter(([, s]) => s.kind === 'rewrite');
  assert.equal(rewriteStories.length, 8);
  const langs = new Set<string>();
  for (const [id, s] of rewriteStories) {
    const members = Object.entries(labels.articles).filter(([, l]) => l.story === id);
    const kinds = members.map(([, l]) => l.kind);
    assert.equal(kinds.filter((k) => k === 'original').length, 1, id);
    const rewrites = kinds.filter((k) => k === 'rewrite').length;
    assert.ok(rewrites >= 4 && rewrites <= 6, `${id}: ${rewrites} rewrites`);
    assert.ok(kinds.includes('verbatim'), id);
    langs.add(byId.get(s.original!)!.lang);
  }
  assert.deepEqual([...langs].sort(), ['en', 'ru']);
  // Independent reports: stories of their own, about an event that also has a rewrite story.
  const events = new Set(rewriteStories.map(([, s]) => s.event));
  const independent = Object.entries(labels.articles).filter(([, l]) => l.kind === 'independent');
  assert.equal(independent.length, 8);
  for (const [id, l] of independent) {
    assert.ok(events.has(l.event ?? null), `${id}: event ${l.event}`);
    assert.equal(labels.stories[l.story]!.kind, 'independent');
    assert.equal(Object.values(labels.articles).filter((o) => o.story === l.story).length, 1, `${id} is alone in its story`);
  }
  assert.equal(new Set(independent.map(([, l]) => l.event)).size, 4);
  assert.ok(Object.values(labels.articles).filter((l) => l.kind === 'unrelated').length >= 15);
  assert.equal(Object.values(labels.articles).filter((l) => l.kind === 'translation').length, 4);
  // Networks: 4–5 members each, every member with 8+ copies, published 1–6 h after the original.
  const networks = Object.entries(labels.networks ?? {});
  assert.equal(networks.length, 2);
  for (const [name, n] of networks) {
    assert.ok(n.members.length >= 4 && n.members.length <= 5, name);
    for (const d of n.members) {
      const copies = Object.entries(labels.articles).filter(([, l]) => l.domain === d && ['rewrite', 'verbatim', 'translation'].includes(l.kind));
      assert.ok(copies.length >= 8, `${d}: ${copies.length} copies`);
      for (const [id, l] of copies) {
        assert.equal(l.network, name);
        const t0 = Date.parse(byId.get(labels.stories[l.story]!.original!)!.published!);
        const dt = (Date.parse(byId.get(id)!.published!) - t0) / 3_600_000;
        assert.ok(dt >= 1 && dt <= 6, `${id}: ${dt} h after the original`);
      }
    }
  }
  for (const l of Object.values(labels.articles)) if (l.kind === 'independent') assert.equal(l.network, null);
});

test('a missing or incomplete corpus folder is E_EVAL_DATA', () => {
  assert.throws(() => loadCorpus(join(tmpdir(), 'sift-no-such-corpus')), (e) => isSiftError(e, 'E_EVAL_DATA'));
  const dir = mkdtempSync(join(tmpdir(), 'sift-corpus-'));
  try {
    writeFileSync(join(dir, 'articles.jsonl'), '{"id":"x","url":"https://a.example/1","published":"2025-01-01T00:00:00Z","text":"t"}\n');
    assert.throws(() => loadCorpus(dir), (e) => isSiftError(e, 'E_EVAL_DATA') && /labels\.json/.test(e.message));
    writeFileSync(join(dir, 'labels.json'), '{"articles":{},"stories":{}}');
    assert.throws(() => loadCorpus(dir), (e) => isSiftError(e, 'E_EVAL_DATA') && /no label for article x/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// The evaluation

/** The direct-pipeline report on samples/corpus, computed once for the tests that read it. */
let directReport: ReturnType<typeof evalStories> | undefined;
const directOnCorpus = (): ReturnType<typeof evalStories> => (directReport ??= evalStories(CORPUS, { pipeline: 'direct' }));

test('evalStories on samples/corpus: report shape; ingest and direct pipelines agree', async () => {
  const direct = await directOnCorpus();
  assert.equal(direct.pipeline, 'direct');
  assert.equal(direct.articles, 102);
  assert.equal(direct.storiesGold, 34);
  assert.equal(direct.store, null);
  assert.equal(direct.ingestIssues, 0);
  assert.ok(direct.storiesPredicted >= 1 && direct.storiesPredicted <= 102);
  for (const k of ['precision', 'recall', 'f1'] as const) {
    assert.ok(direct.bcubed[k] >= 0 && direct.bcubed[k] <= 1);
    assert.ok(direct.pairwise[k] >= 0 && direct.pairwise[k] <= 1);
  }
  assert.equal(direct.stories.filter((s) => s.kind === 'rewrite').length, 8);
  const viaIngest = await evalStories(CORPUS);
  assert.equal(viaIngest.pipeline, 'ingest');
  assert.equal(viaIngest.ingestIssues, 0);
  const comparable = (r: typeof direct): unknown => ({ ...r, elapsedMs: 0, pipeline: '' });
  assert.deepEqual(comparable(viaIngest), comparable(direct));
});

test('product requirement: no independent report is merged into a rewrite story (samples/corpus)', async () => {
  const r = await directOnCorpus();
  assert.equal(r.independentMerged, 0, `merged: ${r.independentMergedIds.join(', ')}`);
});

test('CLI: sift eval stories --json keys, --db keeps the store and refuses an existing file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-eval-stories-cli-'));
  try {
    const db = join(dir, 'kept.db');
    const r = await sift(['eval', 'stories', CORPUS, '--db', db, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const k of ['bcubed', 'independentMerged', 'storiesPredicted', 'storiesGold', 'articles', 'pairwise', 'stories']) assert.ok(k in j, k);
    assert.equal(j['store'], db);
    assert.ok(existsSync(db));
    const again = await sift(['eval', 'stories', CORPUS, '--db', db]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /E_USAGE: .*already exists/);
    const table = await sift(['eval', 'stories', CORPUS, '--pipeline', 'direct']);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /B-cubed/);
    assert.match(table.stdout, /independent articles merged into a rewrite story: \d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
