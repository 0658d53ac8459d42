/** Name keys across scripts, and typed mentions. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../analyze.js';
import { nameKey } from './keys.js';

const SAME_KEY: string[][] = [
  ['Марочко', 'Marochko'],
  ['Зелёный Гай', 'Zeleniy Hay', 'Zelenyi Hai', 'Зелений Гай'],
  ['Андрей Марочко', 'Andrei Marochko', 'Andrey Marochko', 'Андрій Марочко'],
  ['РИА Новости', 'RIA Novosti', 'Ria Novosti'],
  ['ТАСС', 'TASS'],
  ['Зеленский', 'Zelensky', 'Zelenskyy', 'Зеленський'],
  ['Харків', 'Kharkiv'],
];

for (const group of SAME_KEY) {
  test(`same key: ${group.join(' = ')}`, () => {
    const keys = new Set(group.map(nameKey));
    assert.equal(keys.size, 1, JSON.stringify(group.map(nameKey)));
  });
}

test('different names keep different keys', () => {
  assert.notEqual(nameKey('Marochko'), nameKey('Marchuk'));
  assert.notEqual(nameKey('Sumy'), nameKey('Sochi'));
  assert.notEqual(nameKey('Kharkiv'), nameKey('Kherson'));
});

test('mentions: people with roles, outlets, places, dates and numbers', () => {
  const text =
    'Reports from Ria Novosti, citing military expert Andrei Marochko, say 12 soldiers left the Zeleniy Hay settlement on July 10th. Marochko added that twelve more left.';
  const doc = analyzeText(text);
  const by = (t: string) => doc.mentions.find((m) => m.text === t);
  assert.equal(by('Ria Novosti')?.type, 'outlet');
  assert.equal(by('Ria Novosti')?.canonical, 'RIA Novosti');
  assert.equal(by('Andrei Marochko')?.type, 'person');
  assert.equal(by('Andrei Marochko')?.role, 'military expert');
  assert.equal(by('Zeleniy Hay')?.type, 'place');
  assert.equal(by('July 10th')?.value, '--07-10');
  assert.equal(by('12')?.value, '12');
  assert.equal(by('twelve')?.value, '12');
  assert.equal(by('Marochko')?.canonical, 'Andrei Marochko');
  for (const m of doc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('dates in Russian and Ukrainian normalise like English', () => {
  const ru = analyzeText('Это произошло 10 июля 2024 года.').mentions.find((m) => m.type === 'date');
  const uk = analyzeText('Це сталося 10 липня.').mentions.find((m) => m.type === 'date');
  const en = analyzeText('It happened on 10 July 2024.').mentions.find((m) => m.type === 'date');
  assert.equal(ru?.value, '2024-07-10');
  assert.equal(en?.value, '2024-07-10');
  assert.equal(uk?.value, '--07-10');
});
