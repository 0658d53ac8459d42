/**
 * Date mentions: "July 10th", "10 July 2024", "July 10, 2024", "2024-07-10", "10 июля", "10 липня".
 * Values are ISO-like: `2024-07-10`, or `--07-10` when the year is not given.
 */
import type { Mention } from '../doc/types.js';
import { MONTHS } from './data/calendar.js';

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const ORD = '(?:st|nd|rd|th)?';
/** Month-first, day-first (with optional "of") and ISO forms; each alternative is anchored by a digit or month word. */
export const DATE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${MONTH_ALT})\\.?\\s+(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?|(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_ALT})\\.?(?:,?\\s+(\\d{4}))?|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{L}\\p{N}])`,
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
      month = MONTHS[m[1].toLowerCase()];
      day = Number(m[2]);
      year = m[3];
    } else if (m[5]) {
      month = MONTHS[m[5].toLowerCase()];
      day = Number(m[4]);
      year = m[6];
    } else {
      year = m[7];
      month = Number(m[8]);
      day = Number(m[9]);
    }
    if (!month || day < 1 || day > 31) continue;
    const value = `${year ?? '-'}-${pad(month)}-${pad(day)}`;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'date', text: m[0], key: value, value });
  }
  return out;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
