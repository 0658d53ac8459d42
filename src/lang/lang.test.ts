/** The language registry: one language per sentence, and no cues for a language Sift does not know. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../analyze.js';
import { toJson } from '../report/json.js';
import { defaultSources } from '../sources/default.js';
import { knowDoc } from '../sources/doc.js';
import { isSupported, LANGUAGES } from './index.js';
import { languageNote, sentenceLanguage } from './sentences.js';

test('every registered language fills every part of the interface', () => {
  assert.deepEqual(LANGUAGES.map((l) => l.code), ['en', 'ru', 'uk', 'de']);
  for (const l of LANGUAGES) {
    assert.ok(l.functionWords.size >= 20, `${l.code} function words`);
    assert.ok(l.hedges.length >= 5, `${l.code} hedges`);
    assert.ok(Object.keys(l.months).length >= 12, `${l.code} months`);
    assert.ok(l.descriptors.size >= 5, `${l.code} descriptors`);
    assert.ok(l.speech.prep.length >= 1, `${l.code} prepositional cues`);
    for (let i = 1; i < l.speech.prep.length; i++) assert.ok(l.speech.prep[i - 1]!.words.length >= l.speech.prep[i]!.words.length, `${l.code} prep cues longest first`);
  }
});

test('a sentence takes the document language unless it is written in another script', () => {
  assert.equal(sentenceLanguage('The mayor said the bridge would reopen.', 'en')?.code, 'en');
  assert.equal(sentenceLanguage('Мэр заявил, что мост откроют.', 'en')?.code, 'ru');
  assert.equal(sentenceLanguage('Речник заявив, що ситуація під контролем.', 'en')?.code, 'uk');
  assert.equal(sentenceLanguage('The mayor said the bridge would reopen.', 'ru')?.code, 'en');
  assert.equal(sentenceLanguage('Le maire a dit que le pont rouvrira.', 'fr'), undefined);
  assert.equal(isSupported('fr'), false);
});

test('a French article is read for mentions and numbers only, and the report says so', () => {
  const text = "Le maire de Lyon, Paul Morel, a déclaré que 12 ponts seraient fermés, selon l'agence. Selon le ministère, la situation est sous contrôle et les écoles restent ouvertes aujourd'hui.";
  const doc = analyzeText(text);
  assert.equal(doc.lang, 'fr');
  assert.deepEqual(doc.attributions, []);
  assert.deepEqual(doc.hedged, []);
  assert.deepEqual(doc.unsourced, []);
  assert.ok(doc.mentions.some((m) => m.type === 'number' && m.value === '12'));
  assert.ok(doc.mentions.some((m) => m.text === 'Paul Morel'));
  assert.match(languageNote(doc) ?? '', /No cue lists for "fr"/);
  assert.match(toJson(doc, knowDoc(doc, defaultSources())).article.languageNote ?? '', /no attributions or hedges/);
});

test('an English article quoting a Russian sentence reads that sentence with Russian cues', () => {
  const doc = analyzeText('The mayor spoke to reporters on Monday about the flooding in the valley.\n\nПо словам Ивана Серова, мост откроют в пятницу.');
  assert.equal(doc.lang, 'en');
  const hit = doc.attributions.find((a) => a.cue.text === 'По словам');
  assert.ok(hit);
  assert.equal(hit.source.text, 'Ивана Серова');
  assert.equal(languageNote(doc), undefined);
});
