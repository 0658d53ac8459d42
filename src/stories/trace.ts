/**
 * A story's family tree: its earliest copy, the outlets and people its copies name as their
 * source, the original if it is in the corpus (in any language), a timeline with each copy's lag,
 * and what each copy added, dropped or changed relative to the base (the original, else the
 * earliest copy).
 */
import { analyze } from '../analyze.js';
import type { Doc } from '../doc/types.js';
import { outletDomains } from '../mentions/gazetteer.js';
import type { Store, Story, StoredArticle } from '../store/types.js';
import { nameKey } from '../mentions/keys.js';
import { diffArticles, type CopyDiff } from './diff.js';
import { stemName } from './fingerprint.js';

export interface ArticleRef {
  id: number;
  url: string | null;
  domain: string | null;
  title: string | null;
  published: string | null;
  lang: string;
}

export interface CitedSource {
  name: string;
  /** Number of copies citing it anywhere in a chain; as the first link; as the last link. */
  copies: number;
  asOutermost: number;
  asInnermost: number;
}

export interface StoryTrace {
  story: Story;
  earliest: ArticleRef;
  original: (ArticleRef & { reason: string }) | null;
  citedSources: CitedSource[];
  timeline: Array<ArticleRef & { lagHours: number | null; score: number | null }>;
  /** Base of the diffs: the original when found, else the earliest copy. */
  base: ArticleRef;
  copies: Array<{ article: ArticleRef; diff: CopyDiff }>;
}

const MAX_DIFFS = 50;

export async function traceStory(store: Store, storyId: number): Promise<StoryTrace | null> {
  const story = await store.getStory(storyId);
  if (!story) return null;
  const articles = await allArticles(store, storyId);
  if (articles.length === 0) return null;
  const ordered = [...articles].sort(byTime);
  const earliest = ordered[0]!;
  const cited = citedSources(articles);
  const original = findOriginal(ordered, cited);
  const base = original?.article ?? earliest;
  const t0 = timeOf(earliest);
  const baseDoc = docOf(base);
  const copies = ordered
    .filter((a) => a.id !== base.id)
    .slice(0, MAX_DIFFS)
    .map((a) => ({ article: ref(a), diff: diffArticles(baseDoc, docOf(a)) }));
  return {
    story,
    earliest: ref(earliest),
    original: original ? { ...ref(original.article), reason: original.reason } : null,
    citedSources: cited,
    timeline: ordered.map((a) => {
      const t = timeOf(a);
      return { ...ref(a), lagHours: t0 !== null && t !== null ? Math.round(((t - t0) / 3_600_000) * 10) / 10 : null, score: a.storyScore };
    }),
    base: ref(base),
    copies,
  };
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

/** Sources the copies cite, merged across scripts ("Геннадий Сухоруков" = "Gennady Sukhorukov"). */
function citedSources(articles: readonly StoredArticle[]): CitedSource[] {
  const by = new Map<string, CitedSource & { spellings: Map<string, number> }>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const chain of a.analysis.chains) {
      chain.forEach((name, i) => {
        const key = stemName(nameKey(name));
        let s = by.get(key);
        if (!s) by.set(key, (s = { name, copies: 0, asOutermost: 0, asInnermost: 0, spellings: new Map() }));
        s.spellings.set(name, (s.spellings.get(name) ?? 0) + 1);
        if (!seen.has(key)) {
          seen.add(key);
          s.copies++;
        }
        if (i === 0) s.asOutermost++;
        if (i === chain.length - 1 && chain.length > 1) s.asInnermost++;
      });
    }
  }
  return [...by.values()]
    .map(({ spellings, ...s }) => ({ ...s, name: [...spellings].sort((x, y) => y[1] - x[1])[0]![0] }))
    .sort((x, y) => y.copies - x.copies || y.asOutermost - x.asOutermost);
}

/** The original in the corpus: a copy published on a domain of an outlet the others cite. */
function findOriginal(ordered: readonly StoredArticle[], cited: readonly CitedSource[]): { article: StoredArticle; reason: string } | null {
  for (const source of cited) {
    const domains = outletDomains(source.name);
    if (domains.length === 0) continue;
    const hit = ordered.find((a) => a.domain && domains.some((d) => a.domain === d || a.domain!.endsWith(`.${d}`)));
    if (hit) return { article: hit, reason: `published on ${hit.domain}, a domain of ${source.name}, which ${source.copies} cop${source.copies === 1 ? 'y cites' : 'ies cite'}` };
  }
  const langs = new Map<string, number>();
  for (const a of ordered) langs.set(a.lang, (langs.get(a.lang) ?? 0) + 1);
  const first = ordered[0]!;
  if ((langs.get(first.lang) ?? 0) === 1 && ordered.length > 2) {
    return { article: first, reason: `earliest copy and the only one in ${first.lang}: the others look like translations of it` };
  }
  return null;
}

function docOf(a: StoredArticle): Doc {
  const article = { format: 'text' as const, text: a.text, lang: a.lang };
  return analyze(a.published ? { ...article, published: a.published } : article);
}

function timeOf(a: StoredArticle): number | null {
  const t = Date.parse(a.published ?? '');
  return Number.isFinite(t) ? t : null;
}

function byTime(a: StoredArticle, b: StoredArticle): number {
  const ta = timeOf(a) ?? Number.POSITIVE_INFINITY;
  const tb = timeOf(b) ?? Number.POSITIVE_INFINITY;
  return ta - tb || a.id - b.id;
}

export function ref(a: StoredArticle): ArticleRef {
  return { id: a.id, url: a.url ?? null, domain: a.domain ?? null, title: a.title ?? null, published: a.published ?? null, lang: a.lang };
}
