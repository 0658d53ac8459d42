/** The order a corpus's articles are stored in: publication order, undated ones at seeded positions. */
import { shuffled } from './shuffle.js';
import type { CorpusArticle } from './types.js';

/**
 * The order articles arrive in: by publication time, ties by id. Undated articles have no place
 * in time, so they arrive at positions drawn by a seeded shuffle, and the dated ones fill the
 * other positions in time order — as a crawl that meets undated pages whenever it meets them.
 * Without undated articles the seed changes nothing.
 */
export function publicationOrder(articles: readonly CorpusArticle[], seed = 1): CorpusArticle[] {
  const time = (a: CorpusArticle): number => (a.published === undefined ? NaN : Date.parse(a.published));
  const byId = (a: CorpusArticle, b: CorpusArticle): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const dated = articles.filter((a) => Number.isFinite(time(a))).sort((a, b) => time(a) - time(b) || byId(a, b));
  if (dated.length === articles.length) return dated;
  const slots = shuffled([...articles].sort(byId), seed);
  let next = 0;
  return slots.map((a) => (Number.isFinite(time(a)) ? dated[next++]! : a));
}
