import assert from 'node:assert/strict';
import { it } from 'node:test';
import { normaliseDate } from './date.js';

it('normalises publication times to ISO 8601', () => {
  const cases: Array<[string, string | undefined]> = [
    ['2031-03-05', '2031-03-05'],
    ['20310305', '2031-03-05'],
    ['2031/3/5', '2031-03-05'],
    [' 2031-03-05T10:00:00+03:00 ', '2031-03-05T07:00:00.000Z'],
    ['2031-03-05T10:00:00-0500', '2031-03-05T15:00:00.000Z'],
    ['2031-03-05T10:00:00.1234Z', '2031-03-05T10:00:00.123Z'],
    ['2031-03-05 10:00', '2031-03-05T10:00:00.000Z'],
    ['Wed, 05 Mar 2031 10:00:00 GMT', '2031-03-05T10:00:00.000Z'],
    ['March 5, 2031', '2031-03-05'],
    ['5 March 2031 14:30', '2031-03-05T14:30:00.000Z'],
    ['2031-02-30', undefined],
    ['2031-03-05T25:00:00Z', undefined],
    ['05/03/2031', undefined],
    ['yesterday', undefined],
    ['1850-01-01', undefined],
    ['', undefined],
  ];
  for (const [raw, want] of cases) assert.equal(normaliseDate(raw), want, raw);
  assert.equal(normaliseDate(null), undefined);
});
