/**
 * Date mentions: "July 10th", "10 July 2024", "July 10, 2024", "2024-07-10", "10 июля", "10 липня".
 * Values are ISO-like: `2024-07-10`, or `--07-10` when the year is not given.
 */
import type { Mention } from '../doc/types.js';
import { ALL_MONTHS as MONTHS } from '../lang/index.js';

/** A word that may be a month name (checked against the calendars after matching). */
const MONTH_WORD = '\\p{L}{3,9}';
const ORD = '(?:st|nd|rd|th)?';
/**
 * Month-first, day-first (with optional "of", or a German "18. Juli") and ISO forms; each
 * alternative is anchored by a digit or a word. The month word is any short word here and is
 * looked up in the registered languages' calendars afterwards, which keeps the pattern small
 * however many languages are registered.
 */
export const DATE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${MONTH_WORD})\\.?\\s+(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?|(\\d{1,2})${ORD}\\.?\\s+(?:of\\s+)?(${MONTH_WORD})\\.?(?:,?\\s+(\\d{4}))?|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{L}\\p{N}])`,
  'giu',
);

export function findDates(text: string): Mention[] {
  const out: Mention[] = [];
  DATE_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_PATTERN.exec(text))) {
    let month: number | undefined;
    let day: number;
    let year: string | undefined;
    if (m[1]) {
      month = monthOf(m[1]);
      day = Number(m[2]);
      year = m[3];
    } else if (m[5]) {
      month = monthOf(m[5]);
      day = Number(m[4]);
      year = m[6];
    } else {
      year = m[7];
      month = Number(m[8]);
      day = Number(m[9]);
    }
    if (!month || day < 1 || day > 31) {
      // Not a date ("said 10 July" first matches "said 10"): look again from the next position.
      DATE_PATTERN.lastIndex = m.index + 1;
      continue;
    }
    const value = `${year ?? '-'}-${pad(month)}-${pad(day)}`;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'date', text: m[0], key: value, value });
  }
  return out;
}

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return Object.hasOwn(MONTHS, w) ? MONTHS[w] : undefined;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
