/**
 * The shared store suite on a real PostgreSQL (env SIFT_TEST_PG_URL; .ci/run starts one), plus
 * what is specific to PostgreSQL. Every store of a run lives in its own schema, dropped at the end.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { isSiftError } from '../errors/catalogue.js';
import { POSTGRES_MIGRATIONS } from './migrations/postgres.js';
import { PostgresStore } from './postgres.js';
import { storeSuite } from './store.suite.js';
import type { NewArticle } from './types.js';

const URL_ = process.env['SIFT_TEST_PG_URL'];

if (!URL_) {
  test('PostgresStore', (t) => {
    t.skip('SIFT_TEST_PG_URL is not set (a postgres:// URL of a scratch database; .ci/run starts one)');
  });
} else {
  const url = URL_;
  const run = `sift_t${process.pid}_${Date.now().toString(36)}`;
  const schemas: string[] = [];
  let n = 0;
  const newSchema = (): string => {
    const s = `${run}_${++n}`;
    schemas.push(s);
    return s;
  };
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  after(async () => {
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await admin.end();
  });
  const schemaOf = new WeakMap<object, string>();
  const open = async (schema: string): Promise<PostgresStore> => {
    const s = await PostgresStore.open(url, { schema });
    schemaOf.set(s, schema);
    return s;
  };

  describe('PostgresStore (shared suite)', () => {
    storeSuite({
      create: async () => open(newSchema()),
      reopen: async (s) => {
        await s.close();
        return open(schemaOf.get(s)!);
      },
      migrations: async (s) => (s as PostgresStore).migrationVersions(),
    });
  });

  const art = (key: string): NewArticle => ({ key, lang: 'en', text: key, analysis: { chains: [], sources: [], attributions: 0, hedged: 0, unsourced: 0, facts: [], sentences: 1 } });

  describe('PostgresStore specifics', () => {
    test('location hides the password; ?schema= in the URL selects the schema', async () => {
      const schema = newSchema();
      const u = new URL(url);
      u.searchParams.set('schema', schema);
      const s = await PostgresStore.open(u.toString());
      try {
        assert.equal(s.kind, 'postgres');
        const pw = new URL(url).password;
        if (pw) assert.ok(!s.location.includes(`:${pw}@`), s.location);
        assert.match(s.location, /^postgres(ql)?:\/\/[^:@/]*@/);
        assert.equal(await s.setting('search_path'), schema);
        assert.equal(await s.setting('synchronous_commit'), 'off');
        await s.insertArticle(art('in-schema'), ['a'], { kind: 'new' });
        const r = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".articles`);
        assert.equal(r.rows[0].n, 1);
      } finally {
        await s.close();
      }
    });

    test('two processes opening a new schema at once migrate it once', async () => {
      const schema = newSchema();
      const stores = await Promise.all([open(schema), open(schema), open(schema)]);
      try {
        for (const s of stores) assert.deepEqual(await s.migrationVersions(), POSTGRES_MIGRATIONS.map((m) => m.version));
      } finally {
        for (const s of stores) await s.close();
      }
    });

    test('the same key from two connection pools at once: one row, both get its id', async () => {
      const schema = newSchema();
      const a = await open(schema);
      const b = await open(schema);
      try {
        for (let i = 0; i < 20; i++) {
          const [ra, rb] = await Promise.all([a.insertArticle(art(`race${i}`), ['s', `x${i}`], { kind: 'new' }), b.insertArticle(art(`race${i}`), ['s', `x${i}`], { kind: 'new' })]);
          assert.equal(ra.id, rb.id);
          assert.equal(Number(ra.created) + Number(rb.created), 1);
          assert.equal(ra.storyId, rb.storyId);
        }
        assert.equal(await a.countArticles(), 20);
        assert.equal((await a.anchorFrequencies(['s'])).get('s'), 20);
        assert.equal((await a.listStories()).length, 20, 'the losing insert left no story behind');
      } finally {
        await a.close();
        await b.close();
      }
    });

    test('a schema holding someone else\'s "articles" table is refused, untouched', async () => {
      const schema = newSchema();
      await admin.query(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".articles (x int); INSERT INTO "${schema}".articles VALUES (7)`);
      await assert.rejects(open(schema), (e: unknown) => isSiftError(e, 'E_STORE_SCHEMA') && /did not create/.test(e.message));
      const r = await admin.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = $1`, [schema]);
      assert.equal(r.rows[0].n, 1);
    });

    test('a store written by a newer Sift is refused', async () => {
      const schema = newSchema();
      await (await open(schema)).close();
      await admin.query(`INSERT INTO "${schema}".schema_migrations VALUES (999, 'future', 'now')`);
      await assert.rejects(open(schema), (e: unknown) => isSiftError(e, 'E_STORE_SCHEMA') && /newer Sift/.test(e.message));
    });

    test('a store at an older version is brought up to date, keeping its data', async () => {
      const schema = newSchema();
      const old = await PostgresStore.open(url, { schema, migrations: POSTGRES_MIGRATIONS.slice(0, 1) });
      assert.deepEqual(await old.migrationVersions(), [1]);
      await old.close();
      await admin.query(`SET search_path TO "${schema}"; INSERT INTO stories (articles, domains, created_at) VALUES (1, 0, 'x'); RESET search_path`);
      const s = await open(schema);
      try {
        assert.deepEqual(await s.migrationVersions(), POSTGRES_MIGRATIONS.map((m) => m.version));
        assert.equal((await s.listStories()).length, 1);
        const r = await s.insertArticle(art('after-upgrade'), ['u'], { kind: 'new' });
        assert.deepEqual(await s.candidates(['u'], { perAnchor: 5 }), [{ articleId: r.id, anchors: ['u'] }]);
      } finally {
        await s.close();
      }
    });

    test('articles stored before migration 3 keep their dates, read at their own precision as metadata', async () => {
      const schema = newSchema();
      const old = await PostgresStore.open(url, { schema, migrations: POSTGRES_MIGRATIONS.slice(0, 2) });
      assert.deepEqual(await old.migrationVersions(), [1, 2]);
      await old.close();
      // Rows as the previous Sift wrote them: no precision or source columns yet.
      const story = await admin.query(`INSERT INTO "${schema}".stories (articles, domains, first_published, first_published_utc, last_published, last_published_utc, created_at)
        VALUES (2, 1, '2031-06-21', '2031-06-21T00:00:00Z', '2031-06-21T08:00:00.000Z', '2031-06-21T08:00:00Z', 'then') RETURNING id`);
      const storyId = Number(story.rows[0].id);
      const rows: Array<[string, string | null, string | null]> = [['old-day', '2031-06-21', '2031-06-21T00:00:00Z'], ['old-time', '2031-06-21T08:00:00.000Z', '2031-06-21T08:00:00Z'], ['old-none', null, null]];
      for (const [key, published, utc] of rows) {
        await admin.query(`INSERT INTO "${schema}".articles (key, url, domain, published, published_utc, lang, anchor_ids, ingested_at, story_id, analysis, text)
          VALUES ($1, $2, 'kelby-post.example', $3, $4, 'en', '{}', 'then', $5, $6, $1)`, [key, `https://kelby-post.example/${key}`, published, utc, storyId, JSON.stringify(art(key).analysis)]);
      }
      const s = await open(schema);
      try {
        assert.deepEqual(await s.migrationVersions(), POSTGRES_MIGRATIONS.map((m) => m.version));
        const cols = await admin.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'articles' AND column_name LIKE 'published%' ORDER BY column_name`, [schema]);
        assert.deepEqual(cols.rows.map((r: { column_name: string }) => r.column_name), ['published', 'published_precision', 'published_source', 'published_utc']);
        const got = await s.listArticles();
        assert.deepEqual(got.map((a) => [a.key, a.published, a.publishedPrecision, a.publishedSource, a.storyId]), [
          ['old-day', '2031-06-21', 'day', 'metadata', storyId],
          ['old-time', '2031-06-21T08:00:00.000Z', 'time', 'metadata', storyId],
          ['old-none', undefined, undefined, undefined, storyId],
        ]);
        assert.equal((await s.getStory(storyId))?.firstPublished, '2031-06-21');
        // New articles join the old story with their precision and source.
        const r = await s.insertArticle({ ...art('new-month'), published: '2031-06', publishedSource: 'url' }, ['u'], { kind: 'join', storyId, score: 0.7 });
        const a = await s.getArticle(r.id);
        assert.deepEqual([a?.published, a?.publishedPrecision, a?.publishedSource, a?.storyId], ['2031-06', 'month', 'url', storyId]);
      } finally {
        await s.close();
      }
    });

    test('a failing migration rolls back completely', async () => {
      const schema = newSchema();
      await (await open(schema)).close();
      const broken = [...POSTGRES_MIGRATIONS, { version: 1000, name: 'test: broken', sql: 'CREATE TABLE ok_part (x int); CREATE TABLE articles (x int)' }];
      await assert.rejects(PostgresStore.open(url, { schema, migrations: broken }), (e: unknown) => isSiftError(e, 'E_STORE_SCHEMA') && /migration 1000/.test(e.message));
      const r = await admin.query(`SELECT to_regclass($1) AS t`, [`"${schema}".ok_part`]);
      assert.equal(r.rows[0].t, null);
      const s = await open(schema);
      assert.deepEqual(await s.migrationVersions(), POSTGRES_MIGRATIONS.map((m) => m.version));
      await s.close();
    });

    test('wrong password, missing database, unreachable server: E_STORE_OPEN with advice, no password shown', async () => {
      const bad = new URL(url);
      bad.password = 'definitely-wrong-pw';
      bad.username = bad.username || 'postgres';
      await assert.rejects(PostgresStore.open(bad.toString()), (e: unknown) => isSiftError(e, 'E_STORE_OPEN') && /user name and password/.test(e.message) && !e.message.includes('definitely-wrong-pw'));
      const nodb = new URL(url);
      nodb.pathname = '/sift_no_such_db_here';
      await assert.rejects(PostgresStore.open(nodb.toString()), (e: unknown) => isSiftError(e, 'E_STORE_OPEN') && /does not exist/.test(e.message) && /createdb/.test(e.message));
      await assert.rejects(PostgresStore.open('postgres://u:secretpw@127.0.0.1:1/db'), (e: unknown) => isSiftError(e, 'E_STORE_OPEN') && /running/.test(e.message) && !e.message.includes('secretpw'));
    });
  });
}
