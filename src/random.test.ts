import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from './random.js';

test('seededRandom gives the same mulberry32 sequence for a seed on every run (benchmark corpora depend on it)', () => {
  const r = seededRandom(20240710);
  assert.deepEqual([r(), r(), r()], [0.4247131757438183, 0.3238498729187995, 0.547547941096127]);
  const a = seededRandom(7);
  const b = seededRandom(7);
  for (let i = 0; i < 1000; i++) {
    const x = a();
    assert.equal(x, b());
    assert.ok(x >= 0 && x < 1, `${x} in [0, 1)`);
  }
  assert.notEqual(seededRandom(8)(), seededRandom(7)());
});
