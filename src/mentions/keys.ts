/**
 * Script-independent name keys: `Марочко` and `Marochko`, `Зелёный Гай`, `Zeleniy Hay` and
 * `Zelenyi Hai` get one key. Steps: lower-case, strip diacritics, transliterate Cyrillic, then
 * fold the spellings that romanisation systems disagree on.
 */
import { TRANSLITERATION } from '../lang/index.js';

/** Ordered folding rules applied to the romanised, lower-cased name. */
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[^a-z0-9 ]+/g, ''], // punctuation, apostrophes, soft signs
  [/kh/g, 'h'], // Kharkiv / Харків (kh) vs Harkiv
  [/g/g, 'h'], // Russian г (g) vs Ukrainian г (h): Гай = Hay = Gai
  [/(?:iy|yi|yy|ij|ii|y|j)/g, 'i'], // -iy/-yi/-yj/-ij endings and y/j/i variants
  [/ie/g, 'e'], // є, ye
  [/ei/g, 'i'], // Andrei / Андрій (andrii)
  [/ts/g, 'c'], // ц as ts or c
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/x/g, 'ks'],
  [/([a-z])\1+/g, '$1'], // double letters (Tass / Taas)
];

const CACHE = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Key of one name; words are kept in order, separated by single spaces. */
export function nameKey(name: string): string {
  let key = CACHE.get(name);
  if (key === undefined) {
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    key = computeKey(name);
    CACHE.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  let s = name.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  let out = '';
  for (const ch of s) out += TRANSLITERATION[ch] ?? ch;
  s = out.replace(/[\s\-‐–—_]+/g, ' ');
  for (const [re, rep] of FOLDS) s = s.replace(re, rep);
  return s.trim().replace(/ +/g, ' ');
}
