/**
 * `sift ingest`, the loop: inputs → source items → fetch stage → for each article, strictly one at
 * a time: key → skip when stored → analyze → match a story → insert (one transaction). Fetching
 * runs ahead concurrently; matching and inserting never do, so each article's story assignment
 * sees every article stored before it. Bad items become issues; store failures end the run.
 */
import { analyze } from '../analyze.js';
import { SiftError } from '../errors/catalogue.js';
import type { NewArticle, Store } from '../store/types.js';
import { analysisOf } from '../stories/analysis.js';
import { matchStory } from '../stories/match.js';
import { DEFAULT_CONCURRENCY } from './data/limits.js';
import { fetchStage } from './fetcher.js';
import { issueFrom } from './issues.js';
import { articleKey, articleUrl } from './key.js';
import { readInputs } from './sources/index.js';
import type { ArticleItem, Issue, ReadyItem, SourceOptions } from './types.js';

export interface IngestOptions extends Partial<SourceOptions> {
  /** Pages fetched at once (default 4). */
  concurrency?: number;
  /** Aborting stops the run after the current article's insert. */
  signal?: AbortSignal;
  onIssue?: (issue: Issue) => void;
  /** Called after each item with the running counts. */
  onProgress?: (counts: IngestCounts) => void;
}

export interface IngestCounts {
  /** Articles read from the inputs (stored + already stored + failed analysis). */
  seen: number;
  stored: number;
  skippedExisting: number;
  issues: number;
  storiesCreated: number;
  elapsedMs: number;
}

/** The summary `sift ingest --json` prints (snake_case, stable). */
export interface IngestSummary {
  inputs: string[];
  seen: number;
  stored: number;
  skipped_existing: number;
  issues: Issue[];
  stories_created: number;
  elapsed_ms: number;
  /** Articles seen per second. */
  rate: number;
  /** True when a signal stopped the run before the inputs were exhausted. */
  interrupted: boolean;
}

export function toNewArticle(item: ArticleItem, key: string, doc: ReturnType<typeof analyze>): NewArticle {
  const a = item.article;
  const out: NewArticle = { key, lang: doc.lang, text: a.text, origin: item.origin, analysis: analysisOf(doc) };
  const url = articleUrl(a);
  if (url) out.url = url;
  if (a.domain) out.domain = a.domain;
  if (a.title) out.title = a.title;
  if (a.published) out.published = a.published;
  if (a.html) out.html = a.html;
  return out;
}

export async function ingest(inputs: readonly string[], store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const issues: Issue[] = [];
  const counts: IngestCounts = { seen: 0, stored: 0, skippedExisting: 0, issues: 0, storiesCreated: 0, elapsedMs: 0 };
  const sourceOpts: SourceOptions = {
    allowPrivate: opts.allowPrivate ?? false,
    noFetch: opts.noFetch ?? false,
    maxBytes: opts.maxBytes ?? 20 * 1024 * 1024,
  };
  if (opts.timeoutMs !== undefined) sourceOpts.timeoutMs = opts.timeoutMs;
  const isStored = async (key: string): Promise<boolean> => (await store.findArticleIdByKey(key)) !== null;
  const items = fetchStage(readInputs(inputs, sourceOpts), { ...sourceOpts, concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY, isStored });

  const report = (issue: Issue): void => {
    issues.push(issue);
    counts.issues++;
    opts.onIssue?.(issue);
  };
  const signal = opts.signal;
  const stopped = new Promise<'stop'>((resolve) => {
    if (signal?.aborted) resolve('stop');
    signal?.addEventListener('abort', () => resolve('stop'), { once: true });
  });

  /** One item, start to finish: never two at once, so each match sees every earlier insert. */
  async function handle(item: ReadyItem): Promise<void> {
    if (item.kind === 'issue') return report(item.issue);
    counts.seen++;
    if (item.kind === 'known') {
      counts.skippedExisting++;
      return;
    }
    // The key comes first: a stored article is skipped before it costs an analysis.
    const key = articleKey(item.article);
    if ((await store.findArticleIdByKey(key)) !== null) {
      counts.skippedExisting++;
      return;
    }
    let doc: ReturnType<typeof analyze>;
    try {
      doc = analyze(item.article);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return report(issueFrom(new SiftError('E_ANALYZE_FAILED', { what: item.origin, detail }), item.origin));
    }
    const match = await matchStory(store, doc);
    const result = await store.insertArticle(toNewArticle(item, key, doc), match.anchors, match.story);
    if (!result.created) {
      counts.skippedExisting++;
      return;
    }
    counts.stored++;
    if (match.story.kind === 'new') counts.storiesCreated++;
  }

  let interrupted = false;
  let finished = false;
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
  } finally {
    // Stopped or failed: close the sources (fetches already started finish on their own).
    if (!finished) void items.return(undefined).catch(() => {});
  }

  const elapsed = performance.now() - started;
  return {
    inputs: [...inputs],
    seen: counts.seen,
    stored: counts.stored,
    skipped_existing: counts.skippedExisting,
    issues,
    stories_created: counts.storiesCreated,
    elapsed_ms: Math.round(elapsed),
    rate: elapsed > 0 ? Math.round((counts.seen / elapsed) * 10_000) / 10 : 0,
    interrupted,
  };
}
