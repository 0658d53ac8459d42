/**
 * What both store backends share: input checks, time normalisation, row → API object mapping.
 */
import { DATE_PRECISIONS, DATE_SOURCES, coarserPrecision, precisionOf, type DatePrecision, type DateSource } from '../article/date.js';
import type { ArticleAnalysis, NewArticle, Story, StoredArticle, StoryFilter } from './types.js';

/** Longest anchor accepted (UTF-16 units); anchors are short keys, and PostgreSQL indexes them. */
export const MAX_ANCHOR_LENGTH = 512;
/** Longer source names are kept in the analysis but not indexed for `citing`. */
export const MAX_SOURCE_LENGTH = 512;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instant of an ISO 8601 time as a fixed-width UTC string (`2024-03-01T10:00:00.000Z`), so
 * that text order is time order; null when absent or unparseable. A date and time without an
 * offset is read as UTC (never as the machine's local time, which would vary between machines).
 */
export function utcKey(iso: string | undefined | null): string | null {
  if (iso === undefined || iso === null) return null;
  const s = iso.trim();
  const t = Date.parse(LOCAL_DATE_TIME.test(s) ? `${s.replace(' ', 'T')}Z` : s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  return y >= 0 && y <= 9999 ? d.toISOString() : null;
}

/** The `[since, until]` bounds of a story filter as UTC keys; a date-only `until` covers its whole day. */
export function filterRange(filter: StoryFilter): { since: string | null; until: string | null } {
  const since = filter.since === undefined ? null : utcKey(filter.since);
  if (filter.since !== undefined && since === null) throw new TypeError(`listStories: since is not an ISO 8601 time: ${JSON.stringify(filter.since)}`);
  let until: string | null = null;
  if (filter.until !== undefined) {
    const u = filter.until.trim();
    until = DATE_ONLY.test(u) ? utcKey(`${u}T23:59:59.999Z`) : utcKey(u);
    if (until === null) throw new TypeError(`listStories: until is not an ISO 8601 time: ${JSON.stringify(filter.until)}`);
  }
  return { since, until };
}

/** The key under which a source name is indexed for `citing` (case- and space-insensitive). */
export function sourceKey(name: string): string {
  if (typeof name !== 'string') throw new TypeError(`analysis.sources must hold strings, got ${typeof name}`);
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** De-duplicated, indexable source keys of an analysis (throws on a non-string source). */
export function sourceKeys(analysis: ArticleAnalysis): string[] {
  const out = new Set<string>();
  for (const s of analysis.sources ?? []) {
    const k = sourceKey(s);
    if (k !== '' && k.length <= MAX_SOURCE_LENGTH) out.add(k);
  }
  return [...out];
}

/** Checks one anchor as it is stored (called inside the insert transaction). */
export function checkAnchor(anchor: string): void {
  if (typeof anchor !== 'string') throw new TypeError(`anchors must be strings, got ${typeof anchor}`);
  if (anchor.includes('\u0000')) throw new TypeError('anchors cannot contain NUL characters (U+0000)');
  if (anchor.length > MAX_ANCHOR_LENGTH) throw new RangeError(`anchor longer than ${MAX_ANCHOR_LENGTH} characters: ${JSON.stringify(anchor.slice(0, 40))}…`);
}

/** The anchors in first-seen order without repeats. */
export function uniqueAnchors(anchors: readonly string[]): string[] {
  return [...new Set(anchors)];
}

/** Domain as counted for a story's distinct domains. */
export function domainKey(domain: string | undefined): string | null {
  if (domain === undefined) return null;
  const d = domain.trim().toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  return d === '' ? null : d;
}

/** Checks the fields the schema requires before any write (misuse → TypeError). */
export function checkNewArticle(a: NewArticle): void {
  if (typeof a !== 'object' || a === null) throw new TypeError('insertArticle: article must be an object');
  if (typeof a.key !== 'string' || a.key === '') throw new TypeError('insertArticle: article.key must be a non-empty string');
  if (typeof a.lang !== 'string') throw new TypeError('insertArticle: article.lang must be a string');
  if (typeof a.text !== 'string') throw new TypeError('insertArticle: article.text must be a string');
  if (typeof a.analysis !== 'object' || a.analysis === null) throw new TypeError('insertArticle: article.analysis must be an object');
  // PostgreSQL text and jsonb cannot hold U+0000; both backends refuse it so they stay alike.
  for (const f of ['key', 'url', 'domain', 'title', 'published', 'lang', 'text', 'html', 'origin'] as const) {
    const v = a[f];
    if (typeof v === 'string' && v.includes('\u0000')) throw new TypeError(`insertArticle: article.${f} contains a NUL character (U+0000); remove it before storing`);
  }
  if (a.publishedPrecision !== undefined && !DATE_PRECISIONS.includes(a.publishedPrecision)) {
    throw new TypeError(`insertArticle: article.publishedPrecision must be one of ${DATE_PRECISIONS.join(', ')}, got ${JSON.stringify(a.publishedPrecision)}`);
  }
  if (a.publishedSource !== undefined && !DATE_SOURCES.includes(a.publishedSource)) {
    throw new TypeError(`insertArticle: article.publishedSource must be one of ${DATE_SOURCES.join(', ')}, got ${JSON.stringify(a.publishedSource)}`);
  }
  const own = precisionOf(a.published);
  if (a.publishedPrecision !== undefined && own !== undefined && coarserPrecision(own, a.publishedPrecision) !== a.publishedPrecision) {
    throw new TypeError(`insertArticle: article.publishedPrecision ${a.publishedPrecision} is finer than published ${JSON.stringify(a.published)}`);
  }
  let nul = false;
  JSON.stringify(a.analysis, (k: string, v: unknown) => {
    if (k.includes('\u0000') || (typeof v === 'string' && v.includes('\u0000'))) nul = true;
    return v;
  });
  if (nul) throw new TypeError('insertArticle: article.analysis contains a NUL character (U+0000); remove it before storing');
}

export function checkIds(ids: readonly number[], what: string): number[] {
  const out: number[] = [];
  for (const id of ids) {
    if (!Number.isSafeInteger(id)) throw new TypeError(`${what}: ids must be integers, got ${String(id)}`);
    out.push(id);
  }
  return [...new Set(out)];
}

export function checkCount(n: number | undefined, what: string): number | null {
  if (n === undefined) return null;
  if (!Number.isSafeInteger(n) || n < 0) throw new TypeError(`${what} must be a non-negative integer, got ${String(n)}`);
  return n;
}

/**
 * The `published_precision` and `published_source` columns of a new article: null without
 * `published`; else the given values, or the string's own precision and `metadata`.
 */
export function publishedColumns(a: NewArticle): { precision: DatePrecision | null; source: DateSource | null } {
  if (a.published === undefined || a.published === null) return { precision: null, source: null };
  return { precision: a.publishedPrecision ?? precisionOf(a.published) ?? null, source: a.publishedSource ?? 'metadata' };
}

/** An article row as both backends select it (column names as in the schema). */
export interface ArticleRow {
  id: number | string;
  key: string;
  url: string | null;
  domain: string | null;
  title: string | null;
  published: string | null;
  published_precision: string | null;
  published_source: string | null;
  lang: string;
  text: string;
  html: string | null;
  origin: string | null;
  analysis: string | ArticleAnalysis;
  ingested_at: string;
  story_id: number | string | null;
  story_score: number | null;
}

export const ARTICLE_COLUMNS = 'id, key, url, domain, title, published, published_precision, published_source, lang, text, html, origin, analysis, ingested_at, story_id, story_score';

export function toArticle(r: ArticleRow): StoredArticle {
  const a: StoredArticle = {
    id: Number(r.id),
    key: r.key,
    lang: r.lang,
    text: r.text,
    analysis: typeof r.analysis === 'string' ? (JSON.parse(r.analysis) as ArticleAnalysis) : r.analysis,
    ingestedAt: r.ingested_at,
    storyId: r.story_id === null ? null : Number(r.story_id),
    storyScore: r.story_score === null ? null : Number(r.story_score),
  };
  if (r.url !== null) a.url = r.url;
  if (r.domain !== null) a.domain = r.domain;
  if (r.title !== null) a.title = r.title;
  if (r.published !== null) {
    a.published = r.published;
    // Rows stored before the columns existed (migration 3) hold NULL: their precision is the
    // string's own, and their dates all came from metadata (there were no fallbacks then).
    const precision = (r.published_precision as DatePrecision | null) ?? precisionOf(r.published);
    if (precision) a.publishedPrecision = precision;
    a.publishedSource = (r.published_source as DateSource | null) ?? 'metadata';
  }
  if (r.html !== null) a.html = r.html;
  if (r.origin !== null) a.origin = r.origin;
  return a;
}

export interface StoryRow {
  id: number | string;
  articles: number;
  domains: number;
  first_published: string | null;
  last_published: string | null;
  title: string | null;
  created_at: string;
}

export const STORY_COLUMNS = 'id, articles, domains, first_published, last_published, title, created_at';

export function toStory(r: StoryRow): Story {
  return {
    id: Number(r.id),
    articles: Number(r.articles),
    domains: Number(r.domains),
    firstPublished: r.first_published,
    lastPublished: r.last_published,
    title: r.title,
    createdAt: r.created_at,
  };
}

/** Candidates from (anchor, article id) pairs: most shared anchors first, then newest. */
export function groupCandidates(pairs: Iterable<[string, number]>, order: readonly string[]): Array<{ articleId: number; anchors: string[] }> {
  const rank = new Map(order.map((a, i) => [a, i]));
  // Ranks of each article's anchors; pairs usually come anchor by anchor, already in order.
  const by = new Map<number, number[]>();
  let sorted = true;
  for (const [anchor, id] of pairs) {
    const r = rank.get(anchor) ?? 0;
    const list = by.get(id);
    if (!list) by.set(id, [r]);
    else {
      if (r < list[list.length - 1]!) sorted = false;
      list.push(r);
    }
  }
  const out = [...by].map(([articleId, ranks]) => ({ articleId, anchors: (sorted ? ranks : ranks.sort((x, y) => x - y)).map((r) => order[r]!) }));
  out.sort((x, y) => y.anchors.length - x.anchors.length || y.articleId - x.articleId);
  return out;
}

/** Keeps `order`'s order for rows looked up by id. */
export function inOrder<T extends { id: number }>(rows: T[], ids: readonly number[]): T[] {
  const by = new Map(rows.map((r) => [r.id, r]));
  const out: T[] = [];
  for (const id of ids) {
    const r = by.get(id);
    if (r) out.push(r);
  }
  return out;
}

/** `user:secret@` → `user@`, and `password=` query parameters dropped. */
export function redactUrl(spec: string): string {
  try {
    const u = new URL(spec);
    u.password = '';
    for (const k of [...u.searchParams.keys()]) if (/^(password|sslpassword|sslkey)$/i.test(k)) u.searchParams.delete(k);
    return u.toString();
  } catch {
    return spec.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1@');
  }
}

export function errorDetail(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] ?? e.name;
  return String(e);
}
