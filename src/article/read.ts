/**
 * Readers: turn a command-line input (file path, folder, URL, `-` for stdin) into Articles.
 * (Minimal version: plain-text files and stdin.)
 */
import { readFile } from 'node:fs/promises';
import { SiftError } from '../errors/catalogue.js';
import type { Article } from './article.js';

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
}

export async function* readArticles(input: string, _opts: ReadOptions = {}): AsyncGenerator<Article> {
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch {
    throw new SiftError('E_FILE_NOT_FOUND', { path: input });
  }
  if (text.trim() === '') throw new SiftError('E_EMPTY_INPUT', { what: input });
  yield { id: input, text, format: 'text' };
}
