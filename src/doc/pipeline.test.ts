/** The pipeline refuses stages whose needs are not met, and runs declared stages in order. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_STAGES } from '../analyze.js';
import { isSiftError } from '../errors/catalogue.js';
import { Pipeline } from './pipeline.js';

test('a stage that needs a missing layer is refused at construction with E_PIPELINE', () => {
  const attribution = DEFAULT_STAGES.find((s) => s.name === 'attributions')!;
  assert.throws(() => new Pipeline([attribution]), (e) => isSiftError(e, 'E_PIPELINE') && /requires layer/.test(e.message));
});

test('the default pipeline adds every layer it promises', () => {
  const doc = new Pipeline(DEFAULT_STAGES).run({ format: 'text', text: 'The mayor said that the bridge reopened.' });
  assert.equal(doc.lang, 'en');
  assert.equal(doc.sentences.length, 1);
  assert.ok(doc.tokens.length > 5);
  assert.equal(doc.attributions[0]?.source.text, 'The mayor');
});
