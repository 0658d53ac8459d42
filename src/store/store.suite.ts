/**
 * The one test suite every Store backend passes (run by sqlite.test.ts and postgres.test.ts).
 * Each test gets a new, empty store from the backend's `create()`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSiftError } from '../errors/catalogue.js';
import type { ArticleAnalysis, NewArticle, Store } from './types.js';

export interface SuiteBackend {
  /** A new, empty store. */
  create(): Promise<Store>;
  /** Closes `store` and opens the same location again (migrations run again). */
  reopen(store: Store): Promise<Store>;
  /** Versions recorded in the store's schema_migrations table. */
  migrations(store: Store): Promise<number[]>;
}

const ANALYSIS: ArticleAnalysis = {
  chains: [['RIA Novosti', 'Andrei Marochko'], ['TASS']],
  sources: ['RIA Novosti', 'Andrei Marochko', 'TASS'],
  attributions: 3,
  hedged: 1,
  unsourced: 2,
  facts: [{ type: 'person', text: 'Андрей Марочко', key: 'marochko' }, { type: 'number', text: '12', key: '#:12' }],
  sentences: 9,
};

function analysis(sources: string[] = []): ArticleAnalysis {
  return { chains: sources.map((s) => [s]), sources, attributions: sources.length, hedged: 0, unsourced: 0, facts: [], sentences: 1 };
}

let seq = 0;
function art(over: Partial<NewArticle> = {}): NewArticle {
  seq++;
  return { key: `k${seq}`, lang: 'en', text: `Text ${seq}.`, analysis: analysis(), ...over };
}

async function rejectsInsert(p: Promise<unknown>): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof Error && !isSiftError(e, 'E_INTERNAL'));
}

export function storeSuite(backend: SuiteBackend): void {
  /** Runs `fn` with a fresh store, closing it afterwards. */
  const withStore = async (fn: (s: Store) => Promise<void>): Promise<void> => {
    const s = await backend.create();
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  };

  test('migrations: reopening an up-to-date store is a no-op and keeps the data', async () => {
    let s = await backend.create();
    try {
      const before = await backend.migrations(s);
      assert.ok(before.length >= 1, 'at least one migration recorded');
      assert.deepEqual(before, [...before].sort((a, b) => a - b));
      const { id } = await s.insertArticle(art({ key: 'mig' }), ['m1', 'm2'], { kind: 'new' });
      s = await backend.reopen(s);
      s = await backend.reopen(s);
      assert.deepEqual(await backend.migrations(s), before, 'no migration recorded twice');
      assert.equal(await s.countArticles(), 1);
      assert.equal((await s.getArticle(id))?.key, 'mig');
      assert.deepEqual(await s.articleAnchors(id), ['m1', 'm2']);
      // Still writable after the second open.
      assert.equal((await s.insertArticle(art(), ['m1'], { kind: 'new' })).created, true);
      assert.equal((await s.anchorFrequencies(['m1'])).get('m1'), 2);
    } finally {
      await s.close();
    }
  });

  test('insert + get round-trips every field, unicode text and JSON analysis', async () => {
    await withStore(async (s) => {
      const full: NewArticle = {
        key: 'https://пример.рф/новости/1?q=ü',
        url: 'https://пример.рф/новости/1?q=ü',
        domain: 'пример.рф',
        title: 'Кремль: «тест» — 🚀 e\u0301 עברית',
        published: '2024-03-01T10:00:00+03:00',
        publishedPrecision: 'time',
        publishedSource: 'metadata',
        lang: 'ru',
        text: 'Первая строка.\n\n\tВторая 🇺🇦 строка — с “кавычками” и \u200b нулевой шириной, 日本語, 😀.',
        html: '<p>Первая строка.</p><p>Вторая 🇺🇦</p>',
        origin: 'file:///data/статьи.jsonl#7',
        analysis: ANALYSIS,
      };
      const t0 = Date.now();
      const r = await s.insertArticle(full, ['n:marochko', '#:12'], { kind: 'new' });
      const t1 = Date.now();
      assert.equal(r.created, true);
      assert.ok(Number.isInteger(r.id) && r.id > 0);
      const got = await s.getArticle(r.id);
      assert.ok(got);
      const { ingestedAt, ...rest } = got;
      assert.deepEqual(rest, { ...full, id: r.id, storyId: r.storyId, storyScore: null });
      const at = Date.parse(ingestedAt);
      assert.match(ingestedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      assert.ok(at >= t0 - 1000 && at <= t1 + 1000, `ingestedAt ${ingestedAt} is now`);

      // Optional fields that were not given are absent, not null or undefined.
      const min = await s.insertArticle({ key: 'sha256:abc', lang: 'uk', text: 'Ґанок', analysis: analysis() }, [], { kind: 'new' });
      const m = await s.getArticle(min.id);
      assert.ok(m);
      for (const k of ['url', 'domain', 'title', 'published', 'publishedPrecision', 'publishedSource', 'html', 'origin']) assert.equal(k in m, false, `${k} absent`);
      assert.equal(m.text, 'Ґанок');
      assert.deepEqual(m.analysis, analysis());

      assert.equal(await s.getArticle(r.id + 1000), null);
      assert.equal(await s.findArticleIdByKey(full.key), r.id);
      assert.equal(await s.findArticleIdByKey('nope'), null);
      assert.equal(await s.countArticles(), 2);
    });
  });

  test('published keeps its precision and source, on every read and after reopening', async () => {
    let s = await backend.create();
    try {
      // [what is given, what is read back: published, publishedPrecision, publishedSource]
      const cases: Array<[Partial<NewArticle>, [string, string | undefined, string] | undefined]> = [
        [{ published: '2031' }, ['2031', 'year', 'metadata']],
        [{ published: '2031-12', publishedSource: 'url' }, ['2031-12', 'month', 'url']],
        [{ published: '2031-12-14', publishedPrecision: 'day', publishedSource: 'text' }, ['2031-12-14', 'day', 'text']],
        [{ published: '2031-12-14T07:00:00.000Z' }, ['2031-12-14T07:00:00.000Z', 'time', 'metadata']],
        [{ published: '2031-12-14T07:00:00.000Z', publishedPrecision: 'day', publishedSource: 'metadata' }, ['2031-12-14T07:00:00.000Z', 'day', 'metadata']],
        [{ published: 'around Easter' }, ['around Easter', undefined, 'metadata']],
        [{ publishedPrecision: 'day', publishedSource: 'url' }, undefined],
      ];
      const ids: number[] = [];
      for (const [given, _want] of cases) ids.push((await s.insertArticle(art({ url: `https://kelby-post.example/${ids.length}`, ...given }), [], { kind: 'new' })).id);
      const read = (a: { published?: string; publishedPrecision?: string; publishedSource?: string } | null | undefined): unknown =>
        a?.published === undefined ? undefined : [a.published, a.publishedPrecision, a.publishedSource];
      const check = async (st: Store): Promise<void> => {
        const listed = await st.listArticles();
        const many = await st.getArticles(ids);
        for (const [i, [given, want]] of cases.entries()) {
          const what = JSON.stringify(given);
          assert.deepEqual(read(await st.getArticle(ids[i]!)), want, `getArticle ${what}`);
          assert.deepEqual(read(many[i]), want, `getArticles ${what}`);
          assert.deepEqual(read(listed.find((a) => a.id === ids[i])), want, `listArticles ${what}`);
          assert.deepEqual(read(await st.findArticleByUrl(`https://kelby-post.example/${i}`)), want, `findArticleByUrl ${what}`);
          const one = await st.getArticle(ids[i]!);
          if (want?.[1] === undefined) assert.equal('publishedPrecision' in one!, false, `no precision key ${what}`);
        }
      };
      await check(s);
      s = await backend.reopen(s);
      await check(s);
    } finally {
      await s.close();
    }
  });

  test('stories group articles of any date precision; first/last compare the start of each date', async () => {
    await withStore(async (s) => {
      const a = await s.insertArticle(art({ domain: 'a.example', published: '2031-12', publishedSource: 'metadata' }), [], { kind: 'new' });
      await s.insertArticle(art({ domain: 'b.example', published: '2031-11-20', publishedSource: 'url' }), [], { kind: 'join', storyId: a.storyId, score: 0.9 });
      await s.insertArticle(art({ domain: 'c.example' }), [], { kind: 'join', storyId: a.storyId, score: 0.8 });
      const story = await s.getStory(a.storyId);
      assert.deepEqual([story?.articles, story?.domains, story?.firstPublished, story?.lastPublished], [3, 3, '2031-11-20', '2031-12']);
      assert.deepEqual((await s.listStories({ since: '2031-12-01' })).map((x) => x.id), [a.storyId]);
      assert.deepEqual((await s.listStories({ until: '2031-11-19' })).map((x) => x.id), []);
    });
  });

  test('getArticles returns the stored ones in the order asked, skipping unknown ids', async () => {
    await withStore(async (s) => {
      const a = await s.insertArticle(art({ title: 'A' }), [], { kind: 'new' });
      const b = await s.insertArticle(art({ title: 'B' }), [], { kind: 'new' });
      const got = await s.getArticles([b.id, 999_999, a.id, b.id]);
      assert.deepEqual(got.map((x) => x.title), ['B', 'A']);
      assert.deepEqual(await s.getArticles([]), []);
    });
  });

  test('idempotent insert by key: created:false, nothing changed, df not counted twice', async () => {
    await withStore(async (s) => {
      const first = art({ key: 'same', text: 'original', domain: 'a.com', published: '2024-01-01T00:00:00Z' });
      const r1 = await s.insertArticle(first, ['x', 'y'], { kind: 'new' });
      const story1 = await s.getStory(r1.storyId);
      const r2 = await s.insertArticle({ ...first, text: 'changed', domain: 'b.com', published: '2025-01-01T00:00:00Z' }, ['x', 'z'], { kind: 'join', storyId: r1.storyId, score: 0.9 });
      assert.deepEqual(r2, { id: r1.id, created: false, storyId: r1.storyId });
      const r3 = await s.insertArticle(first, ['x'], { kind: 'new' });
      assert.deepEqual(r3, { id: r1.id, created: false, storyId: r1.storyId });
      assert.equal((await s.getArticle(r1.id))?.text, 'original');
      assert.deepEqual(Object.fromEntries(await s.anchorFrequencies(['x', 'y', 'z'])), { x: 1, y: 1, z: 0 });
      assert.deepEqual(await s.articleAnchors(r1.id), ['x', 'y']);
      assert.equal(await s.countArticles(), 1);
      assert.deepEqual(await s.getStory(r1.storyId), story1, 'story untouched');
      assert.equal((await s.listStories()).length, 1, 'no story created by the repeats');
    });
  });

  test('concurrent inserts: one wins per key, every df counted once per article', async () => {
    await withStore(async (s) => {
      const base = await s.insertArticle(art({ domain: 'a.com' }), ['shared'], { kind: 'new' });
      const same = art({ key: 'race' });
      const results = await Promise.all([
        s.insertArticle(same, ['shared', 'r'], { kind: 'join', storyId: base.storyId, score: 0.5 }),
        s.insertArticle(same, ['shared', 'r'], { kind: 'join', storyId: base.storyId, score: 0.5 }),
        ...Array.from({ length: 8 }, (_, i) => s.insertArticle(art({ domain: `d${i}.com` }), ['shared', `own${i}`, 'r2'], { kind: 'join', storyId: base.storyId, score: 0.5 })),
      ]);
      const race = results.slice(0, 2);
      assert.equal(race.filter((r) => r.created).length, 1, 'exactly one insert of the key created it');
      assert.equal(race[0]?.id, race[1]?.id);
      assert.ok(results.slice(2).every((r) => r.created));
      assert.deepEqual(Object.fromEntries(await s.anchorFrequencies(['shared', 'r', 'r2'])), { shared: 10, r: 1, r2: 8 });
      const story = await s.getStory(base.storyId);
      assert.equal(story?.articles, 10);
      assert.equal(story?.domains, 9);
      assert.equal(await s.countArticles(), 10);
    });
  });

  test('anchorFrequencies: document frequency per anchor, 0 when absent, repeats in one article count once', async () => {
    await withStore(async (s) => {
      await s.insertArticle(art(), ['a', 'b', 'a'], { kind: 'new' });
      await s.insertArticle(art(), ['a', 'c'], { kind: 'new' });
      await s.insertArticle(art(), ['a'], { kind: 'new' });
      const df = await s.anchorFrequencies(['a', 'b', 'c', 'never', 'a']);
      assert.deepEqual(Object.fromEntries(df), { a: 3, b: 1, c: 1, never: 0 });
      assert.equal((await s.anchorFrequencies([])).size, 0);
    });
  });

  test('candidates: shared anchors per article, perAnchor bound, newest articles first', async () => {
    await withStore(async (s) => {
      const ids: number[] = [];
      for (let i = 0; i < 6; i++) ids.push((await s.insertArticle(art(), i === 0 ? ['hot', 'rare', 'other'] : ['hot', `solo${i}`], { kind: 'new' })).id);
      const c = await s.candidates(['hot', 'rare', 'missing'], { perAnchor: 3 });
      // 'hot' is read newest first and stops after 3; 'rare' brings back the oldest article.
      const byId = new Map(c.map((x) => [x.articleId, x.anchors]));
      assert.deepEqual([...byId.keys()].sort((a, b) => a - b), [ids[0], ids[3], ids[4], ids[5]].sort((a, b) => a! - b!));
      assert.deepEqual(byId.get(ids[5]!), ['hot']);
      assert.deepEqual(byId.get(ids[0]!), ['rare'], 'the oldest is beyond hot’s bound, found through rare only');
      assert.equal(byId.has(ids[1]!), false, 'older hot postings are not read');

      const all = await s.candidates(['hot', 'rare', 'other'], { perAnchor: 100 });
      assert.equal(all.length, 6);
      assert.deepEqual(all.find((x) => x.articleId === ids[0])?.anchors, ['hot', 'rare', 'other'], 'every shared anchor, in the order asked');
      assert.equal(all[0]?.articleId, ids[0], 'most shared anchors first');
      assert.deepEqual(all.slice(1).map((x) => x.articleId), ids.slice(1).reverse(), 'then newest first');

      assert.deepEqual(await s.candidates(['hot'], { perAnchor: 1 }), [{ articleId: ids[5], anchors: ['hot'] }]);
      assert.deepEqual(await s.candidates(['missing'], { perAnchor: 10 }), []);
      assert.deepEqual(await s.candidates([], { perAnchor: 10 }), []);
    });
  });

  test('articleAnchors: the anchors stored, in the order given, without repeats', async () => {
    await withStore(async (s) => {
      const { id } = await s.insertArticle(art(), ['t:desert', 'n:marochko', '#:12', 'n:marochko', 'd:--07-10', 'q:«цитата»'], { kind: 'new' });
      assert.deepEqual(await s.articleAnchors(id), ['t:desert', 'n:marochko', '#:12', 'd:--07-10', 'q:«цитата»']);
      const none = await s.insertArticle(art(), [], { kind: 'new' });
      assert.deepEqual(await s.articleAnchors(none.id), []);
      assert.deepEqual(await s.articleAnchors(id + 1000), []);
    });
  });

  test('anchorsOf: several articles at once, anchors in stored order with their document frequency', async () => {
    await withStore(async (s) => {
      const a = await s.insertArticle(art(), ['n:marochko', '#:12', 'd:--07-10'], { kind: 'new' });
      const b = await s.insertArticle(art(), ['#:12', 'n:tass'], { kind: 'join', storyId: a.storyId, score: 0.9 });
      const empty = await s.insertArticle(art(), [], { kind: 'new' });
      const got = await s.anchorsOf([a.id, b.id, empty.id, b.id + 1000]);
      assert.deepEqual(got.get(a.id), [
        { anchor: 'n:marochko', df: 1 },
        { anchor: '#:12', df: 2 },
        { anchor: 'd:--07-10', df: 1 },
      ]);
      assert.deepEqual(got.get(b.id), [
        { anchor: '#:12', df: 2 },
        { anchor: 'n:tass', df: 1 },
      ]);
      assert.deepEqual(got.get(empty.id) ?? [], []);
      assert.equal(got.has(b.id + 1000), false);
      assert.equal((await s.anchorsOf([])).size, 0);
    });
  });

  test('stories: new and join keep counters, distinct domains, first/last published and title', async () => {
    await withStore(async (s) => {
      const a = await s.insertArticle(art({ title: 'First', domain: 'a.com', published: '2024-03-02T12:00:00Z' }), [], { kind: 'new' });
      let st = await s.getStory(a.storyId);
      assert.ok(st);
      assert.deepEqual({ ...st, createdAt: '' }, { id: a.storyId, articles: 1, domains: 1, firstPublished: '2024-03-02T12:00:00Z', lastPublished: '2024-03-02T12:00:00Z', title: 'First', createdAt: '' });
      assert.ok(!Number.isNaN(Date.parse(st.createdAt)));
      assert.equal((await s.getArticle(a.id))?.storyScore, null);

      const join = { kind: 'join', storyId: a.storyId, score: 0.83 } as const;
      // Earlier (given with an offset: 2024-03-02T09:00Z), same domain in another case, no new domain.
      const b = await s.insertArticle(art({ title: 'Second', domain: 'A.com', published: '2024-03-02T12:00:00+03:00' }), [], join);
      assert.equal(b.storyId, a.storyId);
      const gb = await s.getArticle(b.id);
      assert.equal(gb?.storyId, a.storyId);
      assert.equal(gb?.storyScore, 0.83);
      st = await s.getStory(a.storyId);
      assert.equal(st?.articles, 2);
      assert.equal(st?.domains, 1);
      assert.equal(st?.firstPublished, '2024-03-02T12:00:00+03:00', 'earliest instant, as given');
      assert.equal(st?.lastPublished, '2024-03-02T12:00:00Z');

      await s.insertArticle(art({ domain: 'b.com', published: '2024-03-05' }), [], join); // later, new domain
      await s.insertArticle(art({ domain: 'c.com' }), [], join); // no time: first/last unchanged
      await s.insertArticle(art({}), [], join); // no domain
      await s.insertArticle(art({ domain: 'b.com', published: 'not a date' }), [], join);
      st = await s.getStory(a.storyId);
      assert.deepEqual({ ...st, createdAt: '' }, { id: a.storyId, articles: 6, domains: 3, firstPublished: '2024-03-02T12:00:00+03:00', lastPublished: '2024-03-05', title: 'First', createdAt: '' });

      // A story started by an article without time or domain.
      const bare = await s.insertArticle(art(), [], { kind: 'new' });
      assert.notEqual(bare.storyId, a.storyId);
      st = await s.getStory(bare.storyId);
      assert.deepEqual([st?.articles, st?.domains, st?.firstPublished, st?.lastPublished, st?.title], [1, 0, null, null, null]);
      await s.insertArticle(art({ domain: 'z.org', published: '2020-01-01T00:00:00Z' }), [], { kind: 'join', storyId: bare.storyId, score: 1 });
      st = await s.getStory(bare.storyId);
      assert.deepEqual([st?.articles, st?.domains, st?.firstPublished, st?.lastPublished], [2, 1, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z']);
      assert.equal(await s.getStory(bare.storyId + 1000), null);
    });
  });

  test('listStories: order, minDomains, since/until, citing, limit/offset', async () => {
    await withStore(async (s) => {
      // S1: 3 articles, 3 domains, March 2024, cites TASS.
      const s1 = (await s.insertArticle(art({ domain: 'a.com', published: '2024-03-01T10:00:00Z', analysis: analysis(['TASS']) }), [], { kind: 'new' })).storyId;
      await s.insertArticle(art({ domain: 'b.com', published: '2024-03-03T10:00:00Z' }), [], { kind: 'join', storyId: s1, score: 1 });
      await s.insertArticle(art({ domain: 'c.com', published: '2024-03-20T10:00:00Z' }), [], { kind: 'join', storyId: s1, score: 1 });
      // S2: 2 articles, 1 domain, January 2024, cites Reuters.
      const s2 = (await s.insertArticle(art({ domain: 'a.com', published: '2024-01-10T18:00:00Z', analysis: analysis(['Reuters', 'Jane Roe']) }), [], { kind: 'new' })).storyId;
      await s.insertArticle(art({ domain: 'a.com', published: '2024-01-11T00:00:00Z' }), [], { kind: 'join', storyId: s2, score: 1 });
      // S3: 2 articles, 2 domains, no times; one cites "Tass" and a Cyrillic name with odd spacing.
      const s3 = (await s.insertArticle(art({ domain: 'x.com' }), [], { kind: 'new' })).storyId;
      await s.insertArticle(art({ domain: 'y.com', analysis: analysis(['Министерство  Обороны', ' Tass']) }), [], { kind: 'join', storyId: s3, score: 1 });
      // S4: 1 article.
      const s4 = (await s.insertArticle(art({ domain: 'q.com', published: '2024-03-10T00:00:00Z', analysis: analysis(['tass']) }), [], { kind: 'new' })).storyId;

      const ids = async (f: Parameters<Store['listStories']>[0] = {}) => (await s.listStories(f)).map((x) => x.id);
      assert.deepEqual(await ids(), [s1, s2, s3, s4], 'by article count desc, then id');
      assert.deepEqual(await ids({ minDomains: 2 }), [s1, s3]);
      assert.deepEqual(await ids({ minDomains: 3 }), [s1]);
      assert.deepEqual(await ids({ minDomains: 4 }), []);
      // An article inside the range is needed; overlapping [first, last] is not enough.
      assert.deepEqual(await ids({ since: '2024-03-04T00:00:00Z', until: '2024-03-15T00:00:00Z' }), [s4]);
      assert.deepEqual(await ids({ since: '2024-03-02T00:00:00Z' }), [s1, s4]);
      assert.deepEqual(await ids({ until: '2024-01-10T18:00:00Z' }), [s2], 'until is inclusive');
      assert.deepEqual(await ids({ until: '2024-01-10T17:59:59Z' }), []);
      assert.deepEqual(await ids({ until: '2024-01-10' }), [s2], 'a date-only until covers its day');
      assert.deepEqual(await ids({ since: '2024-01-11T03:00:00+03:00', until: '2024-01-31' }), [s2], 'offsets are compared as instants');
      assert.deepEqual(await ids({ since: '2025-01-01' }), []);
      assert.deepEqual(await ids({ citing: 'tass' }), [s1, s3, s4], 'case-insensitive');
      assert.deepEqual(await ids({ citing: 'TASS', minDomains: 2 }), [s1, s3]);
      assert.deepEqual(await ids({ citing: 'МИНИСТЕРСТВО обороны' }), [s3], 'Cyrillic case and spacing folded');
      assert.deepEqual(await ids({ citing: 'jane roe', since: '2024-02-01' }), []);
      assert.deepEqual(await ids({ citing: 'Nobody' }), []);
      assert.deepEqual(await ids({ limit: 2 }), [s1, s2]);
      assert.deepEqual(await ids({ limit: 2, offset: 2 }), [s3, s4]);
      assert.deepEqual(await ids({ offset: 3 }), [s4]);
      assert.deepEqual(await ids({ limit: 0 }), []);
      const one = (await s.listStories({ citing: 'reuters' }))[0];
      assert.deepEqual({ ...one, createdAt: '' }, { id: s2, articles: 2, domains: 1, firstPublished: '2024-01-10T18:00:00Z', lastPublished: '2024-01-11T00:00:00Z', title: null, createdAt: '' });
      await assert.rejects(s.listStories({ since: 'yesterday-ish' }), TypeError);
    });
  });

  test('storiesOf maps article ids to story ids, leaving unknown ids out', async () => {
    await withStore(async (s) => {
      const a = await s.insertArticle(art(), [], { kind: 'new' });
      const b = await s.insertArticle(art(), [], { kind: 'join', storyId: a.storyId, score: 0.7 });
      const c = await s.insertArticle(art(), [], { kind: 'new' });
      const m = await s.storiesOf([a.id, b.id, c.id, 12345]);
      assert.deepEqual([...m].sort((x, y) => x[0] - y[0]), [[a.id, a.storyId], [b.id, a.storyId], [c.id, c.storyId]]);
      assert.notEqual(a.storyId, c.storyId);
      assert.equal((await s.storiesOf([])).size, 0);
    });
  });

  test('listArticles: id order, by story, paging with afterId and limit', async () => {
    await withStore(async (s) => {
      const a = await s.insertArticle(art(), [], { kind: 'new' });
      const others = await s.insertArticle(art(), [], { kind: 'new' });
      const ids = [a.id];
      for (let i = 0; i < 4; i++) ids.push((await s.insertArticle(art(), [], { kind: 'join', storyId: a.storyId, score: 0.5 })).id);
      const all = await s.listArticles();
      assert.deepEqual(all.map((x) => x.id), [...ids, others.id].sort((x, y) => x - y));
      assert.deepEqual((await s.listArticles({ storyId: a.storyId })).map((x) => x.id), ids);
      const page1 = await s.listArticles({ storyId: a.storyId, limit: 2 });
      const page2 = await s.listArticles({ storyId: a.storyId, limit: 2, afterId: page1.at(-1)!.id });
      const page3 = await s.listArticles({ storyId: a.storyId, limit: 2, afterId: page2.at(-1)!.id });
      assert.deepEqual([...page1, ...page2, ...page3].map((x) => x.id), ids);
      assert.equal(page3.length, 1);
      assert.deepEqual(await s.listArticles({ storyId: others.storyId + 1000 }), []);
      assert.deepEqual(await s.listArticles({ limit: 0 }), []);
      assert.equal(page1[0]?.text, (await s.getArticle(ids[0]!))?.text, 'full articles');
    });
  });

  test('findArticleByUrl finds by exact URL', async () => {
    await withStore(async (s) => {
      const long = `https://example.org/${'segment/'.repeat(500)}?utm=${'x'.repeat(200)}`;
      const a = await s.insertArticle(art({ key: 'https://example.org/a', url: 'https://example.org/a', title: 'A' }), [], { kind: 'new' });
      const b = await s.insertArticle(art({ key: long, url: long, title: 'Long' }), [], { kind: 'new' });
      await s.insertArticle(art({ title: 'No URL' }), [], { kind: 'new' });
      assert.equal((await s.findArticleByUrl('https://example.org/a'))?.id, a.id);
      assert.equal((await s.findArticleByUrl(long))?.id, b.id, 'URLs longer than an index entry work');
      assert.equal(await s.findArticleIdByKey(long), b.id);
      assert.equal(await s.findArticleByUrl('https://example.org/A'), null);
      assert.equal(await s.findArticleByUrl('https://example.org/a/'), null);
    });
  });

  test('a failed insert leaves no partial rows: bad anchor midway, rolled-back story counters and df', async () => {
    await withStore(async (s) => {
      const a = await s.insertArticle(art({ domain: 'a.com', published: '2024-01-01T00:00:00Z', analysis: analysis(['TASS']) }), ['x', 'y'], { kind: 'new' });
      const storyBefore = await s.getStory(a.storyId);
      // The anchor check fails after the story update and the first anchors were written.
      const bad = art({ key: 'bad', url: 'https://bad.example/1', domain: 'b.com', published: '2025-01-01T00:00:00Z', analysis: analysis(['Unique Source']) });
      await rejectsInsert(s.insertArticle(bad, ['x', 'new-anchor', 'z'.repeat(600)], { kind: 'join', storyId: a.storyId, score: 0.9 }));
      // A source that is not a string fails at the last step.
      const bad2 = { ...bad, analysis: { ...analysis(), sources: ['Unique Source', 42 as unknown as string] } };
      await rejectsInsert(s.insertArticle(bad2, ['x', 'new-anchor'], { kind: 'join', storyId: a.storyId, score: 0.9 }));
      await rejectsInsert(s.insertArticle(bad2, ['x', 'new-anchor'], { kind: 'new' }));
      // Joining a story that does not exist.
      await rejectsInsert(s.insertArticle({ ...bad, analysis: analysis() }, ['x', 'new-anchor'], { kind: 'join', storyId: a.storyId + 1000, score: 0.9 }));

      assert.equal(await s.countArticles(), 1);
      assert.equal(await s.findArticleIdByKey('bad'), null);
      assert.equal(await s.findArticleByUrl('https://bad.example/1'), null);
      assert.deepEqual(Object.fromEntries(await s.anchorFrequencies(['x', 'y', 'new-anchor'])), { x: 1, y: 1, 'new-anchor': 0 });
      assert.deepEqual(await s.candidates(['x', 'new-anchor'], { perAnchor: 10 }), [{ articleId: a.id, anchors: ['x'] }]);
      assert.deepEqual(await s.getStory(a.storyId), storyBefore, 'story counters, domains and times unchanged');
      assert.deepEqual((await s.listStories()).map((x) => x.id), [a.storyId], 'no story left behind');
      assert.deepEqual(await s.listStories({ citing: 'unique source' }), []);

      // The store still works, and the rejected key can be stored afterwards.
      const ok = await s.insertArticle(bad, ['x', 'new-anchor'], { kind: 'join', storyId: a.storyId, score: 0.9 });
      assert.equal(ok.created, true);
      assert.deepEqual(Object.fromEntries(await s.anchorFrequencies(['x', 'new-anchor'])), { x: 2, 'new-anchor': 1 });
      const st = await s.getStory(a.storyId);
      assert.deepEqual([st?.articles, st?.domains, st?.lastPublished], [2, 2, '2025-01-01T00:00:00Z']);
      assert.deepEqual((await s.listStories({ citing: 'Unique Source' })).map((x) => x.id), [a.storyId]);
    });
  });

  test('batch: inserts are read back at once, a failed one undoes only itself, commit and close keep them', async () => {
    let s = await backend.create();
    try {
      await s.beginBatch();
      await assert.rejects(s.beginBatch(), Error, 'no nested batch');
      const a = await s.insertArticle(art({ key: 'b1', domain: 'a.com' }), ['bx', 'by'], { kind: 'new' });
      assert.equal(await s.findArticleIdByKey('b1'), a.id, 'the batch sees its own insert');
      assert.deepEqual(await s.candidates(['bx'], { perAnchor: 5 }), [{ articleId: a.id, anchors: ['bx'] }]);
      await rejectsInsert(s.insertArticle(art({ key: 'b2' }), ['bx', 'z'.repeat(600)], { kind: 'join', storyId: a.storyId, score: 0.9 }));
      const c = await s.insertArticle(art({ key: 'b3', domain: 'c.com' }), ['bx'], { kind: 'join', storyId: a.storyId, score: 0.8 });
      assert.equal((await s.insertArticle(art({ key: 'b3' }), ['bx'], { kind: 'new' })).created, false, 'idempotent inside a batch');
      await s.commitBatch();
      await s.commitBatch(); // nothing open: a no-op
      await s.beginBatch();
      const d = await s.insertArticle(art({ key: 'b4' }), ['bx'], { kind: 'join', storyId: a.storyId, score: 0.7 });
      s = await backend.reopen(s); // closing commits the open batch
      assert.deepEqual(await Promise.all(['b1', 'b2', 'b3', 'b4'].map((k) => s.findArticleIdByKey(k))), [a.id, null, c.id, d.id]);
      assert.deepEqual(Object.fromEntries(await s.anchorFrequencies(['bx', 'by'])), { bx: 3, by: 1 });
      const st = await s.getStory(a.storyId);
      assert.deepEqual([st?.articles, st?.domains], [3, 2]);
    } finally {
      await s.close();
    }
  });

  test('misuse is rejected before anything is written', async () => {
    await withStore(async (s) => {
      await assert.rejects(s.insertArticle({ ...art(), key: '' }, [], { kind: 'new' }), TypeError);
      await assert.rejects(s.insertArticle({ ...art(), text: undefined as unknown as string }, [], { kind: 'new' }), TypeError);
      await assert.rejects(s.insertArticle({ ...art(), text: 'a\u0000b' }, [], { kind: 'new' }), TypeError);
      await assert.rejects(s.insertArticle({ ...art(), analysis: analysis(['nul\u0000']) }, [], { kind: 'new' }), TypeError);
      await assert.rejects(s.insertArticle({ ...art(), published: '2031-12-14', publishedPrecision: 'week' as 'day' }, [], { kind: 'new' }), TypeError);
      await assert.rejects(s.insertArticle({ ...art(), published: '2031-12-14', publishedSource: 'feed' as 'url' }, [], { kind: 'new' }), TypeError);
      await assert.rejects(s.insertArticle({ ...art(), published: '2031-12', publishedPrecision: 'day' }, [], { kind: 'new' }), /finer than published/);
      await assert.rejects(s.candidates(['x'], { perAnchor: -1 }), TypeError);
      await assert.rejects(s.listArticles({ limit: 1.5 }), TypeError);
      assert.equal(await s.countArticles(), 0);
      assert.deepEqual(await s.listStories(), []);
    });
  });
}
