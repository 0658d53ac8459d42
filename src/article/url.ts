/** URL → Article: fetch (see `fetch.ts`), then the HTML or plain-text reader. */
import type { Article } from './article.js';
import { articleFromBytes } from './bytes.js';
import { fetchUrl, mediaType, type FetchOptions } from './fetch.js';
import type { NetPolicy } from './ssrf.js';

export interface UrlReadOptions extends FetchOptions {
  /** 'text' or 'html' to force a reader; undefined to go by Content-Type, then content. */
  format?: 'text' | 'html' | undefined;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export async function readUrl(input: string, opts: UrlReadOptions = {}, policy?: NetPolicy): Promise<Article> {
  const fetched = await fetchUrl(input, opts, policy);
  const type = mediaType(fetched.contentType);
  const format = opts.format ?? (type && HTML_TYPES.has(type) ? 'html' : type === 'text/plain' ? 'text' : undefined);
  return articleFromBytes(fetched.body, {
    what: input,
    id: input,
    format,
    reader: { text: 'url', html: 'url' },
    contentType: fetched.contentType,
    url: fetched.url,
  });
}
