/**
 * Linear time as a property, not a timing (issue 12): analysing four times the text must cost
 * about four times the work. Each kind of input (bench/scale-texts.ts) is analysed at n and 4n
 * characters, alternately, and the median times compared: linear gives a ratio near 4, quadratic
 * near 16. The bound (9) leaves room for a loaded machine while failing any quadratic stage.
 * Absolute speed is measured in `npm run bench:scale-input`, not here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../src/analyze.js';
import { SCALE_KINDS, textOf } from '../bench/scale-texts.js';

const SIZES: Record<(typeof SCALE_KINDS)[number], number> = { prose: 24_000, repeated: 24_000, said: 6_000, line: 24_000, tiny: 24_000 };
const REPS = 5;
const MAX_RATIO = 9;

function ms(text: string): number {
  const t = performance.now();
  analyzeText(text);
  return performance.now() - t;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

for (const kind of SCALE_KINDS) {
  test(`linear time: ${kind}, 4× the text costs less than ${MAX_RATIO}× the time`, () => {
    const small = textOf(kind, SIZES[kind]);
    const large = textOf(kind, SIZES[kind] * 4);
    ms(small); // warm-up
    ms(large);
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < REPS; i++) {
      a.push(ms(small));
      b.push(ms(large));
    }
    const ratio = median(b) / Math.max(0.5, median(a));
    assert.ok(ratio < MAX_RATIO, `${kind}: ${median(a).toFixed(1)} ms → ${median(b).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`);
  });
}
