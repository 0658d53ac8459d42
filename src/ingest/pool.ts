/** Bounded concurrency that keeps order: work runs ahead in parallel, results come out in input order. */

/** A counting semaphore. */
export class Semaphore {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

/**
 * Maps `source` through `fn`, starting up to `lookahead` calls before their results are taken,
 * and yields the results in source order. `fn` must not reject (turn failures into values).
 * Ending the iteration early closes `source`; calls already started finish on their own.
 */
export async function* mapOrdered<T, R>(source: AsyncIterable<T>, fn: (item: T) => Promise<R>, lookahead: number): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  const window: Array<Promise<R>> = [];
  let done = false;
  try {
    for (;;) {
      while (!done && window.length < Math.max(1, lookahead)) {
        const next = await it.next();
        if (next.done) done = true;
        else window.push(fn(next.value));
      }
      const head = window.shift();
      if (head === undefined) return;
      yield await head;
    }
  } finally {
    if (!done) await it.return?.(undefined);
  }
}
