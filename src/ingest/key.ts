/**
 * The identity of an article for idempotent ingest: its URL (without #fragment) — the URL it was
 * read from, else the canonical URL its page declares — else `sha256:` of its text.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../article/article.js';

/** A URL as a key: parsed and re-serialised, without its fragment. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

export function textKey(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** The URL an article is known by: where it was read from, else its declared canonical URL. */
export function articleUrl(article: Pick<Article, 'url' | 'canonicalUrl'>): string | undefined {
  return article.url ?? article.canonicalUrl;
}

export function articleKey(article: Pick<Article, 'url' | 'canonicalUrl' | 'text'>): string {
  const url = articleUrl(article);
  return url ? urlKey(url) : textKey(article.text);
}
