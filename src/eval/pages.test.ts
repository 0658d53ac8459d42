/**
 * Labelled real-page corpora (`pages.jsonl`): the loader on a small fictional folder written
 * here, arrival order of undated pages, and — when ../shared is present — story grouping on
 * the real development corpus, held to what docs/stories.md reports.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isSiftError } from '../errors/catalogue.js';
import { sharedPath } from '../../test/shared.js';
import { loadCorpus } from '../corpus/load.js';
import { publicationOrder } from '../corpus/order.js';
import { evalStories } from './stories.js';

/** Fictional pages: two copies of one invented report, its original, an independent report, a negative. */
const PAGES = [
  { id: 'p1', url: 'https://agency.example/2031/03/02/dam', domain: 'agency.example', date: '2031-03-02', lang: 'en', role: 'original', story: 's-dam',
    text: 'FICTIONAL. Engineer Tomas Quillan told Agency Example that the Varrow dam released 340 cubic metres a second on 2 March.' },
  { id: 'p2', url: 'https://kzzz.example/varrow-dam', domain: 'kzzz.example', date: null, lang: 'en', role: 'rewrite', story: 's-dam', network: 'family',
    text: 'FICTIONAL. Varrow Dam Opens Its Gates\n\nThe Varrow dam let out 340 cubic metres every second on 2 March, engineer Tomas Quillan said.' },
  { id: 'p3', url: 'https://wqqq.example/2031/03/03/dam', domain: 'wqqq.example', date: '2031-03-03', lang: 'en', role: 'rewrite', story: 's-dam', network: 'family',
    text: 'FICTIONAL. According to engineer Tomas Quillan, 340 cubic metres a second poured from the Varrow dam on 2 March.' },
  { id: 'p4', url: 'https://paper.example/dam-visit', domain: 'paper.example', date: null, lang: 'en', role: 'independent', story: null, related_story: 's-dam',
    text: 'FICTIONAL. Our reporter visited the Varrow valley, where farmers said the water rose by a metre overnight.' },
  { id: 'p5', url: 'https://other.example/bakery', domain: 'other.example', date: null, lang: 'en', role: 'negative', story: null,
    text: 'FICTIONAL. A bakery in Lindholt won a regional prize for its rye bread on Sunday.' },
];

function folder(lines: readonly object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sift-pages-'));
  writeFileSync(join(dir, 'pages.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return dir;
}

test('pages.jsonl: stories, kinds, originals and networks come from the page labels', () => {
  const dir = folder(PAGES);
  try {
    const c = loadCorpus(dir);
    assert.deepEqual(c.articles.map((a) => a.id), ['p1', 'p2', 'p3', 'p4', 'p5']);
    assert.equal(c.articles[1]!.published, undefined);
    assert.equal(c.articles[0]!.published, '2031-03-02');
    assert.deepEqual(
      Object.entries(c.labels.articles).map(([id, l]) => [id, l.story, l.kind]),
      [
        ['p1', 's-dam', 'original'],
        ['p2', 's-dam', 'rewrite'],
        ['p3', 's-dam', 'rewrite'],
        ['p4', 'independent:p4', 'independent'],
        ['p5', 'negative:p5', 'unrelated'],
      ],
    );
    assert.equal(c.labels.stories['s-dam']!.original, 'p1');
    assert.equal(c.labels.articles['p4']!.event, 's-dam');
    assert.deepEqual(c.labels.networks, { family: { members: ['kzzz.example', 'wqqq.example'] } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pages.jsonl: a bad line is E_EVAL_DATA with its line number', () => {
  for (const [bad, detail] of [
    [{ ...PAGES[0], role: 'copy' }, /unknown role/],
    [{ ...PAGES[1], story: null }, /needs a story/],
    [{ ...PAGES[2], text: '' }, /no text/],
  ] as const) {
    const dir = folder([PAGES[4]!, bad]);
    try {
      assert.throws(() => loadCorpus(dir), (e) => isSiftError(e, 'E_EVAL_DATA') && /pages\.jsonl:2/.test(e.message) && detail.test(e.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('arrival order: dated pages in time order, undated ones at seeded positions', () => {
  const dir = folder(PAGES);
  try {
    const c = loadCorpus(dir);
    for (const seed of [1, 2, 3, 4]) {
      const order = publicationOrder(c.articles, seed).map((a) => a.id);
      assert.equal(order.length, 5);
      assert.ok(order.indexOf('p1') < order.indexOf('p3'), `seed ${seed}: ${order.join(' ')}`);
      assert.deepEqual(publicationOrder(c.articles, seed), publicationOrder(c.articles, seed));
    }
    const orders = new Set([1, 2, 3, 4, 5, 6].map((s) => publicationOrder(c.articles, s).map((a) => a.id).join(' ')));
    assert.ok(orders.size > 1, 'the seed moves undated pages');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('evalStories on a pages folder: undated copies join their story, the independent report and the negative stay apart', async () => {
  const dir = folder(PAGES);
  try {
    const r = await evalStories(dir, { pipeline: 'direct' });
    assert.equal(r.articles, 5);
    assert.equal(r.order.undated, 3);
    assert.equal(r.independentMerged, 0);
    assert.equal(r.mixedPredicted, 0);
    assert.equal(r.pairwise.recall, 1, JSON.stringify(r.stories));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const DEV = sharedPath('data', 'netcorpus-dev');

test('netcorpus-dev (real pages): story grouping holds what docs/stories.md reports', { timeout: 120_000 }, async (t) => {
  if (!DEV) {
    t.skip('../shared/data/netcorpus-dev not found (set SIFT_SHARED_DIR)');
    return;
  }
  const r = await evalStories(DEV);
  t.diagnostic(`netcorpus-dev: B-cubed ${r.bcubed.f1.toFixed(3)}, pairwise ${r.pairwise.f1.toFixed(3)}, mixed ${r.mixedPredicted}, independent merged ${r.independentMerged}`);
  assert.equal(r.ingestIssues, 0);
  assert.ok(r.bcubed.f1 >= 0.93, `B-cubed ${r.bcubed.f1}`);
  assert.ok(r.pairwise.f1 >= 0.8, `pairwise ${r.pairwise.f1}`);
});
