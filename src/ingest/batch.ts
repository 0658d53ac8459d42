/**
 * Groups ingest's inserts into write batches (`Store.beginBatch` / `commitBatch`): a commit every
 * `maxArticles` inserts or `maxMs` after the batch's first insert, whichever comes first — also
 * when no further article arrives (a timer), so a slow input never holds inserts uncommitted.
 * Each insert still succeeds or fails alone; a killed run loses at most the open batch, which a
 * re-run stores again (nothing is half-written, nothing duplicated).
 */
import type { Store } from '../store/types.js';

export interface BatchLimits {
  maxArticles: number;
  maxMs: number;
}

/**
 * ~1 s of inserts: one commit per ~500 articles at 500/s; a killed run redoes at most that. At a
 * million articles a commit writes several thousand pages, many of them shared by the batch's
 * articles: 1 s instead of 250 ms measured +10 % there (docs/benchmarks.md#stories).
 */
export const DEFAULT_BATCH: BatchLimits = { maxArticles: 1000, maxMs: 1000 };

export class WriteBatch {
  private open = false;
  private busy = false;
  private count = 0;
  private since = 0;
  private timer: NodeJS.Timeout | undefined;
  /** A failure of a commit the timer made, reported by the next call. */
  private failure: unknown;

  constructor(
    private readonly store: Store,
    private readonly limits: BatchLimits = DEFAULT_BATCH,
  ) {}

  /** Runs one write (an insert) inside the open batch, opening one when needed. */
  async write<T>(fn: () => Promise<T>): Promise<T> {
    this.check();
    this.busy = true;
    try {
      if (!this.open) {
        await this.store.beginBatch();
        this.open = true;
        this.since = performance.now();
        this.timer = setTimeout(() => this.onTimer(), this.limits.maxMs);
      }
      const out = await fn();
      this.count++;
      if (this.count >= this.limits.maxArticles || performance.now() - this.since >= this.limits.maxMs) await this.commit();
      return out;
    } finally {
      this.busy = false;
    }
  }

  /** Commits the open batch, if any. */
  async commit(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.open) return this.check();
    this.open = false;
    this.count = 0;
    await this.store.commitBatch();
    this.check();
  }

  private onTimer(): void {
    this.timer = undefined;
    // During a write the write itself sees the time is up and commits.
    if (!this.busy) this.commit().catch((e: unknown) => (this.failure = e));
  }

  private check(): void {
    if (this.failure === undefined) return;
    const e = this.failure;
    this.failure = undefined;
    throw e;
  }
}
