/**
 * Publication times as pages write them → ISO 8601.
 *
 * - A date alone stays a date: `2024-03-05`, `20240305`, `2024/03/05`, `March 5, 2024` → `2024-03-05`.
 * - A date with a time becomes UTC: `2024-03-05T10:00:00+03:00` → `2024-03-05T07:00:00.000Z`.
 *   A time without a zone is taken as UTC (the page's zone is unknown).
 * - Anything unparseable, or outside the years 1900–2100, gives undefined.
 */

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const SLASH_DATE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

function validDate(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function dateOnly(y: number, m: number, d: number): string | undefined {
  return validDate(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : undefined;
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || /^(?:Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** Normalises a publication time to ISO 8601, or returns undefined. */
export function normaliseDate(raw: string | undefined | null): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  if (s === '' || s.length > 100) return undefined;

  let m = ISO_DATE.exec(s) ?? COMPACT_DATE.exec(s) ?? SLASH_DATE.exec(s);
  if (m) return dateOnly(Number(m[1]), Number(m[2]), Number(m[3]));

  m = ISO_DATETIME.exec(s);
  if (m) {
    const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
    if (!validDate(y, mo, d) || h > 23 || mi > 59 || sec > 60) return undefined;
    const ms = Number(((m[7] ?? '0') + '00').slice(0, 3));
    const utc = Date.UTC(y, mo - 1, d, h, mi, sec, ms) - zoneOffsetMinutes(m[8]) * 60_000;
    return new Date(utc).toISOString();
  }

  // Free-form dates with a month name ("Tue, 05 Mar 2024 10:00:00 GMT", "March 5, 2024") via the JS
  // parser. Numeric day/month orders (05/03/2024) are ambiguous and refused.
  if (!/[a-z]{3}/i.test(s) || !/\b\d{4}\b/.test(s)) return undefined;
  const hasTime = /\d:\d/.test(s);
  const hasZone = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\b)/i.test(s);
  const t = Date.parse(hasTime && !hasZone ? `${s} UTC` : s);
  if (Number.isNaN(t)) return undefined;
  const date = new Date(t);
  if (!hasTime) return dateOnly(date.getFullYear(), date.getMonth() + 1, date.getDate());
  if (date.getUTCFullYear() < MIN_YEAR || date.getUTCFullYear() > MAX_YEAR) return undefined;
  return date.toISOString();
}
