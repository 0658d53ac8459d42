/**
 * Name variants for lookup, all over `nameKey` (script- and romanisation-independent keys):
 *
 * 1. the key itself ("РИА Новости" → "ria novosti");
 * 2. the key without descriptor words around the name ("the state news agency TASS",
 *    "информагентство ТАСС", "RIA Novosti news agency" → "tas", "ria novosti");
 * 3. for Cyrillic names only, each word cut to a stem, so case forms meet ("РИА Новостей",
 *    "в Известиях" → "ria novost", "izvest").
 */
import { nameKey } from '../mentions/keys.js';
import { CYRILLIC, TRANSLITERATION } from '../lang/index.js';

const ABBREVIATION = /^[\p{Lu}\d]{2,6}$/u;


/** A word cut to a stem: case endings after romanisation (-ami, -am, -ah, -om, -em, -ov, -ev) and final vowels. */
const ENDINGS = ['iami', 'ami', 'omu', 'emu', 'oho', 'eho', 'imi', 'iam', 'am', 'ah', 'ih', 'om', 'em', 'ov', 'ev'];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

export function stemWord(w: string): string {
  if (w.length <= 4) return w;
  let s = w;
  const ending = ENDINGS.find((e) => s.endsWith(e));
  if (ending) s = s.slice(0, -ending.length);
  let end = s.length;
  while (end > 0 && VOWELS.has(s[end - 1]!)) end--;
  s = s.slice(0, end);
  return s.length >= 3 ? s : w;
}

export function stemKey(key: string): string {
  return key.split(' ').map(stemWord).join(' ');
}

/** Descriptor words that may stand around an outlet's name, as key stems. */
const DESCRIPTORS = new Set(
  [
    'the', 'state', 'run', 'owned', 'controlled', 'backed', 'affiliated', 'pro', 'kremlin', 'official', 'russian', 'news agency',
    'agency', 'newspaper', 'daily', 'tv channel', 'channel', 'broadcaster', 'outlet', 'website', 'site', 'portal',
    'publication', 'magazine', 'tabloid', 'television', 'news outlet', 'media outlet', 'news site', 'news website',
    'агентство', 'информагентство', 'информационное агентство', 'ИА', 'газета', 'издание', 'телеканал', 'канал', 'сайт',
    'портал', 'государственное', 'государственный', 'российское', 'российский', 'агенція', 'інформагенція', 'інформаційне агентство',
    'видання', 'державне', 'державний', 'російське', 'російський', 'пропагандистское', 'пропагандистський',
  ].map((d) => stemKey(nameKey(d))),
);
const MAX_DESCRIPTOR_WORDS = 2;

/** The key with descriptor words stripped from both ends, or undefined when there were none (or nothing is left). */
export function strippedKey(key: string): string | undefined {
  const words = key.split(' ');
  if (words.length < 2) return undefined;
  const stems = words.map(stemWord);
  const isDescriptor = (from: number, n: number): boolean => DESCRIPTORS.has(n === 1 ? stems[from]! : `${stems[from]} ${stems[from + 1]}`);
  let a = 0;
  let b = words.length;
  let changed = true;
  while (changed && b - a > 1) {
    changed = false;
    for (let n = MAX_DESCRIPTOR_WORDS; n >= 1; n--) {
      if (b - a > n && isDescriptor(a, n)) {
        a += n;
        changed = true;
        break;
      }
      if (b - a > n && isDescriptor(b - n, n)) {
        b -= n;
        changed = true;
        break;
      }
    }
  }
  return a > 0 || b < words.length ? words.slice(a, b).join(' ') : undefined;
}

/**
 * The key of an abbreviation ("CNN", "TSN", "ТСН", "ТАСС"): transliterated letters without the
 * romanisation folds of `nameKey`, which would make CNN and TSN one key ("cn"). Undefined for
 * anything but one all-capital token of 2–6 characters.
 */
export function abbreviationKey(surface: string): string | undefined {
  const s = surface.trim();
  if (!ABBREVIATION.test(s)) return undefined;
  let out = '';
  for (const ch of s.toLowerCase()) out += TRANSLITERATION[ch] ?? ch;
  return `abbr:${out}`;
}

/**
 * The words after the last descriptor word, when a descriptor stands inside a longer phrase
 * ("the Kyiv-based outlet Ukrainska Pravda" → "ukrainska pravda"). Undefined otherwise. Only a
 * descriptor opens the name: "Ukrainian Interfax" is not cut to "Interfax".
 */
export function afterDescriptorKey(key: string): string | undefined {
  const words = key.split(' ');
  for (let i = words.length - 2; i >= 1; i--) {
    if (DESCRIPTORS.has(stemWord(words[i]!))) return words.slice(i + 1).join(' ');
  }
  return undefined;
}

/** The surface form without a possessive "'s" and surrounding quotes. */
const QUOTES = new Set(['"', "'", '«', '»', '“', '”', '„', '‘', '’']);

export function cleanSurface(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (QUOTES.has(s[a]!) || s[a] === ' ')) a++;
  while (b > a && (QUOTES.has(s[b - 1]!) || s[b - 1] === ' ')) b--;
  let out = s.slice(a, b);
  if (out.endsWith("'s") || out.endsWith('’s')) out = out.slice(0, -2);
  return out.trim();
}

export function hasCyrillic(s: string): boolean {
  return CYRILLIC.test(s);
}
