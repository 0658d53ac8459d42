/**
 * The corpus store in one SQLite file (better-sqlite3): WAL journal, synchronous=NORMAL, foreign
 * keys on, a busy timeout for concurrent writers. Every statement is prepared once and reused;
 * `insertArticle` is one IMMEDIATE transaction. See docs/store.md for the schema and choices.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
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
  sourceKey,
  sourceKeys,
  toArticle,
  toStory,
  uniqueAnchors,
  utcKey,
  type ArticleRow,
  type StoryRow,
} from './common.js';
import { AnchorCache, type AnchorEntry } from './anchor-cache.js';
import { GenerationalMap } from './generational-map.js';
import { readThrough } from './read-through.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite.js';
import type { Migration } from './migrations/types.js';
import type { Candidate, NewArticle, Store, StoredArticle, Story, StoryAssignment, StoryFilter } from './types.js';

type DB = Database.Database;
/** What the insert transaction did to the anchor dictionary, applied to the cache once it is in. */
/** A row of `anchors`: id, text, document frequency. */
type AnchorRow = [number, string, number];
/** What matching reads of a stored article. */
type ArticleIds = { storyId: number | null; anchorIds: number[] };
/** Articles per generation of the article cache (up to twice this many, ~1 kB each). */
const ARTICLE_CACHE_GENERATION = 20_000;
type Inserted = { id: number; created: boolean; storyId: number; known: AnchorEntry[]; added: AnchorEntry[]; merged: boolean };
type Stmt = Database.Statement;

export interface SqliteStoreOptions {
  /** How long a writer waits for another process's lock, in ms (default 10 000). */
  busyTimeoutMs?: number;
  /** Page cache size in MiB (default 64). */
  cacheMiB?: number;
  /** Migrations to apply (tests only; default the real list). */
  migrations?: readonly Migration[];
  /** When postings move from postings_recent into postings (tests only; default POSTINGS_MERGE). */
  postingsMerge?: PostingsMerge;
}

/**
 * The rolling merge of postings_recent into postings: after every `everyPostings` postings
 * inserted, those of one slice of the anchor ids (1/`slices` of them) move, so that every posting
 * has moved after about `everyPostings × slices` more. A slice's postings land on few pages of
 * the big tree; inserted one article at a time at a million articles, each posting dirtied a page
 * of its own (see docs/store.md).
 */
export interface PostingsMerge {
  everyPostings: number;
  slices: number;
}
export const POSTINGS_MERGE: PostingsMerge = { everyPostings: 20_000, slices: 64 };

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** Page size of new store files (see open()). */
const PAGE_SIZE = 4096;
const WAL_CHECKPOINT_BYTES = 256 * 1024 * 1024;

/** SQLite error codes that mean the environment failed (not a bug or misuse): reported as E_STORE_IO. */
const IO_CODES = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CORRUPT|NOTADB|CANTOPEN|PERM|PROTOCOL|NOMEM)/;

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly location: string;
  private readonly db: DB;
  private readonly st: ReturnType<typeof prepareAll>;
  private readonly listCache = new Map<string, Stmt>();
  private readonly insertTx: (a: NewArticle, anchors: string[], story: StoryAssignment) => Inserted;
  /** The anchor dictionary in memory (see anchor-cache.ts): matching and inserting read it instead of the b-trees. */
  private readonly cache = new AnchorCache();
  /**
   * Story and anchor ids of articles read for matching (the same candidates come back for every
   * copy of a story). Articles are never updated once stored; dropped with the anchor cache after
   * a failed statement, in case it rolled back an insert that had been read.
   */
  private readonly articleCache = new GenerationalMap<number, ArticleIds>(ARTICLE_CACHE_GENERATION);
  private readonly merge: PostingsMerge;
  /** Postings this connection inserted since its last merge step. */
  private unmerged = 0;
  private closed = false;

  private constructor(db: DB, location: string, merge: PostingsMerge) {
    this.db = db;
    this.location = location;
    this.merge = merge;
    this.st = prepareAll(db);
    this.insertTx = db.transaction((a: NewArticle, anchors: string[], story: StoryAssignment) => this.insertInTx(a, anchors, story)).immediate;
  }

  /**
   * Opens (creating if needed) the store file and brings its schema up to date. A file that is
   * not SQLite, or a SQLite database of another program, is refused before anything is written.
   */
  static open(path: string, opts: SqliteStoreOptions = {}): SqliteStore {
    const memory = path === ':memory:';
    const location = memory ? path : resolve(path);
    if (!memory) checkFile(location);
    let db: DB;
    try {
      db = new Database(location, { timeout: opts.busyTimeoutMs ?? 10_000 });
    } catch (e) {
      throw new SiftError('E_STORE_OPEN', { location, detail: openAdvice(e) });
    }
    try {
      const migrations = opts.migrations ?? SQLITE_MIGRATIONS;
      // 4 KiB pages (SQLite's default, made explicit): 1 KiB pages halve the bytes each commit
      // writes to the WAL but cost a third more CPU per insert at 100k articles (deeper trees,
      // more page-cache misses); see docs/store.md. Settable only before the first table exists.
      if (checkSchema(db, location, migrations) === 'empty') db.pragma(`page_size = ${PAGE_SIZE}`);
      const mode = String(db.pragma('journal_mode = WAL', { simple: true }));
      if (!memory && mode.toLowerCase() !== 'wal') throw new SiftError('E_STORE_OPEN', { location, detail: `SQLite would not switch to WAL mode (journal mode is ${mode}); is the file on a network share? Use a local file` });
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma(`cache_size = ${-1024 * (opts.cacheMiB ?? 64)}`);
      db.pragma('temp_store = MEMORY');
      // Checkpoint (copy the WAL into the file, with fsync) every ~256 MB instead of every 1000
      // pages: fewer fsyncs, and a hot page rewritten by many commits is copied once (at a
      // million articles one commit writes tens of MB; 256 MB gave +7 % articles/s over 32 MB).
      db.pragma(`wal_autocheckpoint = ${Math.round(WAL_CHECKPOINT_BYTES / Number(db.pragma('page_size', { simple: true })))}`);
      db.pragma(`journal_size_limit = ${2 * WAL_CHECKPOINT_BYTES}`);
      migrate(db, location, migrations);
      return new SqliteStore(db, location, opts.postingsMerge ?? POSTINGS_MERGE);
    } catch (e) {
      db.close();
      if (isSiftError(e)) throw e;
      throw new SiftError('E_STORE_OPEN', { location, detail: openAdvice(e) });
    }
  }

  /** The migration versions recorded in the file, ascending. */
  async migrationVersions(): Promise<number[]> {
    return (this.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[]).map(Number);
  }

  /** A pragma's current value (for tests and diagnostics). */
  pragma(name: string): unknown {
    return this.db.pragma(name, { simple: true });
  }

  async findArticleIdByKey(key: string): Promise<number | null> {
    return this.io('findArticleIdByKey', () => {
      const row = this.st.findKey.get(key) as { id: number } | undefined;
      return row ? row.id : null;
    });
  }

  async insertArticle(article: NewArticle, anchors: readonly string[], story: StoryAssignment): Promise<{ id: number; created: boolean; storyId: number }> {
    checkNewArticle(article);
    return this.io('insertArticle', () => {
      this.fresh();
      const unique = uniqueAnchors(anchors);
      const { id, created, storyId, known, added, merged } = this.insertTx(article, unique, story);
      // The insert is in: mirror its frequency changes (io() drops the cache when it failed).
      for (const e of known) e.df++;
      for (const e of added) this.cache.put(e);
      if (merged) this.unmerged = 0;
      if (created) this.unmerged += unique.length;
      return { id, created, storyId };
    });
  }

  async beginBatch(): Promise<void> {
    if (this.db.inTransaction) throw new Error('SqliteStore.beginBatch: a batch or transaction is already open');
    // Each insertArticle inside runs as a savepoint of this transaction (better-sqlite3 nests).
    this.io('beginBatch', () => this.db.exec('BEGIN IMMEDIATE'));
  }

  async commitBatch(): Promise<void> {
    // After an I/O error SQLite may have rolled the whole transaction back already.
    this.io('commitBatch', () => {
      if (this.db.inTransaction) this.db.exec('COMMIT');
    });
  }

  private insertInTx(a: NewArticle, anchors: string[], story: StoryAssignment): Inserted {
    const st = this.st;
    const existing = st.findKey.get(a.key) as { id: number; story_id: number | null } | undefined;
    if (existing) return { id: existing.id, created: false, storyId: existing.story_id ?? 0, known: [], added: [], merged: false };
    // In the same transaction as the insert: a failed insert undoes its merge step too.
    const merged = this.unmerged >= this.merge.everyPostings;
    if (merged) this.mergeStep();

    const now = new Date().toISOString();
    const published = a.published ?? null;
    const utc = utcKey(a.published);
    const { precision, source } = publishedColumns(a);
    const domain = domainKey(a.domain);

    let storyId: number;
    let score: number | null;
    if (story.kind === 'new') {
      const when = utc === null ? null : published;
      storyId = Number(st.newStory.run(domain === null ? 0 : 1, when, utc, when, utc, a.title ?? null, now).lastInsertRowid);
      if (domain !== null) st.addStoryDomain.run(storyId, domain);
      score = null;
    } else {
      storyId = story.storyId;
      score = story.score;
      if (!Number.isSafeInteger(storyId)) throw new TypeError(`insertArticle: story.storyId must be an integer, got ${String(storyId)}`);
      if (typeof score !== 'number' || !Number.isFinite(score)) throw new TypeError(`insertArticle: story.score must be a finite number, got ${String(score)}`);
      if (st.joinStory.run({ id: storyId, published, utc }).changes === 0) throw new RangeError(`insertArticle: story ${storyId} does not exist`);
      if (domain !== null && st.addStoryDomain.run(storyId, domain).changes === 1) st.bumpStoryDomains.run(storyId);
    }

    for (const anchor of anchors) checkAnchor(anchor);
    // Anchors in the cache: df + 1 by id. The others: one upsert (df + 1, or a new row with df 1).
    const known: AnchorEntry[] = [];
    const unknown: string[] = [];
    for (const anchor of anchors) {
      const e = this.cache.get(anchor);
      if (e) known.push(e);
      else unknown.push(anchor);
    }
    if (known.length) st.bumpDf.run(JSON.stringify(known.map((e) => e.id)));
    const added = unknown.length ? (st.upsertAnchors.all(JSON.stringify(unknown)) as Array<[string, number, number]>).map(([anchor, id, df]) => ({ anchor, id, df })) : [];
    const idOf = new Map<string, number>();
    for (const e of known) idOf.set(e.anchor, e.id);
    for (const e of added) idOf.set(e.anchor, e.id);
    const idsJson = JSON.stringify(anchors.map((anchor) => idOf.get(anchor)!));

    const id = Number(
      st.insertArticle.run(
        a.key, a.url ?? null, a.domain ?? null, a.title ?? null, published, utc, precision, source, a.lang, a.text, a.html ?? null, a.origin ?? null,
        JSON.stringify(a.analysis), idsJson, now, storyId, score,
      ).lastInsertRowid,
    );
    if (anchors.length) st.insertPostings.run(id, idsJson);
    for (const s of sourceKeys(a.analysis)) st.insertSource.run(s, id);
    return { id, created: true, storyId, known, added, merged };
  }

  /** Moves the postings of the next slice of anchor ids from postings_recent into postings. */
  private mergeStep(): void {
    const st = this.st;
    const maxId = Number(st.maxAnchorId.get() ?? 0);
    const width = Math.max(1, Math.ceil(maxId / this.merge.slices));
    let lo = Number(st.mergeCursor.get());
    if (lo > maxId) lo = 0;
    const hi = lo + width;
    st.mergeMove.run({ lo, hi });
    st.mergeDelete.run({ lo, hi });
    st.setMergeCursor.run(hi);
  }

  /** Drops the anchor cache when another connection has committed since it was last read. */
  private fresh(): void {
    this.cache.validate(this.st.dataVersion.get());
  }

  /** Cache entries of these anchors, reading the missing ones in one statement (absent anchors have none). */
  private entries(anchors: readonly string[]): Map<string, AnchorEntry> {
    this.fresh();
    const load = (missing: string[]) => (this.st.anchorsByText.all(JSON.stringify(missing)) as AnchorRow[]).map(([id, anchor, df]) => [anchor, { id, anchor, df }] as const);
    return readThrough(anchors, (a) => this.cache.get(a), load, (_, e) => this.cache.put(e));
  }

  /** The same by anchor id. */
  private entriesById(ids: Iterable<number>): Map<number, AnchorEntry> {
    this.fresh();
    const load = (missing: number[]) => (this.st.anchorsById.all(JSON.stringify(missing)) as AnchorRow[]).map(([id, anchor, df]) => [id, { id, anchor, df }] as const);
    return readThrough(ids, (id) => this.cache.getById(id), load, (_, e) => this.cache.put(e));
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    return this.io('getArticle', () => {
      const row = this.st.getArticle.get(id) as ArticleRow | undefined;
      return row ? toArticle(row) : null;
    });
  }

  async getArticles(ids: readonly number[]): Promise<StoredArticle[]> {
    const list = checkIds(ids, 'getArticles');
    if (list.length === 0) return [];
    return this.io('getArticles', () => inOrder((this.st.getArticles.all(JSON.stringify(list)) as ArticleRow[]).map(toArticle), list));
  }

  async findArticleByUrl(url: string): Promise<StoredArticle | null> {
    return this.io('findArticleByUrl', () => {
      const row = this.st.findUrl.get(url) as ArticleRow | undefined;
      return row ? toArticle(row) : null;
    });
  }

  async listArticles(opts: { storyId?: number; afterId?: number; limit?: number } = {}): Promise<StoredArticle[]> {
    const limit = checkCount(opts.limit, 'listArticles: limit') ?? -1;
    const after = opts.afterId ?? 0;
    return this.io('listArticles', () => {
      const rows = (opts.storyId === undefined ? this.st.listArticles.all(after, limit) : this.st.listStoryArticles.all(opts.storyId, after, limit)) as ArticleRow[];
      return rows.map(toArticle);
    });
  }

  async countArticles(): Promise<number> {
    return this.io('countArticles', () => Number(this.st.countArticles.get()));
  }

  async anchorFrequencies(anchors: readonly string[]): Promise<Map<string, number>> {
    const list = uniqueAnchors(anchors);
    const out = new Map<string, number>(list.map((a) => [a, 0]));
    if (list.length === 0) return out;
    return this.io('anchorFrequencies', () => {
      for (const [anchor, e] of this.entries(list)) out.set(anchor, e.df);
      return out;
    });
  }

  async candidates(anchors: readonly string[], opts: { perAnchor: number }): Promise<Candidate[]> {
    const perAnchor = checkCount(opts.perAnchor, 'candidates: perAnchor') ?? 0;
    const list = uniqueAnchors(anchors);
    if (perAnchor === 0 || list.length === 0) return [];
    return this.io('candidates', () => {
      const known = this.entries(list);
      const pairs: Array<[string, number]> = [];
      for (const anchor of list) {
        const e = known.get(anchor);
        if (!e) continue;
        // An anchor's postings in postings_recent are all newer than those in postings (its
        // slice moves whole): the older ones make up what the recent ones lack.
        const ids = this.st.recentPostings.all(e.id, perAnchor) as number[];
        if (ids.length < perAnchor) for (const id of this.st.postings.all(e.id, perAnchor - ids.length) as number[]) ids.push(id);
        for (const id of ids) pairs.push([anchor, id]);
      }
      return groupCandidates(pairs, list);
    });
  }

  async articleAnchors(articleId: number): Promise<string[]> {
    return this.io('articleAnchors', () => {
      const ids = this.articleIds([articleId]).get(articleId)?.anchorIds ?? [];
      const byId = this.entriesById(ids);
      return ids.map((id) => byId.get(id)?.anchor).filter((a): a is string => a !== undefined);
    });
  }

  async anchorsOf(articleIds: readonly number[]): Promise<Map<number, Array<{ anchor: string; df: number }>>> {
    const list = checkIds(articleIds, 'anchorsOf');
    const out = new Map<number, Array<{ anchor: string; df: number }>>();
    if (list.length === 0) return out;
    return this.io('anchorsOf', () => {
      const rows = this.articleIds(list);
      const byId = this.entriesById([...rows.values()].flatMap((r) => r.anchorIds));
      for (const [id, { anchorIds }] of rows) {
        const anchors: Array<{ anchor: string; df: number }> = [];
        for (const a of anchorIds) {
          const e = byId.get(a);
          if (e) anchors.push({ anchor: e.anchor, df: e.df });
        }
        out.set(id, anchors);
      }
      return out;
    });
  }

  /** Story and anchor ids of these articles (unknown ids left out), from the article cache or one statement. */
  private articleIds(ids: readonly number[]): Map<number, ArticleIds> {
    const load = (missing: number[]) =>
      (this.st.articleIdsOf.all(JSON.stringify(missing)) as Array<[number, number | null, string]>).map(([id, storyId, json]) => [id, { storyId, anchorIds: JSON.parse(json) as number[] }] as const);
    return readThrough(ids, (id) => this.articleCache.get(id), load, (id, row) => this.articleCache.set(id, row));
  }


  async getStory(id: number): Promise<Story | null> {
    return this.io('getStory', () => {
      const row = this.st.getStory.get(id) as StoryRow | undefined;
      return row ? toStory(row) : null;
    });
  }

  async listStories(filter: StoryFilter = {}): Promise<Story[]> {
    const { since, until } = filterRange(filter);
    const where: string[] = [];
    const params: Array<string | number> = [];
    const minDomains = checkCount(filter.minDomains, 'listStories: minDomains');
    if (minDomains !== null && minDomains > 0) {
      where.push('s.domains >= ?');
      params.push(minDomains);
    }
    if (since !== null || until !== null) {
      // The story's [first, last] must overlap the range, and one article must fall inside it.
      const inner: string[] = ['a.story_id = s.id'];
      if (since !== null) {
        where.push('s.last_published_utc >= ?');
        params.push(since);
        inner.push('a.published_utc >= ?');
      }
      if (until !== null) {
        where.push('s.first_published_utc <= ?');
        params.push(until);
        inner.push('a.published_utc <= ?');
      }
      where.push(`EXISTS (SELECT 1 FROM articles a WHERE ${inner.join(' AND ')})`);
      if (since !== null) params.push(since);
      if (until !== null) params.push(until);
    }
    if (filter.citing !== undefined) {
      where.push('s.id IN (SELECT a.story_id FROM article_sources src JOIN articles a ON a.id = src.article_id WHERE src.source_lower = ?)');
      params.push(sourceKey(filter.citing));
    }
    const limit = checkCount(filter.limit, 'listStories: limit') ?? -1;
    const offset = checkCount(filter.offset, 'listStories: offset') ?? 0;
    params.push(limit, offset);
    const sql = `SELECT ${STORY_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')} FROM stories s${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY s.articles DESC, s.id LIMIT ? OFFSET ?`;
    return this.io('listStories', () => {
      let stmt = this.listCache.get(sql);
      if (!stmt) {
        stmt = this.db.prepare(sql);
        this.listCache.set(sql, stmt);
      }
      return (stmt.all(...params) as StoryRow[]).map(toStory);
    });
  }

  async storiesOf(articleIds: readonly number[]): Promise<Map<number, number>> {
    const list = checkIds(articleIds, 'storiesOf');
    const out = new Map<number, number>();
    if (list.length === 0) return out;
    return this.io('storiesOf', () => {
      for (const [id, { storyId }] of this.articleIds(list)) if (storyId !== null) out.set(id, storyId);
      return out;
    });
  }


  async close(): Promise<void> {
    if (this.closed) return;
    try {
      if (this.db.inTransaction) this.db.exec('COMMIT');
    } finally {
      this.closed = true;
    }
    try {
      this.db.pragma('optimize');
    } catch {
      // best effort
    }
    this.db.close();
  }

  /** Runs `fn`, turning failures of the environment (disk full, locked, I/O) into E_STORE_IO. */
  private io<T>(operation: string, fn: () => T): T {
    if (this.closed) throw new Error(`SqliteStore.${operation}: the store is closed`);
    try {
      return fn();
    } catch (e) {
      // A failed statement may have rolled back writes the caches mirror.
      this.cache.clear();
      this.articleCache.clear();
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && IO_CODES.test(code)) throw new SiftError('E_STORE_IO', { location: this.location, operation, detail: ioAdvice(code, e) });
      throw e;
    }
  }
}

function prepareAll(db: DB) {
  const ids = 'SELECT value FROM json_each(?)';
  return {
    findKey: db.prepare('SELECT id, story_id FROM articles WHERE key = ?'),
    newStory: db.prepare(
      'INSERT INTO stories (articles, domains, first_published, first_published_utc, last_published, last_published_utc, title, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)',
    ),
    joinStory: db.prepare(`UPDATE stories SET articles = articles + 1,
      first_published = CASE WHEN @utc IS NOT NULL AND (first_published_utc IS NULL OR @utc < first_published_utc) THEN @published ELSE first_published END,
      first_published_utc = CASE WHEN @utc IS NOT NULL AND (first_published_utc IS NULL OR @utc < first_published_utc) THEN @utc ELSE first_published_utc END,
      last_published = CASE WHEN @utc IS NOT NULL AND (last_published_utc IS NULL OR @utc > last_published_utc) THEN @published ELSE last_published END,
      last_published_utc = CASE WHEN @utc IS NOT NULL AND (last_published_utc IS NULL OR @utc > last_published_utc) THEN @utc ELSE last_published_utc END
      WHERE id = @id`),
    addStoryDomain: db.prepare('INSERT OR IGNORE INTO story_domains (story_id, domain) VALUES (?, ?)'),
    bumpStoryDomains: db.prepare('UPDATE stories SET domains = domains + 1 WHERE id = ?'),
    // `WHERE true` tells the parser that ON CONFLICT belongs to the INSERT, not to a join.
    upsertAnchors: db.prepare(`INSERT INTO anchors (anchor, df) SELECT value, 1 FROM json_each(?) WHERE true ON CONFLICT (anchor) DO UPDATE SET df = df + 1 RETURNING anchor, id, df`).raw(),
    bumpDf: db.prepare(`UPDATE anchors SET df = df + 1 WHERE id IN (${ids})`),
    dataVersion: db.prepare('PRAGMA data_version').pluck(),
    insertArticle: db.prepare(
      `INSERT INTO articles (key, url, domain, title, published, published_utc, published_precision, published_source, lang, text, html, origin, analysis, anchor_ids, ingested_at, story_id, story_score)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertPostings: db.prepare('INSERT INTO postings_recent (anchor_id, article_id) SELECT value, ? FROM json_each(?)'),
    maxAnchorId: db.prepare('SELECT max(id) FROM anchors').pluck(),
    mergeCursor: db.prepare('SELECT next_anchor FROM postings_merge WHERE id = 1').pluck(),
    setMergeCursor: db.prepare('UPDATE postings_merge SET next_anchor = ? WHERE id = 1'),
    mergeMove: db.prepare('INSERT INTO postings (anchor_id, article_id) SELECT anchor_id, article_id FROM postings_recent WHERE anchor_id >= @lo AND anchor_id < @hi'),
    mergeDelete: db.prepare('DELETE FROM postings_recent WHERE anchor_id >= @lo AND anchor_id < @hi'),
    insertSource: db.prepare('INSERT OR IGNORE INTO article_sources (source_lower, article_id) VALUES (?, ?)'),
    getArticle: db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`),
    getArticles: db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id IN (${ids})`),
    findUrl: db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE url = ? ORDER BY id LIMIT 1`),
    listArticles: db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT ?`),
    listStoryArticles: db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE story_id = ? AND id > ? ORDER BY id LIMIT ?`),
    countArticles: db.prepare('SELECT count(*) FROM articles').pluck(),
    anchorsByText: db.prepare(`SELECT id, anchor, df FROM anchors WHERE anchor IN (${ids})`).raw(),
    // Newest first: the primary key (anchor_id, article_id) read backwards, at most LIMIT rows.
    recentPostings: db.prepare('SELECT article_id FROM postings_recent WHERE anchor_id = ? ORDER BY article_id DESC LIMIT ?').pluck(),
    postings: db.prepare('SELECT article_id FROM postings WHERE anchor_id = ? ORDER BY article_id DESC LIMIT ?').pluck(),
    articleIdsOf: db.prepare(`SELECT id, story_id, anchor_ids FROM articles WHERE id IN (${ids})`).raw(),
    anchorsById: db.prepare(`SELECT id, anchor, df FROM anchors WHERE id IN (${ids})`).raw(),
    getStory: db.prepare(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = ?`),
  };
}

/** Refuses a path that is a folder or a file that is not SQLite, reading only its header. */
function checkFile(path: string): void {
  let size: number;
  try {
    const s = statSync(path);
    if (s.isDirectory()) throw new SiftError('E_STORE_OPEN', { location: path, detail: 'it is a folder. Give the path of a file inside it, e.g. sift.db' });
    size = s.size;
  } catch (e) {
    if (isSiftError(e)) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new SiftError('E_STORE_OPEN', { location: path, detail: errorDetail(e) });
  }
  if (size === 0) return; // SQLite turns an empty file into a new database
  const buf = Buffer.alloc(16);
  let n: number;
  try {
    const fd = openSync(path, 'r');
    try {
      n = readSync(fd, buf, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new SiftError('E_STORE_OPEN', { location: path, detail: `${errorDetail(e)}. Check the file's permissions` });
  }
  if (n < 16 || buf.toString('latin1') !== SQLITE_HEADER) {
    throw new SiftError('E_STORE_NOT_SQLITE', { path, detail: n < 16 ? `it has only ${size} bytes` : `it starts with ${JSON.stringify(buf.toString('latin1').replace(/[^\x20-\x7e]/g, '.'))}` });
  }
}

/** Before anything is written: the file must be empty, or a Sift store no newer than this Sift. */
function checkSchema(db: DB, location: string, migrations: readonly Migration[]): 'empty' | 'store' {
  let tables: string[];
  try {
    tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new SiftError('E_STORE_NOT_SQLITE', { path: location, detail: errorDetail(e) });
    throw e;
  }
  if (tables.length === 0) return 'empty';
  if (!tables.includes('schema_migrations')) {
    const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
    throw new SiftError('E_STORE_SCHEMA', { location, detail: `it is a SQLite database of another program (tables: ${shown}), not a Sift store. Give the path of a new file or of a Sift store` });
  }
  const latest = migrations.at(-1)?.version ?? 0;
  const version = Number(db.prepare('SELECT coalesce(max(version), 0) FROM schema_migrations').pluck().get());
  if (version > latest) {
    throw new SiftError('E_STORE_SCHEMA', { location, detail: `it has schema version ${version}, written by a newer Sift (this one knows versions up to ${latest}). Upgrade Sift to use it` });
  }
  return 'store';
}

/** Applies the pending migrations, each in its own IMMEDIATE transaction; a no-op when up to date. */
function migrate(db: DB, location: string, migrations: readonly Migration[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations) {
    const step = db.transaction(() => {
      if (applied.get(m.version) !== undefined) return; // another process got here first
      try {
        db.exec(m.sql);
      } catch (e) {
        throw new SiftError('E_STORE_SCHEMA', { location, detail: `migration ${m.version} (${m.name}) failed: ${errorDetail(e)}` });
      }
      record.run(m.version, m.name, new Date().toISOString());
    });
    if (applied.get(m.version) === undefined) step.immediate();
  }
}

function openAdvice(e: unknown): string {
  const msg = errorDetail(e);
  const code = (e as { code?: unknown }).code;
  if (/directory does not exist/i.test(msg)) return `${msg}. Create the folder first`;
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_READONLY' || /readonly|read-only|permission/i.test(msg)) {
    return `${msg}. Check that the file and its folder are writable by this user`;
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return `${msg}. Another process holds a lock on it; wait for it to finish, or raise the busy timeout`;
  return msg;
}

function ioAdvice(code: string, e: unknown): string {
  const msg = errorDetail(e);
  if (code.startsWith('SQLITE_FULL')) return `${msg}. The disk is full; free space and re-run (stored articles are skipped)`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return `${msg}. Another process kept the store locked; re-run when it is done (stored articles are skipped)`;
  if (code.startsWith('SQLITE_READONLY')) return `${msg}. The file is read-only for this user`;
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return `${msg}. The file is damaged; restore it from a backup`;
  return msg;
}
