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
  return { id: opts.id, text: body, format: opts.format };
}
