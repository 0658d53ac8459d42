/**
 * The application layer (src/app/): Sift's use cases as functions over a `Store` and plain option
 * objects, returning plain data, with no printing and no process access; the CLI (src/cli/) and
 * later an HTTP API are faces over them (docs/architecture.md). This file: opening a store for one
 * piece of work. The work's own failure wins over a failure to close.
 */
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';

/** Opens the store at `spec` (a SQLite file or postgres:// URL; absent: $SIFT_DB, else the default file), runs `fn`, closes it. */
export async function withStore<T>(spec: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(spec);
  let result: T;
  try {
    result = await fn(store);
  } catch (e) {
    await store.close().catch(() => {});
    throw e;
  }
  await store.close();
  return result;
}
