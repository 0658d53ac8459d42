/**
 * Publication dates: ISO 8601 at the precision the source gives, where the date came from, and
 * the span of time it stands for.
 *
 * A date keeps its precision — `year` (`2025`), `month` (`2025-12`), `day` (`2025-12-14`) or
 * `time` (`2025-12-14T07:00:00.000Z`) — and its source: `metadata` (the page, feed, sitemap, WARC
 * record or JSONL line said so), `url` (a date in the URL path) or `text` (a dateline in the page
 * text). URL and text dates are fallbacks (date-fallback.ts), taken only when metadata gives none.
 *
 * `parseDate` reads publication times as they are written:
 * - ISO 8601 at any precision: `2025`, `2025-12`, `2025-12-14`, `2025-12-14T10:00+03:00`;
 *   also `20251214`, `2025/12/14`, `2025/12`.
 * - A date with a time becomes UTC: `2024-03-05T10:00:00+03:00` → `2024-03-05T07:00:00.000Z`.
 *   A time without a zone is taken as UTC (the page's zone is unknown).
 * - Written dates: `March 5, 2024`, `5 March 2024`, `18 июля 2025`, `Friday, 18. Juli 2025` → day;
 *   `December 2025`, `липень 2025` → month; `Wed, 05 Mar 2031 10:00:00 GMT` → time.
 * - Anything unparseable, or outside the years 1900–2100, gives undefined. Numeric day/month
 *   orders with slashes (05/03/2024) are ambiguous and refused.
 *
 * The canonical strings have one form per precision, so `precisionOf(iso)` recovers the precision
 * of any string `parseDate` returns.
 */
import { MONTH_NAMES } from './data/dates.js';

export type DatePrecision = 'year' | 'month' | 'day' | 'time';
export type DateSource = 'metadata' | 'url' | 'text';

/** Coarsest first. */
export const DATE_PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'time'];
export const DATE_SOURCES: readonly DateSource[] = ['metadata', 'url', 'text'];

/** A date as ISO 8601 at its own precision. */
export interface ParsedDate {
  iso: string;
  precision: DatePrecision;
}

/** `[start, end)` in ms since the epoch: every instant the date may stand for. */
export interface DateInterval {
  start: number;
  end: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const YEAR_ONLY = /^(\d{4})$/;
const YEAR_MONTH = /^(\d{4})(?:-(\d{2})|\/(\d{1,2}))$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const SLASH_DATE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/*
 * Written dates. Month names are matched as any word of 3 to 12 letters and looked up in
 * MONTH_NAMES, and what stands around a match is checked in code (`writtenDays`), so that each
 * regex stays small enough for the ReDoS check (test/regex-safety.test.ts) to prove it linear.
 */
/** Day first: "18 July 2025", "18th of July, 2025", "18. Juli 2025", "1er juillet 2025", "18 июля 2025". Groups: day, month word, year. */
const DAY_MONTH_YEAR = /(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+)?(\p{L}{3,12})\.?,?\s+(\d{4})/giu;
/** Month first: "July 18, 2025", "Jul. 18th 2025". Groups: month word, day, year. */
const MONTH_DAY_YEAR = /(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/giu;
/** Day, month and year with dots: "18.07.2025". Groups: day, month, year. */
const DOTTED_DATE = /(\d{1,2})\.(\d{1,2})\.(\d{4})/g;
/** A month and year: "December 2025", "июль 2025". Groups: month word, year. */
const MONTH_YEAR = /(\p{L}{3,12})\.?,?\s+(\d{4})/giu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** A written date found in a text: where it stands, `[start, end)`, and the day it names. */
export interface WrittenDay {
  start: number;
  end: number;
  date: ParsedDate;
}

/** True when no letter or digit stands just before `[start, end)` and no digit just after. */
function standsApart(s: string, start: number, end: number): boolean {
  const before = s[start - 1];
  const after = s[end];
  return (before === undefined || !LETTER_OR_DIGIT.test(before)) && (after === undefined || !DIGIT.test(after));
}

function monthOf(word: string): number {
  return MONTH_NAMES[word.toLowerCase()] ?? 0;
}

/** Every date written in `s` ends with its year: each is looked for in this many characters before a year. */
const BEFORE_YEAR = 40;
const YEAR_DIGITS = /\d{4}/g;

/**
 * The matches of the global regex `re` that end with one of the four-digit numbers of `s` and
 * that `read` turns into a value, in order. Each regex runs only over the few characters before
 * a year, not over the whole text.
 */
function scan<T>(re: RegExp, s: string, read: (m: RegExpExecArray) => T | undefined): Array<{ start: number; end: number; value: T }> {
  const out: Array<{ start: number; end: number; value: T }> = [];
  let last = -1;
  YEAR_DIGITS.lastIndex = 0;
  let y: RegExpExecArray | null;
  while ((y = YEAR_DIGITS.exec(s))) {
    const to = y.index + 4;
    const from = Math.max(0, y.index - BEFORE_YEAR, last);
    const window = s.slice(from, to);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window))) {
      const [start, end] = [from + m.index, from + m.index + m[0].length];
      const value = end === to && standsApart(s, start, end) ? read(m) : undefined;
      if (value !== undefined) {
        out.push({ start, end, value });
        last = end;
        break;
      }
      // Not a date ending at this year: look again from the next character.
      re.lastIndex = m.index + 1;
    }
  }
  return out;
}

/**
 * The written dates in `s` that name a real day (years from `minYear`), in text order: "18 July
 * 2025", "July 18, 2025", "18 июля 2025", "18 липня 2025", "18. Juli 2025", "1er juillet 2025",
 * "18.07.2025". Each stands apart (no letter or digit just before, no digit just after).
 */
export function writtenDays(s: string, minYear = MIN_YEAR): WrittenDay[] {
  const found = [
    ...scan(DAY_MONTH_YEAR, s, (m) => dayDate(Number(m[3]), monthOf(m[2]!), Number(m[1]), minYear)),
    ...scan(MONTH_DAY_YEAR, s, (m) => dayDate(Number(m[3]), monthOf(m[1]!), Number(m[2]), minYear)),
    ...scan(DOTTED_DATE, s, (m) => dayDate(Number(m[3]), Number(m[2]), Number(m[1]), minYear)),
  ];
  return found.sort((x, y) => x.start - y.start || y.end - x.end).map((f) => ({ start: f.start, end: f.end, date: f.value }));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validYear(y: number, min = MIN_YEAR): boolean {
  return y >= min && y <= MAX_YEAR;
}

/** True for a real calendar day in the accepted years. */
export function validDate(y: number, m: number, d: number, minYear = MIN_YEAR): boolean {
  if (!validYear(y, minYear) || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `{ iso: 'YYYY-MM-DD', precision: 'day' }` for a valid day, else undefined. */
export function dayDate(y: number, m: number, d: number, minYear = MIN_YEAR): ParsedDate | undefined {
  return validDate(y, m, d, minYear) ? { iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, precision: 'day' } : undefined;
}

/** `{ iso: 'YYYY-MM', precision: 'month' }` for a valid month, else undefined. */
export function monthDate(y: number, m: number, minYear = MIN_YEAR): ParsedDate | undefined {
  return validYear(y, minYear) && m >= 1 && m <= 12 ? { iso: `${pad(y, 4)}-${pad(m)}`, precision: 'month' } : undefined;
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || /^(?:Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** A written date without a time of day: a day when one is given, else a month and year. */
function writtenDate(s: string): ParsedDate | undefined {
  const days = writtenDays(s);
  // Exactly one date, and nothing else numeric around it (a number that might be a time).
  const only = (start: number, end: number): boolean => !/\d/.test(s.slice(0, start) + s.slice(end));
  if (days.length > 0) return only(days[0]!.start, days[0]!.end) ? days[0]!.date : undefined;
  const months = scan(MONTH_YEAR, s, (m) => monthDate(Number(m[2]), monthOf(m[1]!)));
  return months.length > 0 && only(months[0]!.start, months[0]!.end) ? months[0]!.value : undefined;
}

/** Reads a publication time at its own precision, or returns undefined. */
export function parseDate(raw: string | undefined | null): ParsedDate | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  if (s === '' || s.length > 100) return undefined;

  let m = YEAR_ONLY.exec(s);
  if (m) return validYear(Number(m[1])) ? { iso: m[1]!, precision: 'year' } : undefined;
  m = YEAR_MONTH.exec(s);
  if (m) return monthDate(Number(m[1]), Number(m[2] ?? m[3]));
  m = ISO_DATE.exec(s) ?? COMPACT_DATE.exec(s) ?? SLASH_DATE.exec(s);
  if (m) return dayDate(Number(m[1]), Number(m[2]), Number(m[3]));

  m = ISO_DATETIME.exec(s);
  if (m) {
    const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
    if (!validDate(y, mo, d) || h > 23 || mi > 59 || sec > 60) return undefined;
    const ms = Number(((m[7] ?? '0') + '00').slice(0, 3));
    const utc = Date.UTC(y, mo - 1, d, h, mi, sec, ms) - zoneOffsetMinutes(m[8]) * 60_000;
    return { iso: new Date(utc).toISOString(), precision: 'time' };
  }

  // Written forms. With a time of day ("Tue, 05 Mar 2024 10:00:00 GMT", "5 March 2024 14:30"):
  // the JS parser, which reads English month names. Without one: month names in any of the
  // languages of data/dates.ts, then the JS parser for what is left (e.g. "Tue Mar 05 2024").
  if (!/\p{L}{3}/u.test(s) || !/(?:^|\D)\d{4}(?:\D|$)/.test(s)) return undefined;
  const hasTime = /\d:\d/.test(s);
  if (hasTime) {
    const hasZone = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\b)/i.test(s);
    const t = Date.parse(hasZone ? s : `${s} UTC`);
    if (Number.isNaN(t)) return undefined;
    const date = new Date(t);
    return validYear(date.getUTCFullYear()) ? { iso: date.toISOString(), precision: 'time' } : undefined;
  }
  const written = writtenDate(s);
  if (written) return written;
  // The JS parser fills a missing day with the 1st: only a string that names a day may use it.
  if (!/(?:^|\D)\d{1,2}(?:\D|$)/.test(s)) return undefined;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const date = new Date(t);
  return dayDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Normalises a publication time to ISO 8601 at its own precision, or returns undefined. */
export function normaliseDate(raw: string | undefined | null): string | undefined {
  return parseDate(raw)?.iso;
}

const ISO_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;

/** The instant of an ISO 8601 date-time (a time without a zone read as UTC), or NaN. */
function instantOf(iso: string): number {
  return Date.parse(LOCAL_TIME.test(iso) ? `${iso.replace(' ', 'T')}Z` : iso);
}

/**
 * The precision an ISO 8601 string is written at: `2025` year, `2025-12` month, `2025-12-14` day,
 * a date with a time of day `time`; undefined for anything else.
 */
export function precisionOf(iso: string | undefined | null): DatePrecision | undefined {
  if (typeof iso !== 'string') return undefined;
  const s = iso.trim();
  if (/^\d{4}$/.test(s)) return 'year';
  if (/^\d{4}-\d{2}$/.test(s)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return 'day';
  return ISO_TIME_SHAPE.test(s) && Number.isFinite(instantOf(s)) ? 'time' : undefined;
}

/** The coarser of two precisions. */
export function coarserPrecision(a: DatePrecision, b: DatePrecision): DatePrecision {
  return DATE_PRECISIONS.indexOf(a) <= DATE_PRECISIONS.indexOf(b) ? a : b;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Real UTC offsets run from −12:00 to +14:00. */
const EARLIEST_ZONE = 14 * HOUR;
const LATEST_ZONE = 12 * HOUR;

/**
 * The time a publication date stands for, `[start, end)` in ms since the epoch, so that later
 * code can use time as evidence at the precision it has: `2025` → all of 2025, `2025-12` → all of
 * December, `2025-12-14` → that day, a time → that millisecond (`[t, t + 1)`).
 *
 * `precision` (e.g. the stored `publishedPrecision`) may make the interval coarser than the string
 * (`2025-12-14` as `month` → all of December), never finer: the coarser of the two is used.
 * Calendar dates are read in UTC, as the store reads them; with `anyZone` a year, month or day is
 * widened to every zone it could have been written in (14 h earlier, 12 h later).
 * Returns undefined when `iso` is not an ISO 8601 date (see `precisionOf`).
 */
export function dateInterval(iso: string, precision?: DatePrecision, opts: { anyZone?: boolean } = {}): DateInterval | undefined {
  const own = precisionOf(iso);
  if (own === undefined) return undefined;
  const p = precision === undefined ? own : coarserPrecision(own, precision);
  const s = iso.trim();
  let y: number;
  let mo: number;
  let d: number;
  if (own === 'time') {
    const t = instantOf(s);
    if (p === 'time') return { start: t, end: t + 1 };
    const date = new Date(t);
    [y, mo, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  } else {
    [y, mo, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7) || '1'), Number(s.slice(8, 10) || '1')];
  }
  if (y < 1000) return undefined; // Date.UTC reads years 0–99 as 1900–1999
  let start: number;
  let end: number;
  if (p === 'year') [start, end] = [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  else if (p === 'month') [start, end] = [Date.UTC(y, mo - 1, 1), Date.UTC(y, mo, 1)];
  else [start, end] = [Date.UTC(y, mo - 1, d), Date.UTC(y, mo - 1, d) + DAY];
  if (!Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  return opts.anyZone ? { start: start - EARLIEST_ZONE, end: end + LATEST_ZONE } : { start, end };
}

/** What carries a publication date: an Article, a stored article. */
export interface PublishedFields {
  published?: string;
  publishedPrecision?: DatePrecision;
  publishedSource?: DateSource;
}

/** Sets `published` with its precision (read from the ISO string) and its source. */
export function setPublished(target: PublishedFields, iso: string, source: DateSource): void {
  target.published = iso;
  const precision = precisionOf(iso);
  if (precision) target.publishedPrecision = precision;
  else delete target.publishedPrecision;
  target.publishedSource = source;
}
