/**
 * Incremental same-story matching against a store: each new article is compared only with the
 * candidates its rarer anchors retrieve, and joins the story of the best match when the
 * calibrated score passes the threshold; otherwise it starts a story of its own.
 *
 *   fingerprint → anchor frequencies → candidates (bounded posting lists) → rank by shared
 *   anchor mass → score the best few in full → join the best story or start one
 */
import type { Store, StoryAssignment } from '../store/types.js';
import type { Fingerprint } from './fingerprint.js';
import { FAMILY_WEIGHT, idfOf, scoreDetail, type ScoreDetail } from './score.js';
import { SCORE_MODEL } from './data/score-model.js';
import { anchorType } from './fingerprint.js';

export interface StoryMatch {
  anchors: string[];
  story: StoryAssignment;
  /** The best-scoring candidate, for explanation. */
  best?: { articleId: number; storyId: number; detail: ScoreDetail };
}

/** Probability above which an article joins a story. */
export const JOIN_THRESHOLD: number = SCORE_MODEL.threshold;
/** Posting-list entries read per anchor (newest first). */
export const PER_ANCHOR = 100;
/**
 * Posting-list entries read per article, over all its anchors. At a million articles 1 000
 * instead of unbounded cut matching from 1.8 to 1.2 ms per article; the decisions on 12 000
 * articles changed by 0.05 % (docs/benchmarks.md#stories).
 */
export const MAX_POSTINGS = 1000;
/** Candidates scored in full after the cheap ranking. */
const FULL_SCORE = 8;
/** Anchors held by more than this share of the corpus are not used for retrieval. */
const MAX_DF_SHARE = 0.05;

const counts = new WeakMap<Store, number>();

/** A scored candidate: an earlier article and the evidence that it retells the same report. */
export interface SimilarArticle {
  articleId: number;
  storyId: number | null;
  detail: ScoreDetail;
}

/**
 * The stored articles most likely to retell the same report as `fp`, best first. Reads only the
 * candidates that the fingerprint's rarer anchors retrieve (bounded posting lists).
 */
export async function findSimilar(store: Store, fp: Fingerprint, opts: { limit?: number; corpusSize?: number } = {}): Promise<SimilarArticle[]> {
  if (fp.anchors.length === 0) return [];
  const n = opts.corpusSize ?? (await store.countArticles());
  const df = await store.anchorFrequencies(fp.anchors);
  const idf = (a: string): number => idfOf(df.get(a) ?? 0, n + 1);
  const retrieval = retrievalAnchors(fp.anchors, df, n);
  if (retrieval.length === 0) return [];
  const cands = await store.candidates(retrieval, { perAnchor: PER_ANCHOR });
  const weight = new Map(retrieval.map((a) => [a, (FAMILY_WEIGHT[anchorType(a)] ?? 0) * idf(a)]));
  const ids = cands
    .map((c) => ({ id: c.articleId, mass: c.anchors.reduce((sum, a) => sum + (weight.get(a) ?? 0), 0) }))
    .sort((x, y) => y.mass - x.mass)
    .slice(0, Math.max(FULL_SCORE, opts.limit ?? 0))
    .map((r) => r.id);
  if (ids.length === 0) return [];
  const [storyOf, stored] = await Promise.all([store.storiesOf(ids), store.anchorsOf(ids)]);
  for (const list of stored.values()) for (const { anchor, df: f } of list) if (!df.has(anchor)) df.set(anchor, f);
  const out: SimilarArticle[] = ids.map((id) => {
    const anchors = (stored.get(id) ?? []).map((x) => x.anchor);
    const lang = anchors.find((a) => a.startsWith('l:'))?.slice(2) ?? 'und';
    return { articleId: id, storyId: storyOf.get(id) ?? null, detail: scoreDetail(fp, { anchors, lang }, idf) };
  });
  out.sort((x, y) => y.detail.probability - x.detail.probability);
  return opts.limit ? out.slice(0, opts.limit) : out;
}

/**
 * The anchors whose posting lists are read: the rarest first, while their lists (at most
 * PER_ANCHOR entries each) fit in MAX_POSTINGS. Rare anchors are the evidence that two articles
 * retell one report; the lists of the common ones mostly hold unrelated recent articles.
 */
export function retrievalAnchors(anchors: readonly string[], df: ReadonlyMap<string, number>, n: number): string[] {
  const maxDf = Math.max(20, MAX_DF_SHARE * n);
  const usable = anchors.filter((a) => FAMILY_WEIGHT[anchorType(a)] !== undefined && (df.get(a) ?? 0) > 0 && (df.get(a) ?? 0) <= maxDf);
  usable.sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : x > y ? 1 : 0));
  const out: string[] = [];
  let budget = MAX_POSTINGS;
  for (const a of usable) {
    const cost = Math.min(df.get(a)!, PER_ANCHOR);
    if (cost > budget) break;
    budget -= cost;
    out.push(a);
  }
  return out;
}

/** Candidates scored in full that count toward their story's probability (the best few). */
const STORY_EVIDENCE = 3;

/**
 * The story the scored candidates point to, with the probability that the article belongs to
 * it: the candidates of one story are separate witnesses, combined by noisy-OR over its best
 * STORY_EVIDENCE links, so a heavy paraphrase that links moderately to several copies of a story
 * joins it, while one moderate link alone does not.
 */
export function bestStory<T extends { storyId: number | string | null; probability: number }>(scored: readonly T[]): { storyId: T['storyId'] & {}; probability: number } | null {
  const byStory = new Map<number | string, number[]>();
  for (const c of scored) {
    if (c.storyId === null) continue;
    const list = byStory.get(c.storyId) ?? byStory.set(c.storyId, []).get(c.storyId)!;
    list.push(c.probability);
  }
  let best: { storyId: number | string; probability: number } | null = null;
  for (const [storyId, ps] of byStory) {
    ps.sort((a, b) => b - a);
    let miss = 1;
    for (const p of ps.slice(0, STORY_EVIDENCE)) miss *= 1 - p;
    const probability = 1 - miss;
    if (!best || probability > best.probability) best = { storyId, probability };
  }
  return best as { storyId: T['storyId'] & {}; probability: number } | null;
}

/** The most probable story among scored candidates (noisy-OR over its best links), whether or not it reaches JOIN_THRESHOLD. */
export function storyOfSimilar(similar: readonly SimilarArticle[]): { storyId: number; probability: number } | null {
  return bestStory(similar.map((c) => ({ storyId: c.storyId, probability: c.detail.probability })));
}

/**
 * Finds the story of an analysed article from its fingerprint (computed where the article was
 * analysed, e.g. a worker), reading only its candidates from the store.
 */
export async function matchFingerprint(store: Store, fp: Fingerprint): Promise<StoryMatch> {
  if (fp.anchors.length === 0) return { anchors: [], story: { kind: 'new' } };
  let n = counts.get(store);
  if (n === undefined) n = await store.countArticles();
  counts.set(store, n + 1);
  const similar = await findSimilar(store, fp, { corpusSize: n });
  const chosen = storyOfSimilar(similar);
  const top = chosen ? similar.find((c) => c.storyId === chosen.storyId) : undefined;
  if (!chosen || !top) return { anchors: fp.anchors, story: { kind: 'new' } };
  const best = { articleId: top.articleId, storyId: chosen.storyId, detail: top.detail };
  const story: StoryAssignment = chosen.probability >= JOIN_THRESHOLD ? { kind: 'join', storyId: chosen.storyId, score: round(chosen.probability) } : { kind: 'new' };
  return { anchors: fp.anchors, story, best };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
