/**
 * Test and benchmark helper (not part of the build): stores the labelled fictional corpus
 * (samples/corpus) in a fresh SQLite store in publication order — `storeArticle`, the step
 * `sift ingest` takes for each article — optionally giving the first article of each
 * domain a fixture HTML page (test/fixtures/networks/pages/<domain>.html) for site fingerprints.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusArticle } from '../corpus/article.js';
import { loadCorpus } from '../corpus/load.js';
import { publicationOrder } from '../corpus/order.js';
import type { Corpus } from '../corpus/types.js';
import { openStore } from '../store/open.js';
import { storeArticle } from '../ingest/store-article.js';
import type { Store } from '../store/types.js';

export interface FixtureStore {
  store: Store;
  corpus: Corpus;
  /** Corpus article id (c001 …) → stored article id. */
  ids: Map<string, number>;
  /** Closes the store and removes its folder. */
  dispose(): Promise<void>;
}

export async function storeCorpus(corpusDir: string, opts: { pagesDir?: string; dbPath?: string } = {}): Promise<FixtureStore> {
  const corpus = loadCorpus(corpusDir);
  const dir = mkdtempSync(join(tmpdir(), 'sift-networks-'));
  const store = await openStore(opts.dbPath ?? join(dir, 'corpus.db'));
  const ids = new Map<string, number>();
  const withPage = new Set<string>();
  for (const a of publicationOrder(corpus.articles)) {
    const article = corpusArticle(corpus, a);
    if (opts.pagesDir !== undefined && !withPage.has(a.domain)) {
      const page = join(opts.pagesDir, `${a.domain}.html`);
      if (existsSync(page)) {
        article.html = readFileSync(page, 'utf8');
        withPage.add(a.domain);
      }
    }
    const res = await storeArticle(store, article, { key: a.url });
    ids.set(a.id, res.id);
  }
  return {
    store,
    corpus,
    ids,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
