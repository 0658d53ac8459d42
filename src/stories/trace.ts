/**
 * A story's family tree: where it comes from (the original when it is in the corpus, in any
 * language and dated or not; else "not in corpus", with the sources the copies cite, outlets
 * first), its earliest copy with how well its time is known, a timeline with each copy's lag, and
 * what each copy added, dropped or changed relative to the base (the original, else the earliest
 * copy). See `origin.ts` for the rules and docs/stories.md for the JSON fields.
 */
import { analyze } from '../analyze.js';
import type { Doc } from '../doc/types.js';
import type { Store, Story, StoredArticle } from '../store/types.js';
import type { DatePrecision, DateSource } from '../article/date.js';
import { diffArticles, type CopyDiff } from './diff.js';
import { byTime, citedSources, earliestCopy, findOriginal, timingOf, type CitedSource, type OriginBasis, type TimePrecision } from './origin.js';

export type { CitedSource, OriginBasis, TimePrecision } from './origin.js';

export interface ArticleRef {
  id: number;
  url: string | null;
  domain: string | null;
  title: string | null;
  published: string | null;
  /** How precise `published` is and where it came from (src/article/date.ts), when it is known. */
  publishedPrecision?: DatePrecision;
  publishedSource?: DateSource;
  lang: string;
}

export interface Origin {
  /** Whether the original — the copy published by the outlet the copies cite — is in the corpus. */
  status: 'in-corpus' | 'not-in-corpus';
  /** The original, when in the corpus. */
  article: ArticleRef | null;
  /** `cited-outlet`: on a domain of an outlet the copies cite; `outlet-domain`: weaker, see `reason`. */
  basis: OriginBasis | null;
  reason: string;
  /** The earliest copy and how well its time is known, or null when no copy is dated. */
  earliest: (ArticleRef & { precision: TimePrecision; couldBeEarlier: number[]; undated: number[] }) | null;
  /** The sources the copies cite, outlets first, then by the number of copies citing them. */
  sources: CitedSource[];
}

export interface StoryTrace {
  story: Story;
  origin: Origin;
  /** The first copy in time (undated copies last; the first stored when none is dated). */
  earliest: ArticleRef;
  original: (ArticleRef & { reason: string }) | null;
  citedSources: CitedSource[];
  timeline: Array<ArticleRef & { lagHours: number | null; precision: TimePrecision; score: number | null }>;
  /** Base of the diffs: the original when found, else the earliest copy. */
  base: ArticleRef;
  copies: Array<{ article: ArticleRef; diff: CopyDiff }>;
}

const MAX_DIFFS = 50;

export async function traceStory(store: Store, storyId: number): Promise<StoryTrace | null> {
  const story = await store.getStory(storyId);
  if (!story) return null;
  const articles = await allArticles(store, storyId);
  return articles.length === 0 ? null : traceArticles(story, articles);
}

/** The trace of a story's articles (any order), without a store. */
export function traceArticles(story: Story, articles: readonly StoredArticle[]): StoryTrace {
  const ordered = [...articles].sort(byTime);
  const first = earliestCopy(ordered);
  const cited = citedSources(ordered);
  const found = findOriginal(ordered, cited);
  const base = found?.article ?? first.article;
  const t0 = timingOf(first.article.published).start;
  const baseDoc = docOf(base);
  const copies = ordered
    .filter((a) => a.id !== base.id)
    .slice(0, MAX_DIFFS)
    .map((a) => ({ article: ref(a), diff: diffArticles(baseDoc, docOf(a)) }));
  const sources: CitedSource[] = cited.map(({ citers: _citers, namers: _namers, ...s }) => s);
  const earliest = first.precision === 'none' ? null : { ...ref(first.article), precision: first.precision, couldBeEarlier: first.couldBeEarlier, undated: first.undated };
  const origin: Origin = found
    ? { status: 'in-corpus', article: ref(found.article), basis: found.basis, reason: found.reason, earliest, sources }
    : { status: 'not-in-corpus', article: null, basis: null, reason: notFoundReason(sources, ordered), earliest, sources };
  return {
    story,
    origin,
    earliest: ref(first.article),
    original: found ? { ...ref(found.article), reason: found.reason } : null,
    citedSources: sources,
    timeline: ordered.map((a) => {
      const t = timingOf(a.published);
      const lagHours = t0 !== null && t.start !== null ? Math.round(((t.start - t0) / 3_600_000) * 10) / 10 : null;
      return { ...ref(a), lagHours, precision: t.precision, score: a.storyScore };
    }),
    base: ref(base),
    copies,
  };
}

function notFoundReason(sources: readonly CitedSource[], ordered: readonly StoredArticle[]): string {
  const outlets = sources.filter((s) => s.kind === 'outlet');
  if (outlets.length === 0) return sources.length > 0 ? 'the copies name no outlet as their source, and none is published on an outlet’s own domain' : 'the copies name no source';
  const missing = outlets.filter((s) => s.inCorpus === null).map((s) => s.name);
  const present = outlets.filter((s) => s.inCorpus !== null);
  let out = missing.length > 0 ? `no copy is published on a domain of ${missing.join(', ')}, which the copies name` : '';
  for (const s of present) {
    const page = ordered.find((a) => a.id === s.inCorpus);
    const note = `#${s.inCorpus} (${page?.domain ?? '?'}) is ${s.name}'s page, but no other copy names ${s.name}`;
    out = out ? `${out}; ${note}` : note;
  }
  return out;
}

async function allArticles(store: Store, storyId: number): Promise<StoredArticle[]> {
  const out: StoredArticle[] = [];
  let afterId: number | undefined;
  for (;;) {
    const page = await store.listArticles(afterId === undefined ? { storyId, limit: 500 } : { storyId, afterId, limit: 500 });
    out.push(...page);
    if (page.length < 500) return out;
    afterId = page[page.length - 1]!.id;
  }
}

function docOf(a: StoredArticle): Doc {
  const article = { format: 'text' as const, text: a.text, lang: a.lang };
  return analyze(a.published ? { ...article, published: a.published } : article);
}

export function ref(a: StoredArticle): ArticleRef {
  const r: ArticleRef = { id: a.id, url: a.url ?? null, domain: a.domain ?? null, title: a.title ?? null, published: a.published ?? null, lang: a.lang };
  if (a.publishedPrecision) r.publishedPrecision = a.publishedPrecision;
  if (a.publishedSource) r.publishedSource = a.publishedSource;
  return r;
}
