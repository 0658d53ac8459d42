import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { isSiftError, type ErrorCode } from '../errors/catalogue.js';
import { startServer, type TestServer } from '../../test/fixtures/readers/http-server.js';
import { FIXTURE_DIR, russianPage, russianText } from '../../test/fixtures/readers/make-fixtures.js';
import { blockedReason } from './address.js';
import { fetchUrl } from './fetch.js';
import type { NetPolicy } from './ssrf.js';
import { readUrl } from './url.js';

const NEWS_HTML = readFileSync(join(FIXTURE_DIR, 'news-article.html'));
const open = { allowPrivate: true } as const;

const rejectsWith = async (p: Promise<unknown>, code: ErrorCode, check?: (e: { message: string; details: Record<string, string | number> }) => void): Promise<void> => {
  await assert.rejects(p, (e) => {
    assert.ok(isSiftError(e), `expected a SiftError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    check?.(e);
    return true;
  });
};

const send = (res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer = ''): void => {
  res.writeHead(status, headers);
  res.end(body);
};

describe('fetchUrl / readUrl against a real local server', () => {
  let server: TestServer;
  let streamClosed: Promise<void>;
  let markStreamClosed: () => void;

  before(async () => {
    streamClosed = new Promise((r) => (markStreamClosed = r));
    server = await startServer((req, res) => {
      const path = req.url ?? '/';
      const loop = /^\/loop\/(\d+)$/.exec(path);
      if (path === '/news') return send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, NEWS_HTML);
      if (path === '/r1') return send(res, 302, { location: '/r2' });
      if (path === '/r2') return send(res, 301, { location: `${server.url}/news` });
      if (loop) return send(res, 307, { location: `/loop/${Number(loop[1]) + 1}` });
      if (path === '/to-ftp') return send(res, 302, { location: 'ftp://files.example/x' });
      if (path === '/hang') return; // never answers
      if (path === '/hang-body') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>The first half of a page');
        return; // …and the rest never comes
      }
      if (path === '/big-declared') return send(res, 200, { 'content-type': 'text/html', 'content-length': '50000000' }, '');
      if (path === '/big-stream') {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = (): void => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        res.on('close', () => markStreamClosed());
        return pump();
      }
      if (path === '/gzip-bomb') return send(res, 200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }, gzipSync(Buffer.alloc(30 * 1024 * 1024, ' ')));
      if (path === '/gzip-news') return send(res, 200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }, gzipSync(NEWS_HTML));
      if (path === '/missing') return send(res, 404, { 'content-type': 'text/html' }, '<p>not found</p>');
      if (path === '/image') return send(res, 200, { 'content-type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      if (path === '/cp1251-header') {
        // No <meta> in the page: only the header names the charset.
        const html = russianPage('x').replace(/<meta http-equiv[^\n]*\n/, '');
        return send(res, 200, { 'content-type': 'text/html; charset=windows-1251' }, iconv.encode(html, 'windows-1251'));
      }
      if (path === '/koi8-text') return send(res, 200, { 'content-type': 'text/plain; charset=koi8-r' }, iconv.encode(russianText(), 'koi8-r'));
      if (path === '/mislabelled') return send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, iconv.encode(russianPage('utf-8'), 'windows-1251'));
      if (path === '/empty') return send(res, 200, { 'content-type': 'text/html' }, '');
      return send(res, 500, {}, 'unexpected path');
    });
  });
  after(() => server.close());

  it('fetches an HTML page into an Article', async () => {
    const a = await readUrl(`${server.url}/news`, open);
    assert.equal(a.format, 'url');
    assert.equal(a.id, `${server.url}/news`);
    assert.equal(a.url, `${server.url}/news`);
    assert.equal(a.title, 'Harbour bridge to reopen in autumn, council says');
    assert.equal(a.published, '2031-04-17T06:30:00.000Z');
    assert.equal(a.domain, '127.0.0.1', 'the domain comes from the URL fetched, before the canonical link');
    assert.ok(a.text.includes('\n\n"We expect the first cars'));
  });

  it('follows relative and absolute redirects and reports the final URL', async () => {
    const f = await fetchUrl(`${server.url}/r1`, open);
    assert.equal(f.url, `${server.url}/news`);
    assert.deepEqual(f.hops, [`${server.url}/r1`, `${server.url}/r2`, `${server.url}/news`]);
    const a = await readUrl(`${server.url}/r1`, open);
    assert.equal(a.id, `${server.url}/r1`);
    assert.equal(a.url, `${server.url}/news`);
  });

  it('stops after the redirect limit (and allows exactly the limit)', async () => {
    await rejectsWith(fetchUrl(`${server.url}/loop/0`, { ...open, maxRedirects: 3 }), 'E_URL_REDIRECTS', (e) => assert.equal(e.details['limit'], 3));
    const before = server.requests.length;
    await rejectsWith(fetchUrl(`${server.url}/loop/0`, open), 'E_URL_REDIRECTS', (e) => assert.equal(e.details['limit'], 5));
    assert.equal(server.requests.length - before, 6, 'the default limit of 5 redirects means 6 requests');
    // Two redirects with a limit of two succeed.
    const f = await fetchUrl(`${server.url}/r1`, { ...open, maxRedirects: 2 });
    assert.equal(f.hops.length, 3);
    await rejectsWith(fetchUrl(`${server.url}/r1`, { ...open, maxRedirects: 1 }), 'E_URL_REDIRECTS');
  });

  it('refuses a redirect to a non-http scheme', async () => {
    await rejectsWith(fetchUrl(`${server.url}/to-ftp`, open), 'E_URL_INVALID', (e) => assert.match(e.message, /ftp:\/\/files\.example/));
  });

  it('times out on a server that never answers, and on a body that never ends', async () => {
    const t0 = Date.now();
    await rejectsWith(fetchUrl(`${server.url}/hang`, { ...open, timeoutMs: 300 }), 'E_URL_TIMEOUT', (e) => assert.equal(e.details['ms'], 300));
    assert.ok(Date.now() - t0 < 15_000, 'gave up (a hang would never return)');
    await rejectsWith(fetchUrl(`${server.url}/hang-body`, { ...open, timeoutMs: 300 }), 'E_URL_TIMEOUT');
  });

  it('enforces the size cap: declared length, endless stream, and decompressed size', async () => {
    await rejectsWith(fetchUrl(`${server.url}/big-declared`, { ...open, maxBytes: 1_000_000 }), 'E_URL_TOO_LARGE', (e) => assert.equal(e.details['limit'], 1_000_000));
    await rejectsWith(fetchUrl(`${server.url}/big-stream`, { ...open, maxBytes: 500_000 }), 'E_URL_TOO_LARGE');
    await streamClosed; // the connection was dropped, so the server stopped sending
    await rejectsWith(fetchUrl(`${server.url}/gzip-bomb`, { ...open, maxBytes: 1_000_000 }), 'E_URL_TOO_LARGE');
  });

  it('decompresses gzip', async () => {
    const a = await readUrl(`${server.url}/gzip-news`, open);
    assert.equal(a.siteName, 'The Larkhaven Courier');
  });

  it('maps HTTP errors, wrong content types and empty bodies to their codes', async () => {
    await rejectsWith(fetchUrl(`${server.url}/missing`, open), 'E_URL_STATUS', (e) => assert.equal(e.details['status'], 404));
    await rejectsWith(fetchUrl(`${server.url}/image`, open), 'E_URL_CONTENT_TYPE', (e) => assert.equal(e.details['type'], 'image/png'));
    await rejectsWith(readUrl(`${server.url}/empty`, open), 'E_EMPTY_INPUT');
  });

  it('takes the charset from the Content-Type header', async () => {
    const a = await readUrl(`${server.url}/cp1251-header`, open);
    assert.equal(a.title, 'В Заречье пообещали открыть новый мост к осени');
    assert.equal(a.byline, 'Полина Жаворонкова');
    const t = await readUrl(`${server.url}/koi8-text`, open);
    assert.equal(t.text, russianText());
    assert.equal(t.html, undefined);
    assert.equal(t.domain, '127.0.0.1');
  });

  it('decodes a page whose header and meta both wrongly say UTF-8', async () => {
    const a = await readUrl(`${server.url}/mislabelled`, open);
    assert.equal(a.title, 'В Заречье пообещали открыть новый мост к осени');
    assert.ok(a.text.includes('Мэр вымышленного города Заречье'));
  });

  it('refuses loopback without allowPrivate, before sending anything', async () => {
    const before = server.requests.length;
    await rejectsWith(fetchUrl(`${server.url}/news`), 'E_URL_PRIVATE', (e) => assert.match(e.message, /127\.0\.0\.1 \(loopback\)/));
    await rejectsWith(fetchUrl(`http://localhost:${server.port}/news`), 'E_URL_PRIVATE');
    await rejectsWith(fetchUrl(`http://0x7f000001:${server.port}/news`), 'E_URL_PRIVATE');
    await rejectsWith(fetchUrl(`http://2130706433:${server.port}/news`), 'E_URL_PRIVATE');
    await rejectsWith(fetchUrl(`http://[::1]:${server.port}/news`), 'E_URL_PRIVATE', (e) => assert.match(e.message, /::1/));
    await rejectsWith(fetchUrl(`http://[::ffff:127.0.0.1]:${server.port}/news`), 'E_URL_PRIVATE');
    assert.equal(server.requests.length, before, 'no request reached the server');
  });

  it('refuses a name whose address changes to a private one between check and connect (DNS rebinding)', async () => {
    // The first lookup (the pre-check) answers with a public address, later ones with loopback.
    // Without the connect-time check the socket would reach the local server.
    let lookups = 0;
    const rebinding: NetPolicy = {
      blockedReason,
      resolve: async () => (lookups++ === 0 ? [{ address: '93.184.216.34', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]),
    };
    const before = server.requests.length;
    await rejectsWith(fetchUrl(`http://rebind.test:${server.port}/news`, {}, rebinding), 'E_URL_PRIVATE', (e) => assert.match(e.message, /127\.0\.0\.1/));
    assert.ok(lookups >= 2, 'the connection did its own, checked, lookup');
    assert.equal(server.requests.length, before);
  });

  it('rejects non-http URLs and unreachable hosts', async () => {
    await rejectsWith(fetchUrl('ftp://files.example/a.txt'), 'E_URL_INVALID');
    await rejectsWith(fetchUrl('http://'), 'E_URL_INVALID');
    await rejectsWith(fetchUrl('file:///etc/passwd'), 'E_URL_INVALID');
    const closed = await startServer(() => {});
    const port = closed.port;
    await closed.close();
    await rejectsWith(fetchUrl(`http://127.0.0.1:${port}/`, open), 'E_URL_NETWORK', (e) => assert.match(e.message, /ECONNREFUSED/));
    await rejectsWith(fetchUrl('http://no-such-host.invalid/', open), 'E_URL_NETWORK', (e) => assert.match(e.message, /could not resolve/));
  });
});

describe('per-hop SSRF check on redirects', () => {
  // The policy treats 127.0.0.1 as public and every other address (127.0.0.2 here) as private,
  // standing in for a public site that redirects to an internal one.
  const policy: NetPolicy = {
    blockedReason: (a) => (a === '127.0.0.1' ? null : 'test-private'),
    resolve: async (host) => [{ address: host, family: 4 }],
  };
  let publicSite: TestServer;
  let internal: TestServer | undefined;

  before(async () => {
    try {
      internal = await startServer((_req, res) => send(res, 200, { 'content-type': 'text/plain' }, 'The internal secret, said the server.'), '127.0.0.2');
    } catch {
      internal = undefined; // 127.0.0.2 is not bindable on every OS; the refusal is still checked
    }
    const target = internal ? internal.url : 'http://127.0.0.2:9';
    publicSite = await startServer((_req, res) => send(res, 302, { location: `${target}/secret` }));
  });
  after(async () => {
    await publicSite.close();
    await internal?.close();
  });

  it('refuses the private hop when allowPrivate is false', async () => {
    await rejectsWith(fetchUrl(`${publicSite.url}/go`, {}, policy), 'E_URL_PRIVATE', (e) => assert.match(e.message, /127\.0\.0\.2/));
    assert.equal(publicSite.requests.length, 1, 'the first hop was fetched');
    if (internal) assert.equal(internal.requests.length, 0, 'the private hop was never contacted');
  });

  it('follows it when allowPrivate is set', async (t) => {
    if (!internal) return t.skip('127.0.0.2 is not bindable here');
    const f = await fetchUrl(`${publicSite.url}/go`, { allowPrivate: true }, policy);
    assert.equal(f.body.toString(), 'The internal secret, said the server.');
  });
});
