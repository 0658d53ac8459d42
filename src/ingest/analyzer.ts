/**
 * Article analysis off the main thread: `threads` worker threads run `prepareArticle`, so that on
 * a multi-core machine the analysis of the next articles overlaps the matching and inserting of
 * the current one. Results are identical to analysing in the calling thread (pure functions of
 * the article), which is what happens with `threads: 0`, or for every article still pending if a
 * worker fails (e.g. cannot start): the run goes on, slower, never different.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../article/article.js';
import { prepareArticle, type PrepareResult } from './prepare.js';

interface Job {
  article: Article;
  resolve: (r: PrepareResult) => void;
}

/** The worker module beside this one: .js when compiled, .ts when run from sources through tsx. */
const WORKER_URL = new URL(`./analyze-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

function startWorker(): Worker {
  if (WORKER_URL.pathname.endsWith('.js')) return new Worker(WORKER_URL);
  // From TypeScript sources: a worker's entry module is loaded before --import hooks apply, so
  // it registers tsx itself first.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(entry, { eval: true });
}

export class Analyzer {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Job>();
  private nextId = 0;

  constructor(threads: number) {
    for (let i = 0; i < threads; i++) {
      const w = startWorker();
      w.on('message', (m: { id: number; result: PrepareResult }) => this.settle(m.id, m.result));
      w.on('error', () => this.drop(w));
      w.on('exit', () => this.drop(w));
      this.workers.push(w);
    }
  }

  /** Analyses `article` (its `html` is not needed and not sent). */
  run(article: Article): Promise<PrepareResult> {
    const job = { ...article };
    delete job.html;
    if (this.workers.length === 0) return Promise.resolve(prepareArticle(job));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { article: job, resolve });
      this.workers[id % this.workers.length]!.postMessage({ id, article: job });
    });
  }

  /** Worker threads in use (0 once one failed: analysis then runs in this thread). */
  get threads(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
    this.flushInThread();
  }

  private settle(id: number, result: PrepareResult): void {
    const job = this.pending.get(id);
    if (!job) return;
    this.pending.delete(id);
    job.resolve(result);
  }

  /** A worker failed or exited: stop using workers and finish what they had in this thread. */
  private drop(w: Worker): void {
    if (!this.workers.includes(w)) return;
    const others = this.workers.splice(0);
    for (const o of others) if (o !== w) void o.terminate();
    this.flushInThread();
  }

  private flushInThread(): void {
    for (const [id, job] of this.pending) this.settle(id, prepareArticle(job.article));
  }
}
