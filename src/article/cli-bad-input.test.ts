/**
 * `sift analyze` on bad or hostile input, run in-process (one case as a real process): each case
 * ends with a clean one-line `sift: E_CODE: message` and the right exit code — never a stack
 * trace — or succeeds.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runSift, runSiftInProcess, type CliRun } from '../../test/cli.js';
import { startServer, type TestServer } from '../../test/fixtures/readers/http-server.js';
import { FIXTURE_DIR } from '../../test/fixtures/readers/make-fixtures.js';

function sift(args: string[], input?: string | Buffer): Promise<CliRun> {
  return runSiftInProcess(args, input === undefined ? {} : { input });
}

/** A failure: the given exit code and one clean error line with the given code. */
function assertCleanError(r: CliRun, code: string, exit = 1): void {
  assert.equal(r.code, exit, `exit code (stderr: ${r.stderr})`);
  assert.match(r.stderr, /^sift: E_[A-Z_]+: /);
  assert.ok(r.stderr.startsWith(`sift: ${code}: `), r.stderr);
  assert.ok(!r.stderr.includes('    at '), `no stack trace: ${r.stderr}`);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1, 'one line');
  assert.equal(r.stdout, '');
}

describe('sift analyze on bad input', { concurrency: true }, () => {
  let tmp: string;
  let server: TestServer;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'sift-cli-'));
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('The local server should never be asked, officials said.');
    });
  });
  after(async () => {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('empty file', async () => {
    assertCleanError(await sift(['analyze', join(FIXTURE_DIR, 'empty.txt')]), 'E_EMPTY_INPUT');
  });

  it('binary file', async () => {
    const r = await sift(['analyze', join(FIXTURE_DIR, 'fake.pdf')]);
    assertCleanError(r, 'E_BINARY_INPUT');
    assert.match(r.stderr, /a PDF document/);
  });

  it('a 50 MB text file', async () => {
    const big = join(tmp, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'The council said so. '));
    const r = await sift(['analyze', big]);
    assertCleanError(r, 'E_INPUT_TOO_LARGE');
    // The exact size in the message comes from stat(), before any read (speed is for benchmarks).
    assert.match(r.stderr, /52428800 bytes, above the limit of 20971520 bytes/);
  });

  it('--max-bytes lowers the cap', async () => {
    assertCleanError(await sift(['analyze', '--max-bytes', '100', join(FIXTURE_DIR, 'news-article.html')]), 'E_INPUT_TOO_LARGE');
  });

  it('malformed HTML succeeds (or fails cleanly)', async () => {
    const r = await sift(['analyze', '--json', join(FIXTURE_DIR, 'malformed.html')]);
    if (r.code === 0) {
      const out = JSON.parse(r.stdout) as { article: { title?: string; chars: number } };
      assert.equal(out.article.title, 'Broken page about the canal festival');
      assert.ok(out.article.chars > 200);
      assert.ok(!r.stderr.includes('    at '));
    } else {
      assert.match(r.stderr, /^sift: E_(?!INTERNAL)[A-Z_]+: /);
      assert.ok(!r.stderr.includes('    at '));
    }
  });

  it('a page in windows-1251 that says it is UTF-8', async () => {
    const r = await sift(['analyze', '--json', join(FIXTURE_DIR, 'ru-mislabelled-utf8.html')]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { article: { title?: string; byline?: string; lang: string } };
    assert.equal(out.article.title, 'В Заречье пообещали открыть новый мост к осени');
    assert.equal(out.article.byline, 'Полина Жаворонкова');
    assert.equal(out.article.lang, 'ru');
  });

  it('a loopback URL without --allow-private', async () => {
    const r = await sift(['analyze', `${server.url}/`]);
    assertCleanError(r, 'E_URL_PRIVATE');
    assert.match(r.stderr, /127\.0\.0\.1/);
    assert.equal(server.requests.length, 0, 'the server was never contacted');
  });

  it('an IPv6 loopback and a hex IPv4 loopback URL', async () => {
    assertCleanError(await sift(['analyze', `http://[::1]:${server.port}/`]), 'E_URL_PRIVATE');
    assertCleanError(await sift(['analyze', `http://0x7f000001:${server.port}/`]), 'E_URL_PRIVATE');
  });

  it('a directory', async () => {
    const r = await sift(['analyze', FIXTURE_DIR]);
    assertCleanError(r, 'E_USAGE', 2);
    assert.match(r.stderr, /is a directory/);
  });

  it('a missing file', async () => {
    assertCleanError(await sift(['analyze', join(tmp, 'nope.txt')]), 'E_FILE_NOT_FOUND');
  });

  it('a JSONL file with a bad line', async () => {
    const r = await sift(['analyze', '--json', join(FIXTURE_DIR, 'bad-line.jsonl')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^sift: E_JSONL_LINE: Line 4 of /);
    assert.ok(!r.stderr.includes('    at '));
  });

  it('empty standard input', async () => {
    assertCleanError(await sift(['analyze', '-'], ''), 'E_EMPTY_INPUT');
  });

  it('HTML on standard input succeeds (a real process: the smoke test of sift analyze)', async () => {
    const r = await runSift(['analyze', '--json', '-'], { input: '<html><body><p>The mayor said the bridge would reopen, according to a spokesperson.</p></body></html>' });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { article: { id: string } }).article.id, 'stdin');
  });
});
