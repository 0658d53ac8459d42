/**
 * Small text helpers shared by the report renderers: making article-derived text safe to print
 * on a terminal, measuring and truncating it by display columns, and escaping it for HTML.
 */
import type { DateSource } from '../article/date.js';

/**
 * Characters that must never reach a terminal from article text: C0 controls, DEL, C1 controls
 * (U+0080–U+009F, which some terminals treat as CSI/OSC), bidirectional embeddings, overrides and
 * isolates (which can make printed text read differently from the bytes), and the Unicode line and
 * paragraph separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;
const SPACE_LIKE = /[\t\n\v\f\r\u0085\u2028\u2029]/u;

/**
 * One line of printable text: whitespace controls become spaces, every other control or bidi
 * formatting character is dropped, runs of white space collapse and the ends are trimmed.
 */
export function inlineText(s: string): string {
  return stripUnsafe(s).replace(/\s+/gu, ' ').trim();
}

/** Replaces whitespace controls with spaces and drops every other unsafe character; keeps spacing. */
export function stripUnsafe(s: string): string {
  return s.replace(UNSAFE, (c) => (SPACE_LIKE.test(c) ? ' ' : ''));
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters (grapheme clusters), so truncation never splits a surrogate pair or an accent. */
export function graphemes(s: string): string[] {
  return Array.from(segmenter.segment(s), (g) => g.segment);
}

/** Code units read per display column before the whole text is segmented (combining marks need a few). */
const UNITS_PER_COLUMN = 8;

/**
 * The graphemes of `s`, one at a time. With `columns`, a loop that stops once it has that many
 * columns reads (and segments) only a prefix of the text: segmenting costs the whole string it
 * is given, so cutting a 1 MB text to 30 columns must not hand it all to the segmenter.
 */
export function* eachGrapheme(s: string, columns?: number): Generator<string> {
  const limit = columns === undefined ? s.length : (columns + 2) * UNITS_PER_COLUMN;
  if (s.length <= limit) {
    for (const { segment } of segmenter.segment(s)) yield segment;
    return;
  }
  // Every grapheme but the prefix's last is whole (the last may continue past the cut).
  const head = [...segmenter.segment(s.slice(0, limit))].map((x) => x.segment);
  let used = 0;
  for (let i = 0; i < head.length - 1; i++) {
    used += head[i]!.length;
    yield head[i]!;
  }
  // Only a text of mostly zero-width characters gets here: read the rest whole.
  for (const { segment } of segmenter.segment(s.slice(used))) yield segment;
}

/** Display columns of one grapheme: 2 for East Asian wide/fullwidth characters and emoji, else 1 (0 for zero-width). */
export function graphemeWidth(g: string): number {
  const cp = g.codePointAt(0) ?? 0;
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Display columns of a string. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const g of graphemes(s)) w += graphemeWidth(g);
  return w;
}

/**
 * Cuts `s` to at most `max` display columns, ending with `…` when something was cut. Reads
 * only the graphemes it keeps (and one more), so cutting a long text costs what is shown.
 */
export function truncate(s: string, max: number): string {
  if (max <= 0) return '';
  let kept = ''; // what fits in max - 1 columns, in case the text must be cut
  let w = 0;
  for (const g of eachGrapheme(s, max)) {
    w += graphemeWidth(g);
    if (w > max) return `${kept.trimEnd()}…`;
    if (w <= max - 1) kept += g;
  }
  return s;
}

/** Whether `s` fits in `max` display columns, reading at most max + 1 graphemes. */
export function fitsWidth(s: string, max: number): boolean {
  let w = 0;
  for (const g of eachGrapheme(s, max)) {
    w += graphemeWidth(g);
    if (w > max) return false;
  }
  return true;
}

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'\r]/g, (c) => HTML_ESCAPES[c] ?? c);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // A literal CR would be folded into LF by the HTML parser; a character reference keeps it.
  '\r': '&#13;',
};

/** `0.314` → `31%`; small non-zero shares show as `<1%`. */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** `1234` → `1,234` (fixed format, independent of the machine's locale). */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1 attribution`, `2 attributions`. */
export function plural(n: number, word: string, many?: string): string {
  return `${count(n)} ${n === 1 ? word : (many ?? IRREGULAR[word] ?? `${word}s`)}`;
}

const IRREGULAR: Record<string, string> = { story: 'stories', copy: 'copies', entry: 'entries', summary: 'summaries' };

/** What follows a publication date taken from a fallback: " (date from the URL)", " (date from the text)"; nothing for metadata. */
export function dateSourceNote(source: DateSource | null | undefined): string {
  return source === 'url' ? ' (date from the URL)' : source === 'text' ? ' (date from the text)' : '';
}
