import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURE_DIR } from '../../test/fixtures/readers/make-fixtures.js';
import { formatFromExtension, isUrlLike, looksLikeHtml, looksLikeJsonl, sniffBinary, sniffFormat } from './detect.js';

const fixture = (name: string): Buffer => readFileSync(join(FIXTURE_DIR, name));

describe('sniffBinary', () => {
  it('names known formats by their magic numbers', () => {
    assert.equal(sniffBinary(fixture('fake.pdf')), 'a PDF document');
    assert.equal(sniffBinary(fixture('fake.png')), 'a PNG image');
    assert.equal(sniffBinary(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])), 'an ELF executable');
    assert.match(sniffBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])) ?? '', /ZIP/);
    assert.equal(sniffBinary(Buffer.from([0x1f, 0x8b, 0x08, 0x00])), 'a gzip archive');
  });

  it('flags NUL bytes and a high share of control characters', () => {
    assert.match(sniffBinary(fixture('nul-bytes.bin')) ?? '', /NUL/);
    assert.match(sniffBinary(fixture('controls.bin')) ?? '', /control characters/);
    // A NUL far past the sniffed head still counts.
    const late = Buffer.concat([Buffer.alloc(200_000, 'a'), Buffer.from([0])]);
    assert.match(sniffBinary(late) ?? '', /NUL/);
  });

  it('passes text, HTML and legacy-charset bytes', () => {
    for (const name of ['news-article.html', 'malformed.html', 'ru-cp1251.html', 'ru-koi8r.txt', 'bom-crlf.txt', 'articles.jsonl']) {
      assert.equal(sniffBinary(fixture(name)), null, name);
    }
    // Tabs, CR/LF, form feeds and a few stray control bytes are fine.
    assert.equal(sniffBinary(Buffer.from('col1\tcol2\r\n\fpage two\x1b[0m and a bell \x07 once in a long line of text')), null);
  });

  it('treats UTF-16 with a byte-order mark as text despite its NUL bytes', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The council said so.', 'utf16le')]);
    assert.equal(sniffBinary(utf16), null);
  });

  it('does not take a text that merely starts like a weak signature for binary', () => {
    assert.equal(sniffBinary(Buffer.from('ID3 tags were added to the archive, the station said.')), null);
    assert.equal(sniffBinary(Buffer.from('RIFF between the two ministers deepened on Tuesday.')), null);
    // …but names it when the rest is binary.
    assert.equal(sniffBinary(Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x23TSSE')), 'an MP3 audio file');
  });
});

describe('format sniffing', () => {
  it('recognises HTML documents and fragments', () => {
    assert.ok(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>'));
    assert.ok(looksLikeHtml('\uFEFF\n  <!-- generated --> <!-- twice -->\n<html lang="en">'));
    assert.ok(looksLikeHtml('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'));
    assert.ok(looksLikeHtml('<p>Just a paragraph.</p>'));
    assert.ok(looksLikeHtml('Warning: stray notice\n<html><body><p>x</p></body></html>'));
  });

  it('does not take text with angle brackets for HTML', () => {
    assert.ok(!looksLikeHtml('The index rose 3 points (a < b) as traders said.'));
    assert.ok(!looksLikeHtml('<3 from the team at the paper'));
    assert.ok(!looksLikeHtml('<!-- a comment, then plain words -->\nNo markup here.'));
  });

  it('recognises JSONL by its first non-blank line', () => {
    assert.ok(looksLikeJsonl('\n{"text":"a"}\n{"text":"b"}\n'));
    assert.ok(!looksLikeJsonl('{not json}\n'));
    assert.ok(!looksLikeJsonl('["an","array"]\n'));
    assert.ok(!looksLikeJsonl('Plain text {"text":"a"}'));
    // A first line cut off by the sniffing window still counts when it starts like an object.
    assert.ok(looksLikeJsonl(`{"html":"${'x'.repeat(1000)}`));
  });

  it('sniffFormat picks jsonl, html or text', () => {
    assert.equal(sniffFormat('{"text":"a"}'), 'jsonl');
    assert.equal(sniffFormat('<html><body></body></html>'), 'html');
    assert.equal(sniffFormat('Officials said the road would reopen.'), 'text');
  });

  it('maps extensions, case-insensitively', () => {
    assert.equal(formatFromExtension('a/b/page.HTM'), 'html');
    assert.equal(formatFromExtension('feed.ndjson'), 'jsonl');
    assert.equal(formatFromExtension('notes.txt'), 'text');
    assert.equal(formatFromExtension('README'), undefined);
    assert.equal(formatFromExtension('story.md'), undefined);
  });

  it('tells URLs from paths', () => {
    assert.ok(isUrlLike('https://example.org/a'));
    assert.ok(isUrlLike('ftp://example.org/a'));
    assert.ok(!isUrlLike('example.org/a'));
    assert.ok(!isUrlLike('C:\\news\\a.txt'));
    assert.ok(!isUrlLike('./http:/x'));
  });
});
