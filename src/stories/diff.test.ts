/**
 * Per-copy diffs across scripts and languages. Every text here is FICTIONAL, written for these
 * tests (the village, the river, the expert and his claims are invented; RIA Novosti and the
 * ministries appear only as names to compare, see samples/README.md).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../analyze.js';
import { diffArticles } from './diff.js';

const RU = [
  'ЛУГАНСК, 12 мая. /РИА Новости/. Подразделения ВСУ оставили насосную станцию у села Зорево на Тихорецком направлении. Об этом РИА Новости рассказал военный эксперт Павел Дроздов.',
  '«Станция пуста с ночи, 23 бойца ушли к реке Тихая», — сказал Дроздов.',
  'Он добавил, что Минобороны России пока не комментирует происходящее.',
].join('\n\n');

const EN = [
  'Ukrainian forces have abandoned a pumping station near the village of Zorevo on the Tikhoretsk front, military expert Pavel Drozdov told RIA Novosti on May 12.',
  '"The station has been empty since the night; 23 fighters left for the Tikhaya river," Drozdov said.',
  'He added that the Russian Defence Ministry had not yet commented.',
  'They say the river crossing is now mined.',
].join('\n\n');

const UK = [
  'Підрозділи ЗСУ залишили насосну станцію біля села Зорево на Тихорецькому напрямку, повідомив РІА Новини військовий експерт Павло Дроздов.',
  '«Станція порожня з ночі, 23 бійці пішли до річки Тиха», — сказав Дроздов.',
  'Він додав, що Міноборони Росії поки не коментує ситуацію.',
].join('\n\n');

/** The same report written by an English copy that names no one and leans on pronouns. */
const EN_PRONOUNS = [
  'He said the pumping station near Zorevo had been empty since the night.',
  'They claim 23 fighters left for the Tikhaya river, and she added that nobody was hurt.',
].join('\n\n');

const ru = analyzeText(RU, { lang: 'ru' });
const en = analyzeText(EN, { lang: 'en' });
const uk = analyzeText(UK, { lang: 'uk' });

const CROSS_SCRIPT: Array<{ name: string; base: typeof ru; copy: typeof ru; keptNames: string[]; keptSources: string[] }> = [
  { name: 'Russian original, English copy', base: ru, copy: en, keptNames: ['Подразделения ВСУ', 'Павел Дроздов', 'Тихорецком', 'Минобороны России', 'RIA Novosti'], keptSources: ['Павел Дроздов'] },
  { name: 'Russian original, Ukrainian copy', base: ru, copy: uk, keptNames: ['Подразделения ВСУ', 'Павел Дроздов', 'Тихорецком', 'Минобороны России', 'RIA Novosti'], keptSources: ['Павел Дроздов'] },
  { name: 'English original, Russian copy', base: en, copy: ru, keptNames: ['Pavel Drozdov', 'Tikhoretsk', 'Russian Defence Ministry', 'RIA Novosti'], keptSources: ['Pavel Drozdov'] },
  { name: 'Ukrainian original, English copy', base: uk, copy: en, keptNames: ['Підрозділи ЗСУ', 'Павло Дроздов', 'Міноборони Росії'], keptSources: ['Павло Дроздов'] },
];

test('a name that only changed script or language is neither added nor dropped', () => {
  for (const c of CROSS_SCRIPT) {
    const d = diffArticles(c.base, c.copy);
    for (const n of c.keptNames) assert.ok(!d.dropped.names.includes(n), `${c.name}: ${n} dropped (${d.dropped.names.join(', ')})`);
    for (const s of c.keptSources) assert.ok(!d.sourcesDropped.includes(s), `${c.name}: source ${s} dropped`);
    const back = diffArticles(c.copy, c.base);
    assert.deepEqual(back.dropped.names, d.added.names, `${c.name}: the diff read backwards swaps added and dropped`);
  }
});

test('no name is listed as both added and dropped, in any direction; only real differences are', () => {
  const docs = { ru, en, uk };
  // [base, copy, added names, dropped names]: the Russian dateline ЛУГАНСК is the one name only
  // one version has; every other name is in all three, spelled three ways.
  const cases: Array<[keyof typeof docs, keyof typeof docs, string[], string[]]> = [
    ['ru', 'en', [], ['ЛУГАНСК']],
    ['ru', 'uk', [], ['ЛУГАНСК']],
    ['en', 'ru', ['ЛУГАНСК'], []],
    ['en', 'uk', [], []],
    ['uk', 'ru', ['ЛУГАНСК'], []],
    ['uk', 'en', [], []],
  ];
  for (const [b, c, added, dropped] of cases) {
    const d = diffArticles(docs[b], docs[c]);
    assert.deepEqual(d.added.names, added, `${b}→${c} added`);
    assert.deepEqual(d.dropped.names, dropped, `${b}→${c} dropped`);
    assert.deepEqual(d.sourcesAdded.filter((x) => d.sourcesDropped.includes(x)), [], `${b}→${c} sources`);
  }
});

test('pronouns and descriptors are never new or dropped sources', () => {
  const copy = analyzeText(EN_PRONOUNS, { lang: 'en' });
  // The copy's raw attributions do have pronoun sources: the diff must leave them out.
  const raw = copy.attributions.map((a) => a.source.name);
  assert.ok(raw.some((n) => /^(he|they|she)$/i.test(n)), `fixture has pronoun sources: ${raw.join(', ')}`);
  const cases: Array<[string, typeof ru, typeof ru]> = [
    ['English pronoun copy of the Russian original', ru, copy],
    ['Russian original against the pronoun copy', copy, ru],
    ['English copy with "He added" and "They say"', ru, en],
  ];
  const PRONOUN = /^(he|she|they|it|он|она|они|він|вона|вони|the expert|a military expert)$/i;
  for (const [name, base, c] of cases) {
    const d = diffArticles(base, c);
    for (const s of [...d.sourcesAdded, ...d.sourcesDropped]) assert.doesNotMatch(s, PRONOUN, `${name}: ${s}`);
  }
  const d = diffArticles(ru, copy);
  assert.ok(d.sourcesDropped.includes('Павел Дроздов'), 'the named source the copy no longer names is dropped');
  assert.deepEqual(d.sourcesAdded, []);
});

test('numbers: a changed figure is reported, digits inside URLs are not facts', () => {
  const base = analyzeText('Engineer Lidia Varkova said 23 barges were stranded at the Kessel lock on Tuesday. Source: https://kessel-news.example/2025/0512/barges-20250512.html', { lang: 'en' });
  const changed = analyzeText('Engineer Lidia Varkova said 32 barges were stranded at the Kessel lock on Tuesday, a record.', { lang: 'en' });
  const kept = analyzeText('Engineer Lidia Varkova said 32 barges were stranded at the Kessel lock on Tuesday. Earlier reports said 23.', { lang: 'en' });
  const d = diffArticles(base, changed);
  assert.deepEqual(d.changedNumbers, [{ from: '23', to: '32' }]);
  assert.deepEqual(d.dropped.numbers, ['23'], 'the URL digits (2025, 0512, 20250512) are not dropped facts');
  assert.deepEqual(diffArticles(base, kept).changedNumbers, [], 'the copy still gives 23: not a change');
});
