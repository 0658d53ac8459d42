/**
 * JSONL / NDJSON: one article per line, read as a stream (a large file is never held
 * in memory whole). Each line is a JSON object with `text` or `html` and optionally
 * `url`, `id`, `title`, `published` (ISO 8601), `lang`, `domain`, `byline`, `siteName`.
 * Blank lines are skipped; any other bad line stops reading with E_JSONL_LINE.
 */
import { SiftError, isSiftError } from '../errors/catalogue.js';
import type { Article } from './article.js';
import { normaliseDate } from './date.js';
import { sniffBinary } from './detect.js';
import { extractHtml } from './html.js';
import { absoluteHttpUrl, domainOf } from './meta.js';
import { splitLines, type ByteSource } from './stream.js';

export interface JsonlOptions {
  /** Names the input in error messages (a path or "standard input"). */
  what: string;
  /** Size cap for one line in bytes. */
  maxLineBytes: number;
}

/** Optional string fields copied from a line as they are. */
const STRING_FIELDS = ['title', 'lang', 'domain', 'byline', 'siteName'] as const;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function lineError(line: number, what: string, detail: string): SiftError {
  return new SiftError('E_JSONL_LINE', { line, what, detail });
}

/** Parses one JSONL line into an Article, or throws E_JSONL_LINE. */
export function parseJsonlLine(line: string, lineNumber: number, what: string): Article {
  const fail = (detail: string): SiftError => lineError(lineNumber, what, detail);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw fail(`invalid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('expected a JSON object');
  const o = value as Record<string, unknown>;

  const optionalString = (key: string): string | undefined => {
    const v = o[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw fail(`"${key}" must be a string`);
    return v;
  };

  const text = optionalString('text');
  const html = optionalString('html');
  if ((text === undefined || text.trim() === '') && (html === undefined || html.trim() === '')) {
    throw fail('needs a non-empty "text" or "html"');
  }

  const rawUrl = optionalString('url');
  const url = rawUrl === undefined ? undefined : absoluteHttpUrl(rawUrl);
  if (rawUrl !== undefined && url === undefined) throw fail(`"url" is not an http(s) URL: ${rawUrl}`);

  const rawId = o['id'];
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') throw fail('"id" must be a string or number');

  const rawPublished = optionalString('published');
  const published = rawPublished === undefined ? undefined : normaliseDate(rawPublished);
  if (rawPublished !== undefined && published === undefined) throw fail(`"published" is not an ISO 8601 date: ${rawPublished}`);

  let article: Article;
  if (text !== undefined && text.trim() !== '') {
    article = { text, format: 'jsonl' };
    if (html !== undefined) article.html = html;
  } else {
    try {
      article = { format: 'jsonl', ...extractHtml(html!, { url, what: `line ${lineNumber} of ${what}` }) };
    } catch (e) {
      if (isSiftError(e, 'E_HTML_NO_TEXT')) throw fail('no article text could be extracted from "html"');
      throw e;
    }
  }

  // Fields given on the line win over what the HTML said.
  if (url !== undefined) article.url = url;
  for (const key of STRING_FIELDS) {
    const v = optionalString(key)?.trim();
    if (v) article[key] = v;
  }
  if (published !== undefined) article.published = published;
  if (article.domain === undefined) {
    const domain = domainOf(url) ?? domainOf(article.canonicalUrl);
    if (domain) article.domain = domain;
  }
  article.id = rawId !== undefined && rawId !== null && String(rawId).trim() !== '' ? String(rawId) : (url ?? `${what}:${lineNumber}`);
  return article;
}

/** Reads articles from a JSONL byte stream. Throws E_EMPTY_INPUT when there is no line at all. */
export async function* readJsonl(source: ByteSource, opts: JsonlOptions): AsyncGenerator<Article> {
  let count = 0;
  const tooLong = (line: number): SiftError =>
    new SiftError('E_INPUT_TOO_LARGE', { what: `line ${line} of ${opts.what}`, size: `more than ${opts.maxLineBytes}`, limit: opts.maxLineBytes });
  for await (const { number, bytes } of splitLines(source, opts.maxLineBytes, tooLong)) {
    if (number === 1) {
      const binary = sniffBinary(bytes);
      if (binary) throw new SiftError('E_BINARY_INPUT', { what: opts.what, detail: binary });
    }
    let line: string;
    try {
      line = strictUtf8.decode(bytes);
    } catch {
      throw lineError(number, opts.what, 'not valid UTF-8 (JSONL must be UTF-8)');
    }
    if (number === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
    if (line.trim() === '') continue;
    yield parseJsonlLine(line, number, opts.what);
    count++;
  }
  if (count === 0) throw new SiftError('E_EMPTY_INPUT', { what: opts.what });
}
