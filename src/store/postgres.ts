/**
 * The corpus store on a PostgreSQL server (`pg` Pool). Same tables and meaning as the SQLite
 * store; `insertArticle` is one transaction of four round trips (BEGIN, story, one statement for
 * anchors + article + postings + sources with unnest arrays, COMMIT). See docs/store.md.
 */
import pg from 'pg';
import { SiftError, isSiftError } from '../errors/catalogue.js';
import {
  ARTICLE_COLUMNS,
  STORY_COLUMNS,
  checkAnchor,
  checkCount,
  checkIds,
  checkNewArticle,
  domainKey,
  errorDetail,
  filterRange,
  groupCandidates,
  inOrder,
  publishedColumns,
  redactUrl,
  sourceKey,
  sourceKeys,
  toArticle,
  toStory,
  uniqueAnchors,
  utcKey,
  type ArticleRow,
  type StoryRow,
} from './common.js';
import { POSTGRES_MIGRATIONS } from './migrations/postgres.js';
import type { Migration } from './migrations/types.js';
import type { Candidate, NewArticle, Store, StoredArticle, Story, StoryAssignment, StoryFilter } from './types.js';

export interface PostgresStoreOptions {
  /** Schema to use (created when missing); default: the server's search_path. Also `?schema=` in the URL. */
  schema?: string;
  /** Connections in the pool (default 4). */
  maxConnections?: number;
  /** How long to wait for a connection, in ms (default 10 000). */
  connectTimeoutMs?: number;
  /** Migrations to apply (tests only; default the real list). */
  migrations?: readonly Migration[];
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** Advisory lock key serialising migrations between processes. */
const MIGRATION_LOCK = 0x5_1f7_0001;
/** Transient conflicts between concurrent writers: retried. */
const RETRY_CODES = new Set(['40P01', '40001']);

const INSERT_NEW_STORY = `WITH s AS (
    INSERT INTO stories (articles, domains, first_published, first_published_utc, last_published, last_published_utc, title, created_at)
    VALUES (1, CASE WHEN $1::text IS NULL THEN 0 ELSE 1 END, $2, $3, $2, $3, $4, $5) RETURNING id),
  d AS (INSERT INTO story_domains (story_id, domain) SELECT id, $1 FROM s WHERE $1::text IS NOT NULL)
  SELECT id FROM s`;

const JOIN_STORY = `WITH d AS (
    INSERT INTO story_domains (story_id, domain) SELECT $1, $2 WHERE $2::text IS NOT NULL
    ON CONFLICT DO NOTHING RETURNING 1)
  UPDATE stories SET articles = articles + 1,
    domains = domains + (SELECT count(*) FROM d),
    first_published = CASE WHEN $4::timestamptz IS NOT NULL AND (first_published_utc IS NULL OR $4 < first_published_utc) THEN $3 ELSE first_published END,
    first_published_utc = CASE WHEN $4::timestamptz IS NOT NULL AND (first_published_utc IS NULL OR $4 < first_published_utc) THEN $4 ELSE first_published_utc END,
    last_published = CASE WHEN $4::timestamptz IS NOT NULL AND (last_published_utc IS NULL OR $4 > last_published_utc) THEN $3 ELSE last_published END,
    last_published_utc = CASE WHEN $4::timestamptz IS NOT NULL AND (last_published_utc IS NULL OR $4 > last_published_utc) THEN $4 ELSE last_published_utc END
  WHERE id = $1 RETURNING id`;

// Anchors are upserted in sorted order (a fixed lock order between concurrent writers); the
// article keeps its anchors' ids in the order given ($1 as passed, with ordinality).
const INSERT_ARTICLE = `WITH a AS (
    INSERT INTO anchors (anchor, df) SELECT x, 1 FROM unnest($1::text[]) AS x ORDER BY x COLLATE "C"
    ON CONFLICT (anchor) DO UPDATE SET df = anchors.df + 1 RETURNING id, anchor),
  art AS (
    INSERT INTO articles (key, url, domain, title, published, published_utc, lang, text, html, origin, analysis, anchor_ids, ingested_at, story_id, story_score, published_precision, published_source)
    VALUES ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb,
      ARRAY(SELECT a.id FROM unnest($1::text[]) WITH ORDINALITY AS u(x, n) JOIN a ON a.anchor = u.x ORDER BY u.n),
      $13, $14, $15, $17, $18)
    ON CONFLICT ((md5(key))) DO NOTHING RETURNING id),
  p AS (INSERT INTO postings (anchor_id, article_id) SELECT a.id, art.id FROM a, art),
  src AS (INSERT INTO article_sources (source_lower, article_id) SELECT s, art.id FROM unnest($16::text[]) AS s, art ON CONFLICT DO NOTHING)
  SELECT id FROM art`;

const FIND_KEY = 'SELECT id, story_id FROM articles WHERE md5(key) = md5($1) AND key = $1';

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly location: string;
  private readonly pool: pg.Pool;
  private closed = false;

  private batchOpen = false;

  private constructor(pool: pg.Pool, location: string) {
    this.pool = pool;
    this.location = location;
  }

  /** Connects, creates the schema if one is named, and brings the tables up to date. */
  static async open(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const location = redactUrl(url);
    let connectionString = url;
    let schema = opts.schema;
    try {
      const u = new URL(url);
      const fromUrl = u.searchParams.get('schema');
      if (fromUrl !== null) {
        schema ??= fromUrl;
        u.searchParams.delete('schema');
        connectionString = u.toString();
      }
    } catch {
      throw new SiftError('E_STORE_SPEC', { spec: location });
    }
    if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
      throw new SiftError('E_STORE_OPEN', { location, detail: `the schema name ${JSON.stringify(schema)} is not a plain identifier (letters, digits, _). Choose another` });
    }
    const config: pg.PoolConfig = {
      connectionString,
      max: opts.maxConnections ?? 4,
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
      idleTimeoutMillis: 30_000,
      application_name: 'sift',
    };
    // Like SQLite's synchronous=NORMAL: a commit does not wait for its WAL flush, so a server
    // crash can lose the last moments of commits (re-ingest restores them), never consistency.
    config.options = `-c synchronous_commit=off${schema === undefined ? '' : ` -c search_path=${schema}`}`;
    const pool = new pg.Pool(config);
    pool.on('error', () => {
      // An idle connection died (server restart); the pool replaces it, the next query reports.
    });
    try {
      await migrate(pool, location, schema, opts.migrations ?? POSTGRES_MIGRATIONS);
    } catch (e) {
      await pool.end().catch(() => undefined);
      if (isSiftError(e)) throw e;
      throw new SiftError('E_STORE_OPEN', { location, detail: openAdvice(e, connectionString) });
    }
    return new PostgresStore(pool, location);
  }

  /** A server setting as this store's connections see it (for tests and diagnostics). */
  async setting(name: string): Promise<string> {
    const r = await this.q('setting', 'SELECT current_setting($1) AS v', [name]);
    return String(r.rows[0].v);
  }

  /** The migration versions recorded in the schema, ascending. */
  async migrationVersions(): Promise<number[]> {
    const r = await this.q('migrationVersions', 'SELECT version FROM schema_migrations ORDER BY version', []);
    return r.rows.map((row: { version: number }) => Number(row.version));
  }

  async findArticleIdByKey(key: string): Promise<number | null> {
    const r = await this.q('findArticleIdByKey', FIND_KEY, [key]);
    return r.rows.length ? Number(r.rows[0].id) : null;
  }

  /**
   * Batches are a no-op here: matching reads through the pool's other connections, which would
   * not see a batch's uncommitted rows, and with synchronous_commit=off a commit costs little.
   * Only the open/closed state is kept, so that misuse fails as it does on SQLite.
   */
  async beginBatch(): Promise<void> {
    if (this.batchOpen) throw new Error('PostgresStore.beginBatch: a batch is already open');
    this.batchOpen = true;
  }

  async commitBatch(): Promise<void> {
    this.batchOpen = false;
  }

  async insertArticle(article: NewArticle, anchors: readonly string[], story: StoryAssignment): Promise<{ id: number; created: boolean; storyId: number }> {
    checkNewArticle(article);
    const list = uniqueAnchors(anchors);
    const existing = await this.q('insertArticle', FIND_KEY, [article.key]);
    if (existing.rows.length) return { id: Number(existing.rows[0].id), created: false, storyId: Number(existing.rows[0].story_id ?? 0) };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.insertOnce(article, list, story);
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        if (attempt < 4 && typeof code === 'string' && RETRY_CODES.has(code)) continue;
        throw this.wrap('insertArticle', e);
      }
    }
  }

  private async insertOnce(a: NewArticle, anchors: string[], story: StoryAssignment): Promise<{ id: number; created: boolean; storyId: number }> {
    const c = await this.pool.connect();
    let release: boolean | Error = false;
    try {
      await c.query('BEGIN');
      try {
        const now = new Date().toISOString();
        const published = a.published ?? null;
        const utc = utcKey(a.published);
        const { precision, source } = publishedColumns(a);
        const domain = domainKey(a.domain);
        let storyId: number;
        let score: number | null;
        if (story.kind === 'new') {
          const when = utc === null ? null : published;
          const r = await c.query(INSERT_NEW_STORY, [domain, when, utc, a.title ?? null, now]);
          storyId = Number(r.rows[0].id);
          score = null;
        } else {
          storyId = story.storyId;
          score = story.score;
          if (!Number.isSafeInteger(storyId)) throw new TypeError(`insertArticle: story.storyId must be an integer, got ${String(storyId)}`);
          if (typeof score !== 'number' || !Number.isFinite(score)) throw new TypeError(`insertArticle: story.score must be a finite number, got ${String(score)}`);
          let r: pg.QueryResult;
          try {
            r = await c.query(JOIN_STORY, [storyId, domain, published, utc]);
          } catch (e) {
            if ((e as { code?: unknown }).code === '23503') throw new RangeError(`insertArticle: story ${storyId} does not exist`);
            throw e;
          }
          if (r.rowCount === 0) throw new RangeError(`insertArticle: story ${storyId} does not exist`);
        }
        for (const anchor of anchors) checkAnchor(anchor);
        const sources = sourceKeys(a.analysis);
        const r = await c.query(INSERT_ARTICLE, [
          anchors, a.key, a.url ?? null, a.domain ?? null, a.title ?? null, published, utc, a.lang, a.text, a.html ?? null, a.origin ?? null,
          JSON.stringify(a.analysis), now, storyId, score, sources, precision, source,
        ]);
        if (r.rows.length === 0) {
          // Another writer stored the same key since our check: keep theirs, undo ours.
          await c.query('ROLLBACK');
          const e = await c.query(FIND_KEY, [a.key]);
          if (!e.rows.length) throw new Error(`insertArticle: key ${JSON.stringify(a.key)} conflicts but cannot be found`);
          return { id: Number(e.rows[0].id), created: false, storyId: Number(e.rows[0].story_id ?? 0) };
        }
        await c.query('COMMIT');
        return { id: Number(r.rows[0].id), created: true, storyId };
      } catch (e) {
        await c.query('ROLLBACK').catch((re: unknown) => {
          release = re instanceof Error ? re : new Error(String(re));
        });
        throw e;
      }
    } finally {
      c.release(release);
    }
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const r = await this.q('getArticle', `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
    return r.rows.length ? toArticle(r.rows[0] as ArticleRow) : null;
  }

  async getArticles(ids: readonly number[]): Promise<StoredArticle[]> {
    const list = checkIds(ids, 'getArticles');
    if (list.length === 0) return [];
    const r = await this.q('getArticles', `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ANY($1::bigint[])`, [list]);
    return inOrder((r.rows as ArticleRow[]).map(toArticle), list);
  }

  async findArticleByUrl(url: string): Promise<StoredArticle | null> {
    const r = await this.q('findArticleByUrl', `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE url = $1 ORDER BY id LIMIT 1`, [url]);
    return r.rows.length ? toArticle(r.rows[0] as ArticleRow) : null;
  }

  async listArticles(opts: { storyId?: number; afterId?: number; limit?: number } = {}): Promise<StoredArticle[]> {
    const limit = checkCount(opts.limit, 'listArticles: limit');
    const after = opts.afterId ?? 0;
    const r =
      opts.storyId === undefined
        ? await this.q('listArticles', `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id > $1 ORDER BY id LIMIT $2`, [after, limit])
        : await this.q('listArticles', `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE story_id = $1 AND id > $2 ORDER BY id LIMIT $3`, [opts.storyId, after, limit]);
    return (r.rows as ArticleRow[]).map(toArticle);
  }

  async countArticles(): Promise<number> {
    const r = await this.q('countArticles', 'SELECT count(*) AS n FROM articles', []);
    return Number(r.rows[0].n);
  }

  async anchorFrequencies(anchors: readonly string[]): Promise<Map<string, number>> {
    const list = uniqueAnchors(anchors);
    const out = new Map<string, number>(list.map((a) => [a, 0]));
    if (list.length === 0) return out;
    const r = await this.q('anchorFrequencies', 'SELECT anchor, df FROM anchors WHERE anchor = ANY($1::text[])', [list]);
    for (const row of r.rows as Array<{ anchor: string; df: number }>) out.set(row.anchor, Number(row.df));
    return out;
  }

  async candidates(anchors: readonly string[], opts: { perAnchor: number }): Promise<Candidate[]> {
    const perAnchor = checkCount(opts.perAnchor, 'candidates: perAnchor') ?? 0;
    const list = uniqueAnchors(anchors);
    if (perAnchor === 0 || list.length === 0) return [];
    // One round trip; per anchor a bounded backwards read of its (anchor_id, article_id) index
    // (sift_newest_postings, migration 2, keeps the planner from reading whole lists).
    const r = await this.q(
      'candidates',
      `SELECT a.anchor, p.article_id FROM anchors a
       CROSS JOIN LATERAL sift_newest_postings(a.id, $2) AS p(article_id)
       WHERE a.anchor = ANY($1::text[])`,
      [list, perAnchor],
    );
    return groupCandidates((r.rows as Array<{ anchor: string; article_id: string }>).map((row) => [row.anchor, Number(row.article_id)]), list);
  }

  async articleAnchors(articleId: number): Promise<string[]> {
    const r = await this.q(
      'articleAnchors',
      `SELECT an.anchor FROM articles ar CROSS JOIN LATERAL unnest(ar.anchor_ids) WITH ORDINALITY AS u(id, n)
       JOIN anchors an ON an.id = u.id WHERE ar.id = $1 ORDER BY u.n`,
      [articleId],
    );
    return (r.rows as Array<{ anchor: string }>).map((row) => row.anchor);
  }

  async anchorsOf(articleIds: readonly number[]): Promise<Map<number, Array<{ anchor: string; df: number }>>> {
    const list = checkIds(articleIds, 'anchorsOf');
    const out = new Map<number, Array<{ anchor: string; df: number }>>();
    if (list.length === 0) return out;
    const r = await this.q(
      'anchorsOf',
      `SELECT ar.id AS article, an.anchor, an.df FROM articles ar CROSS JOIN LATERAL unnest(ar.anchor_ids) WITH ORDINALITY AS u(id, n)
       JOIN anchors an ON an.id = u.id WHERE ar.id = ANY($1::bigint[]) ORDER BY ar.id, u.n`,
      [list],
    );
    for (const row of r.rows as Array<{ article: string | number; anchor: string; df: string | number }>) {
      const id = Number(row.article);
      let anchors = out.get(id);
      if (!anchors) out.set(id, (anchors = []));
      anchors.push({ anchor: row.anchor, df: Number(row.df) });
    }
    return out;
  }

  async getStory(id: number): Promise<Story | null> {
    const r = await this.q('getStory', `SELECT ${STORY_COLUMNS} FROM stories WHERE id = $1`, [id]);
    return r.rows.length ? toStory(r.rows[0] as StoryRow) : null;
  }

  async listStories(filter: StoryFilter = {}): Promise<Story[]> {
    const { since, until } = filterRange(filter);
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown): string => {
      params.push(v);
      return `$${params.length}`;
    };
    const minDomains = checkCount(filter.minDomains, 'listStories: minDomains');
    if (minDomains !== null && minDomains > 0) where.push(`s.domains >= ${p(minDomains)}`);
    if (since !== null || until !== null) {
      const inner: string[] = ['a.story_id = s.id'];
      if (since !== null) {
        const ps = p(since);
        where.push(`s.last_published_utc >= ${ps}::timestamptz`);
        inner.push(`a.published_utc >= ${ps}::timestamptz`);
      }
      if (until !== null) {
        const pu = p(until);
        where.push(`s.first_published_utc <= ${pu}::timestamptz`);
        inner.push(`a.published_utc <= ${pu}::timestamptz`);
      }
      where.push(`EXISTS (SELECT 1 FROM articles a WHERE ${inner.join(' AND ')})`);
    }
    if (filter.citing !== undefined) {
      where.push(`s.id IN (SELECT a.story_id FROM article_sources src JOIN articles a ON a.id = src.article_id WHERE src.source_lower = ${p(sourceKey(filter.citing))})`);
    }
    const limit = checkCount(filter.limit, 'listStories: limit');
    const offset = checkCount(filter.offset, 'listStories: offset') ?? 0;
    const sql = `SELECT ${STORY_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')} FROM stories s${where.length ? ` WHERE ${where.join(' AND ')}` : ''}
      ORDER BY s.articles DESC, s.id LIMIT ${p(limit)} OFFSET ${p(offset)}`;
    const r = await this.q('listStories', sql, params);
    return (r.rows as StoryRow[]).map(toStory);
  }

  async storiesOf(articleIds: readonly number[]): Promise<Map<number, number>> {
    const list = checkIds(articleIds, 'storiesOf');
    const out = new Map<number, number>();
    if (list.length === 0) return out;
    const r = await this.q('storiesOf', 'SELECT id, story_id FROM articles WHERE id = ANY($1::bigint[]) AND story_id IS NOT NULL', [list]);
    for (const row of r.rows as Array<{ id: string; story_id: string }>) out.set(Number(row.id), Number(row.story_id));
    return out;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async q(operation: string, sql: string, params: unknown[]): Promise<pg.QueryResult> {
    if (this.closed) throw new Error(`PostgresStore.${operation}: the store is closed`);
    try {
      return await this.pool.query(sql, params);
    } catch (e) {
      throw this.wrap(operation, e);
    }
  }

  /** Failures of the server or the network become E_STORE_IO; bugs and misuse pass through. */
  private wrap(operation: string, e: unknown): unknown {
    if (isSiftError(e) || !isEnvironmentError(e)) return e;
    return new SiftError('E_STORE_IO', { location: this.location, operation, detail: `${errorDetail(e)}. Check that the server is up and reachable, then re-run (stored articles are skipped)` });
  }
}

function isEnvironmentError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (/^(08|53|57|58|XX)/.test(code)) return true; // connection, resources, operator, system
    if (/^E[A-Z]+$/.test(code)) return true; // ECONNRESET, ECONNREFUSED, ETIMEDOUT …
  }
  const msg = e instanceof Error ? e.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(msg);
}

async function migrate(pool: pg.Pool, location: string, schema: string | undefined, migrations: readonly Migration[]): Promise<void> {
  const c = await pool.connect();
  let broken: Error | boolean = false;
  try {
    await c.query('BEGIN');
    try {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if (schema !== undefined) await c.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const t = await c.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS m, to_regclass('articles') IS NOT NULL AS a, current_schema() AS s");
      const { m, a, s } = t.rows[0] as { m: boolean; a: boolean; s: string | null };
      if (s === null) {
        throw new SiftError('E_STORE_OPEN', { location, detail: 'no schema on the search_path exists to create tables in. Add ?schema=sift to the URL, or create the schema' });
      }
      if (!m && a) {
        throw new SiftError('E_STORE_SCHEMA', { location, detail: `schema "${s}" already has an "articles" table that Sift did not create. Use another database, or ?schema=sift in the URL` });
      }
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
      const applied = new Set((await c.query('SELECT version FROM schema_migrations')).rows.map((r: { version: number }) => Number(r.version)));
      const latest = migrations.at(-1)?.version ?? 0;
      const newest = Math.max(0, ...applied);
      if (newest > latest) {
        throw new SiftError('E_STORE_SCHEMA', { location, detail: `it has schema version ${newest}, written by a newer Sift (this one knows versions up to ${latest}). Upgrade Sift to use it` });
      }
      for (const step of migrations) {
        if (applied.has(step.version)) continue;
        await c.query(`SAVEPOINT m${step.version}`);
        try {
          await c.query(step.sql);
        } catch (e) {
          throw new SiftError('E_STORE_SCHEMA', { location, detail: `migration ${step.version} (${step.name}) failed: ${errorDetail(e)}` });
        }
        await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [step.version, step.name, new Date().toISOString()]);
      }
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch((re: unknown) => {
        broken = re instanceof Error ? re : true;
      });
      throw e;
    }
  } finally {
    c.release(broken);
  }
}

function openAdvice(e: unknown, url: string): string {
  const msg = errorDetail(e);
  const code = (e as { code?: unknown }).code;
  let host = '?';
  let db = '?';
  let user = '?';
  try {
    const u = new URL(url);
    host = `${u.hostname}:${u.port || '5432'}`;
    db = decodeURIComponent(u.pathname.replace(/^\//, '')) || '(default)';
    user = decodeURIComponent(u.username) || '(default)';
  } catch {
    // keep the placeholders
  }
  switch (code) {
    case 'ECONNREFUSED':
      return `nothing accepts connections at ${host}. Is PostgreSQL running there (e.g. "sudo service postgresql start")?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host name in ${host} does not resolve. Check the URL`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${host} cannot be reached (${msg}). Check the host, port and firewall`;
    case '28P01':
    case '28000':
      return `the server refused user ${user} (${msg}). Check the user name and password in the URL`;
    case '3D000':
      return `database ${JSON.stringify(db)} does not exist on ${host}. Create it (createdb ${db}) or fix the URL`;
    case '42501':
      return `user ${user} may not create Sift's tables (${msg}). Grant it CREATE on the database or schema, or use another schema`;
    default:
      if (/timeout exceeded when trying to connect/i.test(msg)) return `${host} did not answer in time. Check the host, port and firewall`;
      return msg;
  }
}
