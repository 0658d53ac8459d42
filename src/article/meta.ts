/**
 * Page metadata: title, byline, publication time, canonical URL, site name, language.
 * Read from `<meta>` tags, `[itemprop]`, JSON-LD, `<link rel=canonical>`, `<time>` and `<html lang>`.
 */
import {
  ARTICLE_LD_TYPES,
  BYLINE_KEYS,
  LANG_KEYS,
  PUBLISHED_KEYS,
  PUBLISHED_KEYS_EXTRA,
  SITE_NAME_KEYS,
  TITLE_KEYS,
  URL_KEYS,
} from './data/html.js';
import { coarserPrecision, dateInterval, parseDate, type ParsedDate } from './date.js';
import { arrayOf, type DomDocument } from './dom.js';

export interface PageMeta {
  title?: string;
  byline?: string;
  published?: string;
  canonicalUrl?: string;
  siteName?: string;
  lang?: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const MAX_FIELD = 300;

/** Collapses whitespace; drops empty or absurdly long values. */
export function cleanField(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/\s+/g, ' ').trim();
  return s === '' || s.length > MAX_FIELD ? undefined : s;
}

/** `<meta>` contents by lower-cased `property`, `name` and `itemprop` (first occurrence wins). */
function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of arrayOf(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content.trim());
    }
  }
  return map;
}

function firstOf(map: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = map.get(k);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Every JSON-LD object on the page, flattened through arrays and `@graph`. */
function jsonLdObjects(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json, depth: number): void => {
    if (depth > 8 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    out.push(v);
    const graph = v['@graph'];
    if (graph !== undefined) visit(graph, depth + 1);
  };
  for (const script of arrayOf(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '');
    try {
      visit(JSON.parse(raw) as Json, 0);
    } catch {
      // Broken JSON-LD is common; ignore it.
    }
  }
  return out;
}

function ldTypes(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The JSON-LD object describing the article (or the first that has `datePublished`). */
function articleLd(objects: JsonObject[]): JsonObject | undefined {
  return objects.find((o) => ldTypes(o).some((t) => ARTICLE_LD_TYPES.test(t))) ?? objects.find((o) => typeof o['datePublished'] === 'string');
}

/** A name out of a JSON-LD person/organisation value (string, object or array). */
function ldName(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return cleanField(v);
  if (Array.isArray(v)) {
    const names = v.map((x) => ldName(x)).filter((x): x is string => x !== undefined);
    return names.length > 0 ? cleanField(names.join(', ')) : undefined;
  }
  if (v && typeof v === 'object') return cleanField(v['name']);
  return undefined;
}

/** An absolute http(s) URL, resolving `href` against `base` when relative. */
export function absoluteHttpUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function publishedTime(doc: DomDocument, meta: Map<string, string>, ld: JsonObject | undefined): string | undefined {
  const candidates: Array<() => string | null | undefined> = [
    () => firstOf(meta, PUBLISHED_KEYS),
    ...arrayOf(doc.querySelectorAll('[itemprop="datePublished"]')).map(
      (el) => () => el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent,
    ),
    () => (ld && typeof ld['datePublished'] === 'string' ? ld['datePublished'] : undefined),
    () => firstOf(meta, PUBLISHED_KEYS_EXTRA),
    () => (doc.querySelector('time[pubdate][datetime]') ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]'))?.getAttribute('datetime'),
  ];
  // The first date at day or time precision wins. A coarser one ("2025-12") is kept only until a
  // later candidate gives a finer date inside it.
  let coarse: ParsedDate | undefined;
  for (const get of candidates) {
    const date = parseDate(get());
    if (!date) continue;
    const fine = date.precision === 'day' || date.precision === 'time';
    if (coarse === undefined) {
      if (fine) return date.iso;
      coarse = date;
    } else if (within(date, coarse)) {
      if (fine) return date.iso;
      if (coarserPrecision(date.precision, coarse.precision) === coarse.precision) coarse = date;
    }
  }
  return coarse?.iso;
}

/** True when `inner` lies inside the span `outer` stands for. */
function within(inner: ParsedDate, outer: ParsedDate): boolean {
  const a = dateInterval(inner.iso);
  const b = dateInterval(outer.iso);
  return a !== undefined && b !== undefined && a.start >= b.start && a.end <= b.end;
}

function isUrlish(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Extracts page metadata; `url` (where the page came from) resolves relative canonical links. */
export function extractMeta(doc: DomDocument, url?: string): PageMeta {
  const meta = metaMap(doc);
  const ld = articleLd(jsonLdObjects(doc));
  const out: PageMeta = {};

  // Declared titles only; html.ts falls back to Readability's cleaned-up <title>, then <title> and <h1>.
  const title = cleanField(firstOf(meta, TITLE_KEYS)) ?? cleanField(ld?.['headline']);
  if (title) out.title = title;

  const bylineMeta = cleanField(firstOf(meta, BYLINE_KEYS));
  const byline = (bylineMeta && !isUrlish(bylineMeta) ? bylineMeta : undefined) ?? ldName(ld?.['author']);
  if (byline) out.byline = byline;

  const published = publishedTime(doc, meta, ld);
  if (published) out.published = published;

  const ogUrl = absoluteHttpUrl(firstOf(meta, URL_KEYS), url);
  const base = url ?? absoluteHttpUrl(doc.querySelector('base[href]')?.getAttribute('href')) ?? ogUrl;
  const canonical = absoluteHttpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), base) ?? ogUrl;
  if (canonical) out.canonicalUrl = canonical;

  const siteName = cleanField(firstOf(meta, SITE_NAME_KEYS)) ?? ldName(ld?.['publisher']);
  if (siteName) out.siteName = siteName;

  const lang = cleanField(doc.documentElement.getAttribute('lang')) ?? cleanField(firstOf(meta, LANG_KEYS))?.split(',')[0]?.trim();
  if (lang) out.lang = lang.replace(/_/g, '-');

  return out;
}

/** Host name without a leading `www.`, or undefined when `url` is not an http(s) URL. */
export function domainOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    const host = u.hostname.toLowerCase().replace(/\.$/, '');
    return host.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
