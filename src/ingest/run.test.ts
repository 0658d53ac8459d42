/** The ingest loop against an in-memory store: counts, keys, idempotency, order, stopping. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fx, serveSite } from '../../test/fixtures/ingest/helpers.js';
import { MemoryStore } from '../../test/fixtures/ingest/memory-store.js';
import { SqliteStore } from '../store/sqlite.js';
import type { NewArticle, StoryAssignment } from '../store/types.js';
import { textKey } from './key.js';
import { ingest } from './run.js';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sift-ingest-run-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

// Analysis in this thread (threads: 0, the same results by design) spares each run a worker's
// start-up; the first run and the stopped run below keep the default analysis worker.
const IN_THREAD = { threads: 0 };

describe('ingest', () => {
  it('stores each article once with its key, origin and analysis, and a re-run stores nothing', async () => {
    const store = new MemoryStore();
    const inputs = [fx('folder'), fx('bad-lines.jsonl'), fx('feed-rss.xml')];
    const issues: string[] = [];
    const warnings: string[] = [];
    const first = await ingest(inputs, store, { noFetch: true, onIssue: (i) => issues.push(i.code), onWarning: (w) => warnings.push(`${w.code} ${w.origin}`) });
    assert.equal(first.seen, 10);
    assert.equal(first.stored, 10);
    assert.equal(first.skippedExisting, 0);
    assert.equal(first.storiesCreated, (await store.listStories()).length);
    assert.deepEqual(issues, ['E_JSONL_LINE', 'E_JSONL_LINE', 'E_NOT_FETCHED', 'E_FEED_ITEM']);
    assert.deepEqual(first.issues.map((i) => i.code), issues);
    // bad-lines.jsonl:6 has an unreadable date: stored without it, one warning, not an issue.
    assert.deepEqual(warnings, [`W_JSONL_FIELD ${fx('bad-lines.jsonl')}:6`]);
    assert.deepEqual(first.warnings.map((w) => `${w.code} ${w.origin}`), warnings);
    assert.equal(first.interrupted, false);

    const byOrigin = new Map(store.articles.map((a) => [a.origin, a]));
    const quarry = byOrigin.get(join(fx('folder'), 'a-quarry.html'))!;
    assert.equal(quarry.key, 'https://courier.lowmere.example/2026/01/quarry', 'canonical URL as key');
    assert.equal(quarry.url, 'https://courier.lowmere.example/2026/01/quarry');
    assert.equal(quarry.domain, 'courier.lowmere.example');
    assert.equal(quarry.published, '2026-01-21T14:00:00.000Z');
    assert.equal(quarry.lang, 'en');
    assert.ok(quarry.analysis.sentences > 0);
    assert.ok(quarry.analysis.sources.length > 0, 'the quoted councillor is a source');
    const strike = byOrigin.get(join(fx('folder'), 'c-ferry-strike.txt'))!;
    assert.equal(strike.key, textKey(strike.text), 'no URL: sha256 of the text');
    assert.match(strike.key, /^sha256:[0-9a-f]{64}$/);
    const market = byOrigin.get(`${fx('bad-lines.jsonl')}:5`)!;
    assert.equal(market.title, 'Brinmouth market moves indoors');
    assert.ok(market.html?.includes('<article>'));
    assert.ok(store.articles.every((a) => a.storyId !== null));

    const badDate = byOrigin.get(`${fx('bad-lines.jsonl')}:6`)!;
    assert.deepEqual([badDate.published, badDate.publishedPrecision, badDate.publishedSource], ['2026-02', 'month', 'url'], 'the date from the URL, marked');

    const second = await ingest(inputs, store, { noFetch: true, threads: 0 });
    assert.deepEqual([second.seen, second.stored, second.skippedExisting, second.storiesCreated], [10, 0, 10, 0]);
    assert.equal(store.articles.length, 10);
  });

  it('stores and groups copies without a date, with a month-only date, and with only a URL date', async () => {
    const report = (lead: string): string =>
      `${lead} The Kelby harbour authority will close the north pier for 14 weeks from Monday after divers found cracks in 32 piles, ` +
      `the authority's engineer Tamsin Varrow told the Kelby Post. "We cannot let the ferries berth there until every pile is sound," Varrow said. ` +
      `Repairs are expected to cost 2.4 million crowns, she said. The Fenwick ferry will use the south quay meanwhile. (Fictional.)`;
    const lines = [
      { url: 'https://kelby-post.example/news/north-pier-closes', text: report('Kelby harbour closes its north pier.') },
      { url: 'https://harbour-daily.example/kelby/north-pier', published: '2031-12', text: report('The north pier at Kelby is to close.') },
      { url: 'https://coast-wire.example/2031/12/14/kelby-north-pier-shut', text: report('Kelby shuts north pier.') },
    ];
    const p = join(tmp, 'dates.jsonl');
    writeFileSync(p, lines.map((l) => JSON.stringify(l)).join('\n'));
    const store = SqliteStore.open(join(tmp, 'dates.db'));
    try {
      const s = await ingest([p], store, IN_THREAD);
      assert.deepEqual([s.seen, s.stored, s.issues.length, s.warnings.length], [3, 3, 0, 0]);
      const stored = await store.listArticles();
      assert.deepEqual(stored.map((a) => [a.url, a.published, a.publishedPrecision, a.publishedSource]), [
        [lines[0]!.url, undefined, undefined, undefined],
        [lines[1]!.url, '2031-12', 'month', 'metadata'],
        [lines[2]!.url, '2031-12-14', 'day', 'url'],
      ]);
      assert.equal(new Set(stored.map((a) => a.storyId)).size, 1, 'one story');
      const story = await store.getStory(stored[0]!.storyId!);
      assert.deepEqual([story?.articles, story?.domains, story?.firstPublished, story?.lastPublished], [3, 3, '2031-12', '2031-12-14']);
    } finally {
      await store.close();
    }
  });

  it('counts an article twice in one run once (same key)', async () => {
    const p = join(tmp, 'twice.jsonl');
    const line = JSON.stringify({ url: 'https://post.brinmouth.example/2026/02/twice', text: 'The same fictional article, listed twice.' });
    writeFileSync(p, `${line}\n${line.replace('twice"', 'twice#top"')}\n`);
    const store = new MemoryStore();
    const s = await ingest([p], store, IN_THREAD);
    assert.deepEqual([s.seen, s.stored, s.skippedExisting], [2, 1, 1]);
  });

  it('matches and inserts one article at a time, each seeing every earlier insert', async () => {
    class SlowStore extends MemoryStore {
      busy = false;
      overlaps = 0;
      order: string[] = [];
      override async countArticles(): Promise<number> {
        if (this.busy) this.overlaps++;
        return super.countArticles();
      }
      override async insertArticle(a: NewArticle, anchors: readonly string[], story: StoryAssignment): Promise<{ id: number; created: boolean; storyId: number }> {
        if (this.busy) this.overlaps++;
        this.busy = true;
        await new Promise((r) => setTimeout(r, 5));
        this.order.push(a.origin!);
        try {
          return await super.insertArticle(a, anchors, story);
        } finally {
          this.busy = false;
        }
      }
    }
    const site = await serveSite({ delayMs: (p) => (p.endsWith('ferry.html') ? 200 : 20) });
    try {
      const list = join(tmp, 'urls.txt');
      writeFileSync(list, readFileSync(fx('urls.txt'), 'utf8').replaceAll('{{BASE}}', site.url));
      const store = new SlowStore();
      const s = await ingest([list, fx('folder')], store, { allowPrivate: true, concurrency: 3, threads: 0 });
      assert.equal(store.overlaps, 0);
      assert.deepEqual(store.order.slice(0, 3).map((o) => o.slice(list.length)), [':2', ':4', ':7'], 'list order, although the first page is the slowest');
      assert.deepEqual([s.seen, s.stored, s.skippedExisting], [9, 8, 1], 'the #comments URL is the orchard page again');
      assert.deepEqual(s.issues.map((i) => i.code), ['E_URL_STATUS', 'E_URL_INVALID']);
    } finally {
      await site.close();
    }
  });

  it('re-runs without fetching pages that are already stored', async () => {
    const site = await serveSite();
    try {
      const list = join(tmp, 'urls-again.txt');
      writeFileSync(list, readFileSync(fx('urls.txt'), 'utf8').replaceAll('{{BASE}}', site.url));
      const store = new MemoryStore();
      await ingest([list], store, { allowPrivate: true, threads: 0 });
      const before = site.requests.length;
      const again = await ingest([list], store, { allowPrivate: true, threads: 0 });
      assert.deepEqual([again.seen, again.stored, again.skippedExisting], [4, 0, 4]);
      assert.deepEqual(site.requests.slice(before), ['/articles/missing.html'], 'only the page that failed is asked for again');
    } finally {
      await site.close();
    }
  });

  it('stops after the current article when its signal is aborted', async () => {
    const p = join(tmp, 'many.jsonl');
    writeFileSync(p, Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Fictional notice number ${i}: the Otterby ferry runs at ${i} o'clock, the company said.` })).join('\n'));
    const store = new MemoryStore();
    const controller = new AbortController();
    const s = await ingest([p], store, {
      signal: controller.signal,
      onProgress: (c) => {
        if (c.stored === 5) controller.abort();
      },
    });
    assert.equal(s.interrupted, true);
    assert.equal(s.stored, 5);
    assert.equal(store.articles.length, 5);
    const rest = await ingest([p], store, IN_THREAD);
    assert.deepEqual([rest.stored, rest.skippedExisting, store.articles.length], [35, 5, 40]);
  });
});
