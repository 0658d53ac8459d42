/**
 * `sift ingest` end to end into temporary SQLite stores: in-process, except the SIFT_DB run (the
 * smoke test of sift ingest) and the signal runs, which are real processes.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fictionalCorpus } from '../../test/fixtures/ingest/corpus.js';
import { runSiftInProcess, type CliRun } from '../../test/cli.js';
import { fx, NO_STORE_REASON, rawCount, serveSite, sift as spawnedSift, spawnSift, STORE_READY } from '../../test/fixtures/ingest/helpers.js';
import { openStore } from '../store/open.js';
import type { IngestSummary } from './run.js';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sift-ingest-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** In-process `sift …args`, with SIFT_DB unset as for the spawned runs. */
const sift = (args: string[]): Promise<CliRun> => runSiftInProcess(args, { env: { SIFT_DB: '' } });
const summaryOf = (stdout: string): IngestSummary => JSON.parse(stdout) as IngestSummary;

describe('sift ingest (end to end)', { skip: STORE_READY ? false : NO_STORE_REASON, concurrency: true }, () => {
  it('stores a folder, a JSONL file and a feed; a second run stores nothing', async () => {
    const db = join(tmp, 'e2e.db');
    const args = ['ingest', fx('folder'), fx('bad-lines.jsonl'), fx('feed-rss.xml'), '--no-fetch', '--db', db, '--json'];
    const first = await sift(args);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, '', 'with --json, issues are in the summary only');
    const s1 = summaryOf(first.stdout);
    assert.deepEqual([s1.seen, s1.stored, s1.skippedExisting], [10, 10, 0]);
    assert.deepEqual(s1.issues.map((i) => i.code), ['E_JSONL_LINE', 'E_JSONL_LINE', 'E_NOT_FETCHED', 'E_FEED_ITEM']);
    assert.deepEqual(s1.warnings.map((w) => [w.code, w.origin]), [['W_JSONL_FIELD', `${fx('bad-lines.jsonl')}:6`]]);
    assert.deepEqual(s1.issues[0], {
      code: 'E_JSONL_LINE',
      origin: `${fx('bad-lines.jsonl')}:2`,
      message: s1.issues[0]!.message,
    });
    assert.ok(s1.storiesCreated >= 1 && s1.storiesCreated <= 10);
    assert.deepEqual(Object.keys(s1).sort(), ['elapsedMs', 'inputs', 'interrupted', 'issues', 'rate', 'seen', 'skippedExisting', 'stored', 'storiesCreated', 'warnings'].sort());

    const second = summaryOf((await sift(args)).stdout);
    assert.deepEqual([second.seen, second.stored, second.skippedExisting, second.storiesCreated], [10, 0, 10, 0]);

    const store = await openStore(db);
    try {
      assert.equal(await store.countArticles(), 10);
      const all = await store.listArticles({ limit: 100 });
      assert.ok(all.every((a) => a.storyId !== null && a.origin !== undefined));
      const bridge = all.find((a) => a.url === 'https://courier.lowmere.example/2026/03/harbour-bridge-repairs')!;
      assert.equal(bridge.origin, `${fx('feed-rss.xml')}#item-1`);
      assert.equal(bridge.published, '2026-03-03T08:15:00.000Z');
      assert.deepEqual([bridge.publishedPrecision, bridge.publishedSource], ['time', 'metadata']);
      // The line whose date could not be read is stored, dated from its URL at month precision.
      const badDate = all.find((a) => a.origin === `${fx('bad-lines.jsonl')}:6`)!;
      assert.deepEqual([badDate.published, badDate.publishedPrecision, badDate.publishedSource], ['2026-02', 'month', 'url']);
    } finally {
      await store.close();
    }
  });

  it('prints each issue as one line on stderr, nothing on stdout, and uses SIFT_DB (a real process)', async () => {
    const db = join(tmp, 'env.db');
    const r = await spawnedSift(['ingest', fx('bad-lines.jsonl')], { SIFT_DB: db });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => l.replace(/: Line .*$/, '')), [
      `sift: E_JSONL_LINE: ${fx('bad-lines.jsonl')}:2`,
      `sift: E_JSONL_LINE: ${fx('bad-lines.jsonl')}:3`,
      `sift: W_JSONL_FIELD: ${fx('bad-lines.jsonl')}:6`,
    ]);
    assert.ok(existsSync(db));
  });

  it('fetches a URL list from a local server with --allow-private, and refuses it without', async () => {
    const site = await serveSite();
    try {
      const list = join(tmp, 'urls.txt');
      writeFileSync(list, readFileSync(fx('urls.txt'), 'utf8').replaceAll('{{BASE}}', site.url));
      const db = join(tmp, 'urls.db');
      const refused = summaryOf((await sift(['ingest', list, '--db', db, '--json'])).stdout);
      assert.equal(refused.stored, 0);
      assert.deepEqual([...new Set(refused.issues.map((i) => i.code))].sort(), ['E_URL_INVALID', 'E_URL_PRIVATE']);
      assert.equal(site.requests.length, 0);
      const ok = summaryOf((await sift(['ingest', list, '--db', db, '--json', '--allow-private', '--concurrency', '2'])).stdout);
      assert.deepEqual([ok.seen, ok.stored, ok.skippedExisting], [4, 3, 1]);
      assert.deepEqual(ok.issues.map((i) => i.code), ['E_URL_STATUS', 'E_URL_INVALID']);
    } finally {
      await site.close();
    }
  });

  it('ends with one clean error line for unusable inputs and stores', async () => {
    const db = join(tmp, 'never.db');
    const missing = await sift(['ingest', fx('folder'), join(tmp, 'no-such.jsonl'), '--db', db]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^sift: E_FILE_NOT_FOUND: .*no-such\.jsonl/);
    assert.equal(missing.stderr.trimEnd().split('\n').length, 1);
    assert.ok(!existsSync(db), 'nothing opened or created');

    const badDb = await sift(['ingest', fx('bad-lines.jsonl'), '--db', 'mysql://somewhere/db']);
    assert.equal(badDb.code, 1);
    assert.match(badDb.stderr, /^sift: E_STORE_SPEC: /);

    const notSqlite = await sift(['ingest', fx('bad-lines.jsonl'), '--db', fx('feed-rss.xml')]);
    assert.equal(notSqlite.code, 1);
    assert.match(notSqlite.stderr, /^sift: E_STORE_NOT_SQLITE: /);

    const usage = await sift(['ingest', fx('bad-lines.jsonl'), '--concurrency', '0', '--db', db]);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /^sift: E_USAGE: .*--concurrency needs a positive integer/);
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`on ${signal} finishes the current article, prints the summary and exits ${code}`, async () => {
      // Slow pages, one at a time: the run is still going when the signal comes.
      const site = await serveSite({ delayMs: () => 150 });
      try {
        const list = join(tmp, `slow-${signal}.txt`);
        const urls = Array.from({ length: 40 }, (_, i) => `${site.url}/articles/${['ferry', 'orchard', 'valley-line'][i % 3]}.html?copy=${i}`);
        writeFileSync(list, `${urls.join('\n')}\n`);
        const db = join(tmp, `signal-${signal}.db`);
        const run = spawnSift(['ingest', list, '--db', db, '--json', '--allow-private', '--concurrency', '1']);
        // Once the first articles are committed (analysis starts in a worker thread, and inserts
        // are committed in batches): the signal must commit the open batch too.
        while (rawCount(db) < 1) await new Promise((r) => setTimeout(r, 20));
        run.child.kill(signal);
        const r = await run.done;
        assert.equal(r.code, code, r.stderr);
        const s = summaryOf(r.stdout);
        assert.equal(s.interrupted, true);
        assert.ok(s.stored >= 1 && s.stored < 40, `stored ${s.stored}`);
        const store = await openStore(db);
        try {
          assert.equal(await store.countArticles(), s.stored, 'the summary counts what is stored');
        } finally {
          await store.close();
        }
      } finally {
        await site.close();
      }
    });
  }

  it('ingests the 300-article fictional corpus, and 20 republished copies join their originals', async () => {
    const corpus = join(tmp, 'corpus.jsonl');
    const originals = fictionalCorpus(300, 7);
    const copies = originals.slice(0, 20).map((a) => ({ ...a, id: `${a.id}-copy`, url: a.url.replace('https://news.', 'https://mirror.') }));
    writeFileSync(corpus, [...originals, ...copies].map((a) => `${JSON.stringify(a)}\n`).join(''));
    const r = await sift(['ingest', corpus, '--db', join(tmp, 'corpus.db'), '--json', '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    const s = summaryOf(r.stdout);
    assert.deepEqual([s.seen, s.stored, s.issues.length], [320, 320, 0]);
    assert.ok(s.storiesCreated <= 300, `every republished copy joins a story (${s.storiesCreated} stories)`);
  });
});
