/**
 * Fallback publication dates, for an article whose metadata gives none (date.ts has the types):
 *
 * 1. **URL** (`publishedSource: 'url'`): a date in the URL path (then the canonical URL's) —
 *    `/2025/07/18/` or `/2025/7/18.html` (day), `/2025/07/` followed by anything else (month),
 *    a segment starting `2025-07-18` (day) or `2025-07` (month), or among the words of a slug
 *    `20250718`, `202507180930`, `2025-07-18`, `18-07-2025`, `07-18-2025` (day; `05-06-2025`,
 *    which reads both ways, is refused). A year alone (`/2025/`) is not taken, nor anything in
 *    the query string.
 * 2. **Text** (`publishedSource: 'text'`): a dateline in the first 1,500 characters of the text.
 *    A date in the text may be an event date ("the talks on 18 July 2025 …"), so only a date
 *    that stands where a dateline stands is taken: written with the month's name ("18 July
 *    2025", "July 18, 2025", "18 июля 2025", "18 липня 2025", "18. Juli 2025", "1er juillet
 *    2025") or as 18.07.2025; with at most a short label before it on its line ("Published:",
 *    "By A. Writer |", "Москва,", a weekday, "Publié le": data/dates.ts); and after it on its
 *    line either nothing or a time of day ("18 июля 2025, 17:56"). The first such date wins. A
 *    date inside a sentence is never taken; a month or a year alone is not looked for.
 *
 * Fallback dates before 1990 are refused (numbers in paths that only look like dates).
 */
import type { Article } from './article.js';
import { DATELINE_LABELS } from './data/dates.js';
import { dayDate, monthDate, setPublished, writtenDays, type ParsedDate } from './date.js';

/** Earliest year a URL or text fallback may give. */
export const MIN_FALLBACK_YEAR = 1990;
/** How much of the text is searched for a dateline, in UTF-16 code units. */
export const TEXT_DATE_WINDOW = 1500;
/** Longest label before a dateline on its line ("Published:", "Москва,", "By A. Writer |"). */
const MAX_LABEL = 40;

const URL_YEAR = /^\d{4}$/;
/** A month or day segment: `7`, `07`, `18`, `18.html`. */
const URL_NUMBER = /^(\d{1,2})(?:\.[a-z]{2,5})?$/i;
/** A segment starting with a year and month, maybe a day: `2025-07`, `2025-07-18-slug`. */
const URL_ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/;
/** What separates the words of a slug. */
const SLUG_SEPARATORS = /[-_.,~]/;
const DIGITS_1_2 = /^\d{1,2}$/;
const DIGITS_4 = /^\d{4}$/;
/** `20250718`, or with a time of day `202507180930` / `20250718093015`. */
const COMPACT_TOKEN = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;

/** The date in a URL's path, or undefined. */
export function urlDate(url: string | undefined): ParsedDate | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const segs = path.split('/');
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (URL_YEAR.test(s)) {
      const month = URL_NUMBER.exec(segs[i + 1] ?? '');
      if (!month) continue;
      const day = URL_NUMBER.exec(segs[i + 2] ?? '');
      const found = (day ? dayDate(Number(s), Number(month[1]), Number(day[1]), MIN_FALLBACK_YEAR) : undefined) ?? monthDate(Number(s), Number(month[1]), MIN_FALLBACK_YEAR);
      if (found) return found;
      continue;
    }
    const found = segmentDate(s);
    if (found) return found;
  }
  return undefined;
}

/**
 * A date in one path segment: `2025-07-18…` or `2025-07…` at its start, else a date among the
 * words of a slug — `20250718` (also followed by a time, `202507180930`), `2025-07-18`, or
 * `18-07-2025` / `07-18-2025` when the day is above 12 (a day and month that could be read
 * either way are refused).
 */
function segmentDate(seg: string): ParsedDate | undefined {
  const iso = URL_ISO.exec(seg);
  if (iso) {
    const found = iso[3] !== undefined ? dayDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), MIN_FALLBACK_YEAR) : monthDate(Number(iso[1]), Number(iso[2]), MIN_FALLBACK_YEAR);
    if (found) return found;
  }
  const words = seg.split(SLUG_SEPARATORS);
  for (let j = 0; j < words.length; j++) {
    const w = words[j]!;
    const compact = COMPACT_TOKEN.exec(w);
    if (compact) {
      const [h, mi, sec] = [Number(compact[4] ?? 0), Number(compact[5] ?? 0), Number(compact[6] ?? 0)];
      const found = h < 24 && mi < 60 && sec < 60 ? dayDate(Number(compact[1]), Number(compact[2]), Number(compact[3]), MIN_FALLBACK_YEAR) : undefined;
      if (found) return found;
      continue;
    }
    const [b, c] = [words[j + 1] ?? '', words[j + 2] ?? ''];
    if (DIGITS_4.test(w) && DIGITS_1_2.test(b) && DIGITS_1_2.test(c)) {
      const found = dayDate(Number(w), Number(b), Number(c), MIN_FALLBACK_YEAR);
      if (found) return found;
    } else if (DIGITS_1_2.test(w) && DIGITS_1_2.test(b) && DIGITS_4.test(c)) {
      const [x, y] = [Number(w), Number(b)];
      // Day first (18-07-2025) or month first (07-18-2025): only when the order is certain.
      const found = x > 12 || x === y ? dayDate(Number(c), y, x, MIN_FALLBACK_YEAR) : y > 12 ? dayDate(Number(c), x, y, MIN_FALLBACK_YEAR) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/** After a dateline's date: a time of day, maybe after a comma, "г.", "року", "at", "um", "à" … */
const TIME_AFTER = /^[\s,.|·•—–-]*(?:(?:г|года|року|р|at|um|à|в|о)\.?[\s,|·•—–-]*)?\d{1,2}(?::|h)\d{2}(?!\d)/iu;
/** After a dateline's date, when nothing else follows on the line: a year word, separators. */
const NOTHING_AFTER = /^[\s,|·•—–-]*(?:(?:г|года|року|р)\.?\s*)?$/iu;
/** Before a dateline's date: a label ending with a separator ("Published:", "Москва,"), or one word ("Friday", "Опубликовано"). */
const LABEL_BEFORE = /(?:[:|·•—–,-]|^\p{L}+\.?)$/u;
/** A known label of a few words: "Published on", "Publié le", "Veröffentlicht am". */
const KNOWN_LABELS = new Set(DATELINE_LABELS);
const LABEL_TAIL = new Set(['on', 'le', 'am']);

function isLabel(before: string): boolean {
  if (before === '') return true;
  if (before.length > MAX_LABEL) return false;
  if (LABEL_BEFORE.test(before)) return true;
  const words = before.toLowerCase().split(/\s+/u);
  if (LABEL_TAIL.has(words[words.length - 1]!)) words.pop();
  return KNOWN_LABELS.has(words.join(' '));
}

/** The first dateline in the first TEXT_DATE_WINDOW characters of `text`, or undefined. */
export function textDate(text: string): ParsedDate | undefined {
  const head = text.slice(0, TEXT_DATE_WINDOW);
  // A little beyond the window, so that a line crossing it can still be seen to end.
  const around = text.slice(0, TEXT_DATE_WINDOW + 200);
  for (const { start, end, date } of writtenDays(head, MIN_FALLBACK_YEAR)) {
    const lineStart = around.lastIndexOf('\n', start - 1) + 1;
    const nl = around.indexOf('\n', end);
    if (nl < 0 && around.length < text.length) continue; // the line runs on beyond what is looked at
    const lineEnd = nl < 0 ? around.length : nl;
    const before = around.slice(lineStart, start).trim();
    if (!isLabel(before)) continue;
    const after = around.slice(end, lineEnd);
    if (NOTHING_AFTER.test(after) || TIME_AFTER.test(after.slice(0, 30))) return date;
  }
  return undefined;
}

/**
 * Gives an article without a publication date a fallback one: from its URL (then its canonical
 * URL), else from a dateline in its text, marked `publishedSource: 'url'` or `'text'`. An article
 * that has a date keeps it.
 */
export function addFallbackDate(article: Article): void {
  if (article.published) return;
  const fromUrl = urlDate(article.url) ?? urlDate(article.canonicalUrl);
  if (fromUrl) return setPublished(article, fromUrl.iso, 'url');
  const fromText = textDate(article.text);
  if (fromText) setPublished(article, fromText.iso, 'text');
}
