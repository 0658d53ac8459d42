import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryStore } from '../../test/fixtures/ingest/memory-store.js';
import { WriteBatch } from './batch.js';

const art = (i: number) => ({ key: `k${i}`, lang: 'en', text: `Text ${i}.`, analysis: { chains: [], sources: [], attributions: 0, hedged: 0, unsourced: 0, facts: [], sentences: 1 } });

describe('WriteBatch', () => {
  it('commits every maxArticles inserts, and what is left on commit()', async () => {
    const store = new MemoryStore();
    const batch = new WriteBatch(store, { maxArticles: 2, maxMs: 60_000 });
    for (let i = 0; i < 5; i++) await batch.write(() => store.insertArticle(art(i), [], { kind: 'new' }));
    assert.deepEqual([store.batches, store.commits], [3, 2]);
    await batch.commit();
    await batch.commit();
    assert.deepEqual([store.batches, store.commits, store.articles.length], [3, 3, 5]);
  });

  it('commits after maxMs even when no further insert comes', async () => {
    const store = new MemoryStore();
    const batch = new WriteBatch(store, { maxArticles: 100, maxMs: 20 });
    await batch.write(() => store.insertArticle(art(0), [], { kind: 'new' }));
    assert.equal(store.commits, 0);
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(store.commits, 1);
    await batch.commit();
    assert.equal(store.commits, 1, 'nothing left to commit');
  });

  it('reports a failed timed commit at the next call', async () => {
    const store = new MemoryStore();
    store.commitBatch = async () => {
      throw new Error('disk full');
    };
    const batch = new WriteBatch(store, { maxArticles: 100, maxMs: 10 });
    await batch.write(() => store.insertArticle(art(0), [], { kind: 'new' }));
    await new Promise((r) => setTimeout(r, 40));
    await assert.rejects(batch.write(() => store.insertArticle(art(1), [], { kind: 'new' })), /disk full/);
  });
});
