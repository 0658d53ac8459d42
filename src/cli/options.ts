/**
 * Flag values as the app layer's options: each parser checks one flag's text and throws
 * `E_USAGE` naming the flag, so every command words the same mistake the same way.
 */
import { SiftError } from '../errors/catalogue.js';

export function positiveInt(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new SiftError('E_USAGE', { detail: `${flag} needs a positive integer, got "${v}"` });
  return n;
}

export function positiveNumber(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new SiftError('E_USAGE', { detail: `${flag} needs a positive number, got "${v}"` });
  return n;
}

/** A share: a number from 0 to 1. */
export function shareOf(v: string, flag: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new SiftError('E_USAGE', { detail: `${flag} needs a number from 0 to 1, got "${v}"` });
  return n;
}

/** An ISO 8601 time as ms since the epoch. */
export function timeMs(v: string, flag: string): number {
  const t = Date.parse(v);
  if (!Number.isFinite(t)) throw new SiftError('E_USAGE', { detail: `${flag} needs an ISO 8601 time such as 2024-07-10 or 2024-07-10T12:00Z, got "${v}"` });
  return t;
}

/** An ISO 8601 time, normalised (`2024-07-10` → `2024-07-10T00:00:00.000Z`). */
export function isoTime(v: string, flag: string): string {
  return new Date(timeMs(v, flag)).toISOString();
}
