/**
 * `sift ingest`, the loop: inputs → source items → fetch stage → key check (stored articles are
 * skipped before any analysis) → analysis (worker threads, running ahead) → then strictly one at a
 * time and in input order: match a story → insert. Fetching and analysis run ahead concurrently
 * (bounded); matching and inserting never do, so each article's story assignment sees every
 * article stored before it, and results do not depend on threads or timing. Inserts are grouped
 * into write batches (batch.ts): each insert still all-or-nothing, a commit every ~1 s.
 * Bad items become issues; store failures end the run.
 */
import { availableParallelism } from 'node:os';
import { SiftError } from '../errors/catalogue.js';
import type { Store } from '../store/types.js';
import { Analyzer } from './analyzer.js';
import { DEFAULT_BATCH, WriteBatch, type BatchLimits } from './batch.js';
import { ANALYSIS_LOOKAHEAD, DEFAULT_CONCURRENCY } from './data/limits.js';
import { fetchStage } from './fetcher.js';
import { issueFrom } from './issues.js';
import { articleKey } from './key.js';
import { mapOrdered } from './pool.js';
import type { PrepareResult, Prepared } from './prepare.js';
import { readInputs } from './sources/index.js';
import { storeArticle } from './store-article.js';
import type { ArticleItem, Issue, ReadyItem, SourceOptions } from './types.js';

export interface IngestOptions extends Partial<SourceOptions> {
  /** Pages fetched at once (default 4). */
  concurrency?: number;
  /** Aborting stops the run after the current article's insert. */
  signal?: AbortSignal;
  onIssue?: (issue: Issue) => void;
  /** Flaws in items that are still stored (W_… codes, e.g. a JSONL field dropped). */
  onWarning?: (warning: Issue) => void;
  /** Called after each item with the running counts. */
  onProgress?: (counts: IngestCounts) => void;
  /** Analysis worker threads (default: one per core beyond the first, at most 2; 0 = analyse in this thread). */
  threads?: number;
  /** When inserts are committed (default DEFAULT_BATCH). */
  batch?: BatchLimits;
  /** Called after each stored article with its analysis and the time its match and insert took (benchmarks). */
  onStored?: (event: StoredEvent) => void;
}

export interface StoredEvent {
  item: ArticleItem;
  id: number;
  storyId: number;
  prepared: Prepared;
  matchMs: number;
  insertMs: number;
}

/** Default analysis threads: the main thread matches and inserts, the other cores analyse. */
export function defaultThreads(): number {
  return Math.max(0, Math.min(2, availableParallelism() - 1));
}

export interface IngestCounts {
  /** Articles read from the inputs (stored + already stored + failed analysis). */
  seen: number;
  stored: number;
  skippedExisting: number;
  issues: number;
  /** Warnings: flaws in articles that were kept (a dropped field). */
  warnings: number;
  storiesCreated: number;
  elapsedMs: number;
}

/** The summary `sift ingest --json` prints (snake_case, stable). */
export interface IngestSummary {
  inputs: string[];
  seen: number;
  stored: number;
  skippedExisting: number;
  issues: Issue[];
  /** Flaws in articles that were still stored (W_… codes), apart from `issues`. */
  warnings: Issue[];
  storiesCreated: number;
  elapsedMs: number;
  /** Articles seen per second. */
  rate: number;
  /** True when a signal stopped the run before the inputs were exhausted. */
  interrupted: boolean;
}

/** An item after the key check and analysis, ready to match and insert. */
type AnalysedItem = Exclude<ReadyItem, ArticleItem> | { kind: 'analysed'; item: ArticleItem; key: string; result: PrepareResult };

export async function ingest(inputs: readonly string[], store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const sourceOpts: SourceOptions = {
    allowPrivate: opts.allowPrivate ?? false,
    noFetch: opts.noFetch ?? false,
    maxBytes: opts.maxBytes ?? 20 * 1024 * 1024,
  };
  if (opts.timeoutMs !== undefined) sourceOpts.timeoutMs = opts.timeoutMs;
  const isStored = async (key: string): Promise<boolean> => (await store.findArticleIdByKey(key)) !== null;
  const ready = fetchStage(readInputs(inputs, sourceOpts), { ...sourceOpts, concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY, isStored });
  return { inputs: [...inputs], ...(await ingestItems(ready, store, opts)) };
}

/**
 * The loop after the sources: ready items (articles, issues, known URLs) in, stored articles out.
 * `ingest` feeds it from its inputs; a benchmark can feed it generated articles.
 */
export async function ingestItems(ready: AsyncIterable<ReadyItem>, store: Store, opts: IngestOptions = {}): Promise<Omit<IngestSummary, 'inputs'>> {
  const started = performance.now();
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const counts: IngestCounts = { seen: 0, stored: 0, skippedExisting: 0, issues: 0, warnings: 0, storiesCreated: 0, elapsedMs: 0 };
  const isStored = async (key: string): Promise<boolean> => (await store.findArticleIdByKey(key)) !== null;
  const analyzer = new Analyzer(opts.threads ?? defaultThreads());
  const batch = new WriteBatch(store, opts.batch ?? DEFAULT_BATCH);

  /** Runs ahead of the store: the key comes first, so a stored article is skipped before it costs an analysis. */
  async function analyse(item: ReadyItem): Promise<AnalysedItem> {
    if (item.kind !== 'article') return item;
    const key = articleKey(item.article);
    if (await isStored(key)) return { kind: 'known', key, origin: item.origin };
    return { kind: 'analysed', item, key, result: await analyzer.run(item.article) };
  }
  const items = mapOrdered(ready, analyse, ANALYSIS_LOOKAHEAD);

  const report = (issue: Issue): void => {
    issues.push(issue);
    counts.issues++;
    opts.onIssue?.(issue);
  };
  const warn = (warning: Issue): void => {
    warnings.push(warning);
    counts.warnings++;
    opts.onWarning?.(warning);
  };
  const signal = opts.signal;
  const stopped = new Promise<'stop'>((resolve) => {
    if (signal?.aborted) resolve('stop');
    signal?.addEventListener('abort', () => resolve('stop'), { once: true });
  });

  /** One item, in input order: never two at once, so each match sees every earlier insert. */
  async function handle(next: AnalysedItem): Promise<void> {
    if (next.kind === 'issue') return report(next.issue);
    if (next.kind === 'warning') return warn(next.warning);
    counts.seen++;
    if (next.kind === 'known') {
      counts.skippedExisting++;
      return;
    }
    const { item, key, result } = next;
    // Checked again here: an earlier item of the same input may have stored the key meanwhile.
    if (await isStored(key)) {
      counts.skippedExisting++;
      return;
    }
    if (!result.ok) return report(issueFrom(new SiftError('E_ANALYZE_FAILED', { what: item.origin, detail: result.detail }), item.origin));
    const stored = await storeArticle(store, item.article, { key, origin: item.origin, prepared: result.value, write: (insert) => batch.write(insert) });
    if (!stored.created) {
      counts.skippedExisting++;
      return;
    }
    counts.stored++;
    if (stored.newStory) counts.storiesCreated++;
    opts.onStored?.({ item, id: stored.id, storyId: stored.storyId, prepared: result.value, matchMs: stored.matchMs, insertMs: stored.insertMs });
  }

  let interrupted = false;
  let finished = false;
  let failed = true;
  try {
    for (;;) {
      if (signal?.aborted) {
        interrupted = true;
        break;
      }
      const pending = items.next();
      pending.catch(() => {}); // when a stop wins the race, a later failure has nobody to report to
      const next = signal ? await Promise.race([pending, stopped]) : await pending;
      if (next === 'stop') {
        interrupted = true;
        break;
      }
      if (next.done) break;
      await handle(next.value);
      counts.elapsedMs = performance.now() - started;
      opts.onProgress?.(counts);
    }
    finished = !interrupted;
    failed = false;
  } finally {
    // Stopped or failed: close the sources (fetches already started finish on their own).
    if (!finished) void items.return(undefined).catch(() => {});
    await analyzer.close();
    // What was inserted is kept, also when the run failed (each insert is whole on its own).
    if (failed) await batch.commit().catch(() => {});
    else await batch.commit();
  }

  const elapsed = performance.now() - started;
  return {
    seen: counts.seen,
    stored: counts.stored,
    skippedExisting: counts.skippedExisting,
    issues,
    warnings,
    storiesCreated: counts.storiesCreated,
    elapsedMs: Math.round(elapsed),
    rate: elapsed > 0 ? Math.round((counts.seen / elapsed) * 10_000) / 10 : 0,
    interrupted,
  };
}
