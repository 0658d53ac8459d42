/**
 * Publication times at their precision. A page dated `2025-06-21` was published some time that
 * day: it is kept as the day's start and the day's length, never as midnight to the millisecond,
 * so that two copies dated the same day are "within a day", not "0.0 h apart".
 */
import type { TimePrecision } from './types.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** A publication time: start of its period (ms since the epoch) and the period's length (0 = timestamp). */
export interface PublicationTime {
  time: number;
  precisionMs: number;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The time an ISO 8601 string names, at its precision; null when absent or unreadable. */
export function publicationTime(published: string | null | undefined): PublicationTime | null {
  if (published === undefined || published === null) return null;
  const s = published.trim();
  let m = DAY.exec(s);
  if (m) {
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return Number.isFinite(t) ? { time: t, precisionMs: DAY_MS } : null;
  }
  m = MONTH.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]) - 1;
    const t = Date.UTC(y, mo, 1);
    return Number.isFinite(t) ? { time: t, precisionMs: Date.UTC(y, mo + 1, 1) - t } : null;
  }
  m = YEAR.exec(s);
  if (m) {
    const y = Number(m[1]);
    return { time: Date.UTC(y, 0, 1), precisionMs: Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1) };
  }
  const t = Date.parse(s);
  return Number.isFinite(t) ? { time: t, precisionMs: 0 } : null;
}

/** Name of a precision (a period of 28–31 days is a month, of 365–366 a year). */
export function precisionName(precisionMs: number): TimePrecision {
  if (precisionMs <= 0) return 'exact';
  if (precisionMs <= DAY_MS) return 'day';
  if (precisionMs <= 31 * DAY_MS) return 'month';
  return 'year';
}

/** The time as written at its precision: `2025-06-21T08:30:00.000Z`, `2025-06-21`, `2025-06`, `2025`. */
export function formatTime(time: number, precisionMs: number): string {
  const iso = new Date(time).toISOString();
  switch (precisionName(precisionMs)) {
    case 'exact':
      return iso;
    case 'day':
      return iso.slice(0, 10);
    case 'month':
      return iso.slice(0, 7);
    case 'year':
      return iso.slice(0, 4);
  }
}
