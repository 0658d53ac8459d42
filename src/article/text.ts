/** Plain text → Article. The text is kept exactly as decoded (line endings included). */
import { SiftError } from '../errors/catalogue.js';
import type { Article } from './article.js';

export interface TextArticleOptions {
  /** Names the input in error messages. */
  what: string;
  id: string;
  format: Article['format'];
}

/** Builds the Article for a plain text; throws E_EMPTY_INPUT when it holds only whitespace. */
export function textArticle(text: string, opts: TextArticleOptions): Article {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') throw new SiftError('E_EMPTY_INPUT', { what: opts.what });
  const article: Article = { id: opts.id, text: body, format: opts.format };
  const title = headline(body);
  if (title) article.title = title;
  return article;
}

/** Longest first line taken as a headline, in characters. */
const MAX_HEADLINE = 200;

/**
 * The headline of a plain-text article: its first line, when a blank line follows it and it reads
 * like a title (short, no final period). The text itself is not changed.
 */
export function headline(text: string): string | undefined {
  const end = text.indexOf('\n');
  if (end <= 0 || end > MAX_HEADLINE + 2) return undefined;
  const next = text.indexOf('\n', end + 1);
  const second = text.slice(end + 1, next < 0 ? text.length : next);
  if (next < 0 || second.trim() !== '') return undefined;
  const line = text.slice(0, end).trim();
  if (!line || line.length > MAX_HEADLINE || ['.', ';', ','].includes(line[line.length - 1]!)) return undefined;
  return line;
}
