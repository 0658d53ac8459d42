/** Use case: the family tree of the story an article belongs to, or would join. */
import type { Article } from '../article/article.js';
import { readArticles } from '../article/read.js';
import type { Store } from '../store/types.js';
import { fingerprint } from '../stories/fingerprint.js';
import { findSimilar, JOIN_THRESHOLD, storyOfSimilar } from '../stories/match.js';
import { traceStory, type StoryTrace } from '../stories/trace.js';
import { analyze } from '../analyze.js';

/**
 * What to trace: a story by id; a stored article by id; a URL (the stored article with that URL,
 * else the page fetched and matched); or an article that is not stored, matched against the store.
 */
export type TraceTarget = { storyId: number } | { articleId: number } | { url: string } | { article: Article };

/** The story of a target: its own, or the one ingest would join it to; null when none. */
export async function storyOf(store: Store, target: TraceTarget): Promise<number | null> {
  if ('storyId' in target) return target.storyId;
  if ('articleId' in target) return (await store.getArticle(target.articleId))?.storyId ?? null;
  if ('article' in target) return joinedStory(store, target.article);
  const hit = await store.findArticleByUrl(target.url);
  if (hit) return hit.storyId;
  for await (const article of readArticles(target.url)) return joinedStory(store, article);
  return null;
}

/** The trace of the target's story (origin, cited sources, timeline, what each copy changed), or null when it has none. */
export async function traceTarget(store: Store, target: TraceTarget): Promise<StoryTrace | null> {
  const storyId = await storyOf(store, target);
  return storyId === null ? null : traceStory(store, storyId);
}

/** The story ingest would join the article to: the same candidates, the same rule. */
async function joinedStory(store: Store, article: Article): Promise<number | null> {
  const chosen = storyOfSimilar(await findSimilar(store, fingerprint(analyze(article))));
  return chosen && chosen.probability >= JOIN_THRESHOLD ? chosen.storyId : null;
}
