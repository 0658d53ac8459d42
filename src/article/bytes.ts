/**
 * Raw bytes of one document (a file, a response body, standard input) → Article:
 * empty and binary guards, charset decoding, then the HTML or plain-text reader, then a
 * fallback publication date (URL, then text) when the page gives none (date-fallback.ts).
 */
import { SiftError } from '../errors/catalogue.js';
import type { Article } from './article.js';
import { decodeBytes } from './charset.js';
import { addFallbackDate } from './date-fallback.js';
import { looksLikeHtml, sniffBinary } from './detect.js';
import { extractHtml } from './html.js';
import { domainOf } from './meta.js';
import { textArticle } from './text.js';

export interface BytesOptions {
  /** Names the input in error messages. */
  what: string;
  id: string;
  /** 'text' or 'html' to force a reader; undefined to sniff the content. */
  format?: 'text' | 'html' | undefined;
  /** `Article.format` of the result, by reader used. */
  reader: { text: Article['format']; html: Article['format'] };
  /** HTTP Content-Type, for its charset. */
  contentType?: string | undefined;
  /** Where the document came from, for URL inputs. */
  url?: string | undefined;
}

/** Throws E_EMPTY_INPUT or E_BINARY_INPUT when `buf` cannot be a text document. */
export function assertTextual(buf: Uint8Array, what: string): void {
  if (buf.length === 0) throw new SiftError('E_EMPTY_INPUT', { what });
  const binary = sniffBinary(buf);
  if (binary) throw new SiftError('E_BINARY_INPUT', { what, detail: binary });
}

export function articleFromBytes(buf: Uint8Array, opts: BytesOptions): Article {
  assertTextual(buf, opts.what);
  const decoded = decodeBytes(buf, { contentType: opts.contentType, html: opts.format !== 'text' });
  const isHtml = opts.format === 'html' || (opts.format === undefined && looksLikeHtml(decoded.text));
  let article: Article;
  if (isHtml) {
    article = { id: opts.id, format: opts.reader.html, ...extractHtml(decoded.text, { url: opts.url, what: opts.what }) };
  } else {
    article = textArticle(decoded.text, { what: opts.what, id: opts.id, format: opts.reader.text });
    if (opts.url) {
      article.url = opts.url;
      const domain = domainOf(opts.url);
      if (domain) article.domain = domain;
    }
  }
  addFallbackDate(article);
  return article;
}
