/**
 * The labelled corpus the story and network evaluations score against: articles, their gold
 * labels, and the shape both readers (stories.ts for `articles.jsonl` + `labels.json`, pages.ts
 * for `pages.jsonl`) produce.
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
