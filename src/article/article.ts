import type { DatePrecision, DateSource } from './date.js';

/** The one shape every reader yields: a published page, its text untouched after extraction. */
export interface Article {
  /** Caller-supplied or derived identifier (JSONL `id`, file path, URL). */
  id?: string;
  url?: string;
  /** Host name without `www.`, derived from `url` or `canonicalUrl` when not given. */
  domain?: string;
  title?: string;
  byline?: string;
  /**
   * Publication date when known, ISO 8601 at its own precision: `2025`, `2025-12`, `2025-12-14`
   * or a UTC time `2025-12-14T07:00:00.000Z` (date.ts).
   */
  published?: string;
  /** How precise `published` is: `year`, `month`, `day` or `time`. Set with `published`. */
  publishedPrecision?: DatePrecision;
  /**
   * Where `published` came from: `metadata` (page, feed, sitemap, WARC record or JSONL line), or a
   * fallback when metadata gave none — `url` (a date in the URL path) or `text` (a dateline in the
   * text). Set with `published`.
   */
  publishedSource?: DateSource;
  siteName?: string;
  canonicalUrl?: string;
  /** Declared language (HTML lang, JSONL `lang`); the pipeline also detects one. */
  lang?: string;
  /** The article's main text. Annotation offsets index into this string. */
  text: string;
  /** Original HTML, when the article came from HTML. */
  html?: string;
  /** Which reader produced it: text, html, url, jsonl, stdin. */
  format: 'text' | 'html' | 'url' | 'jsonl' | 'stdin';
}
