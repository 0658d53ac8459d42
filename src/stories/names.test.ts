/**
 * When two spellings are one name (across scripts, by surname, by the alias table), and which
 * sources are named at all. The names are fictional except real outlets and institutions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aliasGroupOf, aliasGroupsIn, isNamedSource, nameEntry, nameOverlaps, NameSet, sameName } from './names.js';

type Spelling = [text: string, type: string, lang: string];

const SAME: Array<[Spelling, Spelling, string]> = [
  [['Марочко', 'person', 'ru'], ['Marochko', 'person', 'en'], 'script only'],
  [['Андрей Марочко', 'person', 'ru'], ['Andrei Marochko', 'person', 'en'], 'full name across scripts'],
  [['Андрея Марочко', 'person', 'ru'], ['Marochko', 'person', 'en'], 'inflected full name and surname alone'],
  [['Павло Дроздов', 'person', 'uk'], ['Павел Дроздов', 'person', 'ru'], 'Ukrainian and Russian first names'],
  [['Світлодольському', 'place', 'uk'], ['Светлодольском', 'place', 'ru'], 'Ukrainian and Russian vowels'],
  [['Kharkiv', 'place', 'en'], ['Харьков', 'place', 'ru'], 'Ukrainian romanisation, Russian name'],
  [['ВСУ', 'organization', 'ru'], ['Ukrainian Armed Forces', 'organization', 'en'], 'alias table'],
  [['ЗСУ', 'organization', 'uk'], ['ВСУ', 'organization', 'ru'], 'alias table, Ukrainian and Russian abbreviation'],
  [['AFU', 'organization', 'en'], ['Armed Forces of Ukraine', 'organization', 'en'], 'alias table, English abbreviation'],
  [['Подразделения ВСУ', 'organization', 'ru'], ['UAF', 'organization', 'en'], 'alias inside a longer mention'],
  [['Минобороны России', 'organization', 'ru'], ['Russian Defence Ministry', 'organization', 'en'], 'ministry'],
  [['Минобороны', 'organization', 'ru'], ['Ministry of Defence', 'organization', 'en'], 'ministry, no country'],
  [['ЛНР', 'organization', 'ru'], ["Lugansk People's Republic", 'organization', 'en'], 'abbreviation and full name'],
  [['РИА Новости', 'outlet', 'ru'], ['RIA Novosti', 'outlet', 'en'], 'outlet across scripts'],
  [['Киев', 'place', 'ru'], ['Kyiv', 'place', 'en'], 'alias table, place'],
  [['ООН', 'organization', 'ru'], ['UN', 'organization', 'en'], 'alias table, Cyrillic and Latin abbreviations'],
];

const DIFFERENT: Array<[Spelling, Spelling, string]> = [
  [['Russian Armed Forces', 'organization', 'en'], ['Ukrainian Armed Forces', 'organization', 'en'], 'two armies'],
  [['ВС РФ', 'organization', 'ru'], ['ВСУ', 'organization', 'ru'], 'two armies, abbreviated'],
  [['Zorevo', 'place', 'en'], ['Zarevo', 'place', 'en'], 'one spelling system: vowels count'],
  [['Зорево', 'place', 'ru'], ['Зарево', 'place', 'ru'], 'one spelling system: vowels count (Cyrillic)'],
  [['Pavel Drozdov', 'person', 'en'], ['Pavel Marchenko', 'person', 'en'], 'same first name'],
  [['RIA Novosti', 'outlet', 'en'], ['TASS', 'outlet', 'en'], 'two agencies'],
  [['Moscow', 'place', 'en'], ['Kyiv', 'place', 'en'], 'two capitals'],
];

test('spellings of one name are one name, across scripts, by surname and by the alias table', () => {
  for (const [a, b, why] of SAME) {
    assert.ok(sameName(nameEntry(...a), nameEntry(...b)), `${a[0]} = ${b[0]} (${why})`);
    assert.ok(sameName(nameEntry(...b), nameEntry(...a)), `${b[0]} = ${a[0]} (${why}, symmetric)`);
  }
});

test('different names stay different', () => {
  for (const [a, b, why] of DIFFERENT) assert.ok(!nameOverlaps(nameEntry(...a), nameEntry(...b)), `${a[0]} ≠ ${b[0]} (${why})`);
});

test('a name inside another counts as present, not as the same entry', () => {
  const city = nameEntry('ЛУГАНСК', 'place', 'ru');
  const republic = nameEntry("Luhansk People's Republic", 'organization', 'en');
  assert.ok(nameOverlaps(city, republic));
  assert.ok(!sameName(city, republic));
  // A text naming both keeps both in its list.
  const set = new NameSet();
  assert.ok(set.add(nameEntry('Ukraine', 'place', 'en')));
  assert.ok(set.add(nameEntry('Ukrainian Armed Forces', 'organization', 'en')));
  assert.ok(!set.add(nameEntry('UAF', 'organization', 'en')), 'UAF is the Ukrainian Armed Forces already listed');
  assert.equal(set.entries.length, 2);
});

test('alias phrases in running text count, inflected; abbreviations only in capitals', () => {
  const cases: Array<[string, string[]]> = [
    ['Ukrainian forces withdrew overnight.', ['armed-forces-of-ukraine']],
    ['Подразделения Вооружённых сил Украины отошли.', ['armed-forces-of-ukraine']],
    ['The ВС РФ and the ЗСУ both claimed the village.', ['armed-forces-of-russia', 'armed-forces-of-ukraine', 'russia']],
    ['The mode of transport was a barge.', []],
    ['The MoD said nothing.', ['defence-ministry']],
    ['вс рф', []],
  ];
  for (const [text, groups] of cases) assert.deepEqual([...aliasGroupsIn(text)].sort(), groups, text);
  assert.equal(aliasGroupOf('Минобороны России'), 'defence-ministry', 'the longest, first alias decides');
  assert.equal(aliasGroupOf('Armed Forces of the Russian Federation'), 'armed-forces-of-russia');
});

test('only named people, outlets and organisations are sources: never pronouns or descriptors', () => {
  const cases: Array<[string, string, boolean]> = [
    ['He', 'person', false],
    ['She', 'person', false],
    ['They', 'pronoun', false],
    ['They', 'person', false],
    ['it', 'organization', false],
    ['Он', 'person', false],
    ['Она', 'person', false],
    ['Він', 'person', false],
    ['the expert', 'descriptor', false],
    ['the expert', 'person', false],
    ['The expert’s analysis', 'person', false],
    ['a military expert', 'person', false],
    ['This report', 'organization', false],
    ['воен', 'unknown', false],
    ['Andrei Marochko', 'person', true],
    ['Андрей Марочко', 'person', true],
    ['TASS', 'outlet', true],
    ['The New York Times', 'outlet', true],
    ['Минобороны России', 'organization', true],
  ];
  for (const [name, kind, named] of cases) assert.equal(isNamedSource(name, kind), named, `${name} (${kind})`);
});
