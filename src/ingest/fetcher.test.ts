/** Feeds, sitemaps and URL lists against a real local server (127.0.0.1, so allowPrivate). */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { articlesOf, collect, fx, issuesOf, serveSite, type Site } from '../../test/fixtures/ingest/helpers.js';
import { fetchPage } from './fetcher.js';
import type { FetchItem, PageHints } from './types.js';

let tmp: string;
let site: Site;

/** A fixture with {{BASE}} replaced, written to the temp folder. */
function fromTemplate(name: string, file: string): string {
  const p = join(tmp, name);
  writeFileSync(p, readFileSync(file, 'utf8').replaceAll('{{BASE}}', site.url));
  return p;
}

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sift-ingest-fetch-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(async () => site?.close());

describe('sitemaps', () => {
  it('follows a sitemap index to its urlsets and fetches each page, lastmod filling in published', async () => {
    site = await serveSite();
    const index = `${site.url}/sitemap-index.xml`;
    const items = await collect([index], { allowPrivate: true });
    assert.deepEqual(
      articlesOf(items).map((a) => [a.origin, a.article.url, a.article.title, a.article.published, a.publishedFrom]),
      [
        [`${site.url}/sitemap-news.xml#url-1`, `${site.url}/articles/ferry.html`, 'Otterby ferry fares frozen for a year', '2026-03-09T06:00:00.000Z', undefined],
        [`${site.url}/sitemap-pages.xml#url-1`, `${site.url}/articles/orchard.html`, 'Record pear harvest in the Valdren orchards', '2026-03-07', 'sitemap'],
      ],
    );
    assert.match(articlesOf(items)[1]!.article.text, /3,100 tonnes of pears/);
    assert.deepEqual(
      issuesOf(items).map((i) => [i.code, i.origin]),
      [
        ['E_URL_STATUS', `${site.url}/sitemap-pages.xml#url-2`],
        ['E_URL_INVALID', `${site.url}/sitemap-pages.xml#url-3`],
        ['E_URL_STATUS', `${index}#sitemap-4`],
      ],
    );
    assert.equal(site.hits('/sitemap-news.xml'), 1, 'a sitemap listed twice is read once');
  });

  it('reads a urlset from a file', async () => {
    site = await serveSite();
    const p = fromTemplate('sitemap.xml', fx('site', 'sitemap-news.xml'));
    const items = await collect([p], { allowPrivate: true });
    assert.deepEqual(articlesOf(items).map((a) => [a.origin, a.article.url]), [[`${p}#url-1`, `${site.url}/articles/ferry.html`]]);
  });

  it('refuses private addresses unless allowPrivate', async () => {
    site = await serveSite();
    const items = await collect([`${site.url}/sitemap-index.xml`]);
    assert.deepEqual(issuesOf(items).map((i) => i.code), ['E_URL_PRIVATE']);
    assert.equal(site.requests.length, 0);
    const listed = await collect([fromTemplate('urls-private.txt', fx('urls.txt'))]);
    assert.deepEqual([...new Set(issuesOf(listed).map((i) => i.code))].sort(), ['E_URL_INVALID', 'E_URL_PRIVATE']);
    assert.equal(site.requests.length, 0);
  });
});

describe('dates of fetched pages', () => {
  it("a feed's or sitemap's date replaces a dateline found in the page's text; without one the dateline stays", async () => {
    site = await serveSite();
    const url = `${site.url}/articles/dateline.html`;
    const opts = { allowPrivate: true, noFetch: false, maxBytes: 1_000_000, concurrency: 1 };
    // [hints from the feed or sitemap, [published, precision, source, publishedFrom]]
    const cases: Array<[PageHints | undefined, [string, string, string, string | undefined]]> = [
      [undefined, ['2026-03-02', 'day', 'text', undefined]],
      [{ published: '2026-03-01T18:00:00.000Z', publishedFrom: 'sitemap' }, ['2026-03-01T18:00:00.000Z', 'time', 'metadata', 'sitemap']],
      [{ published: '2026-03', publishedFrom: 'feed' }, ['2026-03', 'month', 'metadata', 'feed']],
    ];
    for (const [hints, want] of cases) {
      const item: FetchItem = { kind: 'fetch', url, origin: 'test', why: 'a test', ...(hints ? { hints } : {}) };
      const got = await fetchPage(item, opts);
      assert.equal(got.kind, 'article');
      if (got.kind !== 'article') continue;
      assert.deepEqual([got.article.published, got.article.publishedPrecision, got.article.publishedSource, got.publishedFrom], want, JSON.stringify(hints));
    }
  });
});

describe('feeds from URLs', () => {
  it('fetches the page of a summary-only item; the page wins, the feed fills the gaps', async () => {
    site = await serveSite();
    const items = await collect([`${site.url}/feed.xml`], { allowPrivate: true });
    assert.deepEqual(issuesOf(items), []);
    const [valley] = articlesOf(items);
    assert.equal(valley!.origin, `${site.url}/feed.xml#item-1`);
    assert.equal(valley!.article.url, `${site.url}/articles/valley-line.html`);
    assert.equal(valley!.article.title, 'Valley line reopens to passengers');
    assert.equal(valley!.article.published, '2026-03-12T07:00:00.000Z');
    assert.equal(valley!.publishedFrom, 'feed');
    assert.match(valley!.article.text, /landslide buried the track near Hobb's Cutting/);
  });

  it('reads one article from an article URL', async () => {
    site = await serveSite();
    const items = await collect([`${site.url}/articles/ferry.html`], { allowPrivate: true });
    assert.deepEqual(articlesOf(items).map((a) => [a.origin, a.article.format, a.article.title]), [[`${site.url}/articles/ferry.html`, 'url', 'Otterby ferry fares frozen for a year']]);
  });
});

describe('URL lists and the fetch stage', () => {
  it('fetches with bounded concurrency and yields in list order', async () => {
    // The first page is the slowest: it still comes out first.
    site = await serveSite({ delayMs: (p) => (p === '/articles/ferry.html' ? 300 : p.startsWith('/articles/') ? 60 : 0) });
    const list = fromTemplate('urls.txt', fx('urls.txt'));
    const items = await collect([list], { allowPrivate: true, concurrency: 2 });
    assert.deepEqual(
      items.map((i) => (i.kind === 'article' ? i.article.url : i.kind === 'issue' ? i.issue.code : i.kind)),
      [
        `${site.url}/articles/ferry.html`,
        `${site.url}/articles/orchard.html`,
        `${site.url}/articles/orchard.html#comments`,
        `${site.url}/articles/valley-line.html`,
        'E_URL_STATUS',
        'E_URL_INVALID',
      ],
    );
    assert.deepEqual(items.map((i) => (i.kind === 'article' ? i.origin : i.kind === 'issue' ? i.issue.origin : '')).map((o) => o.slice(list.length)), [':2', ':4', ':6', ':7', ':8', ':9']);
    assert.ok(site.maxInFlight <= 2, `at most 2 requests at once, saw ${site.maxInFlight}`);
    assert.equal(site.maxInFlight, 2, 'fetches overlap');
  });

  it('does not fetch URLs already stored, and fetches nothing with noFetch', async () => {
    site = await serveSite();
    const list = fromTemplate('urls.txt', fx('urls.txt'));
    const stored = new Set([`${site.url}/articles/ferry.html`, `${site.url}/articles/orchard.html`]);
    const items = await collect([list], { allowPrivate: true, isStored: async (k) => stored.has(k) });
    assert.deepEqual(
      items.map((i) => i.kind),
      ['known', 'known', 'known', 'article', 'issue', 'issue'],
    );
    assert.equal(site.hits('/articles/ferry.html') + site.hits('/articles/orchard.html'), 0);

    const none = await collect([list], { allowPrivate: true, noFetch: true });
    assert.deepEqual([...new Set(issuesOf(none).map((i) => i.code))], ['E_NOT_FETCHED', 'E_URL_INVALID']);
    assert.equal(articlesOf(none).length, 0);
    assert.deepEqual(site.requests, ['/articles/valley-line.html', '/articles/missing.html'], 'only the pages not stored, in the first run');
  });
});
