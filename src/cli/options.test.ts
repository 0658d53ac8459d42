import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSiftError } from '../errors/catalogue.js';
import { isoTime, positiveInt, positiveNumber, shareOf, timeMs } from './options.js';

const usage = (flag: string) => (e: unknown) => isSiftError(e, 'E_USAGE') && e.message.includes(flag);

test('flag parsers accept what they promise and name the flag when they refuse', () => {
  assert.equal(positiveInt('12', '--limit'), 12);
  for (const bad of ['0', '-1', '1.5', 'x', '']) assert.throws(() => positiveInt(bad, '--limit'), usage('--limit'), bad);
  assert.equal(positiveNumber('0.25', '--interval'), 0.25);
  assert.throws(() => positiveNumber('0', '--interval'), usage('--interval'));
  assert.equal(shareOf('0', '--rare-share'), 0);
  assert.equal(shareOf('1', '--rare-share'), 1);
  for (const bad of ['1.1', '-0.1', ' ', 'a']) assert.throws(() => shareOf(bad, '--rare-share'), usage('--rare-share'), bad);
  assert.equal(timeMs('2024-07-10T12:00Z', '--since'), Date.UTC(2024, 6, 10, 12));
  assert.equal(isoTime('2024-07-10', '--until'), '2024-07-10T00:00:00.000Z');
  assert.throws(() => isoTime('yesterday', '--until'), usage('--until'));
});
