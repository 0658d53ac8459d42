/** The shared store suite on a real SQLite file, plus what is specific to SQLite. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { isSiftError } from '../errors/catalogue.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite.js';
import { SqliteStore } from './sqlite.js';
import { storeSuite } from './store.suite.js';

const dir = mkdtempSync(join(tmpdir(), 'sift-store-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(dir, `t${++n}.db`);
/** The analysis of an article that says nothing (these tests are about anchors). */
const analysis = { chains: [], sources: [], attributions: 0, hedged: 0, unsourced: 0, facts: [], sentences: 1 };

describe('SqliteStore (shared suite)', () => {
  storeSuite({
    create: async () => SqliteStore.open(fresh()),
    reopen: async (s) => {
      await s.close();
      return SqliteStore.open(s.location);
    },
    migrations: async (s) => (s as SqliteStore).migrationVersions(),
  });
});

describe('SqliteStore specifics', () => {
  test('one file in WAL mode, synchronous=NORMAL, foreign keys on, busy timeout set', async () => {
    const s = SqliteStore.open(fresh());
    try {
      assert.equal(s.pragma('journal_mode'), 'wal');
      assert.equal(s.pragma('synchronous'), 1);
      assert.equal(s.pragma('foreign_keys'), 1);
      assert.ok(Number(s.pragma('busy_timeout')) >= 1000);
      assert.equal(s.pragma('page_size'), 4096);
      assert.equal(Number(s.pragma('wal_autocheckpoint')) * 4096, 256 * 1024 * 1024, 'checkpoints every 256 MB of WAL');
      assert.equal(s.kind, 'sqlite');
    } finally {
      await s.close();
    }
  });

  test('an existing file keeps its page size', async () => {
    const p = fresh();
    const db = new Database(p);
    db.pragma('page_size = 2048');
    db.exec('VACUUM');
    db.close();
    const s = SqliteStore.open(p);
    try {
      assert.equal(s.pragma('page_size'), 2048);
      assert.equal((await s.insertArticle({ key: 'a', lang: 'en', text: 'x', analysis }, ['k'], { kind: 'new' })).created, true);
    } finally {
      await s.close();
    }
  });

  test('a file that is not SQLite is refused and left byte for byte as it was', () => {
    const p = join(dir, 'notes.db');
    const content = 'These are my notes, not a database.\n'.repeat(20);
    writeFileSync(p, content);
    assert.throws(() => SqliteStore.open(p), (e: unknown) => isSiftError(e, 'E_STORE_NOT_SQLITE') && /not a SQLite database/.test(e.message) && !/\n/.test(e.message));
    assert.equal(readFileSync(p, 'utf8'), content);
    const tiny = join(dir, 'tiny.db');
    writeFileSync(tiny, 'abc');
    assert.throws(() => SqliteStore.open(tiny), (e: unknown) => isSiftError(e, 'E_STORE_NOT_SQLITE'));
    assert.equal(readFileSync(tiny, 'utf8'), 'abc');
  });

  test('a SQLite database of another program is refused without being modified', () => {
    const p = join(dir, 'other.db');
    const db = new Database(p);
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ann')");
    db.close();
    const before = readFileSync(p);
    assert.throws(() => SqliteStore.open(p), (e: unknown) => isSiftError(e, 'E_STORE_SCHEMA') && /another program/.test(e.message) && /contacts/.test(e.message));
    assert.deepEqual(readFileSync(p), before, 'not switched to WAL, no tables added');
    const check = new Database(p, { readonly: true });
    assert.equal(check.pragma('journal_mode', { simple: true }), 'delete');
    check.close();
  });

  test('a store written by a newer Sift is refused', async () => {
    const p = fresh();
    await SqliteStore.open(p).close();
    const db = new Database(p);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(999, 'future', new Date().toISOString());
    db.close();
    assert.throws(() => SqliteStore.open(p), (e: unknown) => isSiftError(e, 'E_STORE_SCHEMA') && /newer Sift/.test(e.message));
  });

  test('a later migration applies once on reopen, in order', async () => {
    const p = fresh();
    await SqliteStore.open(p).close();
    const more = [...SQLITE_MIGRATIONS, { version: 1000, name: 'test: extra table', sql: 'CREATE TABLE extra (x INTEGER)' }];
    const s = SqliteStore.open(p, { migrations: more });
    assert.deepEqual(await s.migrationVersions(), [...SQLITE_MIGRATIONS.map((m) => m.version), 1000]);
    await s.close();
    const again = SqliteStore.open(p, { migrations: more }); // CREATE TABLE extra would fail if re-run
    assert.deepEqual(await again.migrationVersions(), [...SQLITE_MIGRATIONS.map((m) => m.version), 1000]);
    await again.close();
  });

  test('a store from before migration 3 migrates on open: articles keep their dates, read at their own precision as metadata', async () => {
    const p = fresh();
    // The file as the previous Sift left it: migrations 1 and 2, a story and its articles.
    const db = new Database(p);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of SQLITE_MIGRATIONS.slice(0, 2)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    const storyId = Number(db.prepare(`INSERT INTO stories (articles, domains, first_published, first_published_utc, last_published, last_published_utc, created_at)
      VALUES (3, 1, '2031-06-21', '2031-06-21T00:00:00.000Z', '2031-06-21T08:00:00.000Z', '2031-06-21T08:00:00.000Z', 'then')`).run().lastInsertRowid);
    const insert = db.prepare(`INSERT INTO articles (key, url, domain, published, published_utc, lang, anchor_ids, ingested_at, story_id, analysis, text, html)
      VALUES (?, ?, 'kelby-post.example', ?, ?, 'en', '[]', 'then', ?, ?, ?, '<p>x</p>')`);
    for (const [key, published, utc] of [['old-day', '2031-06-21', '2031-06-21T00:00:00.000Z'], ['old-time', '2031-06-21T08:00:00.000Z', '2031-06-21T08:00:00.000Z'], ['old-none', null, null]]) {
      insert.run(key, `https://kelby-post.example/${key}`, published, utc, storyId, JSON.stringify(analysis), `Text of ${key}.`);
    }
    db.close();

    const s = SqliteStore.open(p);
    try {
      assert.deepEqual(await s.migrationVersions(), SQLITE_MIGRATIONS.map((m) => m.version));
      const got = await s.listArticles();
      assert.deepEqual(got.map((a) => [a.key, a.published, a.publishedPrecision, a.publishedSource, a.storyId, a.text, a.html]), [
        ['old-day', '2031-06-21', 'day', 'metadata', storyId, 'Text of old-day.', '<p>x</p>'],
        ['old-time', '2031-06-21T08:00:00.000Z', 'time', 'metadata', storyId, 'Text of old-time.', '<p>x</p>'],
        ['old-none', undefined, undefined, undefined, storyId, 'Text of old-none.', '<p>x</p>'],
      ]);
      assert.equal((await s.getStory(storyId))?.firstPublished, '2031-06-21');
      const r = await s.insertArticle({ key: 'new-month', lang: 'en', text: 'x', analysis, published: '2031-06', publishedSource: 'url' }, ['u'], { kind: 'join', storyId, score: 0.7 });
      const a = await s.getArticle(r.id);
      assert.deepEqual([a?.published, a?.publishedPrecision, a?.publishedSource, a?.storyId], ['2031-06', 'month', 'url', storyId]);
      assert.equal((await s.getStory(storyId))?.articles, 4);
    } finally {
      await s.close();
    }
    const check = new Database(p, { readonly: true });
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(check.prepare('SELECT published_precision, published_source FROM articles ORDER BY id').raw().all(), [[null, null], [null, null], [null, null], ['month', 'url']], 'old rows are not rewritten');
    check.close();
  });

  test('a failing migration leaves the store at the previous version', async () => {
    const p = fresh();
    await SqliteStore.open(p).close();
    const broken = [...SQLITE_MIGRATIONS, { version: 1000, name: 'test: broken', sql: 'CREATE TABLE ok_part (x INTEGER); CREATE TABLE articles (x INTEGER)' }];
    assert.throws(() => SqliteStore.open(p, { migrations: broken }), (e: unknown) => isSiftError(e, 'E_STORE_SCHEMA') && /migration 1000/.test(e.message));
    const s = SqliteStore.open(p);
    assert.deepEqual(await s.migrationVersions(), SQLITE_MIGRATIONS.map((m) => m.version));
    await s.close();
    const db = new Database(p, { readonly: true });
    assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'ok_part'").pluck().get(), 0, 'the half-applied step was rolled back');
    db.close();
  });

  test('a folder, or a file in a missing folder, gives E_STORE_OPEN with advice', () => {
    assert.throws(() => SqliteStore.open(dir), (e: unknown) => isSiftError(e, 'E_STORE_OPEN') && /folder/.test(e.message));
    assert.throws(() => SqliteStore.open(join(dir, 'missing', 'x.db')), (e: unknown) => isSiftError(e, 'E_STORE_OPEN') && /Create the folder/.test(e.message));
  });

  test('two connections to the same file both write and see each other', async () => {
    const p = fresh();
    const a = SqliteStore.open(p);
    const b = SqliteStore.open(p);
    try {
      const r1 = await a.insertArticle({ key: 'one', lang: 'en', text: 'x', analysis }, ['k'], { kind: 'new' });
      const r2 = await b.insertArticle({ key: 'two', lang: 'en', text: 'y', analysis }, ['k'], { kind: 'join', storyId: r1.storyId, score: 1 });
      assert.equal(r2.created, true);
      assert.equal((await a.anchorFrequencies(['k'])).get('k'), 2);
      assert.equal((await a.getStory(r1.storyId))?.articles, 2);
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('postings move from postings_recent into postings slice by slice; candidates stay the newest per anchor', async () => {
    const p = fresh();
    const s = SqliteStore.open(p, { postingsMerge: { everyPostings: 7, slices: 3 } });
    const raw = new Database(p, { readonly: true });
    const count = (table: string): number => Number(raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    const vocab = Array.from({ length: 12 }, (_, i) => `a${i}`);
    const holders = new Map<string, number[]>(vocab.map((a) => [a, []]));
    let seed = 7;
    const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    let total = 0;
    let sawBoth = false;
    try {
      await s.beginBatch();
      for (let i = 0; i < 60; i++) {
        const anchors = [...new Set(Array.from({ length: 1 + rand(5) }, () => vocab[rand(vocab.length)]!))];
        if (i === 30) {
          // A failed insert in the middle of a batch undoes its own merge step, nothing else.
          await assert.rejects(s.insertArticle({ key: 'bad', lang: 'en', text: 'x', analysis }, anchors, { kind: 'join', storyId: 999, score: 1 }));
        }
        const r = await s.insertArticle({ key: `k${i}`, lang: 'en', text: 'x', analysis }, anchors, { kind: 'new' });
        for (const a of anchors) holders.get(a)!.push(r.id);
        total += anchors.length;
        if (i % 10 === 9) {
          await s.commitBatch();
          sawBoth ||= count('postings') > 0 && count('postings_recent') > 0;
          assert.equal(count('postings') + count('postings_recent'), total, 'every posting in exactly one table');
          await s.beginBatch();
        }
        for (const perAnchor of [1, 3, 100]) {
          const got = await s.candidates(vocab, { perAnchor });
          const want = new Map<number, string[]>();
          for (const a of vocab) for (const id of holders.get(a)!.slice(-perAnchor)) want.set(id, [...(want.get(id) ?? []), a]);
          assert.deepEqual(new Map(got.map((c) => [c.articleId, c.anchors])), want, `after ${i + 1} inserts, perAnchor ${perAnchor}`);
        }
      }
      await s.commitBatch();
      assert.ok(sawBoth, 'both tables held postings at a commit');
      assert.ok(count('postings') > total / 2, 'most postings have moved');
    } finally {
      raw.close();
      await s.close();
    }
  });

  test('the in-memory anchor dictionary always equals the file: own inserts, failed inserts, another writer', async () => {
    const p = fresh();
    const a = SqliteStore.open(p);
    const b = SqliteStore.open(p);
    const raw = new Database(p, { readonly: true });
    const onDisk = (): Record<string, number> => Object.fromEntries(raw.prepare('SELECT anchor, df FROM anchors').raw().all() as Array<[string, number]>);
    const seen = async (s: SqliteStore, anchors: string[], ids: number[]): Promise<Record<string, number>> => {
      const out = Object.fromEntries([...(await s.anchorFrequencies(anchors))].filter(([, df]) => df > 0));
      for (const list of (await s.anchorsOf(ids)).values()) for (const { anchor, df } of list) assert.equal(df, out[anchor] ?? df, `anchorsOf and anchorFrequencies agree on ${anchor}`);
      return out;
    };
    try {
      const all = ['k', 'm', 'n', 'fresh'];
      await a.beginBatch();
      const r1 = await a.insertArticle({ key: 'one', lang: 'en', text: 'x', analysis }, ['k', 'm'], { kind: 'new' });
      assert.deepEqual(await seen(a, all, [r1.id]), { k: 1, m: 1 }, 'cached after the insert');
      const r2 = await a.insertArticle({ key: 'two', lang: 'en', text: 'y', analysis }, ['k', 'n'], { kind: 'join', storyId: r1.storyId, score: 1 });
      // Fails inside the transaction after its anchors were written (no such story): rolled back.
      await assert.rejects(a.insertArticle({ key: 'bad', lang: 'en', text: 'z', analysis }, ['k', 'm', 'fresh'], { kind: 'join', storyId: 999, score: 1 }));
      assert.deepEqual(await seen(a, all, [r1.id, r2.id]), { k: 2, m: 1, n: 1 });
      await a.commitBatch();
      assert.deepEqual(onDisk(), { k: 2, m: 1, n: 1 });
      // Another connection writes: the first one's next read sees it.
      const r3 = await b.insertArticle({ key: 'three', lang: 'en', text: 'w', analysis }, ['k', 'fresh'], { kind: 'new' });
      assert.deepEqual(await seen(a, all, [r1.id, r3.id]), { k: 3, m: 1, n: 1, fresh: 1 });
      assert.deepEqual((await a.candidates(['fresh'], { perAnchor: 5 })).map((c) => c.articleId), [r3.id]);
      await a.insertArticle({ key: 'four', lang: 'en', text: 'v', analysis }, ['fresh', 'k'], { kind: 'join', storyId: r3.storyId, score: 1 });
      assert.deepEqual(onDisk(), { k: 4, m: 1, n: 1, fresh: 2 });
      assert.deepEqual(await seen(b, all, [r3.id]), onDisk());
    } finally {
      raw.close();
      await a.close();
      await b.close();
    }
  });
});
