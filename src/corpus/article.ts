/** A labelled corpus article as Sift reads it: the JSONL line it came from, parsed as `sift ingest` would. */
import type { Article } from '../article/article.js';
import { parseJsonlLine } from '../article/jsonl.js';
import type { Corpus, CorpusArticle } from './types.js';

export function corpusArticle(corpus: Corpus, a: CorpusArticle): Article {
  return parseJsonlLine(JSON.stringify(a), corpus.lines.get(a.id) ?? 1, corpus.file);
}
