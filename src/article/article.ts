/** The one shape every reader yields: a published page, its text untouched after extraction. */
export interface Article {
  /** Caller-supplied or derived identifier (JSONL `id`, file path, URL). */
  id?: string;
  url?: string;
  /** Host name without `www.`, derived from `url` or `canonicalUrl` when not given. */
  domain?: string;
  title?: string;
  byline?: string;
  /** ISO 8601 publication time when known. */
  published?: string;
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
