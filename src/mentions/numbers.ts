/**
 * Number and quantity mentions: digits ("12", "1,200", "3.5"), number words ("twelve", "двенадцать").
 * Value is the number as a plain decimal string, so "12" and "twelve" compare equal.
 */
import type { Mention, Token } from '../doc/types.js';

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:[.,]\d+)?$/;
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/i;

/** `numberWords`: the document language's number words (none when Sift does not know the language: digits only). */
export function findNumbers(text: string, tokens: readonly Token[], taken: (start: number) => boolean, numberWords: Readonly<Record<string, number>>): Mention[] {
  const out: Mention[] = [];
  for (const t of tokens) {
    if (taken(t.start)) continue;
    let value: number | undefined;
    if (t.kind === 'number') {
      const ord = ORDINAL.exec(t.norm);
      const raw = ord ? ord[1]! : t.norm;
      if (DIGITS.test(raw)) value = Number(raw.includes(',') && /,\d{3}/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.'));
    } else if (t.kind === 'word') {
      value = Object.hasOwn(numberWords, t.norm) ? numberWords[t.norm] : undefined;
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    const surface = text.slice(t.start, t.end);
    out.push({ start: t.start, end: t.end, type: 'number', text: surface, key: String(value), value: String(value) });
  }
  return out;
}
