/**
 * Property-based fuzzing of every reader (issue 12): text, HTML, JSONL, RSS/Atom, sitemap, WARC,
 * URL lists and the CSV/JSON import of user sources. Inputs are generated with fast-check, shaped
 * like each format (valid skeletons with hostile content, broken markup, random bytes), written to
 * a real file and read the way the CLI reads them. The property: reading ends — by returning or
 * by a coded SiftError — within a time bound; nothing else escapes. Runs are bounded (seeded,
 * a few dozen per reader) so the suite stays fast; a failure prints fast-check's shrunk input.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../src/analyze.js';
import { readArticles } from '../src/article/read.js';
import { isSiftError } from '../src/errors/catalogue.js';
import { readInputs } from '../src/ingest/sources/index.js';
import { parseImport } from '../src/sources/user.js';

const dir = mkdtempSync(join(tmpdir(), 'sift-fuzz-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const RUNS = 100;
const SEED = 20261206;
/** A reader that takes longer than this on a few KB is stuck (they take milliseconds). */
const BOUND_MS = 5_000;

let n = 0;
function fileWith(content: string | Uint8Array, ext: string): string {
  const p = join(dir, `f${n++}${ext}`);
  writeFileSync(p, content);
  return p;
}

/** Runs `work`; a SiftError is an accepted ending, anything else (or a timeout) fails the property. */
async function endsCleanly(work: () => Promise<void>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), BOUND_MS)));
  try {
    const r = await Promise.race([work().then(() => 'ok' as const), timeout]);
    if (r === 'timeout') throw new Error(`no end within ${BOUND_MS} ms`);
    return true;
  } catch (e) {
    if (isSiftError(e)) return true;
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

async function readAll(path: string): Promise<void> {
  for await (const article of readArticles(path)) analyze(article);
}

async function ingestAll(path: string): Promise<void> {
  for await (const item of readInputs([path], { allowPrivate: false, noFetch: true, maxBytes: 1 << 20 })) void item;
}

// Hostile text: control characters, bidi overrides, lone surrogates, quotes, markup and long runs.
const nasty = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('\u0000', '\u202e', '\ud800', '“', '«', '"', "''", '<', '&amp;', ']]>', '\r\n', '\n\n', 'said', 'по словам', '— заявил'),
  fc.string({ unit: fc.constantFrom('a', ' ', '.', '\n', '"', 'X said Y. '), maxLength: 400 }),
);
const nastyText = fc.array(nasty, { maxLength: 12 }).map((parts) => parts.join(''));

const TAGS = ['p', 'div', 'article', 'h1', 'title', 'script', 'style', 'meta', 'a', 'time', 'br', 'html', 'body', 'head', '!--', '![CDATA['];
const html = fc
  .array(fc.tuple(fc.constantFrom(...TAGS), nastyText, fc.boolean()), { maxLength: 15 })
  .map((parts) => parts.map(([tag, body, close]) => `<${tag}>${body}${close ? `</${tag}>` : ''}`).join(''));

const jsonlLine = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ url: nastyText, text: nastyText, title: nastyText, published: fc.oneof(nastyText, fc.constantFrom('2025', '2025-12', '2025-12-14', '2025-13-40', 'not a date')), lang: nastyText }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
  nastyText,
);
const jsonl = fc.array(jsonlLine, { maxLength: 8 }).map((lines) => lines.join('\n'));

const xmlItem = fc.tuple(nastyText, nastyText, nastyText).map(([link, title, desc]) => `<item><link>${link}</link><title>${title}</title><description>${desc}</description><pubDate>${title}</pubDate></item>`);
const rss = fc.array(xmlItem, { maxLength: 6 }).map((items) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items.join('')}</channel></rss>`);
const atom = fc.array(fc.tuple(nastyText, nastyText), { maxLength: 6 }).map((es) => `<feed xmlns="http://www.w3.org/2005/Atom">${es.map(([h, c]) => `<entry><link href="${h}"/><content type="html">${c}</content></entry>`).join('')}</feed>`);
const sitemap = fc.array(nastyText, { maxLength: 8 }).map((locs) => `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<url><loc>${l}</loc></url>`).join('')}</urlset>`);
const warcRecord = fc.tuple(fc.constantFrom('response', 'request', 'warcinfo', 'resource', 'bogus'), nastyText, fc.nat({ max: 5000 }), nastyText).map(
  ([type, uri, length, body]) => `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nContent-Length: ${length}\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${body}\r\n\r\n`,
);
const warc = fc.array(warcRecord, { maxLength: 4 }).map((records) => records.join(''));
const urlList = fc.array(fc.oneof(fc.webUrl(), nastyText), { maxLength: 10 }).map((lines) => lines.join('\n'));
const csv = fc.array(fc.array(fc.oneof(nastyText, fc.constantFrom('name', 'domains', 'reliability', 'unreliable', '"', '""', ',')), { maxLength: 6 }), { maxLength: 8 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));

const property = (gen: fc.Arbitrary<string | Uint8Array>, ext: string, read: (path: string) => Promise<void>) =>
  fc.assert(fc.asyncProperty(gen, (content) => endsCleanly(() => read(fileWith(content, ext)))), { numRuns: RUNS, seed: SEED });

test('fuzz: text files (including raw bytes) end in an article or a coded error', async () => {
  await property(fc.oneof(nastyText, fc.uint8Array({ maxLength: 600 })), '.txt', readAll);
});

test('fuzz: HTML, broken or hostile, ends in an article or a coded error', async () => {
  await property(html, '.html', readAll);
});

test('fuzz: JSONL lines of any shape end in articles, warnings or a coded error', async () => {
  await property(jsonl, '.jsonl', readAll);
});

test('fuzz: RSS and Atom feeds are read without fetching, ending cleanly', async () => {
  await property(fc.oneof(rss, atom), '.xml', ingestAll);
});

test('fuzz: sitemaps are read without fetching, ending cleanly', async () => {
  await property(sitemap, '.xml', ingestAll);
});

test('fuzz: WARC records with lying lengths and types end cleanly', async () => {
  await property(warc, '.warc', ingestAll);
});

test('fuzz: URL lists end cleanly (nothing is fetched)', async () => {
  await property(urlList, '.txt', ingestAll);
});

test('fuzz: CSV and JSON imports of user sources report issues, never crash', () => {
  fc.assert(
    fc.property(fc.oneof(csv, fc.jsonValue().map((v) => JSON.stringify(v)), nastyText), fc.constantFrom('list.csv', 'list.json'), (text, name) => {
      try {
        const r = parseImport(text, name);
        assert.ok(Array.isArray(r.entries) && Array.isArray(r.issues));
      } catch (e) {
        if (!isSiftError(e)) throw e;
      }
    }),
    { numRuns: RUNS * 2, seed: SEED },
  );
});
