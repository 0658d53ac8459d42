/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds. Each item gives its link, title and date (pubDate /
 * dc:date, Atom published / updated). The article is the item's full content (`content:encoded`,
 * Atom `content`) when that holds a whole article, or a `description` / `summary` long enough to
 * be one; otherwise the item's link is fetched with the article URL reader (unless --no-fetch).
 */
import type { Article } from '../../article/article.js';
import { normaliseDate, setPublished } from '../../article/date.js';
import { addFallbackDate } from '../../article/date-fallback.js';
import { extractHtml } from '../../article/html.js';
import { absoluteHttpUrl, cleanField, domainOf } from '../../article/meta.js';
import { isSiftError } from '../../errors/catalogue.js';
import { FEED_CONTENT_MIN_CHARS, FEED_SUMMARY_MIN_CHARS } from '../data/limits.js';
import { issue, issueItem } from '../issues.js';
import type { PageHints, SourceItem } from '../types.js';
import { attrOf, childOf, childrenOf, htmlOf, textOf } from '../xml.js';
import type { LoadedXml } from './xml-load.js';

export const FEED_ROOTS: ReadonlySet<string> = new Set(['rss', 'feed', 'rdf:RDF']);

/** What one feed item says, whatever the feed format. */
interface FeedEntry {
  title?: string;
  link?: string;
  published?: string;
  /** Full content as HTML (or plain text when `contentIsText`). */
  content?: string;
  contentIsText?: boolean;
  summary?: string;
}

/** A title without its markup (linear: each `<` jumps to the next `>`). */
function stripTags(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('<', i);
    if (open === -1) {
      out += s.slice(i);
      break;
    }
    const close = s.indexOf('>', open + 1);
    if (close === -1) {
      out += s.slice(i);
      break;
    }
    out += `${s.slice(i, open)} `;
    i = close + 1;
  }
  return cleanField(out);
}

function rssEntry(item: unknown, base: string | undefined): FeedEntry {
  const e: FeedEntry = {};
  const title = textOf(childOf(item, 'title'));
  if (title) e.title = title;
  const guid = childOf(item, 'guid');
  const guidLink = attrOf(guid, 'isPermaLink') === 'false' ? undefined : textOf(guid);
  const link = absoluteHttpUrl(textOf(childOf(item, 'link')), base) ?? absoluteHttpUrl(guidLink, base);
  if (link) e.link = link;
  const published = normaliseDate(textOf(childOf(item, 'pubDate')) ?? textOf(childOf(item, 'dc:date')));
  if (published) e.published = published;
  const content = htmlOf(childOf(item, 'content:encoded'));
  if (content) e.content = content;
  const summary = htmlOf(childOf(item, 'description'));
  if (summary) e.summary = summary;
  return e;
}

function atomLink(entry: unknown, base: string | undefined): string | undefined {
  const links = childrenOf(entry, 'link');
  const alternate = links.find((l) => (attrOf(l, 'rel') ?? 'alternate') === 'alternate') ?? links.find((l) => attrOf(l, 'rel') === undefined);
  return absoluteHttpUrl(attrOf(alternate, 'href') ?? textOf(alternate), base);
}

function atomEntry(entry: unknown, base: string | undefined): FeedEntry {
  const e: FeedEntry = {};
  const titleNode = childOf(entry, 'title');
  const titleType = attrOf(titleNode, 'type');
  const title = titleType === 'html' || titleType === 'xhtml' ? stripTags(htmlOf(titleNode)) : textOf(titleNode);
  if (title) e.title = title;
  const content = childOf(entry, 'content');
  const src = absoluteHttpUrl(attrOf(content, 'src'), base);
  const link = atomLink(entry, base) ?? src;
  if (link) e.link = link;
  const published = normaliseDate(textOf(childOf(entry, 'published')) ?? textOf(childOf(entry, 'updated')));
  if (published) e.published = published;
  if (content !== undefined && src === undefined) {
    const type = attrOf(content, 'type') ?? 'text';
    const body = type === 'text' ? textOf(content) : htmlOf(content);
    if (body) {
      e.content = body;
      if (type === 'text') e.contentIsText = true;
    }
  }
  const summaryNode = childOf(entry, 'summary');
  const summary = attrOf(summaryNode, 'type') === undefined || attrOf(summaryNode, 'type') === 'text' ? textOf(summaryNode) : htmlOf(summaryNode);
  if (summary) e.summary = summary;
  return e;
}

/** The article a piece of feed content holds, or undefined when it has no text. */
function contentArticle(body: string, isText: boolean, e: FeedEntry, origin: string): Article | undefined {
  let article: Article;
  if (isText) {
    if (body.trim() === '') return undefined;
    article = { text: body, format: 'text' };
    if (e.link) article.url = e.link;
    const domain = domainOf(e.link);
    if (domain) article.domain = domain;
  } else {
    try {
      article = { format: 'html', ...extractHtml(body, { url: e.link, what: origin }) };
    } catch (err) {
      if (isSiftError(err, 'E_HTML_NO_TEXT')) return undefined;
      throw err;
    }
  }
  article.id = e.link ?? origin;
  // The feed's own title and date are the article's: they win over what the fragment suggests.
  if (e.title) article.title = e.title;
  if (e.published) setPublished(article, e.published, 'metadata');
  else addFallbackDate(article);
  return article;
}

function entryItem(e: FeedEntry, origin: string): SourceItem {
  const full = e.content ? contentArticle(e.content, e.contentIsText === true, e, origin) : undefined;
  if (full && full.text.length >= FEED_CONTENT_MIN_CHARS) return { kind: 'article', article: full, origin };
  // Atom summaries are text unless typed; RSS descriptions are HTML.
  const summary = e.summary ? contentArticle(e.summary, false, e, origin) : undefined;
  if (summary && summary.text.length >= FEED_SUMMARY_MIN_CHARS) return { kind: 'article', article: summary, origin };
  if (e.link) {
    const hints: PageHints = {};
    if (e.title) hints.title = e.title;
    if (e.published) {
      hints.published = e.published;
      hints.publishedFrom = 'feed';
    }
    return { kind: 'fetch', url: e.link, origin, why: 'the feed item has only a summary', hints };
  }
  // No link to fetch: full content, however short, is all there is; a summary alone is not an article.
  if (full) return { kind: 'article', article: full, origin };
  return issue('E_FEED_ITEM', origin, { what: origin });
}

export function* feedItems(loaded: LoadedXml): Generator<SourceItem> {
  const { doc, location } = loaded;
  const atom = doc.root === 'feed';
  // Relative links resolve against where the feed was fetched from, else the site it links to.
  const channel = atom ? doc.node : childOf(doc.node, 'channel');
  const siteLink = atom ? atomLink(channel, undefined) : absoluteHttpUrl(textOf(childOf(channel, 'link')));
  const base = loaded.base ?? absoluteHttpUrl(location) ?? siteLink;
  const entries = atom ? childrenOf(doc.node, 'entry') : doc.root === 'rss' ? childrenOf(childOf(doc.node, 'channel'), 'item') : childrenOf(doc.node, 'item');
  let n = 0;
  for (const node of entries) {
    n++;
    const origin = `${location}#item-${n}`;
    try {
      yield entryItem(atom ? atomEntry(node, base) : rssEntry(node, base), origin);
    } catch (e) {
      yield issueItem(e, origin);
    }
  }
}
