/**
 * Sitemaps: a `urlset` lists pages (each fetched with the article URL reader; `lastmod`, or a
 * Google News `publication_date`, fills in `published` when the page gives none); a
 * `sitemapindex` lists further sitemaps, fetched in turn (at most MAX_SITEMAP_DEPTH indexes deep,
 * each sitemap once).
 */
import { normaliseDate } from '../../article/date.js';
import { absoluteHttpUrl } from '../../article/meta.js';
import { MAX_SITEMAP_DEPTH } from '../data/limits.js';
import { issue, issueItem } from '../issues.js';
import type { PageHints, SourceItem, SourceOptions } from '../types.js';
import { childOf, childrenOf, textOf } from '../xml.js';
import { fetchXml, type LoadedXml } from './xml-load.js';

export const SITEMAP_ROOTS: ReadonlySet<string> = new Set(['urlset', 'sitemapindex']);

function* urlsetItems(loaded: LoadedXml): Generator<SourceItem> {
  const base = loaded.base ?? absoluteHttpUrl(loaded.location);
  let n = 0;
  for (const entry of childrenOf(loaded.doc.node, 'url')) {
    n++;
    const origin = `${loaded.location}#url-${n}`;
    const loc = textOf(childOf(entry, 'loc'));
    const url = absoluteHttpUrl(loc, base);
    if (!url) {
      yield issue('E_URL_INVALID', origin, { url: loc ?? '(no <loc>)' });
      continue;
    }
    const hints: PageHints = {};
    const news = childOf(entry, 'news:news');
    const title = textOf(childOf(news, 'news:title'));
    if (title) hints.title = title;
    const published = normaliseDate(textOf(childOf(news, 'news:publication_date'))) ?? normaliseDate(textOf(childOf(entry, 'lastmod')));
    if (published) {
      hints.published = published;
      hints.publishedFrom = 'sitemap';
    }
    yield { kind: 'fetch', url, origin, why: `it is listed in the sitemap ${loaded.location}`, hints };
  }
}

/** Reads a document listed in a sitemap index (as xmldoc.ts reads any feed or sitemap), `depth` indexes deep. */
type NestedItems = (child: LoadedXml, depth: number) => AsyncGenerator<SourceItem>;

async function* indexItems(loaded: LoadedXml, opts: SourceOptions, depth: number, seen: Set<string>, nested: NestedItems): AsyncGenerator<SourceItem> {
  const base = loaded.base ?? absoluteHttpUrl(loaded.location);
  let n = 0;
  for (const entry of childrenOf(loaded.doc.node, 'sitemap')) {
    n++;
    const origin = `${loaded.location}#sitemap-${n}`;
    const loc = textOf(childOf(entry, 'loc'));
    const url = absoluteHttpUrl(loc, base);
    if (!url) {
      yield issue('E_URL_INVALID', origin, { url: loc ?? '(no <loc>)' });
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    if (depth + 1 > MAX_SITEMAP_DEPTH) {
      yield issue('E_SITEMAP_DEPTH', origin, { url, limit: MAX_SITEMAP_DEPTH });
      continue;
    }
    let child: LoadedXml;
    try {
      child = await fetchXml(url, opts);
    } catch (e) {
      yield issueItem(e, origin);
      continue;
    }
    yield* nested(child, depth + 1);
  }
}

export async function* sitemapItems(loaded: LoadedXml, opts: SourceOptions, depth: number, seen: Set<string>, nested: NestedItems): AsyncGenerator<SourceItem> {
  if (loaded.base) seen.add(loaded.base);
  if (loaded.doc.root === 'urlset') yield* urlsetItems(loaded);
  else yield* indexItems(loaded, opts, depth, seen, nested);
}
