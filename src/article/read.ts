/**
 * Readers: turn a command-line input (file path, URL, `-` for standard input) into Articles.
 *
 *   -            → stdin.ts   (sniffed: JSONL, HTML or plain text)
 *   http(s)://…  → url.ts     (fetch.ts with the SSRF guard, then HTML or text)
 *   other://…    → E_URL_INVALID
 *   a path       → file.ts    (by --format, extension, then content: text, HTML or JSONL)
 *
 * Every reader yields the same Article shape; every failure is a SiftError with a code.
 */
import { SiftError } from '../errors/catalogue.js';
import type { Article } from './article.js';
import { DEFAULT_MAX_BYTES } from './data/limits.js';
import { isUrlLike } from './detect.js';
import { readFileInput } from './file.js';
import { readStdin } from './stdin.js';
import { readUrl, type UrlReadOptions } from './url.js';

export interface ReadOptions {
  /** Force a format instead of guessing from the extension / content. */
  format?: 'auto' | 'text' | 'html' | 'jsonl';
  /** Allow fetching URLs that resolve to private, loopback or link-local addresses. */
  allowPrivate?: boolean;
  /** Size cap for one input in bytes (default 20 MB). */
  maxBytes?: number;
  /** URL fetch timeout in ms (default 15 s). */
  timeoutMs?: number;
  /** URL redirect limit (default 5). */
  maxRedirects?: number;
  /** Stream to read when the input is `-` (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Receives W_JSONL_FIELD warnings: a JSONL line kept without a field it could not use. */
  onWarning?: (warning: SiftError) => void;
}

export async function* readArticles(input: string, opts: ReadOptions = {}): AsyncGenerator<Article> {
  const format = opts.format ?? 'auto';
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input === '') throw new SiftError('E_USAGE', { detail: 'the input is an empty string; give a file, a URL, or - for standard input' });

  if (input === '-') {
    yield* readStdin(opts.stdin ?? process.stdin, { format, maxBytes, onWarning: opts.onWarning });
    return;
  }

  if (isUrlLike(input)) {
    if (format === 'jsonl') throw new SiftError('E_USAGE', { detail: '--format jsonl reads files or standard input, not URLs' });
    const urlOpts: UrlReadOptions = {
      allowPrivate: opts.allowPrivate,
      maxBytes,
      timeoutMs: opts.timeoutMs,
      maxRedirects: opts.maxRedirects,
      format: format === 'auto' ? undefined : format,
    };
    yield await readUrl(input, urlOpts);
    return;
  }

  yield* readFileInput(input, { format, maxBytes, onWarning: opts.onWarning });
}
