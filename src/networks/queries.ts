/**
 * The reads the network stages need, built only on the Store's existing methods (listArticles
 * paging), so that both store implementations serve them unchanged:
 *
 * - `loadPublications`: every article's domain, publication time, story and cited sources, in
 *   one pass over the store;
 * - `loadPages`: the stored HTML of the given domains (a few pages each) for site fingerprints.
 */
import type { Store, StoredArticle } from '../store/types.js';
import type { Publication } from './types.js';

/** Articles read per page while scanning the store. */
const PAGE = 1000;

/** Normalised domain of an article: its `domain`, else its URL's host; lower case, no `www.`. */
export function domainOf(a: { domain?: string; url?: string }): string | null {
  let d = a.domain;
  if ((d === undefined || d.trim() === '') && a.url) {
    try {
      d = new URL(a.url).hostname;
    } catch {
      d = undefined;
    }
  }
  if (d === undefined) return null;
  d = d.trim().toLowerCase();
  if (d.startsWith('www.')) d = d.slice(4);
  if (d.endsWith('.')) d = d.slice(0, -1);
  return d === '' ? null : d;
}

/** Every stored article, page by page in id order. */
export async function* scanArticles(store: Store, opts: { storyId?: number } = {}): AsyncGenerator<StoredArticle> {
  let afterId = 0;
  for (;;) {
    const page = await store.listArticles(opts.storyId === undefined ? { afterId, limit: PAGE } : { storyId: opts.storyId, afterId, limit: PAGE });
    for (const a of page) yield a;
    if (page.length < PAGE) return;
    afterId = page[page.length - 1]!.id;
  }
}

/**
 * One pass over the store: each article with a domain, a parseable publication time and a story
 * becomes a `Publication`. Articles lacking any of the three cannot place a domain in time on a
 * story and are counted in `skipped`.
 */
export async function loadPublications(store: Store): Promise<{ publications: Publication[]; skipped: number }> {
  const publications: Publication[] = [];
  let skipped = 0;
  for await (const a of scanArticles(store)) {
    const domain = domainOf(a);
    const time = Date.parse(a.published ?? '');
    if (domain === null || !Number.isFinite(time) || a.storyId === null) {
      skipped++;
      continue;
    }
    const p: Publication = { articleId: a.id, storyId: a.storyId, domain, time, sources: outermostSources(a) };
    if (a.url !== undefined) p.url = a.url;
    if (a.title !== undefined) p.title = a.title;
    publications.push(p);
  }
  return { publications, skipped };
}

/** The outermost link of each attribution chain: the outlet or person the copy names as its source. */
function outermostSources(a: StoredArticle): string[] {
  const out = new Set<string>();
  for (const chain of a.analysis.chains ?? []) if (chain.length > 0) out.add(chain[0]!);
  return [...out];
}

/** Stored HTML pages of the given domains (every domain when null), at most `perDomain` each, oldest first. */
export async function loadPages(store: Store, domains: ReadonlySet<string> | null, perDomain = 5): Promise<Map<string, Array<{ url: string | null; html: string }>>> {
  const out = new Map<string, Array<{ url: string | null; html: string }>>();
  for await (const a of scanArticles(store)) {
    if (a.html === undefined || a.html === '') continue;
    const domain = domainOf(a);
    if (domain === null || (domains !== null && !domains.has(domain))) continue;
    let list = out.get(domain);
    if (!list) out.set(domain, (list = []));
    if (list.length < perDomain) list.push({ url: a.url ?? null, html: a.html });
  }
  return out;
}
