/**
 * Source phrases: the noun phrase before a verb cue (walking back), or after a cue
 * ("said Smith", "according to Smith", "со ссылкой на ТАСС").
 */
import type { SentenceView } from './sentence.js';

export interface Phrase {
  /** Token range [i, j). */
  i: number;
  j: number;
  /** A "citing X" / "со ссылкой на X" phrase found inside or beside the source: token range of X. */
  citing?: { i: number; j: number; cue: { i: number; j: number } };
  /** Appositive role ("a spokesman for the ministry"). */
  appositive?: { i: number; j: number };
}

const MAX_SOURCE_TOKENS = 9;
const MAX_APPOSITIVE_TOKENS = 24;
/** Abbreviations a source name may carry a period after: "Sen.", "Mr.", "Jr.", initials. */
const MAX_ABBREVIATION_LETTERS = 3;
const CITING_WORDS = new Set(['citing', 'quoting']);
const SOURCE_PREPS = new Set(['from', 'by']);
const LEADING_JUNK = new Set(['on', 'in', 'at', 'yesterday', 'today', 'meanwhile', 'recent', 'recently', 'later', 'earlier', 'now', 'also', 'and', 'but', 'so', 'then', 'however', 'still', 'thus']);
const RELATIVES = new Set(['who', 'which', 'that']);
const RELATIVE_PERSON = new Set(['who', 'whose']);
/** Comma-enclosed asides between a source and its cue that are not appositives. */
const ASIDE_STARTS = new Set(['including', 'like', 'such']);
const ASIDE_WORDS = new Set(['in', 'for', 'however', 'too', 'also', 'meanwhile', 'though', 'moreover', 'instead', 'then', 'now', 'again', 'still', 'indeed', 'of']);
const DETERMINERS = new Set(['a', 'an', 'the', 'another', 'one', 'some', 'several', 'many', 'other', 'two', 'three']);

function isStop(v: SentenceView, k: number): boolean {
  const n = v.norm(k);
  return v.language.speech.sourceStop.has(n);
}

function isNpToken(v: SentenceView, k: number): boolean {
  const t = v.tok(k);
  if (!t) return false;
  if (t.kind === 'word' || t.kind === 'number') return !isStop(v, k);
  return t.norm === "'s" || t.norm === '’s' || t.norm === '&' || t.norm === '.' && v.tok(k - 1)?.kind === 'word' && (v.tok(k - 1)!.end - v.tok(k - 1)!.start) <= 3;
}

/** Walks back from the token before `cue` to find the source phrase. */
export function sourceBefore(v: SentenceView, cue: number): Phrase | undefined {
  let k = cue - 1;
  while (k >= v.a && v.language.speech.between.has(v.norm(k)) && !v.language.speech.pronouns.has(v.norm(k))) k--;
  let citing: Phrase['citing'];
  let appositive: Phrase['appositive'];
  // "X, citing Y, said" / "X, a spokesman for Z, said": jump back over a comma-enclosed phrase.
  if (v.isComma(k)) {
    const inner = k;
    let c = k - 1;
    while (c >= v.a && !v.isComma(c) && inner - c < MAX_APPOSITIVE_TOKENS) c--;
    if (v.isComma(c) && c > v.a) {
      const first = c + 1;
      if (CITING_WORDS.has(v.norm(first))) {
        citing = { i: first + 1, j: inner, cue: { i: first, j: first + 1 } };
        k = c - 1;
      } else if (ASIDE_STARTS.has(v.norm(first)) || (inner - first <= 2 && ASIDE_WORDS.has(v.norm(first)))) {
        // "Other unions, including the AFT, endorsed" / "Younger voters, in particular, have expressed"
        k = c - 1;
      } else if (RELATIVE_PERSON.has(v.norm(first)) && c - 1 >= v.a) {
        // "Schiff, 56, who has served on the committee, told": the relative clause is an appositive.
        appositive = { i: first, j: inner };
        k = c - 1;
        if (v.tok(k)?.kind === 'number' && v.isComma(k - 1)) k -= 2; // the age: "Schiff, 56,"
      } else if (DETERMINERS.has(v.norm(first)) || v.isCapitalized(c - 1) || v.norm(c - 1) === ')') {
        // "Smith, a spokesman, said" / "Revesz, director of the institute, said" / "Trump, speaking in Virginia, said"
        appositive = { i: first, j: inner };
        k = c - 1;
      } else if (isName(v, first, inner) && isNpToken(v, c - 1)) {
        // "The state's campaign chairman, Phil Lovas, said": the role, then the name.
        const role = nounPhraseBefore(v, c);
        return role ? { i: role.i, j: inner } : undefined;
      } else return undefined;
    } else return undefined;
  }
  // "Sen. David Perdue (R-Ga.) said": the parenthesis belongs to the source phrase.
  const paren = v.norm(k) === ')' ? openingParen(v, k) : undefined;
  if (paren !== undefined) {
    const name = nounPhraseBefore(v, paren);
    if (!name) return undefined;
    const p: Phrase = { i: name.i, j: k + 1 };
    if (appositive) p.appositive = appositive;
    return p;
  }
  const j = k + 1;
  let i = j;
  while (i - 1 >= v.a && j - (i - 1) <= MAX_SOURCE_TOKENS && isNpToken(v, i - 1)) i--;
  if (i >= j) return undefined;
  // "reports from Ria Novosti" → "Ria Novosti"
  for (let x = j - 2; x >= i; x--) {
    if (SOURCE_PREPS.has(v.norm(x)) && x > i && v.language.speech.nouns.has(v.norm(x - 1))) {
      i = x + 1;
      break;
    }
  }
  // "Analysts who study these networks say": the source is the noun before the relative clause.
  if (RELATIVES.has(v.norm(i - 1)) && !hasCapitalized(v, i, j)) {
    const rj = i - 1;
    let ri = rj;
    while (ri - 1 >= v.a && rj - (ri - 1) <= MAX_SOURCE_TOKENS && isNpToken(v, ri - 1)) ri--;
    if (ri < rj) return { i: ri, j: rj };
  }
  // "РИА Новости со ссылкой на эксперта сообщает": split off the inner source.
  if (!citing) {
    for (let x = i + 1; x < j; x++) {
      const cue = v.language.speech.prep.find((c) => c.kind === 'citing' && c.words.every((w, d) => v.norm(x + d) === w));
      if (cue && x + cue.words.length < j) {
        citing = { i: x + cue.words.length, j, cue: { i: x, j: x + cue.words.length } };
        const p: Phrase = { i, j: x, citing };
        return p;
      }
    }
  }
  while (i < j && LEADING_JUNK.has(v.norm(i))) i++;
  if (i < j && j - i === 1 && DETERMINERS.has(v.norm(i))) return undefined;
  // Sentence-initial clauses: "On July 10th, TASS reported" — comma stops the walk already.
  if (i >= j) return undefined;
  const p: Phrase = { i, j };
  if (citing) p.citing = citing;
  if (appositive) p.appositive = appositive;
  return p;
}

/** The source phrase right after position `k` ("said Smith", "according to the ministry"). */
export function sourceAfter(v: SentenceView, k: number, maxTokens = MAX_SOURCE_TOKENS): Phrase | undefined {
  let j = k;
  while (j < v.b && j - k < maxTokens) {
    const t = v.tok(j)!;
    if (t.kind === 'punct' && !(t.norm === '.' && j + 1 < v.b && v.tok(j + 1)!.kind === 'word' && (v.isCapitalized(j + 1) === false || isAbbreviation(v, j - 1)))) {
      if (t.norm === "'s" || t.norm === '’s' || t.norm === '-' || t.norm === '&') {
        j++;
        continue;
      }
      break;
    }
    if (j > k && isStop(v, j)) break;
    if (j > k && CITING_WORDS.has(t.norm)) break;
    j++;
  }
  if (j <= k) return undefined;
  return { i: k, j };
}

/** True when the phrase is a bare pronoun. */
export function isPronoun(v: SentenceView, p: Phrase): boolean {
  if (p.j - p.i !== 1) return false;
  const n = v.norm(p.i);
  return v.language.speech.pronouns.has(n);
}

/** "R" in "John R. Smith", "Sen" in "Sen. Smith": a short capitalized word before a period. */
function isAbbreviation(v: SentenceView, k: number): boolean {
  const t = v.tok(k);
  return t !== undefined && t.kind === 'word' && t.end - t.start <= MAX_ABBREVIATION_LETTERS && v.isCapitalized(k);
}

/** Tokens [i, j) are all capitalized words (and initials' periods): a person's or outlet's name. */
function isName(v: SentenceView, i: number, j: number): boolean {
  if (j <= i || j - i > 5) return false;
  for (let x = i; x < j; x++) if (!v.isCapitalized(x) && !(v.norm(x) === '.' && isAbbreviation(v, x - 1))) return false;
  return true;
}

/** The "(" that the ")" at `k` closes, within a few tokens, or undefined. */
function openingParen(v: SentenceView, k: number): number | undefined {
  for (let x = k - 1; x >= v.a && k - x <= 8; x--) if (v.norm(x) === '(') return x;
  return undefined;
}

function hasCapitalized(v: SentenceView, i: number, j: number): boolean {
  for (let x = i; x < j; x++) if (v.isCapitalized(x)) return true;
  return false;
}

/** The noun phrase that ends right before token `j` (no skipping), or undefined. */
export function nounPhraseBefore(v: SentenceView, j: number): Phrase | undefined {
  let i = j;
  while (i - 1 >= v.a && j - (i - 1) <= MAX_SOURCE_TOKENS && isNpToken(v, i - 1)) i--;
  while (i < j && LEADING_JUNK.has(v.norm(i))) i++;
  return i < j ? { i, j } : undefined;
}

/**
 * The subject shared by a coordinated or participial cue ("X said …, adding that", "X … and
 * called"): the source of the sentence's previous attribution, else the sentence-initial name.
 */
export function sharedSubject(v: SentenceView, k: number, earlier: readonly { source: Phrase }[]): Phrase | undefined {
  let x = k - 1;
  while (x >= v.a && v.language.speech.between.has(v.norm(x)) && !v.language.speech.pronouns.has(v.norm(x))) x--;
  const link = v.norm(x);
  const participle = v.norm(k).endsWith('ing') && v.isComma(x);
  if (link === 'who' || link === 'which') {
    // "Democrats on Capitol Hill, who have argued that …" / "an architect who said he was stiffed"
    let end = x;
    while (end - 1 > v.a && (v.isComma(end - 1) || v.isDash(end - 1)) && x - end < 2) end--;
    return nounPhraseBefore(v, end);
  }
  if (link !== 'and' && !participle) return undefined;
  const last = earlier[earlier.length - 1];
  if (last) return { i: last.source.i, j: last.source.j };
  let j = v.a;
  while (j < x && (v.isCapitalized(j) || (j > v.a && (v.norm(j) === '.' || v.norm(j) === "'s" || v.norm(j) === '’s')))) j++;
  if (j > v.a && !LEADING_JUNK.has(v.norm(v.a)) && (v.isComma(j) || j < x)) return { i: v.a, j };
  if (j === v.a && v.language.speech.pronouns.has(v.norm(v.a))) return { i: v.a, j: v.a + 1 };
  return undefined;
}
