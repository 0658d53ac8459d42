/**
 * `sift eval stories`: story clustering scored against a labelled corpus (samples/corpus).
 *
 * The corpus (`articles.jsonl` + `labels.json`) is ingested in publication order into a fresh
 * store — through `sift ingest`'s loop, or directly (`storeArticle`, the step that loop takes
 * for each article) — and the stories the store ends up with are
 * compared with the gold stories: B-cubed and pairwise precision/recall/F1, independent and
 * unrelated articles merged into a rewrite story, per-story purity, and per-kind recall (share of
 * rewrites, verbatim copies and translations that landed in their original's story).
 */
import { corpusArticle } from '../corpus/article.js';
import { urlKey } from '../ingest/key.js';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SiftError } from '../errors/catalogue.js';
import { openStore } from '../store/open.js';
import { ingest } from '../ingest/run.js';
import { storeArticle } from '../ingest/store-article.js';
import type { Store, StoredArticle } from '../store/types.js';
import { bcubed, clustersOf, pairwise, type BCubed, type Pairwise } from './bcubed.js';
import { loadCorpus } from '../corpus/load.js';
import { publicationOrder } from '../corpus/order.js';
import type { ArticleKind, Corpus, CorpusArticle, CorpusLabels, StoryLabel } from '../corpus/types.js';

// ---------------------------------------------------------------------------------------------
// Scoring (pure)

export interface StoryRow {
  story: string;
  kind: StoryLabel['kind'];
  articles: number;
  /** Predicted stories its articles are spread over. */
  clusters: number;
  /** The predicted story holding most of its articles: its size, and how many of them are this story's. */
  bestClusterSize: number;
  inBest: number;
  /** in_best / best_cluster_size. */
  purity: number;
  /** in_best / articles. */
  coverage: number;
  /** Articles of other gold stories inside the best predicted story. */
  intruders: Array<{ id: string; story: string; kind: ArticleKind }>;
}

export interface KindRecall {
  articles: number;
  /** In the same predicted story as their story's original. */
  withOriginal: number;
  share: number;
}

export interface StoriesScores {
  articles: number;
  storiesGold: number;
  storiesPredicted: number;
  bcubed: BCubed;
  pairwise: Pairwise;
  /** Independent articles whose predicted story holds an article of a gold rewrite story (must be 0). */
  independentMerged: number;
  independentMergedIds: string[];
  /** Unrelated articles whose predicted story holds an article of a gold rewrite story. */
  unrelatedMerged: number;
  unrelatedMergedIds: string[];
  /** Predicted stories that mix articles of more than one gold story. */
  mixedPredicted: number;
  byKind: Partial<Record<'rewrite' | 'verbatim' | 'translation', KindRecall>>;
  /** One row per gold rewrite story, then any other gold story that was merged with something. */
  stories: StoryRow[];
}

/**
 * Scores predicted story ids (article id → predicted story label; a missing article counts as a
 * story of its own) against the labels.
 */
export function scoreStories(labels: CorpusLabels, predicted: ReadonlyMap<string, string>, articleIds?: readonly string[]): StoriesScores {
  const ids = articleIds ?? Object.keys(labels.articles);
  const gold = new Map<string, string>();
  for (const id of ids) gold.set(id, labels.articles[id]!.story);
  const pred = new Map<string, string>();
  for (const id of ids) pred.set(id, predicted.get(id) ?? `\u0000alone:${id}`);
  const predClusters = clustersOf(pred);
  const goldClusters = clustersOf(gold);
  const storyKind = (s: string): StoryLabel['kind'] => labels.stories[s]?.kind ?? 'unrelated';

  const mergedWithRewrite = (kind: ArticleKind): string[] =>
    ids.filter((id) => {
      const l = labels.articles[id]!;
      if (l.kind !== kind) return false;
      return predClusters.get(pred.get(id)!)!.some((o) => o !== id && storyKind(labels.articles[o]!.story) === 'rewrite');
    });
  const independentMerged = mergedWithRewrite('independent');
  const unrelatedMerged = mergedWithRewrite('unrelated');

  let mixed = 0;
  for (const members of predClusters.values()) if (new Set(members.map((m) => gold.get(m))).size > 1) mixed++;

  const byKind: StoriesScores['byKind'] = {};
  for (const kind of ['rewrite', 'verbatim', 'translation'] as const) {
    const of = ids.filter((id) => labels.articles[id]!.kind === kind);
    if (of.length === 0) continue;
    const withOriginal = of.filter((id) => {
      const original = labels.stories[labels.articles[id]!.story]?.original;
      return typeof original === 'string' && gold.has(original) && pred.get(original) === pred.get(id);
    }).length;
    byKind[kind] = { articles: of.length, withOriginal, share: withOriginal / of.length };
  }

  const rows: StoryRow[] = [];
  for (const [story, members] of goldClusters) {
    const count = new Map<string, number>();
    for (const m of members) count.set(pred.get(m)!, (count.get(pred.get(m)!) ?? 0) + 1);
    let best = '';
    let inBest = -1;
    for (const [c, n] of count) {
      if (n > inBest || (n === inBest && predClusters.get(c)!.length < predClusters.get(best)!.length)) {
        best = c;
        inBest = n;
      }
    }
    const bestMembers = predClusters.get(best)!;
    const intruders = bestMembers.filter((m) => gold.get(m) !== story).map((m) => ({ id: m, story: gold.get(m)!, kind: labels.articles[m]!.kind }));
    const kind = storyKind(story);
    if (kind !== 'rewrite' && intruders.length === 0) continue;
    rows.push({
      story,
      kind,
      articles: members.length,
      clusters: count.size,
      bestClusterSize: bestMembers.length,
      inBest: inBest,
      purity: inBest / bestMembers.length,
      coverage: inBest / members.length,
      intruders,
    });
  }
  rows.sort((a, b) => (a.kind === 'rewrite' ? 0 : 1) - (b.kind === 'rewrite' ? 0 : 1) || (a.story < b.story ? -1 : 1));

  return {
    articles: ids.length,
    storiesGold: goldClusters.size,
    storiesPredicted: predClusters.size,
    bcubed: bcubed(gold, pred),
    pairwise: pairwise(gold, pred),
    independentMerged: independentMerged.length,
    independentMergedIds: independentMerged,
    unrelatedMerged: unrelatedMerged.length,
    unrelatedMergedIds: unrelatedMerged,
    mixedPredicted: mixed,
    byKind: byKind,
    stories: rows,
  };
}

// ---------------------------------------------------------------------------------------------
// Ingest and evaluate

export interface StoriesReport extends StoriesScores {
  corpus: string;
  /** How the corpus was stored: through `sift ingest`'s loop, or the same steps called directly. */
  pipeline: 'ingest' | 'direct';
  /** The store file when kept (--db), else null (a temporary store, removed afterwards). */
  store: string | null;
  /** Articles the ingest reported as issues (not stored; they count as stories of their own). */
  ingestIssues: number;
  /** Arrival order: the seed placing undated articles, and how many were undated. */
  order: { seed: number; undated: number };
  elapsedMs: number;
}

export interface EvalStoriesOptions {
  /** Keep the store in this file (must not exist yet) instead of a temporary one. */
  db?: string;
  /** `ingest`: through `sift ingest`'s loop (the default); `direct`: `storeArticle` on each article. */
  pipeline?: 'ingest' | 'direct';
  /** Seed of the arrival positions of undated articles (publicationOrder); default 1. */
  seed?: number;
}

/** Stores the corpus article by article in publication order: `storeArticle`, as `sift ingest`'s loop does, without its reading, workers and batches. */
async function ingestDirect(corpus: Corpus, ordered: readonly CorpusArticle[], store: Store): Promise<void> {
  for (const a of ordered) {
    const line = corpus.lines.get(a.id)!;
    await storeArticle(store, corpusArticle(corpus, a), { origin: `${corpus.file}:${line}` });
  }
}

/** A labelled corpus stored in a fresh store, as `sift ingest` stores it (see `ingestCorpus`). */
export interface IngestedCorpus {
  store: Store;
  /** The store file. */
  dbPath: string;
  pipeline: 'ingest' | 'direct';
  /** Articles the ingest reported as issues (not stored). */
  issues: number;
  /** Corpus article id → stored article (by URL). */
  stored: Map<string, StoredArticle>;
  /** Closes the store and removes its temporary folder (a store given by `db` is kept). */
  close(): Promise<void>;
}

/**
 * Stores a corpus in a fresh store in publication order (`publicationOrder`, undated articles at
 * seeded positions): through `sift ingest`'s loop, or directly (`storeArticle` on each article,
 * the step that loop takes). The caller reads the store, then calls `close`.
 */
export async function ingestCorpus(corpus: Corpus, opts: EvalStoriesOptions = {}): Promise<IngestedCorpus> {
  const seed = opts.seed ?? 1;
  const ordered = publicationOrder(corpus.articles, seed);
  if (opts.db !== undefined && existsSync(opts.db)) {
    throw new SiftError('E_USAGE', { detail: `--db ${opts.db} already exists; the evaluation needs a fresh store (remove it or name a new file)` });
  }
  const tmp = mkdtempSync(join(tmpdir(), 'sift-eval-'));
  const dbPath = opts.db !== undefined ? resolve(opts.db) : join(tmp, 'corpus.db');
  let store: Store | undefined;
  try {
    store = await openStore(dbPath);
    const pipeline = opts.pipeline ?? 'ingest';
    let issues = 0;
    if (pipeline === 'ingest') {
      // A copy sorted by publication time: ingest stores in input order.
      const sorted = join(tmp, 'articles.jsonl');
      writeFileSync(sorted, ordered.map((a) => `${JSON.stringify(a)}\n`).join(''));
      const summary = await ingest([sorted], store, { noFetch: true, concurrency: 1 });
      issues = summary.issues.length;
    } else {
      await ingestDirect(corpus, ordered, store);
    }
    const byUrl = new Map(corpus.articles.map((a) => [urlKey(a.url), a.id]));
    const stored = new Map<string, StoredArticle>();
    let afterId = 0;
    for (;;) {
      const page = await store.listArticles({ afterId, limit: 500 });
      if (page.length === 0) break;
      for (const s of page) {
        const id = s.url !== undefined ? byUrl.get(urlKey(s.url)) : undefined;
        if (id !== undefined) stored.set(id, s);
      }
      afterId = page[page.length - 1]!.id;
    }
    const opened = store;
    return {
      store: opened,
      dbPath,
      pipeline,
      issues,
      stored,
      async close() {
        await opened.close();
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await store?.close();
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

export async function evalStories(folder: string, opts: EvalStoriesOptions = {}): Promise<StoriesReport> {
  const started = performance.now();
  const corpus = loadCorpus(folder);
  const seed = opts.seed ?? 1;
  const ing = await ingestCorpus(corpus, opts);
  try {
    const predicted = new Map<string, string>();
    for (const [id, s] of ing.stored) predicted.set(id, s.storyId === null ? `article:${s.id}` : `story:${s.storyId}`);
    const scores = scoreStories(
      corpus.labels,
      predicted,
      corpus.articles.map((a) => a.id),
    );
    return {
      corpus: corpus.folder,
      pipeline: ing.pipeline,
      store: opts.db !== undefined ? ing.dbPath : null,
      ingestIssues: ing.issues,
      order: { seed, undated: corpus.articles.filter((a) => a.published === undefined).length },
      ...scores,
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    await ing.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Table

const f3 = (x: number): string => x.toFixed(3);
/** The gold-story column grows with the longest label up to this width; longer ones are clipped. */
const STORY_COLUMN_MAX = 48;
const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export function storiesTable(r: StoriesReport): string {
  let out = `Stories on ${r.corpus}: ${r.articles} articles, ${r.storiesGold} gold stories, ${r.storiesPredicted} predicted (pipeline: ${r.pipeline}${r.store ? `, store ${r.store}` : ''})\n`;
  out += `  ${''.padEnd(22)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}\n`;
  out += `  ${'B-cubed'.padEnd(22)}${f3(r.bcubed.precision).padStart(7)}${f3(r.bcubed.recall).padStart(7)}${f3(r.bcubed.f1).padStart(7)}\n`;
  out += `  ${'pairwise'.padEnd(22)}${f3(r.pairwise.precision).padStart(7)}${f3(r.pairwise.recall).padStart(7)}${f3(r.pairwise.f1).padStart(7)}  links: tp ${r.pairwise.tp}, gold ${r.pairwise.gold}, predicted ${r.pairwise.predicted}\n`;
  out += `  independent articles merged into a rewrite story: ${r.independentMerged}${r.independentMerged ? ` (${r.independentMergedIds.join(', ')})` : ''}\n`;
  out += `  unrelated articles merged into a rewrite story: ${r.unrelatedMerged}${r.unrelatedMerged ? ` (${r.unrelatedMergedIds.join(', ')})` : ''}\n`;
  out += `  predicted stories mixing gold stories: ${r.mixedPredicted}\n`;
  for (const [k, v] of Object.entries(r.byKind)) out += `  ${`${k}s with their original`.padEnd(34)}${String(v.withOriginal).padStart(4)} / ${String(v.articles).padEnd(4)} ${f3(v.share)}\n`;
  const width = Math.min(STORY_COLUMN_MAX, Math.max(12, ...r.stories.map((s) => s.story.length + 2)));
  out += `\n  ${'gold story'.padEnd(width)}${'kind'.padEnd(12)}${'arts'.padStart(5)}${'split'.padStart(6)}${'best'.padStart(6)}${'purity'.padStart(8)}${'cover'.padStart(7)}  intruders\n`;
  for (const s of r.stories) {
    const intr = s.intruders.length ? s.intruders.map((i) => `${i.id} ${i.kind}`).join(', ') : '';
    out += `  ${clip(s.story, width - 2).padEnd(width)}${s.kind.padEnd(12)}${String(s.articles).padStart(5)}${String(s.clusters).padStart(6)}${String(s.bestClusterSize).padStart(6)}${f3(s.purity).padStart(8)}${f3(s.coverage).padStart(7)}  ${intr}\n`;
  }
  if (r.ingestIssues) out += `  warning: ingest reported ${r.ingestIssues} issue(s); those articles count as stories of their own\n`;
  out += `  (${r.elapsedMs} ms)\n`;
  return out;
}
