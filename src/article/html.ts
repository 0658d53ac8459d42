/**
 * HTML → article text and metadata.
 *
 * Main text comes from @mozilla/readability on a linkedom DOM, serialised as paragraphs
 * of its block elements. When Readability finds nothing or too little (a short or
 * unusual page), the body's own block text — minus navigation, header, footer and
 * asides — is tried once, and the attempt with more prose is kept.
 */
import { Readability } from '@mozilla/readability';
import { SiftError } from '../errors/catalogue.js';
import type { Article } from './article.js';
import { blockParagraphs, joinParagraphs } from './blocks.js';
import { normaliseDate, setPublished } from './date.js';
import {
  BOILERPLATE_TAGS,
  MAX_PARSE_DEPTH,
  MAX_READABILITY_DEPTH,
  MAX_READABILITY_ELEMENTS,
  MIN_ARTICLE_CHARS,
  PROSE_MIN_WORDS,
  VOID_TAGS,
} from './data/html.js';
import { ELEMENT_NODE, htmlLang, parseDocument, type DomDocument, type DomNode } from './dom.js';
import { roughNestingDepth } from './markup.js';
import { cleanField, domainOf, extractMeta } from './meta.js';
import { stripToParagraphs } from './strip.js';

export interface HtmlOptions {
  /** Where the page came from (resolves relative canonical links; gives the domain). */
  url?: string | undefined;
  /** Names the input in error messages. */
  what: string;
}

/** What the HTML reader contributes to an Article. */
export type HtmlArticle = Omit<Article, 'format' | 'id'>;

interface ReadabilityResult {
  title?: string | undefined;
  byline?: string | undefined;
  siteName?: string | undefined;
  publishedTime?: string | undefined;
  content?: DomNode | undefined;
}

/** Element count and maximum nesting depth under `root`, by an iterative walk that stops past the limits. */
function measure(root: DomNode): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (node.nodeType !== ELEMENT_NODE) continue;
    elements++;
    if (d > depth) depth = d;
    if (depth > MAX_READABILITY_DEPTH || elements > MAX_READABILITY_ELEMENTS) break;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) stack.push([kids[i]!, d + 1]);
  }
  return { elements, depth };
}

function runReadability(doc: DomDocument): ReadabilityResult | undefined {
  const size = measure(doc.body);
  if (size.depth > MAX_READABILITY_DEPTH || size.elements > MAX_READABILITY_ELEMENTS) return undefined;
  try {
    // Readability is typed against lib.dom's Document, which this project does not load.
    const reader = new Readability<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode });
    const r = reader.parse();
    if (!r) return undefined;
    return {
      title: r.title ?? undefined,
      byline: r.byline ?? undefined,
      siteName: r.siteName ?? undefined,
      publishedTime: r.publishedTime ?? undefined,
      content: r.content ?? undefined,
    };
  } catch {
    return undefined; // Readability can throw on odd documents; the fallback takes over.
  }
}

/** The body's paragraphs without page furniture; the whole body if that leaves nothing. */
function bodyText(doc: DomDocument): string {
  const main = joinParagraphs(blockParagraphs(doc.body, { skip: BOILERPLATE_TAGS }));
  return main !== '' ? main : joinParagraphs(blockParagraphs(doc.body));
}

/**
 * How much of a text reads as prose: characters in paragraphs of at least
 * PROSE_MIN_WORDS words, minus half of the rest (menus, labels, bylines).
 */
function proseScore(text: string): number {
  let score = 0;
  for (const p of text.split('\n\n')) {
    const words = p.split(/\s+/).filter((w) => w !== '').length;
    score += words >= PROSE_MIN_WORDS ? p.length : -p.length / 2;
  }
  return score;
}

/** Extracts the main text and metadata of an HTML page. Throws E_HTML_NO_TEXT when there is no text at all. */
export function extractHtml(html: string, opts: HtmlOptions): HtmlArticle {
  if (roughNestingDepth(html, VOID_TAGS, MAX_PARSE_DEPTH) > MAX_PARSE_DEPTH) return extractHostile(html, opts);

  // Readability modifies the DOM it reads, so metadata and the fallback use a second parse.
  const doc = parseDocument(html);
  const meta = extractMeta(doc, opts.url);

  const readable = runReadability(parseDocument(html));
  let text = readable?.content ? joinParagraphs(blockParagraphs(readable.content)) : '';
  if (text.length < MIN_ARTICLE_CHARS) {
    const fallback = bodyText(doc);
    if (proseScore(fallback) > proseScore(text)) text = fallback;
  }
  if (text.trim() === '') throw new SiftError('E_HTML_NO_TEXT', { what: opts.what });

  const out: HtmlArticle = { text, html };
  const title = meta.title ?? cleanField(readable?.title) ?? cleanField(doc.title) ?? cleanField(doc.querySelector('h1')?.textContent);
  if (title) out.title = title;
  const byline = meta.byline ?? cleanField(readable?.byline);
  if (byline) out.byline = byline;
  const published = meta.published ?? normaliseDate(readable?.publishedTime);
  if (published) setPublished(out, published, 'metadata');
  if (meta.canonicalUrl) out.canonicalUrl = meta.canonicalUrl;
  const siteName = meta.siteName ?? cleanField(readable?.siteName);
  if (siteName) out.siteName = siteName;
  if (meta.lang) out.lang = meta.lang;
  if (opts.url) out.url = opts.url;
  const domain = domainOf(opts.url) ?? domainOf(meta.canonicalUrl);
  if (domain) out.domain = domain;
  return out;
}

/** Text (and language) of a page too deeply nested to parse, by the linear tag stripper. */
function extractHostile(html: string, opts: HtmlOptions): HtmlArticle {
  const text = joinParagraphs(stripToParagraphs(html));
  if (text.trim() === '') throw new SiftError('E_HTML_NO_TEXT', { what: opts.what });
  const out: HtmlArticle = { text, html };
  const lang = htmlLang(html);
  if (lang) out.lang = lang;
  if (opts.url) out.url = opts.url;
  const domain = domainOf(opts.url);
  if (domain) out.domain = domain;
  return out;
}
