/**
 * The reads the network stages need, built only on the Store's existing methods (listArticles
 * paging), so that both store implementations serve them unchanged:
 *
 * - `loadPublications`: every article's domain, story, publication time (at its precision, or
 *   none; with the stored precision and source of the date), cited sources and the names it gives, in one pass over the store;
 * - `loadPages`: the stored HTML of the given domains (a few pages each) for site fingerprints.
 */
import { dateInterval, precisionOf, type DatePrecision, type DateSource } from '../article/date.js';
import type { ArticleAnalysis, Store, StoredArticle } from '../store/types.js';
import { datelineCredit } from './origin.js';
import { publicationTime } from './time.js';
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
 * One pass over the store: each article with a domain and a story becomes a `Publication`; its
 * time is the publication date at its precision (a day for `2025-06-21`), or null when the page
 * gives none — an undated copy still places its domain on the story. Articles without a domain or
 * a story are counted in `skipped`, the undated ones in `undated`.
 */
export async function loadPublications(store: Store): Promise<{ publications: Publication[]; skipped: number; undated: number }> {
  const publications: Publication[] = [];
  let skipped = 0;
  let undated = 0;
  for await (const a of scanArticles(store)) {
    const domain = domainOf(a);
    if (domain === null || a.storyId === null) {
      skipped++;
      continue;
    }
    publications.push(publicationOf(a.id, a.storyId, domain, a));
    if (publications[publications.length - 1]!.time === null) undated++;
  }
  return { publications, skipped, undated };
}

/** A publication from an article's stored fields and analysis. */
export function publicationOf(
  articleId: number,
  storyId: number,
  domain: string,
  a: {
    published?: string | undefined;
    publishedPrecision?: DatePrecision | undefined;
    publishedSource?: DateSource | undefined;
    url?: string | undefined;
    title?: string | undefined;
    text?: string | undefined;
    analysis: Pick<ArticleAnalysis, 'chains' | 'facts'>;
  },
): Publication {
  let t = publicationTime(a.published);
  // A stored precision coarser than the string (a time kept only to the day) widens the period.
  const own = precisionOf(a.published);
  if (t && a.published && a.publishedPrecision && own && a.publishedPrecision !== own) {
    const span = dateInterval(a.published, a.publishedPrecision);
    if (span) t = { time: span.start, precisionMs: a.publishedPrecision === 'time' ? 0 : span.end - span.start };
  }
  const p: Publication = { articleId, storyId, domain, time: t?.time ?? null, precisionMs: t?.precisionMs ?? 0, sources: outermostSources(a.analysis), names: namedSources(a.analysis) };
  const precision = a.published === undefined ? undefined : (a.publishedPrecision ?? own);
  if (precision !== undefined) p.precision = precision;
  if (a.published !== undefined && a.publishedSource !== undefined) p.dateSource = a.publishedSource;
  const credit = a.text === undefined ? null : datelineCredit(a.text);
  if (credit !== null) p.credit = credit;
  if (a.url !== undefined) p.url = a.url;
  if (a.title !== undefined) p.title = a.title;
  return p;
}

/** The outermost link of each attribution chain: the outlet or person the copy names as its source. */
function outermostSources(a: Pick<ArticleAnalysis, 'chains'>): string[] {
  const out = new Set<string>();
  for (const chain of a.chains ?? []) if (chain.length > 0) out.add(chain[0]!);
  return [...out];
}

const NAMED_FACTS = new Set(['outlet', 'organization', 'person']);

/** Every source and outlet a copy names: all links of its chains, the outlets, organisations and people it mentions. */
function namedSources(a: Pick<ArticleAnalysis, 'chains' | 'facts'>): string[] {
  const out = new Set<string>();
  for (const chain of a.chains ?? []) for (const n of chain) out.add(n);
  for (const f of a.facts ?? []) if (NAMED_FACTS.has(f.type)) out.add(f.text);
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
