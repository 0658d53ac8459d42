/** `storeArticle` on a real SQLite file: a retelling joins its original's story, a repeat is not stored twice. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Article } from '../article/article.js';
import { openStore } from '../store/open.js';
import { prepare } from './prepare.js';
import { storeArticle } from './store-article.js';

const ORIGINAL: Article = {
  format: 'text',
  url: 'https://wire.example/brennau-barges#top',
  domain: 'wire.example',
  published: '2025-05-14T08:00:00Z',
  text: 'FICTIONAL. Officials in the town of Brennau said on May 14 that 23 barges ran aground near the Kessel lock after engineer Tomas Ruhle warned of low water, the Brennau Wire reported.',
};
const COPY: Article = {
  format: 'text',
  url: 'https://copy.example/barges',
  domain: 'copy.example',
  published: '2025-05-14T10:00:00Z',
  text: 'FICTIONAL. Twenty-three barges ran aground by the Kessel lock on May 14, Brennau officials said, after engineer Tomas Ruhle had warned of low water, the Brennau Wire reported. 23 barges in all.',
};

test('storeArticle: keyed by URL without fragment; a copy joins the story; the same key stores nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-store-article-'));
  const store = await openStore(join(dir, 'a.db'));
  try {
    const first = await storeArticle(store, ORIGINAL, { origin: 'test:1' });
    assert.equal(first.created, true);
    assert.equal(first.newStory, true);
    const row = await store.getArticle(first.id);
    assert.equal(row?.url, ORIGINAL.url);
    assert.equal(row?.origin, 'test:1');
    assert.equal(await store.findArticleIdByKey('https://wire.example/brennau-barges'), first.id);

    // Analysed ahead (as ingest's workers do) or here: the same path.
    const copy = await storeArticle(store, COPY, { prepared: prepare(COPY) });
    assert.equal(copy.created, true);
    assert.equal(copy.newStory, false, 'the copy joins');
    assert.equal(copy.storyId, first.storyId);

    let wrapped = 0;
    const again = await storeArticle(store, { ...ORIGINAL, url: 'https://wire.example/brennau-barges' }, { write: (insert) => (wrapped++, insert()) });
    assert.equal(wrapped, 1, 'the insert ran through the given writer');
    assert.deepEqual([again.created, again.id], [false, first.id]);
    assert.equal(await store.countArticles(), 2);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
