/**
 * The fetch stage: source items in, ready items out, in the same order. Pages to fetch go through
 * the article URL reader (SSRF guard, timeouts, size cap, charset detection) with at most
 * `concurrency` requests at a time, running ahead of the article being stored. A URL already in
 * the store is not fetched again; with --no-fetch no page is fetched (each becomes an issue).
 */
import { setPublished } from '../article/date.js';
import { readUrl } from '../article/url.js';
import { LOOKAHEAD_PER_FETCH } from './data/limits.js';
import { issue, issueItem } from './issues.js';
import { urlKey } from './key.js';
import { mapOrdered, Semaphore } from './pool.js';
import type { ArticleItem, FetchItem, ReadyItem, SourceItem, SourceOptions } from './types.js';

export interface FetchStageOptions extends SourceOptions {
  concurrency: number;
  /** True when an article with this key is already stored (checked before fetching). */
  isStored?: (key: string) => Promise<boolean>;
}

export async function fetchPage(item: FetchItem, opts: FetchStageOptions): Promise<ReadyItem> {
  if (opts.noFetch) return issue('E_NOT_FETCHED', item.origin, { url: item.url, why: item.why });
  try {
    const key = urlKey(item.url);
    if (opts.isStored && (await opts.isStored(key))) return { kind: 'known', key, origin: item.origin };
    const article = await readUrl(item.url, { allowPrivate: opts.allowPrivate, maxBytes: opts.maxBytes, timeoutMs: opts.timeoutMs });
    const out: ArticleItem = { kind: 'article', article, origin: item.origin };
    // What the page says wins; the feed or sitemap fills the gaps. A feed's or sitemap's date
    // (the publisher's metadata) also replaces a dateline found in the page text, which may be an
    // event's date, but not a date in the page's URL.
    const hints = item.hints;
    if (hints?.title && !article.title) article.title = hints.title;
    if (hints?.published && (!article.published || article.publishedSource === 'text')) {
      setPublished(article, hints.published, 'metadata');
      if (hints.publishedFrom) out.publishedFrom = hints.publishedFrom;
    }
    return out;
  } catch (e) {
    return issueItem(e, item.origin);
  }
}

/** Source items → ready items (articles, issues, already-stored URLs), in source order. */
export function fetchStage(source: AsyncIterable<SourceItem>, opts: FetchStageOptions): AsyncGenerator<ReadyItem> {
  const concurrency = Math.max(1, opts.concurrency);
  const slots = new Semaphore(concurrency);
  return mapOrdered(
    source,
    (item): Promise<ReadyItem> => (item.kind === 'fetch' ? slots.run(() => fetchPage(item, opts)) : Promise.resolve(item)),
    concurrency * LOOKAHEAD_PER_FETCH,
  );
}
