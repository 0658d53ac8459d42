/** Case table of attribution frames in English, Russian and Ukrainian (own fictional sentences). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../analyze.js';

type Case = [text: string, source: string, cue: string, content: string, chain?: string];

const CASES: Case[] = [
  ['The mayor said that the bridge would reopen on Friday.', 'The mayor', 'said', 'that the bridge would reopen on Friday'],
  ['Officials told reporters that the ferry had been delayed.', 'Officials', 'told', 'that the ferry had been delayed'],
  ['The harbour will close for two days, the port authority said.', 'the port authority', 'said', 'The harbour will close for two days'],
  ['“We are ready,” said Mira Kalen, a spokeswoman for the council.', 'Mira Kalen', 'said', '“We are ready,”'],
  ['According to Reuters, the talks collapsed late on Tuesday.', 'Reuters', 'According to', 'the talks collapsed late on Tuesday'],
  ['The talks collapsed late on Tuesday, according to two diplomats.', 'two diplomats', 'according to', 'The talks collapsed late on Tuesday'],
  ['TASS, citing a source in the ministry, reported that the convoy had turned back.', 'a source in the ministry', 'citing', 'that the convoy had turned back', 'TASS → a source in the ministry'],
  ['Interfax reported, citing the regional governor, that power was restored.', 'the regional governor', 'citing', 'that power was restored', 'Interfax → the regional governor'],
  ['По словам Ивана Серова, мост откроют в пятницу.', 'Ивана Серова', 'По словам', 'мост откроют в пятницу'],
  ['Министр заявил, что переговоры продолжатся.', 'Министр', 'заявил', 'что переговоры продолжатся'],
  ['Переговоры продолжатся, — сообщил ТАСС.', 'ТАСС', 'сообщил', 'Переговоры продолжатся'],
  ['РИА Новости со ссылкой на эксперта сообщает, что колонна ушла.', 'эксперта', 'со ссылкой на', 'что колонна ушла', 'RIA Novosti → эксперта'],
  ['За словами Олени Марчук, воду подають без перебоїв.', 'Олени Марчук', 'За словами', 'воду подають без перебоїв'],
  ['Речник заявив, що ситуація під контролем.', 'Речник', 'заявив', 'що ситуація під контролем'],
  ['Укрінформ з посиланням на мера повідомив, що школи працюють.', 'мера', 'з посиланням на', 'що школи працюють', 'Ukrinform → мера'],
  ['Sen. Ola Brant (D-Vt.) said the levy would pass.', 'Sen. Ola Brant (D-Vt.)', 'said', 'the levy would pass'],
  ['The county’s fire chief, Tom Adair, said the blaze was contained.', 'The county’s fire chief, Tom Adair', 'said', 'the blaze was contained'],
  ['“It is over,” she said several weeks after the vote.', 'she', 'said', '“It is over,”'],
  ['“It is a good plan,” said Dr. Ana J. Pell.', 'Dr. Ana J. Pell', 'said', '“It is a good plan,”'],
  ['The tolls will rise in May, the agency said in a March report, and fares will follow.', 'the agency', 'said', 'The tolls will rise in May … fares will follow'],
  ['On the broadcast of “Harbour Hour,” the mayor said the pier would be rebuilt.', 'the mayor', 'said', 'the pier would be rebuilt'],
  ['The minister said the border would stay open and warned traders to file early.', 'The minister', 'said', 'the border would stay open'],
  ['Ms. Lind said the ferry was safe, though she noted that its crew was tired.', 'Ms. Lind', 'said', 'the ferry was safe'],
];

for (const [text, source, cue, content, chain] of CASES) {
  test(`frame: ${text}`, () => {
    const doc = analyzeText(text);
    const hit = doc.attributions.find((a) => a.cue.text === cue);
    assert.ok(hit, `no attribution with cue "${cue}" in ${JSON.stringify(doc.attributions.map((a) => a.cue.text))}`);
    assert.equal(hit.source.text, source);
    assert.equal(hit.content.text, content);
    if (chain) assert.equal(hit.chain.join(' → '), chain);
    const pieces = hit.content.fragments ?? [hit.content];
    assert.equal(pieces.map((f) => text.slice(f.start, f.end)).join(' … '), hit.content.text, 'offsets index the original text');
  });
}

test('Russian anaphoric frame: "Об этом сообщил" takes the previous sentence', () => {
  const doc = analyzeText('Колонна повернула назад у моста. Об этом сообщил ТАСС.');
  const a = doc.attributions.find((x) => x.rule === 'anaphoric');
  assert.equal(a?.source.name, 'TASS');
  assert.equal(a?.content.text, 'Колонна повернула назад у моста.');
});

test('no attribution in plain narration', () => {
  const doc = analyzeText('The river rose by two metres overnight. A report on the flood is due next week.');
  assert.equal(doc.attributions.length, 0);
});

test('hedges in three languages, and not when the claim is attributed', () => {
  assert.equal(analyzeText('The convoy allegedly carried fuel.').hedged[0]?.cue.text, 'allegedly');
  assert.equal(analyzeText('Колонна якобы везла топливо.').hedged[0]?.cue.text, 'якобы');
  assert.equal(analyzeText('Колона нібито везла пальне.').hedged[0]?.cue.text, 'нібито');
  assert.equal(analyzeText('The mayor said that the convoy reportedly carried fuel.').hedged.length, 0);
});

test('a quotation the splitter ended at "?”" is the content of "X said." after it', () => {
  const doc = analyzeText('“Who would have thought we would win?” Lena Ford said. The hall cheered.');
  const a = doc.attributions.find((x) => x.cue.text === 'said');
  assert.equal(a?.source.text, 'Lena Ford');
  assert.equal(a?.content.text, '“Who would have thought we would win?”');
});

test('transcript turns: "HOST: …" speaks to the end of its paragraph', () => {
  const text = 'A partial transcript follows.\n\nHOST: Welcome back. Is the ferry safe?\n\nMAYOR: It is safe. We checked it twice.';
  const doc = analyzeText(text);
  const turns = doc.attributions.filter((x) => x.rule === 'speaker');
  assert.deepEqual(turns.map((x) => [x.source.text, x.content.text]), [['HOST', 'Welcome back. Is the ferry safe?'], ['MAYOR', 'It is safe. We checked it twice.']]);
});

test('credit lines after quotations: "“…” ― Name"', () => {
  const text = '“The ferry is late again.” ― Ida Moran\n\n“Nobody told us.” ― Jon K. Reyes';
  const doc = analyzeText(text);
  const credits = doc.attributions.filter((x) => x.rule === 'credit');
  assert.deepEqual(credits.map((x) => [x.source.text, x.cue.text, x.content.text]), [
    ['Ida Moran', '―', '“The ferry is late again.”'],
    ['Jon K. Reyes', '―', '“Nobody told us.”'],
  ]);
});

test('content that starts before its cue: fronted wh-words, raising and passive subjects, passive agents', () => {
  const wh = analyzeText('Nobody knows what the mayor says the levy would pay for.').attributions.find((x) => x.cue.text === 'says');
  assert.equal(wh?.content.text, 'what … the levy would pay for');
  const raised = analyzeText('The ferry seems to have left early.').attributions.find((x) => x.cue.text === 'seems');
  assert.equal(raised?.content.text, 'The ferry … to have left early');
  const agent = analyzeText('The harbour plan was endorsed by three unions.').attributions.find((x) => x.cue.text === 'endorsed');
  assert.deepEqual([agent?.source.text, agent?.content.text], ['three unions', 'The harbour plan']);
});

test('reported speech inside an attributed quotation is marked quoted and nested', () => {
  const doc = analyzeText('“The engineers said the spans are weak,” the mayor said.');
  const inner = doc.attributions.find((x) => x.source.text === 'The engineers');
  const outer = doc.attributions.find((x) => x.source.text === 'the mayor');
  assert.equal(inner?.quoted, true);
  assert.equal(inner?.parent, outer?.id);
  assert.equal(outer?.quoted, undefined);
});
