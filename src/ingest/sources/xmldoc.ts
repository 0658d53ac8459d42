/**
 * Feed and sitemap documents, loaded by xml-load.ts, handed to the feed or sitemap reader by their
 * root element.
 */
import { issue, issueItem } from '../issues.js';
import type { SourceItem, SourceOptions } from '../types.js';
import { feedItems, FEED_ROOTS } from './feed.js';
import { sitemapItems, SITEMAP_ROOTS } from './sitemap.js';
import { loadXmlFile, type LoadedXml } from './xml-load.js';

/** The items of a loaded feed or sitemap, or an E_FEED_KIND issue. */
export async function* xmlItems(loaded: LoadedXml, opts: SourceOptions, depth = 0, seen = new Set<string>()): AsyncGenerator<SourceItem> {
  const { root } = loaded.doc;
  if (FEED_ROOTS.has(root)) yield* feedItems(loaded);
  else if (SITEMAP_ROOTS.has(root)) yield* sitemapItems(loaded, opts, depth, seen, (child, d) => xmlItems(child, opts, d, seen));
  else yield issue('E_FEED_KIND', loaded.location, { what: loaded.location, root });
}

/** A feed or sitemap file. */
export async function* xmlFileSource(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let loaded: LoadedXml;
  try {
    loaded = await loadXmlFile(path);
  } catch (e) {
    yield issueItem(e, path);
    return;
  }
  yield* xmlItems(loaded, opts);
}
