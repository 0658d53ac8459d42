/** Use case: stored articles that retell the same report as a given article (nothing is stored). */
import type { Article } from '../article/article.js';
import { analyze } from '../analyze.js';
import type { Store } from '../store/types.js';
import { fingerprint } from '../stories/fingerprint.js';
import { findSimilar } from '../stories/match.js';
import { ref, type ArticleRef } from '../stories/trace.js';

export interface SimilarMatch {
  article: ArticleRef;
  storyId: number | null;
  /** Same-story probability, rounded to 3 decimals. */
  probability: number;
  /** The anchors both share. */
  shared: string[];
}

/** The closest stored articles, best first: at most `limit`, else every candidate scored. */
export async function similarArticles(store: Store, article: Article, opts: { limit?: number } = {}): Promise<SimilarMatch[]> {
  const similar = await findSimilar(store, fingerprint(analyze(article)), opts.limit === undefined ? {} : { limit: opts.limit });
  const articles = new Map((await store.getArticles(similar.map((s) => s.articleId))).map((a) => [a.id, ref(a)]));
  return similar.map((s) => ({
    article: articles.get(s.articleId)!,
    storyId: s.storyId,
    probability: Math.round(s.detail.probability * 1000) / 1000,
    shared: s.detail.shared,
  }));
}
