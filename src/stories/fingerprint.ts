/**
 * Story fingerprints: the anchors copies of one report keep even when every sentence is
 * reworded or translated.
 *
 *   n:  names (people, outlets, organisations, places), script-independent and case-folded
 *   w:  the words of multi-word names ("Admiral Gorshkov" and "Адмирал Флота … Горшков" share two)
 *   k:  the consonant skeleton of each name word, which survives the spelling differences of
 *       translation (Trump = Трамп, Grönland = Groenland = Гренландия, Medwedew = Медведев)
 *   #:  numbers ("12", "twelve" and "двенадцать" alike); years kept apart as y:
 *   d:  dates as month-day ("July 10th", "10 июля")
 *   s:  the sources the article cites (outermost and innermost links of its chains)
 *   q:  word trigrams inside quotation marks (quotes survive paraphrase verbatim)
 *   t:  a consistent sample of the article's content-word stems (same-language paraphrase)
 *   h:  the content-word stems of the lead — headline and first sentences — where copies keep
 *       the claim while padding the rest (same-language paraphrase)
 *
 *   l:  the article's language (not evidence: it lets a candidate's language be read with its
 *       anchors, without loading the article)
 *   p:  the publication date at its precision (`p:2025-06-30`, `p:2025-06`), likewise read with
 *       the anchors: how far apart two dates are is evidence, a missing date is none
 *
 * Names, numbers, dates and sources carry across languages; quotes and terms do not.
 */
import type { Doc } from '../doc/types.js';
import { findQuotes } from '../attribution/quotes.js';
import { nameKey } from '../mentions/keys.js';
import { language } from '../lang/index.js';

const NO_WORDS: ReadonlySet<string> = new Set();

export interface Fingerprint {
  /** Distinct anchor strings. */
  anchors: string[];
  lang: string;
}

/** Terms kept per article: the ones whose hash is smallest (a consistent, bottom-k sample). */
export const TERM_SAMPLE = 12;
const QUOTE_SAMPLE = 8;
const MIN_TERM = 5;
/** Lead terms kept: the first distinct content stems from the headline on. */
const LEAD_TERMS = 16;
/** A paragraph with fewer words is navigation or a caption, not the lead. */
const LEAD_MIN_WORDS = 5;
const NAME_TYPES = new Set(['person', 'outlet', 'organization', 'place', 'name']);

/** A name key folded further for inflection: each word loses its final vowels and keeps 6 letters. */
export function stemName(key: string): string {
  return key
    .split(' ')
    .map((w) => trimVowels(w).slice(0, 6) || w.slice(0, 2))
    .join(' ');
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Drops a word's final vowels ("marochko" → "maroch", "andreia" → "andr"). */
function trimVowels(w: string): string {
  let end = w.length;
  while (end > 0 && VOWELS.has(w[end - 1]!)) end--;
  return w.slice(0, end);
}

function stemTerm(word: string): string {
  return word.slice(0, 6);
}

export function fingerprint(doc: Doc): Fingerprint {
  const anchors = new Set<string>();
  for (const m of doc.mentions) {
    if (NAME_TYPES.has(m.type)) {
      const stem = stemName(m.key);
      if (stem.replace(/ /g, '').length < 3) continue;
      anchors.add(`n:${stem}`);
      const words = stem.split(' ');
      if (m.type === 'person' && words.length > 1) anchors.add(`n:${words[words.length - 1]}`);
      if (words.length > 1) for (const w of words) if (w.length >= 4) anchors.add(`w:${w}`);
      for (const w of m.key.split(' ')) {
        const k = skeleton(w);
        if (k.length >= 3) anchors.add(`k:${k}`);
      }
    } else if (m.type === 'number' && m.value) {
      const n = Number(m.value);
      if (n >= 1900 && n <= 2100 && Number.isInteger(n)) anchors.add(`y:${n}`);
      else if (n >= 2) anchors.add(`#:${m.value}`);
    } else if (m.type === 'date' && m.value) {
      anchors.add(`d:${m.value.slice(-5)}`);
    }
  }
  for (const a of doc.attributions) {
    anchors.add(`s:${stemName(nameKey(a.chain[0]!))}`);
    if (a.chain.length > 1) anchors.add(`s:${stemName(nameKey(a.chain[a.chain.length - 1]!))}`);
  }
  for (const q of bottomK(quoteTrigrams(doc), QUOTE_SAMPLE)) anchors.add(`q:${q}`);
  for (const t of bottomK(contentTerms(doc), TERM_SAMPLE)) anchors.add(`t:${t}`);
  for (const t of leadTerms(doc)) anchors.add(`h:${t}`);
  anchors.add(`l:${doc.lang}`);
  const day = dateAnchor(doc.article.published);
  if (day) anchors.add(`p:${day}`);
  return { anchors: [...anchors], lang: doc.lang };
}

/** The consonants of a name word, doubled ones once, at most 5 ("marochko" → "mrchk"). */
export function skeleton(word: string): string {
  let out = '';
  for (const c of word) {
    if (VOWELS.has(c) || c < 'a' || c > 'z' || out.endsWith(c)) continue;
    out += c;
    if (out.length === 5) break;
  }
  return out;
}

/** The publication date at day, month or year precision (a time of day is dropped). */
function dateAnchor(published: string | undefined): string | undefined {
  const m = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published) : null;
  return m ? m[0] : undefined;
}

/**
 * Content stems of the lead: words of the paragraphs from the top (navigation lines and captions,
 * too short to be prose, skipped) until LEAD_TERMS distinct stems. Headline words count even
 * when capitalised.
 */
function leadTerms(doc: Doc): string[] {
  const out = new Set<string>();
  const stopwords = language(doc.lang)?.stopwords ?? NO_WORDS;
  let i = 0;
  const toks = doc.tokens;
  while (i < toks.length && out.size < LEAD_TERMS) {
    // One paragraph: tokens up to the next line break.
    const lineEnd = doc.text.indexOf('\n', toks[i]!.end);
    const stop = lineEnd < 0 ? Infinity : lineEnd;
    let j = i;
    let words = 0;
    while (j < toks.length && (j === i || toks[j]!.start < stop)) {
      if (toks[j]!.kind === 'word') words++;
      j++;
    }
    if (words >= LEAD_MIN_WORDS) {
      for (let k = i; k < j && out.size < LEAD_TERMS; k++) {
        const t = toks[k]!;
        if (t.kind === 'word' && t.norm.length >= MIN_TERM && !stopwords.has(t.norm)) out.add(stemTerm(t.norm));
      }
    }
    i = j;
  }
  return [...out];
}

function contentTerms(doc: Doc): Set<string> {
  const out = new Set<string>();
  const stopwords = language(doc.lang)?.stopwords ?? NO_WORDS;
  for (const t of doc.tokens) {
    if (t.kind !== 'word' || t.norm.length < MIN_TERM || stopwords.has(t.norm)) continue;
    const c = doc.text[t.start]!;
    if (c !== c.toLowerCase()) continue; // names are anchored as names
    out.add(stemTerm(t.norm));
  }
  return out;
}

function quoteTrigrams(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const q of findQuotes(doc.text)) {
    const words = doc.text.slice(q.start, q.end).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  }
  return out;
}

/** The k items with the smallest hash: two texts sharing many items share many of these. */
function bottomK(items: Set<string>, k: number): string[] {
  if (items.size <= k) return [...items];
  return [...items]
    .map((x) => [hash32(x), x] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, k)
    .map(([, x]) => x);
}

/** FNV-1a, 32 bits: fast, stable across runs and machines. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Anchor family: the prefix before the colon. */
export function anchorType(anchor: string): string {
  return anchor.slice(0, anchor.indexOf(':'));
}
