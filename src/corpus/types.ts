/**
 * A labelled corpus: articles with the story (and network) each belongs to. The fictional sample
 * (samples/corpus: `articles.jsonl` + `labels.json`) and real pages (`pages.jsonl`) load into this
 * one shape, which evaluation scores against and tests and benchmarks store.
 */
export const ARTICLE_KINDS = ['original', 'rewrite', 'translation', 'verbatim', 'independent', 'unrelated'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export interface CorpusArticle {
  id: string;
  url: string;
  domain: string;
  /** ISO 8601 at any precision; absent when the page gives none. */
  published?: string;
  title: string;
  lang: string;
  text: string;
}

export interface ArticleLabel {
  story: string;
  kind: ArticleKind;
  network: string | null;
  event?: string | null;
  lang?: string;
  domain?: string;
  copy_of?: string;
}

export interface StoryLabel {
  kind: 'rewrite' | 'independent' | 'unrelated';
  event?: string | null;
  description: string;
  original?: string | null;
  articles?: string[];
}

export interface CorpusLabels {
  articles: Record<string, ArticleLabel>;
  stories: Record<string, StoryLabel>;
  networks?: Record<string, { members: string[]; description?: string }>;
}

export interface Corpus {
  folder: string;
  /** The JSONL file and, per article, its line number there. */
  file: string;
  articles: CorpusArticle[];
  lines: Map<string, number>;
  labels: CorpusLabels;
}
