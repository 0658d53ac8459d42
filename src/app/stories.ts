/** Use case: list the stories of a store, each with its articles. */
import type { Store, Story, StoryFilter } from '../store/types.js';
import { ref, type ArticleRef } from '../stories/trace.js';

/** Articles listed per story, at most. */
export const STORY_ARTICLES_LISTED = 1000;

/** A story with its articles (`articles` is their count, `members` the articles themselves). */
export type StoryWithArticles = Story & { members: ArticleRef[] };

/**
 * Stories matching `filter` (times as ISO 8601; `limit` stories, by the store's order: largest
 * first), each with up to STORY_ARTICLES_LISTED of its articles in stored order.
 */
export async function listStories(store: Store, filter: StoryFilter = {}): Promise<StoryWithArticles[]> {
  const stories = await store.listStories(filter);
  return Promise.all(stories.map(async (s) => ({ ...s, members: (await store.listArticles({ storyId: s.id, limit: STORY_ARTICLES_LISTED })).map(ref) })));
}
