/**
 * The one path an article takes into a store: its analysis (done ahead, as ingest's worker threads
 * do, else here) → the story it joins (`matchFingerprint`, over every article stored before it) →
 * one insert of the article with its anchors and story. `sift ingest`'s loop, the evaluation's
 * direct pipeline and the test fixtures all store articles through `storeArticle`.
 */
import type { Article } from '../article/article.js';
import type { NewArticle, Store } from '../store/types.js';
import { matchFingerprint } from '../stories/match.js';
import { articleKey, articleUrl } from './key.js';
import { prepare, type Prepared } from './prepare.js';

export interface StoreArticleOptions {
  /** Its identity in the store (default `articleKey`: the URL without #fragment, else a hash of the text). */
  key?: string;
  /** Where it came from (file + line, feed item, WARC record …), stored with it. */
  origin?: string;
  /** Its analysis when done ahead (ingest's worker threads); default: analysed here. */
  prepared?: Prepared;
  /** Runs the insert, e.g. inside ingest's write batch (default: as it is). */
  write?: <T>(insert: () => Promise<T>) => Promise<T>;
}

export interface StoreArticleResult {
  id: number;
  storyId: number;
  /** False when the key was stored already: nothing was written, `id` is the stored article's. */
  created: boolean;
  /** The article started a story of its own (no stored story scored above the join threshold). */
  newStory: boolean;
  prepared: Prepared;
  /** Wall-clock time of the story match and of the insert, ms. */
  matchMs: number;
  insertMs: number;
}

export async function storeArticle(store: Store, article: Article, opts: StoreArticleOptions = {}): Promise<StoreArticleResult> {
  const prepared = opts.prepared ?? prepare(article);
  const t0 = performance.now();
  const match = await matchFingerprint(store, prepared.fingerprint);
  const t1 = performance.now();
  const row = toNewArticle(article, opts.key ?? articleKey(article), prepared, opts.origin);
  const insert = (): ReturnType<Store['insertArticle']> => store.insertArticle(row, match.anchors, match.story);
  const stored = await (opts.write ? opts.write(insert) : insert());
  return { ...stored, newStory: match.story.kind === 'new', prepared, matchMs: t1 - t0, insertMs: performance.now() - t1 };
}

/** The store row of an article: its text, metadata and analysis. */
export function toNewArticle(a: Article, key: string, prepared: Pick<Prepared, 'lang' | 'analysis'>, origin?: string): NewArticle {
  const out: NewArticle = { key, lang: prepared.lang, text: a.text, analysis: prepared.analysis };
  if (origin !== undefined) out.origin = origin;
  const url = articleUrl(a);
  if (url) out.url = url;
  if (a.domain) out.domain = a.domain;
  if (a.title) out.title = a.title;
  if (a.published) {
    out.published = a.published;
    if (a.publishedPrecision) out.publishedPrecision = a.publishedPrecision;
    if (a.publishedSource) out.publishedSource = a.publishedSource;
  }
  if (a.html) out.html = a.html;
  return out;
}
