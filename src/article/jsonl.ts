/**
 * JSONL / NDJSON: one article per line, read as a stream (a large file is never held
 * in memory whole). Each line is a JSON object with `text` or `html` and optionally
 * `url`, `id`, `title`, `published` (ISO 8601 at any precision; `date` is read as an alias),
 * `lang`, `domain`, `byline`, `siteName`. Blank lines are skipped.
 *
 * A line that cannot be read (not JSON, not an object, no usable `text` or `html`) is an
 * E_JSONL_LINE error; `readJsonl` stops there. A line with an unusable optional field (a date
 * that cannot be read, a title that is not a string, a URL that is not http(s) …) keeps its
 * article without that field and gives a W_JSONL_FIELD warning to `onWarning`.
 * Without a date from the line or its HTML, the URL and then the text may give one
 * (date-fallback.ts).
 */
import { SiftError, isSiftError } from '../errors/catalogue.js';
import type { Article } from './article.js';
import { headline } from './text.js';
import { parseDate, setPublished } from './date.js';
import { addFallbackDate } from './date-fallback.js';
import { sniffBinary } from './detect.js';
import { extractHtml } from './html.js';
import { absoluteHttpUrl, domainOf } from './meta.js';
import { splitLines, type ByteSource } from './stream.js';

export interface JsonlOptions {
  /** Names the input in error messages (a path or "standard input"). */
  what: string;
  /** Size cap for one line in bytes. */
  maxLineBytes: number;
  /** Receives a W_JSONL_FIELD warning for each field dropped from a line that is kept. */
  onWarning?: ((warning: SiftError) => void) | undefined;
}

/** Optional string fields copied from a line as they are. */
const STRING_FIELDS = ['title', 'lang', 'domain', 'byline', 'siteName'] as const;
/** Names a line may give its publication date under, first found wins. */
const DATE_FIELDS = ['published', 'date'] as const;
/** Longest field value quoted in a warning. */
const QUOTE_MAX = 60;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function lineError(line: number, what: string, detail: string): SiftError {
  return new SiftError('E_JSONL_LINE', { line, what, detail });
}

function quote(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX)}…` : s;
}

function kindOf(v: unknown): string {
  return Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * Parses one JSONL line into an Article, or throws E_JSONL_LINE when the line cannot be read.
 * Each optional field that cannot be used is dropped, with a W_JSONL_FIELD warning to
 * `onWarning` (given only when the line is kept).
 */
export function parseJsonlLine(line: string, lineNumber: number, what: string, onWarning?: (warning: SiftError) => void): Article {
  const fail = (detail: string): SiftError => lineError(lineNumber, what, detail);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw fail(`invalid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('expected a JSON object');
  const o = value as Record<string, unknown>;

  const warnings: SiftError[] = [];
  const drop = (field: string, detail: string): void => {
    warnings.push(new SiftError('W_JSONL_FIELD', { line: lineNumber, what, field, detail }));
  };
  /** A string field, or undefined when absent, null or not a string (dropped with a warning). */
  const optionalString = (key: string): string | undefined => {
    const v = o[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') {
      drop(key, `it must be a string, not ${kindOf(v)}`);
      return undefined;
    }
    return v;
  };

  const text = optionalString('text');
  const html = optionalString('html');
  if ((text === undefined || text.trim() === '') && (html === undefined || html.trim() === '')) {
    const wrong = ['text', 'html'].find((k) => o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string');
    throw fail(wrong ? `"${wrong}" must be a string` : 'needs a non-empty "text" or "html"');
  }

  const rawUrl = optionalString('url');
  let url = rawUrl === undefined ? undefined : absoluteHttpUrl(rawUrl);
  if (rawUrl !== undefined && url === undefined) {
    drop('url', `${quote(rawUrl)} is not an http(s) URL`);
    url = undefined;
  }

  let rawId = o['id'];
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    drop('id', `it must be a string or a number, not ${kindOf(rawId)}`);
    rawId = undefined;
  }

  // The first date field present is the line's date; a bad one is dropped, not replaced by the next.
  let published: string | undefined;
  const dateField = DATE_FIELDS.find((k) => o[k] !== undefined && o[k] !== null);
  if (dateField !== undefined) {
    const raw = optionalString(dateField);
    if (raw !== undefined) {
      published = parseDate(raw)?.iso;
      if (published === undefined) drop(dateField, `${quote(raw)} is not an ISO 8601 date`);
    }
  }

  let article: Article;
  if (text !== undefined && text.trim() !== '') {
    article = { text, format: 'jsonl' };
    if (html !== undefined) article.html = html;
    // A text whose first line reads like a headline gives the title the line did not (a "title"
    // field, below, wins).
    const title = headline(text);
    if (title !== undefined) article.title = title;
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
  if (published !== undefined) setPublished(article, published, 'metadata');
  else addFallbackDate(article);
  if (article.domain === undefined) {
    const domain = domainOf(url) ?? domainOf(article.canonicalUrl);
    if (domain) article.domain = domain;
  }
  article.id = rawId !== undefined && rawId !== null && String(rawId).trim() !== '' ? String(rawId) : (url ?? `${what}:${lineNumber}`);
  if (onWarning) for (const w of warnings) onWarning(w);
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
    yield parseJsonlLine(line, number, opts.what, opts.onWarning);
    count++;
  }
  if (count === 0) throw new SiftError('E_EMPTY_INPUT', { what: opts.what });
}
