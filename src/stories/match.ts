/**
 * Incremental same-story matching against a store: each new article is compared only with the
 * candidates its rarer anchors retrieve, and joins the story of the best match when the
 * calibrated score passes the threshold; otherwise it starts a story of its own.
 *
 *   fingerprint → anchor frequencies → candidates (bounded posting lists) → rank by shared
 *   anchor mass → score the best few in full → join the best story or start one
 */
import type { Doc } from '../doc/types.js';
import type { Store, StoryAssignment } from '../store/types.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { FAMILY_WEIGHT, idfOf, scoreDetail, type ScoreDetail } from './score.js';
import { anchorType } from './fingerprint.js';

export interface StoryMatch {
  anchors: string[];
  story: StoryAssignment;
  /** The best-scoring candidate, for explanation. */
  best?: { articleId: number; storyId: number; detail: ScoreDetail };
}

/** Probability above which an article joins a story. */
export const JOIN_THRESHOLD = 0.5;
/** Posting-list entries read per anchor (newest first). */
const PER_ANCHOR = 100;
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
  const retrieval = fp.anchors.filter((a) => FAMILY_WEIGHT[anchorType(a)] !== undefined && (df.get(a) ?? 0) > 0 && (df.get(a) ?? 0) <= Math.max(20, MAX_DF_SHARE * n));
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

/** Finds the story an analysed article belongs to, reading only its candidates from the store. */
export async function matchStory(store: Store, doc: Doc): Promise<StoryMatch> {
  return matchFingerprint(store, fingerprint(doc));
}

/** `matchStory` from the fingerprint (computed where the article was analysed, e.g. a worker). */
export async function matchFingerprint(store: Store, fp: Fingerprint): Promise<StoryMatch> {
  if (fp.anchors.length === 0) return { anchors: [], story: { kind: 'new' } };
  let n = counts.get(store);
  if (n === undefined) n = await store.countArticles();
  counts.set(store, n + 1);
  const similar = await findSimilar(store, fp, { corpusSize: n });
  const top = similar.find((c) => c.storyId !== null);
  if (!top || top.storyId === null) return { anchors: fp.anchors, story: { kind: 'new' } };
  const best = { articleId: top.articleId, storyId: top.storyId, detail: top.detail };
  const story: StoryAssignment =
    best.detail.probability >= JOIN_THRESHOLD ? { kind: 'join', storyId: best.storyId, score: round(best.detail.probability) } : { kind: 'new' };
  return { anchors: fp.anchors, story, best };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
