/** Use case: store the articles of inputs (files, folders, JSONL, feeds, sitemaps, URL lists, WARC), each with its analysis and story. */
import { ingest, type IngestOptions, type IngestSummary } from '../ingest/run.js';
import { checkInputs } from '../ingest/sources/index.js';
import type { Store } from '../store/types.js';

export type { IngestOptions, IngestSummary };

/**
 * Checks that every input can be read (E_USAGE, E_FILE_READ …), then ingests them in input order.
 * Progress, issues and warnings arrive through the callbacks in `opts`; `opts.signal` stops the
 * run after the current article.
 */
export async function ingestInputs(store: Store, inputs: readonly string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  await checkInputs(inputs);
  return ingest(inputs, store, opts);
}

export { checkInputs };
