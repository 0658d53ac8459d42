import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqliteStore } from '../store/sqlite.js';
import type { NewArticle } from '../store/types.js';
import { loadPublications } from './queries.js';
import { DAY_MS } from './time.js';

const analysis = { chains: [['Kelby Post']], sources: ['Kelby Post'], attributions: 1, hedged: 0, unsourced: 0, facts: [], sentences: 1 };

test('loadPublications gives each publication its time, the stored precision of that time and where it came from', async () => {
  const store = SqliteStore.open(':memory:');
  try {
    // [the stored date fields, the publication expected: time, period length, precision, dateSource]
    const cases: Array<[Partial<NewArticle>, [string | null, number, string | undefined, string | undefined]]> = [
      [{ published: '2031-12-14T07:00:00.000Z' }, ['2031-12-14T07:00:00.000Z', 0, 'time', 'metadata']],
      [{ published: '2031-12-14', publishedSource: 'url' }, ['2031-12-14T00:00:00.000Z', DAY_MS, 'day', 'url']],
      [{ published: '2031-12', publishedSource: 'text' }, ['2031-12-01T00:00:00.000Z', 31 * DAY_MS, 'month', 'text']],
      [{ published: '2031' }, ['2031-01-01T00:00:00.000Z', 365 * DAY_MS, 'year', 'metadata']],
      // a time stored as good only to the day stands for that whole day
      [{ published: '2031-12-14T07:00:00.000Z', publishedPrecision: 'day' }, ['2031-12-14T00:00:00.000Z', DAY_MS, 'day', 'metadata']],
      [{}, [null, 0, undefined, undefined]],
    ];
    let storyId: number | undefined;
    const ids: number[] = [];
    for (const [i, [dates]] of cases.entries()) {
      const a: NewArticle = { key: `k${i}`, url: `https://site${i}.example/a`, domain: `site${i}.example`, lang: 'en', text: `Copy ${i}.`, analysis, ...dates };
      const r = await store.insertArticle(a, [], storyId === undefined ? { kind: 'new' } : { kind: 'join', storyId, score: 0.9 });
      storyId = r.storyId;
      ids.push(r.id);
    }
    const { publications, undated } = await loadPublications(store);
    assert.equal(undated, 1);
    for (const [i, [dates, want]] of cases.entries()) {
      const p = publications.find((x) => x.articleId === ids[i])!;
      assert.deepEqual([p.time === null ? null : new Date(p.time).toISOString(), p.precisionMs ?? 0, p.precision, p.dateSource], want, JSON.stringify(dates));
    }
  } finally {
    await store.close();
  }
});
