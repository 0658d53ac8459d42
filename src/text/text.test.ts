/** Tokens and sentences keep lossless offsets; language identification; hostile Unicode. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../test/shared.js';
import { identifyLanguage } from './lang.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

const NAUGHTY = [
  '', ' ', '\u0000\u0001\u0002', '\u200b\u200c\u200d\ufeff', 'Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤ ̖t̝͕̳̣̻̪͞h̼͓̲̦̳̘̲e͇̣̰̦̬͎ ̢̼̻̱̘h͚͎͙̜̣̲ͅi̦̲̣̰̤v̻͍e̺̭̳̪̰-m̢iͅn̖̺̞̲̯̰d̵̼̟͙̩̼̘̳',
  '👨‍👩‍👧‍👦 🇺🇦 🏳️‍🌈', '\ud800 lone surrogate', 'مرحبا بالعالم', '日本語のテキスト。二文目。', 'a\r\nb\rc\n\n\nd',
  '.'.repeat(10000), '"'.repeat(500) + 'x', 'U.S.A. e.g. i.e. Mr. Dr. St. т.е. им. Ленина',
];

/** Rebuilds the text from tokens and the whitespace between them. */
function rebuild(text: string): string {
  let out = '';
  let at = 0;
  for (const t of tokenize(text)) {
    const gap = text.slice(at, t.start);
    assert.match(gap, /^\s*$/u, `non-space text between tokens: ${JSON.stringify(gap)}`);
    out += gap + text.slice(t.start, t.end);
    at = t.end;
  }
  assert.match(text.slice(at), /^\s*$/u);
  return out + text.slice(at);
}

test('tokens reproduce the input byte for byte (sample, seed-like and naughty strings)', () => {
  const sample = readFileSync(join(REPO_ROOT, 'samples/articles/desertion-report.txt'), 'utf8');
  for (const s of [sample, ...NAUGHTY]) assert.equal(rebuild(s), s);
});

test('sentences are trimmed, ordered, non-overlapping ranges of the input', () => {
  for (const s of NAUGHTY) {
    let last = 0;
    for (const x of splitSentences(s)) {
      assert.ok(x.start >= last && x.end > x.start && x.end <= s.length);
      assert.equal(s.slice(x.start, x.end).trim(), s.slice(x.start, x.end));
      last = x.end;
    }
  }
});

const SENTENCE_CASES: Array<[string, string[]]> = [
  ['Mr. Smith arrived. He left at 5 p.m. on Sept. 3.', ['Mr. Smith arrived.', 'He left at 5 p.m. on Sept. 3.']],
  ['The U.S. Army said so. Then it changed.', ['The U.S. Army said so.', 'Then it changed.']],
  ['“Stop,” he said. “Now!” She ran.', ['“Stop,” he said.', '“Now!”', 'She ran.']],
  ['Title line\n\nFirst paragraph. Second sentence.', ['Title line', 'First paragraph.', 'Second sentence.']],
  ['Он приехал в г. Сумы. Там было тихо.', ['Он приехал в г. Сумы.', 'Там было тихо.']],
  ['A line wrapped\nin the middle. Next one.', ['A line wrapped\nin the middle.', 'Next one.']],
  ['J. R. Tolkien wrote it. Fine.', ['J. R. Tolkien wrote it.', 'Fine.']],
];

for (const [text, expected] of SENTENCE_CASES) {
  test(`sentences: ${JSON.stringify(text)}`, () => {
    assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), expected);
  });
}

test('paragraph numbers follow blank lines', () => {
  const s = splitSentences('One. Two.\n\nThree.\n\n\nFour.');
  assert.deepEqual(s.map((x) => x.paragraph), [0, 0, 1, 2]);
});

const LANG_CASES: Array<[string, string]> = [
  ['The ministry said on Tuesday that the bridge would reopen after repairs.', 'en'],
  ['Министерство заявило во вторник, что мост откроют после ремонта.', 'ru'],
  ['Міністерство заявило у вівторок, що міст відкриють після ремонту.', 'uk'],
  ['Le ministère a déclaré mardi que le pont rouvrirait après les travaux.', 'fr'],
  ['Das Ministerium erklärte am Dienstag, die Brücke werde nach der Reparatur wieder geöffnet.', 'de'],
  ['12 34', 'und'],
];

for (const [text, lang] of LANG_CASES) {
  test(`language: ${lang}`, () => assert.equal(identifyLanguage(text), lang));
}
