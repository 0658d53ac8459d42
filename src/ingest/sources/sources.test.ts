import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../../../test/shared.js';
import { isSiftError } from '../../errors/catalogue.js';
import { articlesOf, collect, fx, issuesOf, warningsOf } from '../../../test/fixtures/ingest/helpers.js';
import { makeWarc, WARC_PAGES } from '../../../test/fixtures/ingest/make-warc.js';
import { checkInputs } from './index.js';
import { looksLikeUrlList, sniffFile } from './sniff.js';

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sift-ingest-src-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('RSS 2.0', () => {
  it('reads content:encoded and long descriptions as articles, and leaves summaries to the fetcher', async () => {
    const items = await collect([fx('feed-rss.xml')], { noFetch: true });
    const arts = articlesOf(items);
    assert.equal(arts.length, 2);
    const [bridge, library] = arts;
    assert.equal(bridge!.origin, `${fx('feed-rss.xml')}#item-1`);
    assert.equal(bridge!.article.url, 'https://courier.lowmere.example/2026/03/harbour-bridge-repairs');
    assert.equal(bridge!.article.title, 'Lowmere harbour bridge to close for six weeks of repairs');
    assert.equal(bridge!.article.published, '2026-03-03T08:15:00.000Z');
    assert.match(bridge!.article.text, /^The harbour swing bridge in Lowmere will close/);
    assert.match(bridge!.article.text, /Fennick & Daughters/, 'entities inside CDATA HTML decoded once');
    assert.equal(bridge!.article.domain, 'courier.lowmere.example');
    assert.equal(bridge!.article.format, 'html');
    assert.equal(bridge!.publishedFrom, undefined);

    assert.equal(library!.article.title, 'Brinmouth library adds evening hours & a reading room');
    assert.equal(library!.article.published, '2026-03-05T09:30:00.000Z', 'dc:date');
    assert.match(library!.article.text, /reading room with twelve desks/);

    const issues = issuesOf(items);
    assert.deepEqual(
      issues.map((i) => [i.code, i.origin]),
      [
        ['E_NOT_FETCHED', `${fx('feed-rss.xml')}#item-2`],
        ['E_FEED_ITEM', `${fx('feed-rss.xml')}#item-4`],
      ],
    );
    assert.match(issues[0]!.message, /kestrel-valley-line .*--no-fetch/);
  });

  it('reads a gzipped feed file the same as the plain one', async () => {
    const gz = join(tmp, 'feed-rss.xml.gz');
    writeFileSync(gz, gzipSync(readFileSync(fx('feed-rss.xml'))));
    const plain = articlesOf(await collect([fx('feed-rss.xml')], { noFetch: true }));
    const zipped = articlesOf(await collect([gz], { noFetch: true }));
    assert.equal(zipped.length, 2);
    assert.deepEqual(
      zipped.map((a) => [a.article.title, a.article.text]),
      plain.map((a) => [a.article.title, a.article.text]),
    );
  });
});

describe('Atom', () => {
  it('reads escaped HTML and XHTML content, resolves relative links, and fetches summary-only entries', async () => {
    const items = await collect([fx('feed-atom.xml')], { noFetch: true });
    const arts = articlesOf(items);
    assert.deepEqual(
      arts.map((a) => [a.article.url, a.article.title, a.article.published]),
      [
        ['https://gazette.carrowfen.example/news/storm-turbines', 'Storm damages three turbines near Carrow Fen', '2026-02-18T07:45:00.000Z'],
        ['https://gazette.carrowfen.example/news/drainage-board', 'Fen drainage board sets new pumping rules', '2026-02-19T10:00:00.000Z'],
      ],
    );
    assert.match(arts[0]!.article.text, /"One blade came down in the drainage ditch/);
    assert.ok(!arts[0]!.article.text.includes('&lt;'), 'escaped HTML decoded');
    assert.match(arts[1]!.article.text, /we will use it & we will tell everyone/);
    assert.deepEqual(issuesOf(items).map((i) => i.code), ['E_NOT_FETCHED']);
  });
});

describe('JSONL', () => {
  it('turns unreadable lines into issues, keeps a line with a bad date without it (a warning), and keeps reading', async () => {
    const items = await collect([fx('bad-lines.jsonl')]);
    assert.deepEqual(
      articlesOf(items).map((a) => [a.origin, a.article.id, a.article.title]),
      [
        [`${fx('bad-lines.jsonl')}:1`, 'brin-1', 'New tide gauge for Brinmouth harbour'],
        [`${fx('bad-lines.jsonl')}:5`, 'brin-4', 'Brinmouth market moves indoors'],
        [`${fx('bad-lines.jsonl')}:6`, 'brin-5', undefined],
      ],
    );
    assert.equal(articlesOf(items)[1]!.article.published, '2026-02-12');
    assert.match(articlesOf(items)[1]!.article.text, /old corn exchange/);
    assert.deepEqual(
      issuesOf(items).map((i) => [i.code, relative(fx(), i.origin)]),
      [
        ['E_JSONL_LINE', 'bad-lines.jsonl:2'],
        ['E_JSONL_LINE', 'bad-lines.jsonl:3'],
      ],
    );
    // Line 6: "published": "last Tuesday" is dropped with a warning; its URL (/2026/02/) gives a month.
    const warnings = warningsOf(items);
    assert.deepEqual(warnings.map((w) => [w.code, relative(fx(), w.origin)]), [['W_JSONL_FIELD', 'bad-lines.jsonl:6']]);
    assert.match(warnings[0]!.message, /ignoring "published", "last Tuesday" is not an ISO 8601 date; the article is kept without it/);
    const kept = articlesOf(items)[2]!.article;
    assert.deepEqual([kept.published, kept.publishedPrecision, kept.publishedSource], ['2026-02', 'month', 'url']);
    // The warning comes just before its article.
    const at = items.findIndex((i) => i.kind === 'warning');
    const next = items[at + 1];
    assert.deepEqual(next?.kind === 'article' ? next.origin : next?.kind, `${fx('bad-lines.jsonl')}:6`);
  });

  it('reports an over-long line and reads the next one', async () => {
    const p = join(tmp, 'long.jsonl');
    writeFileSync(p, `${JSON.stringify({ text: 'x'.repeat(5000) })}\n${JSON.stringify({ text: 'A short fictional line.' })}\n`);
    const items = await collect([p], { maxBytes: 1000 });
    assert.deepEqual(issuesOf(items).map((i) => [i.code, i.origin]), [['E_INPUT_TOO_LARGE', `${p}:1`]]);
    assert.deepEqual(articlesOf(items).map((a) => a.article.text), ['A short fictional line.']);
  });
});

describe('WARC', () => {
  for (const gzip of [false, true]) {
    it(`reads 200 HTML/text responses and skips the rest (${gzip ? 'gzipped' : 'plain'})`, async () => {
      const p = join(tmp, gzip ? 'sample.warc.gz' : 'sample.warc');
      writeFileSync(p, await makeWarc(gzip));
      const items = await collect([p]);
      const arts = articlesOf(items);
      assert.deepEqual(
        arts.map((a) => [a.article.url, a.article.published, a.publishedFrom]),
        [
          [WARC_PAGES.heron.url, WARC_PAGES.heron.published, undefined],
          [WARC_PAGES.sluice.url, '2026-02-03T11:22:33.000Z', 'warc-date'],
          [WARC_PAGES.notice.url, '2026-03-01T08:00:00.000Z', 'warc-date'],
        ],
      );
      assert.equal(arts[0]!.origin, `${p}#urn:uuid:00000000-0000-4000-8000-000000000003`);
      assert.equal(arts[0]!.article.title, WARC_PAGES.heron.title);
      assert.match(arts[0]!.article.text, /counted 48 grey herons/);
      assert.match(arts[1]!.article.text, /new steel sluice gates/, 'gzip content-encoding decoded');
      assert.match(arts[2]!.article.text, /^Road closure notice/);
      assert.deepEqual(issuesOf(items).map((i) => [i.code, i.origin]), [['E_EMPTY_INPUT', `${p}#urn:uuid:00000000-0000-4000-8000-000000000009`]]);
    });
  }

  for (const gzip of [false, true]) {
    it(`keeps the records before a cut-off end and reports the file (${gzip ? 'gzipped' : 'plain'})`, async () => {
      const whole = await makeWarc(gzip);
      const p = join(tmp, gzip ? 'cut.warc.gz' : 'cut.warc');
      writeFileSync(p, whole.subarray(0, Math.floor(whole.length * 0.6)));
      const items = await collect([p]);
      assert.deepEqual(articlesOf(items).map((a) => a.article.url), [WARC_PAGES.heron.url, WARC_PAGES.sluice.url]);
      assert.deepEqual(issuesOf(items).map((i) => [i.code, i.origin]), [['E_WARC_READ', p]]);
    });
  }

  it('reports a file that is not a WARC', async () => {
    const p = join(tmp, 'not.warc');
    writeFileSync(p, 'This is a fictional note, not a web archive.\n\n');
    const items = await collect([p]);
    assert.deepEqual(issuesOf(items).map((i) => i.code), ['E_WARC_READ']);
    assert.match(issuesOf(items)[0]!.message, /does not start with a WARC\/ version line/);
  });
});

describe('folders', () => {
  it('walks recursively in sorted order, skipping hidden entries and other extensions', async () => {
    const dir = join(tmp, 'mixed');
    cpSync(fx('folder'), dir, { recursive: true });
    writeFileSync(join(dir, 'sub', 'f-crawl.warc.gz'), await makeWarc(true));
    const items = await collect([dir]);
    assert.deepEqual(
      articlesOf(items).map((a) => a.origin.slice(dir.length + 1).replace(/#urn:uuid:.*$/, '#record')),
      ['a-quarry.html', 'c-ferry-strike.txt', 'sub/d-lines.jsonl:1', 'sub/d-lines.jsonl:2', 'sub/e-feed.xml#item-1', 'sub/f-crawl.warc.gz#record', 'sub/f-crawl.warc.gz#record', 'sub/f-crawl.warc.gz#record'],
    );
    const quarry = articlesOf(items)[0]!.article;
    assert.equal(quarry.canonicalUrl, 'https://courier.lowmere.example/2026/01/quarry');
    assert.equal(quarry.title, 'Planners reject Stonecross quarry expansion');
    assert.ok(!items.some((i) => i.kind === 'article' && /hidden|draft/.test(i.article.text)));
  });

  it('reports an unreadable sub-folder and goes on', async () => {
    const dir = join(tmp, 'locked');
    mkdirSync(join(dir, 'closed'), { recursive: true });
    writeFileSync(join(dir, 'closed', 'x.txt'), 'Never read. (Fictional.)');
    writeFileSync(join(dir, 'open.txt'), 'A fictional article that can be read.');
    chmodSync(join(dir, 'closed'), 0o000);
    try {
      if (process.getuid?.() === 0) {
        // Root reads anything: walk the folder from a child process running as "nobody".
        chmodSync(tmp, 0o755);
        chmodSync(dir, 0o755);
        const script = join(tmp, 'walk-as-nobody.mts');
        writeFileSync(
          script,
          `import { walkFolder } from ${JSON.stringify(join(REPO_ROOT, 'src/ingest/sources/files.ts'))};\n` +
            `const out = [];\nfor await (const e of walkFolder(${JSON.stringify(dir)})) out.push(e.error ? e.error.code : 'file');\n` +
            'process.stdout.write(JSON.stringify(out));\n',
        );
        chmodSync(script, 0o644);
        const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: REPO_ROOT, uid: 65534, gid: 65534, encoding: 'utf8', env: { ...process.env, HOME: tmp } });
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(JSON.parse(run.stdout), ['E_FILE_READ', 'file']);
      } else {
        const items = await collect([dir]);
        assert.deepEqual(issuesOf(items).map((i) => i.code), ['E_FILE_READ']);
        assert.equal(articlesOf(items).length, 1);
      }
    } finally {
      chmodSync(join(dir, 'closed'), 0o755);
    }
  });
});

describe('sniffing and bad inputs', () => {
  it('tells URL lists, feeds, sitemaps, JSONL and articles apart by content', async () => {
    const write = (name: string, body: string | Buffer): string => {
      const p = join(tmp, name);
      writeFileSync(p, body);
      return p;
    };
    assert.equal(await sniffFile(write('list.txt', '# fictional\nhttps://a.example/1\n\nhttps://a.example/2\n')), 'urls');
    assert.equal(await sniffFile(write('story.txt', 'A fictional story.\nhttps://a.example/1 is cited in it.\n')), 'article');
    assert.equal(await sniffFile(write('feed', '<?xml version="1.0"?>\n<!-- x -->\n<rss version="2.0"><channel/></rss>')), 'xml');
    assert.equal(await sniffFile(write('sitemap.gz', gzipSync('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>'))), 'xml');
    assert.equal(await sniffFile(write('crawl.bin', await makeWarc(true))), 'warc');
    assert.equal(await sniffFile(write('lines', '{"text": "fictional"}\n')), 'jsonl');
    assert.equal(await sniffFile(write('page', '<html><body><p>Fictional.</p></body></html>')), 'article');
    assert.equal(looksLikeUrlList('https://a.example/1\nhttps://a.example/2\nnot a url\nhttps://a.example/3\nhttps://a.example/4\n', true), true);
    assert.equal(looksLikeUrlList('Title\nhttps://a.example/1\n', true), false);
  });

  it('reports malformed and unknown XML as issues', async () => {
    const broken = join(tmp, 'broken.xml');
    writeFileSync(broken, '<rss version="2.0"><channel><item><title>Fictional</title></channel></rss>');
    const other = join(tmp, 'other.xml');
    writeFileSync(other, '<?xml version="1.0"?><catalogue><book>Fictional</book></catalogue>');
    const items = await collect([broken, other]);
    assert.deepEqual(issuesOf(items).map((i) => [i.code, i.origin]), [
      ['E_FEED_XML', broken],
      ['E_FEED_KIND', other],
    ]);
    assert.match(issuesOf(items)[1]!.message, /<catalogue>/);
  });

  it('does not expand DTD entities (no entity blow-up)', async () => {
    const p = join(tmp, 'lol.xml');
    const lol = '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    writeFileSync(p, `${lol}<rss version="2.0"><channel><item><title>&c;</title><content:encoded xmlns:content="x">&lt;p&gt;Fictional &amp;c;&lt;/p&gt;</content:encoded></item></channel></rss>`);
    const items = await collect([p]);
    const arts = articlesOf(items);
    assert.equal(arts.length, 1);
    assert.equal(arts[0]!.article.title, '&c;');
  });

  it('checkInputs rejects missing files, unreadable inputs and non-http URLs before anything is read', async () => {
    const missing = join(tmp, 'nope.jsonl');
    await assert.rejects(checkInputs([fx('feed-rss.xml'), missing]), (e) => isSiftError(e, 'E_FILE_NOT_FOUND') && e.message.includes(missing));
    await assert.rejects(checkInputs(['ftp://files.example/x']), (e) => isSiftError(e, 'E_URL_INVALID'));
    await assert.rejects(checkInputs(['-']), (e) => isSiftError(e, 'E_USAGE'));
    await checkInputs([fx('folder'), fx('feed-atom.xml'), 'https://news.example/feed']);
  });
});
