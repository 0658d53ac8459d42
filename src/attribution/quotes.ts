/**
 * Quotation spans of a document: curly and guillemet quotes pair by direction, straight double
 * quotes (and doubled apostrophes, '') pair in order within a paragraph. Used to stretch attributed content to the whole quote
 * when a quote runs over several sentences.
 */
import { firstWhere } from '../doc/sorted.js';
import type { Span } from '../doc/types.js';

const OPEN: Record<string, string> = { '“': '”', '«': '»', '„': '“' };
/** Characters that open or close a double quotation ("“" closes one opened by "„"). */
export const QUOTE_OPENERS: ReadonlySet<string> = new Set(['“', '«', '„', '"']);
export const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['”', '»', '“', '"']);
const MAX_QUOTE = 3000;

/** Sorted, non-overlapping quote spans, each including its quote marks. */
export function findQuotes(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === "'" && text[i + 1] === "'") {
      // Doubled apostrophes as quotation marks: ''It is,'' he said.
      const j = text.indexOf("''", i + 2);
      if (j > 0 && j - i < MAX_QUOTE && !text.slice(i + 2, j).includes('\n\n')) {
        out.push({ start: i, end: j + 2 });
        i = j + 2;
      } else i += 2;
      continue;
    }
    const close = OPEN[c] ?? (c === '"' ? '"' : undefined);
    if (close === undefined) {
      i++;
      continue;
    }
    const limit = Math.min(n, i + MAX_QUOTE);
    let j = i + 1;
    while (j < limit && text[j] !== close && !(text[j] === '\n' && text[j + 1] === '\n')) j++;
    if (j < limit && text[j] === close) {
      out.push({ start: i, end: j + 1 });
      i = j + 1;
    } else i++;
  }
  return out;
}

// findQuotes gives quotes in order and never overlapping: starts and ends both increase, so the
// lookups below are binary searches.

/** The quote that starts at or right after `pos` (skipping spaces), if any. */
export function quoteStartingAt(quotes: readonly Span[], text: string, pos: number): Span | undefined {
  while (pos < text.length && text[pos] === ' ') pos++;
  const q = quotes[firstWhere(quotes, (x) => x.start >= pos)];
  return q && q.start === pos ? q : undefined;
}

/** The quote that ends at `pos` or just after it (a closing mark after a comma), if any. */
export function quoteEndingNear(quotes: readonly Span[], pos: number): Span | undefined {
  const q = quotes[firstWhere(quotes, (x) => x.end >= pos)];
  return q && q.end <= pos + 2 && q.start < pos ? q : undefined;
}

/** The quote that ends exactly at `pos`, if any. */
export function quoteEndingAt(quotes: readonly Span[], pos: number): Span | undefined {
  const q = quotes[firstWhere(quotes, (x) => x.end >= pos)];
  return q && q.end === pos ? q : undefined;
}

/** The quote strictly containing [start, end) from before `start`, if any (at most one can). */
export function quoteAround(quotes: readonly Span[], start: number, end: number): Span | undefined {
  const q = quotes[firstWhere(quotes, (x) => x.start >= start) - 1];
  return q && q.start < start && end <= q.end ? q : undefined;
}
