/**
 * Test and benchmark helper (not part of the build): stores the labelled fictional corpus
 * (samples/corpus) in a fresh SQLite store in publication order — analyze → matchStory →
 * insertArticle, the steps `sift ingest` takes — optionally giving the first article of each
 * domain a fixture HTML page (test/fixtures/networks/pages/<domain>.html) for site fingerprints.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../analyze.js';
import { parseJsonlLine } from '../article/jsonl.js';
import { loadCorpus, publicationOrder, type Corpus } from '../eval/stories.js';
import { openStore } from '../store/open.js';
import type { NewArticle, Store } from '../store/types.js';
import { analysisOf } from '../stories/analysis.js';
import { matchStory } from '../stories/match.js';

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
    const article = parseJsonlLine(JSON.stringify(a), corpus.lines.get(a.id)!, corpus.file);
    const doc = analyze(article);
    const match = await matchStory(store, doc);
    const item: NewArticle = { key: a.url, url: a.url, domain: a.domain, title: a.title, lang: doc.lang, text: article.text, analysis: analysisOf(doc) };
    if (a.published !== undefined) item.published = a.published;
    if (opts.pagesDir !== undefined && !withPage.has(a.domain)) {
      const page = join(opts.pagesDir, `${a.domain}.html`);
      if (existsSync(page)) {
        item.html = readFileSync(page, 'utf8');
        withPage.add(a.domain);
      }
    }
    const res = await store.insertArticle(item, match.anchors, match.story);
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
