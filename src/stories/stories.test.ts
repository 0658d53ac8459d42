/**
 * Stories on the bundled fictional corpus (samples/corpus), through a real SQLite store:
 * rewrites and translations group, independent reports of the same events stay apart,
 * and a trace finds the origin and the cited sources.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { analyzeText } from '../analyze.js';
import { bcubed } from '../eval/bcubed.js';
import { storeArticle } from '../ingest/store-article.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { REPO_ROOT } from '../../test/shared.js';
import { fingerprint } from './fingerprint.js';
import { bestStory, MAX_POSTINGS, PER_ANCHOR, retrievalAnchors } from './match.js';
import { idfOf, scoreDetail } from './score.js';
import { traceStory } from './trace.js';

interface Row { id: string; url: string; domain: string; published: string; title: string; lang: string; text: string }
const corpus = join(REPO_ROOT, 'samples/corpus');
const rows: Row[] = readFileSync(join(corpus, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const labels = (JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as { articles: Record<string, { story: string | null; kind: string }> }).articles;

let dir: string;
let store: Store;
const storyOf = new Map<string, number>();

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sift-stories-'));
  store = await openStore(join(dir, 'stories.db'));
  for (const r of [...rows].sort((a, b) => a.published.localeCompare(b.published))) {
    const article = { format: 'jsonl' as const, text: r.text, url: r.url, domain: r.domain, published: r.published, title: r.title, lang: r.lang };
    const res = await storeArticle(store, article, { key: r.url });
    storyOf.set(r.id, res.storyId);
  }
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const gold = (id: string): string => labels[id]!.story ?? `alone:${id}`;

test('B-cubed F1 of stories on the fictional corpus is at least 0.95', () => {
  const truth = new Map(rows.map((r) => [r.id, gold(r.id)]));
  const predicted = new Map(rows.map((r) => [r.id, String(storyOf.get(r.id))]));
  const { precision: p, recall: r, f1 } = bcubed(truth, predicted);
  assert.ok(f1 >= 0.95, `B-cubed P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`);
});

test('no independent report is merged into a rewrite story', () => {
  const rewriteKinds = new Set(['original', 'rewrite', 'verbatim', 'translation']);
  for (const r of rows.filter((x) => labels[x.id]!.kind === 'independent')) {
    const mates = rows.filter((x) => rewriteKinds.has(labels[x.id]!.kind) && storyOf.get(x.id) === storyOf.get(r.id));
    assert.deepEqual(mates.map((m) => m.id), [], `${r.id} grouped with others`);
  }
});

test('a trace names the Russian original, the cited sources, and the lag of each copy', async () => {
  const first = rows.find((r) => labels[r.id]!.kind === 'original' && r.lang === 'ru')!;
  const trace = await traceStory(store, storyOf.get(first.id)!);
  assert.ok(trace);
  assert.equal(trace.earliest.url, first.url);
  assert.equal(trace.original?.url, first.url);
  assert.ok(trace.citedSources.length > 0);
  assert.ok(trace.timeline.every((t, i) => i === 0 || (t.lagHours ?? 0) >= (trace.timeline[i - 1]!.lagHours ?? 0)));
  assert.equal(trace.copies.length, trace.timeline.length - 1);
});

test('score: a rewrite passes the threshold, an independent report of the same event does not', () => {
  const original = analyzeText(
    'Officials in the fictional town of Brennau said on May 14 that 23 barges ran aground near the Kessel lock after engineer Tomas Ruhle warned of low water.',
    { published: '2025-05-14T08:00:00Z' },
  );
  const rewrite = analyzeText(
    'Twenty-three cargo barges grounded by the Kessel lock on May 14, Brennau officials said, weeks after engineer Tomas Ruhle had warned that the river was running low. 23 vessels in all.',
    { published: '2025-05-14T10:00:00Z' },
  );
  const independent = analyzeText(
    'A harbour pilot in Brennau told reporters on May 14 that 4 barges were held at the Kessel lock for inspection, and that traffic would resume within 9 hours.',
    { published: '2025-05-15T10:00:00Z' },
  );
  const unrelated = analyzeText('The Brennau choir will perform 12 songs at the spring festival, the organisers announced.');
  const fps = [original, rewrite, independent, unrelated].map(fingerprint);
  const df = new Map<string, number>();
  for (const f of fps) for (const a of f.anchors) df.set(a, (df.get(a) ?? 0) + 1);
  const idf = (a: string): number => idfOf(df.get(a) ?? 0, 50);
  const same = scoreDetail(fps[1]!, fps[0]!, idf);
  const indep = scoreDetail(fps[2]!, fps[0]!, idf);
  assert.ok(same.probability > 0.5, `rewrite ${same.probability}`);
  assert.ok(indep.probability < 0.5, `independent ${indep.probability}`);
  assert.ok(same.shared.includes('#:23'));
});

test('retrieval reads the rarest usable anchors first, within the postings budget', () => {
  const n = 1_000_000;
  const anchors = ['l:en', 'n:common', 'n:rare', 'q:quote', 't:mid', 'zz:unknown-family', 'n:unseen'];
  const df = new Map([['l:en', 900_000], ['n:common', 60_000], ['n:rare', 3], ['q:quote', 1], ['t:mid', 400], ['zz:unknown-family', 2], ['n:unseen', 0]]);
  // Languages and unknown families never retrieve; unseen anchors have no postings; anchors in more than 5 % of articles are skipped.
  assert.deepEqual(retrievalAnchors(anchors, df, n), ['q:quote', 'n:rare', 't:mid']);
  // Many mid-frequency anchors: only as many as the budget holds, rarest first.
  const many = Array.from({ length: 40 }, (_, i) => `n:name${i}`);
  const dfMany = new Map(many.map((a, i) => [a, 50 + i * 10]));
  const got = retrievalAnchors(many, dfMany, n);
  const cost = got.reduce((sum, a) => sum + Math.min(dfMany.get(a)!, PER_ANCHOR), 0);
  assert.ok(cost <= MAX_POSTINGS && cost + PER_ANCHOR > MAX_POSTINGS, `budget used: ${cost}`);
  assert.deepEqual(got, many.slice(0, got.length), 'the rarest ones');
});

test('bestStory: the best three links of a story combine by noisy-OR; one moderate link alone stays moderate', () => {
  const cases: Array<[Array<{ storyId: number | null; probability: number }>, { storyId: number; probability: number } | null]> = [
    [[], null],
    [[{ storyId: null, probability: 0.9 }], null],
    [[{ storyId: 1, probability: 0.5 }], { storyId: 1, probability: 0.5 }],
    // Three links of 0.5 to story 2 outweigh one of 0.8 to story 1: 1 − 0.5³ = 0.875.
    [[{ storyId: 1, probability: 0.8 }, { storyId: 2, probability: 0.5 }, { storyId: 2, probability: 0.5 }, { storyId: 2, probability: 0.5 }], { storyId: 2, probability: 0.875 }],
    // Only the best three count: a fourth link adds nothing.
    [[0.5, 0.5, 0.5, 0.5].map((p) => ({ storyId: 3, probability: p })), { storyId: 3, probability: 0.875 }],
  ];
  for (const [scored, expected] of cases) {
    const got = bestStory(scored);
    assert.deepEqual(got && { storyId: got.storyId, probability: Math.round(got.probability * 1000) / 1000 }, expected);
  }
});
