import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { count, displayWidth, escapeHtml, inlineText, percent, stripUnsafe, truncate } from './text.js';
import { palette } from './palette.js';
import { SIFT_VERSION } from './version.js';

test('inlineText drops escape sequences starters, C1 controls and bidi overrides, and joins lines', () => {
  assert.equal(inlineText('a\u001b[2Jb'), 'a[2Jb');
  assert.equal(inlineText('x\u009b31my'), 'x31my');
  assert.equal(inlineText('evil\u202Etxt.exe\u2066z\u2069'), 'eviltxt.exez');
  assert.equal(inlineText('  one\r\ntwo\tthree\u2028four\u0007 '), 'one two three four');
  assert.equal(stripUnsafe('a\nb  c\u0000'), 'a b  c');
});

test('truncate counts display columns and never splits a surrogate pair', () => {
  assert.equal(truncate('abcdef', 4), 'abc…');
  assert.equal(truncate('abc', 3), 'abc');
  const emoji = '😀😀😀';
  assert.equal(displayWidth(emoji), 6);
  const cut = truncate(`${emoji}xyz`, 5);
  assert.equal(cut, '😀😀…');
  assert.ok(displayWidth(cut) <= 5);
  assert.equal(displayWidth('Новости'), 7);
  assert.equal(displayWidth('新闻报道'), 8);
  assert.equal(truncate('新闻报道', 5), '新闻…');
});

test('escapeHtml escapes markup, quotes, ampersands and CR', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&amp;\r</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&#13;&lt;/a&gt;');
});

test('percent and count format independently of locale', () => {
  assert.equal(percent(0.314), '31%');
  assert.equal(percent(0.001), '<1%');
  assert.equal(percent(0), '0%');
  assert.equal(count(1234567), '1,234,567');
});

test('palette emits SGR codes only when colour is on', () => {
  assert.equal(palette(false)('x', 'bold', 'red'), 'x');
  assert.equal(palette(true)('x', 'bold', 'red'), '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
});

test('SIFT_VERSION matches package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(SIFT_VERSION, pkg.version);
});
