/**
 * Same-story matching (placeholder until the matcher lands): every article starts its own story.
 */
import type { Doc } from '../doc/types.js';
import type { Store, StoryAssignment } from '../store/types.js';

export interface StoryMatch {
  anchors: string[];
  story: StoryAssignment;
}

/** Finds the story an analysed article belongs to, reading only its candidates from the store. */
export async function matchStory(_store: Store, _doc: Doc): Promise<StoryMatch> {
  return { anchors: [], story: { kind: 'new' } };
}
