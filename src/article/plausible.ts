/**
 * How much a decoded text looks like natural-language text rather than mojibake.
 * Used to choose between charset candidates: the wrong single-byte charset turns
 * Cyrillic into runs of accented Latin letters (`Ìýð`), words with flipped case
 * (`мЭР`), mixed scripts, box-drawing symbols or U+FFFD.
 */
import { COMMON_CYRILLIC_LETTERS, COMMON_CYRILLIC_SHARE, COMMON_SYMBOLS, MIN_CYRILLIC_FOR_FREQUENCY } from './data/plausible.js';

const LETTER_RUN = /\p{L}+/gu;
const LATIN = /\p{Script=Latin}/u;
const NON_ASCII_LETTER = /[^\x00-\x7f]/;

type Script = 'latin' | 'cyrillic' | 'greek' | 'other';

function scriptOf(ch: string): Script {
  if (LATIN.test(ch)) return 'latin';
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x0400 && cp <= 0x052f) return 'cyrillic';
  if (cp >= 0x0370 && cp <= 0x03ff) return 'greek';
  return 'other';
}

/** Badness of one word, 0 (fine) to 1 (surely mojibake). */
function wordBadness(word: string): number {
  if (word.length < 2) return 0;
  const chars = [...word];
  const scripts = new Set(chars.map(scriptOf));
  if (scripts.size > 1) return 1;
  let upper = 0;
  let lower = 0;
  for (const ch of chars) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  const firstUpper = chars[0] !== chars[0]!.toLowerCase();
  const caseOk = upper === 0 || lower === 0 || (upper === 1 && firstUpper);
  if (!caseOk) return 1;
  if (scripts.has('latin') && chars.length >= 3) {
    const nonAscii = chars.filter((c) => NON_ASCII_LETTER.test(c)).length;
    if (nonAscii * 2 > chars.length) return 1;
  }
  // Long all-capital words are rare in running text but typical of KOI8-R read as windows-1251 and back.
  if (lower === 0 && upper >= 4) return 0.5;
  return 0;
}

/** Weight of a non-letter character: U+FFFD, C1 controls and unusual symbols count against a decoding. */
function symbolPenalty(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 0xfffd) return 4;
  if (cp >= 0x80 && cp <= 0x9f) return 4;
  if (cp < 0x80 || COMMON_SYMBOLS.has(ch)) return 0;
  if (/[\p{S}\p{Co}\p{Cn}\p{Cc}]/u.test(ch)) return 2;
  return 0;
}

/**
 * Penalty factor (0–1) for Cyrillic letters whose frequencies do not look like a Slavic
 * language; 1 when there are too few Cyrillic letters to judge.
 */
function cyrillicFrequencyFactor(text: string): { factor: number; letters: number } {
  let letters = 0;
  let common = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x0400 || cp > 0x04ff) continue;
    letters++;
    if (COMMON_CYRILLIC_LETTERS.has(ch.toLowerCase())) common++;
  }
  if (letters < MIN_CYRILLIC_FOR_FREQUENCY) return { factor: 1, letters };
  return { factor: Math.min(1, common / letters / COMMON_CYRILLIC_SHARE), letters };
}

/** Plausibility of `text` as natural-language text, from 0 to 1 (higher is better). */
export function plausibility(text: string): number {
  let total = 0;
  let bad = 0;
  let letters = 0;
  for (const m of text.matchAll(LETTER_RUN)) {
    const w = m[0];
    letters += w.length;
    total += w.length;
    bad += w.length * wordBadness(w);
  }
  for (const ch of text) {
    const p = symbolPenalty(ch);
    if (p > 0) {
      bad += p;
      total += 1;
    }
  }
  const base = total === 0 ? 1 : Math.max(0, 1 - bad / total);
  // Scale the Cyrillic part of the text by how Slavic its letter frequencies look.
  const cyr = cyrillicFrequencyFactor(text);
  const cyrShare = letters === 0 ? 0 : Math.min(1, cyr.letters / letters);
  return base * (1 - cyrShare + cyrShare * cyr.factor);
}
