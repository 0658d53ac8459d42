/** Use case: analyse articles (attribution chains, hedged and unsourced claims) from an input or as given. */
import type { Article } from '../article/article.js';
import { readArticles, type ReadOptions } from '../article/read.js';
import { analyze } from '../analyze.js';
import type { Doc } from '../doc/types.js';

/** Each article of an input (file, folder entry, URL, JSONL lines, `-` for standard input), analysed, in input order. */
export async function* analyzeInput(input: string, opts: ReadOptions = {}): AsyncGenerator<Doc> {
  for await (const article of readArticles(input, opts)) yield analyze(article);
}

/** The first article of an input, or null when it holds none (trace and similar take one article). */
export async function firstArticle(input: string, opts: ReadOptions = {}): Promise<Article | null> {
  for await (const article of readArticles(input, opts)) return article;
  return null;
}
