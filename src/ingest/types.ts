/**
 * What ingest sources yield: articles ready to store, URLs still to fetch, and issues (bad items
 * that are reported and counted, never stored).
 */
import type { Article } from '../article/article.js';

/** A bad item (or, as a warning, a flaw in a stored one): reported to the user and counted; it never stops the run. */
export interface Issue {
  /** Stable code from src/errors/catalogue.ts. */
  code: string;
  /** Where the item came from (same form as an article's origin). */
  origin: string;
  message: string;
}

/** Where an article's `published` came from, when not from the article itself. */
export type PublishedFrom = 'feed' | 'sitemap' | 'warc-date';

/** An article read from an input, with where it came from. */
export interface ArticleItem {
  kind: 'article';
  article: Article;
  /** File path + line, feed URL + item, WARC file + record id … (stored with the article). */
  origin: string;
  /**
   * Set when `article.published` is not the article's own date but a fallback: the feed's item
   * date, the sitemap's lastmod, or the WARC record's capture date (WARC-Date).
   */
  publishedFrom?: PublishedFrom;
}

/** What a feed or sitemap says about a page, used where the fetched page says nothing. */
export interface PageHints {
  title?: string;
  published?: string;
  publishedFrom?: PublishedFrom;
}

/** A page to fetch with the article URL reader (feed items with only a summary, sitemaps, URL lists). */
export interface FetchItem {
  kind: 'fetch';
  url: string;
  origin: string;
  /** Why it is fetched, for the message when --no-fetch leaves it out. */
  why: string;
  hints?: PageHints;
}

export interface IssueItem {
  kind: 'issue';
  issue: Issue;
}

/**
 * Something wrong with an item that is still stored (a JSONL field dropped, W_… codes): reported
 * and counted apart from issues. It comes just before its article.
 */
export interface WarningItem {
  kind: 'warning';
  warning: Issue;
}

export type SourceItem = ArticleItem | FetchItem | IssueItem | WarningItem;

/** After fetching: an article, an issue, or a URL already stored (not fetched again). */
export interface KnownItem {
  kind: 'known';
  key: string;
  origin: string;
}

export type ReadyItem = ArticleItem | IssueItem | WarningItem | KnownItem;

/** Options every source receives. */
export interface SourceOptions {
  allowPrivate: boolean;
  /** Never fetch article pages (feeds and sitemaps given as URLs are still read). */
  noFetch: boolean;
  /** Size cap for one article input (file, response, WARC record, JSONL line). */
  maxBytes: number;
  timeoutMs?: number;
}
