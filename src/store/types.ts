/**
 * The corpus store: one interface, two implementations (SQLite file, PostgreSQL server), one
 * shared test suite (store.suite.ts) that runs against both.
 *
 * Writes that belong together happen in one call and one transaction (`insertArticle` stores the
 * article, its anchor postings, the anchors' document frequencies and its story assignment), so
 * a process killed at any point leaves a consistent store, and a re-run skips what is stored.
 */

import type { DatePrecision, DateSource } from '../article/date.js';

/** What Sift keeps of an article's analysis, enough for stories, origins and diffs. */
export interface ArticleAnalysis {
  /** Attribution chains, outermost source first: [["RIA Novosti", "Andrei Marochko"], ["TASS"]]. */
  chains: string[][];
  /** Names of the sources cited (every link of every chain), de-duplicated. */
  sources: string[];
  attributions: number;
  hedged: number;
  unsourced: number;
  /** Mentions worth comparing across copies: names, numbers, dates, with their keys. */
  facts: Array<{ type: string; text: string; key: string }>;
  /** Sentences in the article (for diffs). */
  sentences: number;
}

export interface NewArticle {
  /** Identity for idempotent ingest: the URL when there is one, else `sha256:<hash of text>`. */
  key: string;
  url?: string;
  domain?: string;
  title?: string;
  /**
   * Publication date, when known: ISO 8601 at its own precision (`2025`, `2025-12`, `2025-12-14`,
   * `2025-12-14T07:00:00.000Z`). Kept as given.
   */
  published?: string;
  /**
   * How precise `published` is (src/article/date.ts). Stored with `published` only; when not given
   * it is read from the string's form. It may be coarser than the string, never finer.
   */
  publishedPrecision?: DatePrecision;
  /** Where `published` came from: `metadata` (the default when not given), `url` or `text`. Stored with `published` only. */
  publishedSource?: DateSource;
  lang: string;
  text: string;
  html?: string;
  /** Where it came from: file path, feed URL, WARC record id … */
  origin?: string;
  analysis: ArticleAnalysis;
}

export interface StoredArticle extends NewArticle {
  id: number;
  /** ISO 8601 time the article was stored. */
  ingestedAt: string;
  storyId: number | null;
  /** Same-story score against the story it joined (null for a story's first article). */
  storyScore: number | null;
}

/** How a new article joins the stories: an existing one, or a new story of its own. */
export type StoryAssignment = { kind: 'join'; storyId: number; score: number } | { kind: 'new' };

export interface Story {
  id: number;
  /** Number of articles and of distinct domains in the story. */
  articles: number;
  domains: number;
  /** Earliest and latest publication times among its articles (ISO 8601), when known. */
  firstPublished: string | null;
  lastPublished: string | null;
  /** Title of the story's first stored article. */
  title: string | null;
  createdAt: string;
}

export interface StoryFilter {
  /** Only stories with at least this many distinct domains. */
  minDomains?: number;
  /** Only stories with at least one article published in [since, until] (ISO 8601). */
  since?: string;
  until?: string;
  /** Only stories with an article citing this source (case-insensitive name). */
  citing?: string;
  limit?: number;
  offset?: number;
}

/** Shared anchors of one candidate article. */
export interface Candidate {
  articleId: number;
  anchors: string[];
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Human-readable location (file path or URL without password). */
  readonly location: string;

  /** Id of the article stored under `key`, or null. */
  findArticleIdByKey(key: string): Promise<number | null>;

  /**
   * Stores an article with its anchors and story assignment in one transaction and returns its
   * id. If `key` is already stored, stores nothing and returns the existing id with
   * `created: false` (idempotent ingest).
   */
  insertArticle(article: NewArticle, anchors: readonly string[], story: StoryAssignment): Promise<{ id: number; created: boolean; storyId: number }>;

  /**
   * Opens a write batch: the `insertArticle` calls that follow still each succeed or fail as a
   * whole (a failed one leaves no trace and does not undo the others), and reads see them at
   * once, but they become durable together at `commitBatch` — one commit for many articles. A
   * process killed before `commitBatch` loses the batch's inserts, never part of one. Backends
   * whose reads do not share the writer's connection (PostgreSQL's pool) commit each insert as
   * before and treat the batch as a no-op. Opening a batch while one is open is a misuse.
   */
  beginBatch(): Promise<void>;
  /** Commits the open batch (a no-op when none is open). `close()` commits one left open. */
  commitBatch(): Promise<void>;

  getArticle(id: number): Promise<StoredArticle | null>;
  getArticles(ids: readonly number[]): Promise<StoredArticle[]>;
  findArticleByUrl(url: string): Promise<StoredArticle | null>;
  /** Articles in id order, optionally of one story. */
  listArticles(opts?: { storyId?: number; afterId?: number; limit?: number }): Promise<StoredArticle[]>;
  countArticles(): Promise<number>;

  /** Document frequency (number of stored articles holding it) of each anchor; absent → 0. */
  anchorFrequencies(anchors: readonly string[]): Promise<Map<string, number>>;
  /**
   * Articles sharing at least one of `anchors`, with the anchors they share. Each anchor's
   * posting list is read up to `perAnchor` entries, newest articles first, so that lookups stay
   * bounded however large the corpus is.
   */
  candidates(anchors: readonly string[], opts: { perAnchor: number }): Promise<Candidate[]>;
  /** The anchors stored for an article. */
  articleAnchors(articleId: number): Promise<string[]>;
  /**
   * The anchors of several articles at once, each with its current document frequency, in the
   * order they were stored: what a matcher needs to score candidates in one round trip.
   * Articles that do not exist are left out.
   */
  anchorsOf(articleIds: readonly number[]): Promise<Map<number, Array<{ anchor: string; df: number }>>>;

  getStory(id: number): Promise<Story | null>;
  listStories(filter?: StoryFilter): Promise<Story[]>;
  /** Story id of each article id given (articles without a story are left out). */
  storiesOf(articleIds: readonly number[]): Promise<Map<number, number>>;

  close(): Promise<void>;
}
