import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { isSiftError, type ErrorCode } from '../errors/catalogue.js';
import { FIXTURE_DIR, generatedFixtures, russianText } from '../../test/fixtures/readers/make-fixtures.js';
import type { Article } from './article.js';
import { readArticles, type ReadOptions } from './read.js';

const fx = (name: string): string => join(FIXTURE_DIR, name);
const tmp = mkdtempSync(join(tmpdir(), 'sift-read-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

async function read(input: string, opts: ReadOptions = {}): Promise<Article[]> {
  const out: Article[] = [];
  for await (const a of readArticles(input, opts)) out.push(a);
  return out;
}

async function one(input: string, opts: ReadOptions = {}): Promise<Article> {
  const all = await read(input, opts);
  assert.equal(all.length, 1);
  return all[0]!;
}

const rejectsWith = (p: Promise<unknown>, code: ErrorCode, message?: RegExp): Promise<void> =>
  assert.rejects(p, (e) => {
    assert.ok(isSiftError(e), String(e));
    assert.equal(e.code, code, e.message);
    if (message) assert.match(e.message, message);
    return true;
  });

const stdin = (...chunks: Array<string | Buffer>): Readable => Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));

it('the committed binary fixtures match make-fixtures.ts', () => {
  for (const [name, bytes] of generatedFixtures()) assert.ok(readFileSync(fx(name)).equals(bytes), `${name} is stale: run make-fixtures.ts`);
});

describe('text files', () => {
  it('strips the BOM, keeps CRLF and everything else, and takes the id from the path', async () => {
    const a = await one(fx('bom-crlf.txt'));
    assert.deepEqual(a, {
      id: fx('bom-crlf.txt'),
      format: 'text',
      text: 'The ferry operator said fares would rise.\r\n\r\nA union official disputed the figures.\r\n',
    });
  });

  it('decodes legacy Cyrillic text files', async () => {
    assert.equal((await one(fx('ru-cp1251.txt'))).text, russianText());
    assert.equal((await one(fx('ru-koi8r.txt'))).text, russianText());
  });
});

describe('HTML files', () => {
  it('reads .html by extension and a page without extension by sniffing', async () => {
    const a = await one(fx('news-article.html'));
    assert.equal(a.format, 'html');
    assert.equal(a.title, 'Harbour bridge to reopen in autumn, council says');
    const noExt = join(tmp, 'page');
    copyFileSync(fx('news-article.html'), noExt);
    const b = await one(noExt);
    assert.equal(b.format, 'html');
    assert.equal(b.text, a.text);
  });

  it('decodes windows-1251, KOI8-R and mislabelled pages', async () => {
    for (const name of ['ru-cp1251.html', 'ru-koi8r.html', 'ru-mislabelled-utf8.html', 'ru-mislabelled-latin1.html']) {
      const a = await one(fx(name));
      assert.equal(a.title, 'В Заречье пообещали открыть новый мост к осени', name);
      assert.equal(a.siteName, 'Заречный вестник', name);
      assert.equal(a.lang, 'ru', name);
      assert.ok(a.text.includes('Эксперты, опрошенные изданием'), name);
      assert.ok(!a.text.includes('Главная'), `${name}: menu left out`);
    }
  });

  it('--format overrides extension and content', async () => {
    const raw = await one(fx('news-article.html'), { format: 'text' });
    assert.equal(raw.format, 'text');
    assert.ok(raw.text.startsWith('<!DOCTYPE html>'));
    const txt = join(tmp, 'saved.txt');
    writeFileSync(txt, '<div><p>The quay will be rebuilt, engineers said.</p></div>');
    assert.equal((await one(txt)).text, '<div><p>The quay will be rebuilt, engineers said.</p></div>', '.txt is read as text');
    const forced = await one(txt, { format: 'html' });
    assert.deepEqual([forced.format, forced.text], ['html', 'The quay will be rebuilt, engineers said.']);
  });

  it('reads malformed HTML without crashing', async () => {
    const a = await one(fx('malformed.html'));
    assert.match(a.text, /record crowd on Saturday/);
  });
});

describe('JSONL files', () => {
  it('reads .jsonl by extension and JSONL without extension by sniffing', async () => {
    assert.equal((await read(fx('articles.jsonl'))).length, 3);
    const noExt = join(tmp, 'feed');
    copyFileSync(fx('articles.jsonl'), noExt);
    assert.deepEqual((await read(noExt)).map((a) => a.format), ['jsonl', 'jsonl', 'jsonl']);
  });

  it('streams a JSONL file larger than the size cap (the cap applies per line)', async () => {
    const path = join(tmp, 'many.jsonl');
    const line = `${JSON.stringify({ text: 'The harbour master said the tide would turn early.' })}\n`;
    writeFileSync(path, line.repeat(100));
    assert.equal((await read(path, { maxBytes: 1000 })).length, 100);
    const noExt = join(tmp, 'many');
    copyFileSync(path, noExt);
    assert.equal((await read(noExt, { maxBytes: 1000 })).length, 100);
  });
});

describe('guards', () => {
  it('empty input', async () => {
    await rejectsWith(read(fx('empty.txt')), 'E_EMPTY_INPUT', /empty\.txt/);
    await rejectsWith(read(fx('whitespace.txt')), 'E_EMPTY_INPUT');
  });

  it('binary input, saying what it looks like', async () => {
    await rejectsWith(read(fx('fake.pdf')), 'E_BINARY_INPUT', /a PDF document/);
    await rejectsWith(read(fx('fake.png')), 'E_BINARY_INPUT', /a PNG image/);
    await rejectsWith(read(fx('nul-bytes.bin')), 'E_BINARY_INPUT', /NUL bytes/);
    await rejectsWith(read(fx('controls.bin')), 'E_BINARY_INPUT', /control characters/);
    await rejectsWith(read(fx('fake.pdf'), { format: 'html' }), 'E_BINARY_INPUT');
  });

  it('too large, checked before reading', async () => {
    const path = join(tmp, 'big.txt');
    writeFileSync(path, 'a'.repeat(2000));
    await rejectsWith(read(path, { maxBytes: 1000 }), 'E_INPUT_TOO_LARGE', /is 2000 bytes, above the limit of 1000 bytes/);
    assert.equal((await one(path, { maxBytes: 2000 })).text.length, 2000);
  });

  it('missing files, directories and bad URLs', async () => {
    await rejectsWith(read(join(tmp, 'no-such-file.txt')), 'E_FILE_NOT_FOUND', /no-such-file\.txt/);
    await rejectsWith(read(join(fx('empty.txt'), 'child')), 'E_FILE_NOT_FOUND');
    await rejectsWith(read(FIXTURE_DIR), 'E_USAGE', /is a directory/);
    await rejectsWith(read(''), 'E_USAGE');
    await rejectsWith(read('ftp://files.example/story.txt'), 'E_URL_INVALID');
    await rejectsWith(read('https://example.org/feed', { format: 'jsonl' }), 'E_USAGE', /not URLs/);
    await rejectsWith(read('http://127.0.0.1:9/'), 'E_URL_PRIVATE');
  });
});

describe('standard input', () => {
  it('reads plain text', async () => {
    const a = await one('-', { stdin: stdin('The minister said, ', 'according to aides, that talks would resume.\n') });
    assert.deepEqual(a, { id: 'stdin', format: 'stdin', text: 'The minister said, according to aides, that talks would resume.\n' });
  });

  it('sniffs HTML and JSONL', async () => {
    const h = await one('-', { stdin: stdin(readFileSync(fx('news-article.html'))) });
    assert.equal(h.format, 'stdin');
    assert.equal(h.siteName, 'The Larkhaven Courier');
    assert.ok(h.html?.includes('<article>'));
    const j = await read('-', { stdin: stdin(readFileSync(fx('articles.jsonl'))) });
    assert.deepEqual(j.map((a) => a.id), ['a1', 'https://news.otterby.example/story/77', '7']);
    // A broken first line that starts like an object is JSONL with a bad line 1, not prose.
    await rejectsWith(read('-', { stdin: stdin('{"text": "unterminated\n{"text":"fine"}\n') }), 'E_JSONL_LINE', /^Line 1 of standard input/);
  });

  it('decodes legacy charsets and multi-byte characters split across chunks', async () => {
    const bytes = iconv.encode(russianText(), 'windows-1251');
    assert.equal((await one('-', { stdin: stdin(bytes.subarray(0, 7), bytes.subarray(7)) })).text, russianText());
    const utf8 = Buffer.from('Мэр заявил, что мост откроют.', 'utf8');
    assert.equal((await one('-', { stdin: stdin(utf8.subarray(0, 1), utf8.subarray(1, 3), utf8.subarray(3)) })).text, 'Мэр заявил, что мост откроют.');
  });

  it('honours --format, and guards empty, binary and oversized input', async () => {
    const forced = await one('-', { stdin: stdin('<p>Tagged text, a source said.</p>'), format: 'text' });
    assert.equal(forced.text, '<p>Tagged text, a source said.</p>');
    await rejectsWith(read('-', { stdin: stdin() }), 'E_EMPTY_INPUT', /standard input/);
    await rejectsWith(read('-', { stdin: stdin(readFileSync(fx('fake.pdf'))) }), 'E_BINARY_INPUT');
    const endless = Readable.from((function* () {
      for (let i = 0; i < 1e6; i++) yield Buffer.alloc(64 * 1024, 'a');
    })());
    await rejectsWith(read('-', { stdin: endless, maxBytes: 1_000_000 }), 'E_INPUT_TOO_LARGE', /more than 1000000 bytes/);
  });
});
