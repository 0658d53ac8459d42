/**
 * Publication times at their precision. A page dated `2025-06-21` was published some time that
 * day: it is kept as the day's start and the day's length, never as midnight to the millisecond,
 * so that two copies dated the same day are "within a day", not "0.0 h apart".
 */
import { dateInterval, precisionOf } from '../article/date.js';
import type { TimePrecision } from './types.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** A publication time: start of its period (ms since the epoch) and the period's length (0 = timestamp). */
export interface PublicationTime {
  time: number;
  precisionMs: number;
}

/** The time an ISO 8601 string names, at its precision; null when absent or unreadable. */
export function publicationTime(published: string | null | undefined): PublicationTime | null {
  const precision = precisionOf(published);
  const span = precision === undefined ? undefined : dateInterval(published!);
  if (!span) return null;
  return { time: span.start, precisionMs: precision === 'time' ? 0 : span.end - span.start };
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
