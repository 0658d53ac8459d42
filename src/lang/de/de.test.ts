/** German as the fourth language: the hand-labelled table (docs/languages.md) and what German changes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../analyze.js';
import { GERMAN_HELDOUT, GERMAN_TABLE, type Row } from './de-table.js';

function matches(row: Row): boolean {
  const doc = analyzeText(row[0]);
  if (row[1] === null) return doc.attributions.length === 0;
  const [, source, cue, content] = row;
  return doc.attributions.some((a) => a.source.text === source && a.cue.text === cue && a.content.text === content);
}

for (const row of GERMAN_TABLE) {
  test(`German frame: ${row[0]}`, () => {
    const doc = analyzeText(row[0]);
    assert.equal(doc.lang, 'de');
    if (row[1] === null) {
      assert.deepEqual(doc.attributions.map((a) => a.cue.text), []);
      return;
    }
    const [, source, cue, content] = row;
    const hit = doc.attributions.find((a) => a.cue.text === cue);
    assert.ok(hit, `no attribution with cue "${cue}" in ${JSON.stringify(doc.attributions.map((a) => a.cue.text))}`);
    assert.equal(hit.source.text, source);
    assert.equal(hit.content.text, content);
  });
}

test('German held-out rows: at least 7 of 10 right (the score measured when they were written)', () => {
  const right = GERMAN_HELDOUT.filter(matches).length;
  assert.ok(right >= 7, `${right} of ${GERMAN_HELDOUT.length}`);
});

test('German hedges and dates: "angeblich" hedges, "18. Juli 2025" is a date', () => {
  const doc = analyzeText('Die Armee hat angeblich drei Dörfer eingenommen. Der Bericht erschien am 18. Juli 2025 in der Zeitung.');
  assert.equal(doc.lang, 'de');
  assert.deepEqual(doc.hedged.map((h) => h.cue.text), ['angeblich']);
  assert.deepEqual(doc.mentions.filter((m) => m.type === 'date').map((m) => m.value), ['2025-07-18']);
});
