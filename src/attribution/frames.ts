/**
 * Attribution frames inside one sentence. Each frame finds a cue, its source phrase and its
 * content span:
 *
 *   according   "According to X, C." / "C, according to X." / "По словам X, C."
 *   preposed    "X said (that) C." / "X told reporters that C." / "X заявил, что C."
 *   postposed   "C, X said." / "“C,” said X." / "C, — заявил X."
 *   anaphoric   "Об этом сообщил X." (content is the previous sentence)
 *   possessive  "X's statements about C"
 *   block       "X said:" ending its paragraph (content is the quoted paragraphs below)
 *   colon       "Pence: Flowers won't attend" in a headline, "WALLACE: …" turns (headline.ts)
 *
 * "X, citing Y, …" and "X со ссылкой на Y" add Y as an inner link of X's attribution. Where the
 * content starts and ends is decided in content-edges.ts.
 */
import type { Span } from '../doc/types.js';
import { bestEnd, bestStart } from './boundary-model.js';
import { cueCandidate, cueScore, CUE_THRESHOLDS } from './cue-model.js';
import {
  allTailWords,
  closeOpenQuote,
  coordinatedCue,
  leadingContentStart,
  quoteOpensSentence,
  skipObject,
  skipTail,
  skipToThat,
  trailingQuestionQuote,
  withFrontedPart,
} from './content-edges.js';
import { colonFrame } from './headline.js';
import type { Language, PrepCue, VerbInfo } from '../lang/index.js';
import { isPronoun, sharedSubject, sourceAfter, sourceBefore, type Phrase } from './phrases.js';
import type { RawAttribution } from './raw.js';
import { OPEN_QUOTES, type SentenceView } from './sentence.js';

const MAX_HEADLINE_SOURCE = 5;
/** Each language's prepositional cues by their first word, longest first. */
const PREP_CUES_BY_FIRST = new WeakMap<Language, Map<string, PrepCue[]>>();
function prepCuesByFirst(lang: Language): Map<string, PrepCue[]> {
  let byFirst = PREP_CUES_BY_FIRST.get(lang);
  if (!byFirst) {
    byFirst = new Map();
    for (const cue of lang.speech.prep) {
      const list = byFirst.get(cue.words[0]!) ?? [];
      list.push(cue);
      byFirst.set(cue.words[0]!, list);
    }
    PREP_CUES_BY_FIRST.set(lang, byFirst);
  }
  return byFirst;
}
/** Learned content boundaries for English preposed frames (switchable for ablation). */
export const LEARNED_BOUNDARIES = { on: process.env['SIFT_NO_LEARNED_BOUNDARIES'] === undefined, start: process.env['SIFT_NO_LEARNED_START'] === undefined };
const PARTICLES = new Set(['on', 'for', 'out', 'at', 'up', 'of']);
const DETERMINER_AFTER = new Set(['a', 'an', 'the']);
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'such', 'no', 'any', 'every', 'each']);
const CITING_AFTER = new Set(['citing', 'quoting']);
const CONTENT_OPENERS = new Set(['that', ':', 'about', 'on', 'what', 'how', 'whether', 'why']);

/**
 * `prevSentence` is the sentence before (for "Об этом сообщил X"); `block` the text that a
 * sentence ending in a colon introduces ("The Times reports:" and the quoted paragraphs after it).
 */
export function findFrames(v: SentenceView, prevSentence: Span | undefined, block?: Span): RawAttribution[] {
  const out: RawAttribution[] = [];
  const usedCue = new Set<number>();
  prepositionalFrames(v, out, usedCue);
  for (let k = v.a; k < v.b; k++) {
    if (usedCue.has(k)) continue;
    const t = v.tok(k)!;
    if (t.norm === ':' && k - v.a <= MAX_HEADLINE_SOURCE + 1 && k > v.a) {
      const raw = colonFrame(v, k);
      if (raw) out.push(raw);
      continue;
    }
    if (t.kind !== 'word') continue;
    const speech = v.language.speech;
    const info = speech.learned ? learnedCue(v, k) : speech.verb(t.norm);
    // "Putin's earlier statements": the noun after is the cue (possessive frame), not "earlier".
    if (info && !(info.learned && speech.nouns.has(v.norm(k + 1)))) {
      const raw = verbFrame(v, k, info, prevSentence, out, block);
      if (raw) {
        out.push(raw);
        continue;
      }
    }
    if (speech.nouns.has(t.norm)) {
      const raw = possessiveFrame(v, k);
      if (raw) out.push(raw);
    }
  }
  return out;
}

function matchWords(v: SentenceView, k: number, words: readonly string[]): boolean {
  for (let x = 0; x < words.length; x++) if (v.norm(k + x) !== words[x]) return false;
  return true;
}

function prepositionalFrames(v: SentenceView, out: RawAttribution[], usedCue: Set<number>): void {
  const byFirst = prepCuesByFirst(v.language);
  for (let k = v.a; k < v.b; k++) {
    const starting = byFirst.get(v.norm(k));
    if (!starting) continue;
    for (const cue of starting) {
      if (!matchWords(v, k, cue.words)) continue;
      const end = k + cue.words.length;
      for (let x = k; x < end; x++) usedCue.add(x);
      if (cue.kind === 'citing') break; // inner links are attached to the enclosing attribution
      // Verb-second languages: "Laut Reuters scheiterten die Gespräche": the source is the
      // article and name run after the cue, the content the rest of the sentence.
      const initial = v.language.speech.verbSecond && !hasWordsBetween(v, v.a, k) ? nameRunAfter(v, end) : undefined;
      if (initial && !v.isComma(initial.j)) {
        const content = v.contentSpanToEnd(initial.j);
        if (content) out.push({ source: initial, cue: v.span(k, end), content, rule: 'according:verb-second' });
        k = end - 1;
        break;
      }
      const src = sourceAfter(v, end);
      if (!src) break;
      let content: Span | undefined;
      let rule: string;
      if (v.isComma(src.j) && src.j + 1 < v.b && (k === v.a || !hasWordsBetween(v, v.a, k))) {
        content = v.contentSpanToEnd(src.j + 1);
        rule = 'according:before';
      } else {
        content = v.contentSpan(leadingContentStart(v, k), k);
        rule = 'according:after';
        if (!content && v.isComma(src.j)) {
          content = v.contentSpanToEnd(src.j + 1);
          rule = 'according:before';
        }
      }
      if (content) out.push({ source: src, cue: v.span(k, end), content, rule });
      k = end - 1;
      break;
    }
  }
}

/** Determiners and capitalised words right after `k` (German nouns are capitalised): "der Polizei", "des Ministeriums". */
function nameRunAfter(v: SentenceView, k: number): Phrase | undefined {
  let j = k;
  let named = false;
  while (j < v.b && v.tok(j)!.kind === 'word' && (v.isCapitalized(j) || v.language.speech.determiners.has(v.norm(j)))) {
    if (v.isCapitalized(j)) named = true;
    j++;
  }
  return named && j < v.lastContentToken() ? { i: k, j } : undefined;
}

function hasWordsBetween(v: SentenceView, i: number, j: number): boolean {
  for (let x = i; x < j; x++) if (v.tok(x)!.kind === 'word' && !OPEN_QUOTES.has(v.norm(x))) return true;
  return false;
}

function verbFrame(v: SentenceView, k: number, info: VerbInfo, prev: Span | undefined, earlier: readonly RawAttribution[], block?: Span): RawAttribution | undefined {
  const cue = v.span(k, k + 1);
  const before = k - 1;
  // Anaphoric: "Об этом сообщил ТАСС" — the content is the previous sentence.
  const anaphoric = v.language.speech.anaphoric;
  if (prev && anaphoric.has(v.norm(before)) && anaphoric.has(v.norm(before - 1))) {
    const src = sourceAfter(v, k + 1);
    if (src) return { source: src, cue, content: prev, rule: 'anaphoric' };
  }
  // Postposed, cue first: "“C,” said X." / "C, — заявил X."
  if ((v.isComma(before) || v.isCloseQuote(before) || v.isDash(before)) && v.language.speech.inverts(v.norm(k))) {
    const after = plausibleSourceAfter(v, k + 1);
    // "Smith, a spokesman, said Tuesday.": "Tuesday" is no source.
    const src = after && !allTailWords(v, after.i, after.j) ? after : undefined;
    if (src && v.norm(src.j) === '(') skipParenthesis(v, src);
    const particle = src && v.language.speech.particles.has(v.norm(src.j)) && src.j + 1 > v.lastContentToken(); // "…, teilte die Behörde mit."
    const endsSentence = src && (src.j >= v.lastContentToken() + 1 || v.isComma(src.j) || particle || skipTail(v, src.j) !== undefined);
    if (src && endsSentence) {
      // "said Olena Marchuk, a spokeswoman for the administration."
      if (v.isComma(src.j) && DETERMINER_AFTER.has(v.norm(src.j + 1))) {
        src.appositive = { i: src.j + 1, j: v.lastContentToken() + 1 };
      }
      let c = before;
      while (c > v.a && (v.isComma(c) || v.isDash(c))) c--;
      const content = v.contentSpan(leadingContentStart(v, c), c + 1);
      if (content) return { source: src, cue, content, rule: 'postposed:cue-source' };
    }
  }
  if (info.weak && NOUN_MARKERS.has(v.norm(before))) return undefined; // "a claim", "the report"
  // Sentence-initial cue: "Said Ellis: “C”"
  if (k === v.a) {
    const first = plausibleSourceAfter(v, k + 1);
    if (first && (v.norm(first.j) === ':' || v.isComma(first.j))) {
      const content = v.contentSpanToEnd(first.j + 1);
      return content ? { source: first, cue, content, rule: 'initial-cue' } : undefined;
    }
  }
  const direct = sourceBefore(v, k);
  const src = direct ?? sharedSubject(v, k, earlier);
  if (!src) return undefined;
  // "fuel calls for support" is no attribution; "environmentalists worry that" is.
  if (info.learned && !looksLikeSource(v, src) && v.norm(k + 1) !== 'that') return undefined;
  // Postposed, source first: "C, X said." / "“C,” X said."
  const lead = src.i - 1;
  const afterCue = k + 1;
  const cueEnds = afterCue > v.lastContentToken() || v.isComma(afterCue);
  const tail = cueEnds ? afterCue : skipTail(v, afterCue);
  // A quotation right before the source is the content whatever follows the cue: "“C,” she said of the election".
  const quoted = (v.isCloseQuote(lead) || (v.isComma(lead) && v.isCloseQuote(lead - 1))) && quoteOpensSentence(v, lead);
  if (direct && (v.isComma(lead) || v.isCloseQuote(lead) || v.isDash(lead)) && lead > v.a && (tail !== undefined || quoted)) {
    let c = lead;
    while (c > v.a && (v.isComma(c) || v.isDash(c))) c--;
    const content = v.contentSpan(leadingContentStart(v, c), c + 1);
    if (content) {
      const raw: RawAttribution = { source: src, cue, content, rule: 'postposed:source-cue' };
      // "A, officials say, B.": B continues the content.
      // "“A,” she said, “B.”": a quotation right after the comma continues it too.
      if (tail !== undefined && v.isComma(tail) && tail + 1 <= v.lastContentToken() && (!v.isCloseQuote(c) || OPEN_QUOTES.has(v.norm(tail + 1)))) {
        const more = v.contentSpanToEnd(v.norm(tail + 1) === 'and' ? tail + 2 : tail + 1);
        if (more) raw.more = more;
      }
      return raw;
    }
  }
  // "“…?” Trump said.": the splitter ended the quotation's sentence at its "?”" or "!”".
  if (src.i === v.a && prev && tail !== undefined) {
    const quote = trailingQuestionQuote(v.text, prev);
    if (quote) return { source: src, cue, content: quote, rule: 'postposed:previous-quote' };
  }
  // "Trump made the following pledge: C" (not "Trump made the pledge at a rally").
  const made = madeStatement(v, k);
  if (made !== undefined) return made ? { source: src, cue, content: made, rule: 'made-statement' } : undefined;
  // Preposed: "X said (that) C."
  let start = k + 1;
  if (info.object) start = skipObject(v, start);
  start = skipToThat(v, start);
  if (PARTICLES.has(v.norm(start)) && start + 1 <= v.lastContentToken()) start++; // "called on X to", "lashed out at X"
  while (v.isComma(start) || v.norm(start) === ':') start++;
  // "X reported, citing Y, that C": Y is an inner link of X.
  if (CITING_AFTER.has(v.norm(start)) && !src.citing) {
    let c = start + 1;
    while (c < v.b && !v.isComma(c) && c - start < 12) c++;
    if (v.isComma(c)) {
      src.citing = { i: start + 1, j: c, cue: { i: start, j: start + 1 } };
      start = c + 1;
    }
  }
  const opener = v.norm(start);
  if (info.weak && !(CONTENT_OPENERS.has(opener) || v.language.speech.that.has(opener) || OPEN_QUOTES.has(opener) || v.norm(k + 1) === ':')) {
    return undefined;
  }
  const last = v.lastContentToken();
  if (start > last) return block && v.norm(k + 1) === ':' ? { source: src, cue, content: block, rule: 'preposed:block' } : undefined;
  if (v.norm(src.i) === 'having') return undefined; // "Having said that, …"
  if (bareVerbLike(v, src)) return undefined; // "may erode trust and fuel calls for support"
  if (LEARNED_BOUNDARIES.on && v.language.speech.learned) {
    if (LEARNED_BOUNDARIES.start && start <= k + 2) start = bestStart(v.text, v.tokens, k, last, v.a, v.b);
    let end = bestEnd(v.text, v.tokens, k, start, last, v.a, v.b);
    if (v.norm(end) === ':') end = last + 1; // "revealed a disturbing trend: C" keeps C
    end = closeOpenQuote(v, start, end, last);
    end = Math.min(end, coordinatedCue(v, start, end));
    const content = end > last ? v.contentSpanToEnd(start) : v.contentSpan(start, end);
    if (content) return withFrontedPart(v, k, { source: src, cue, content, rule: 'preposed' });
  }
  const content = v.contentSpanToEnd(start);
  if (!content) return undefined;
  return withFrontedPart(v, k, { source: src, cue, content, rule: 'preposed' });
}

const MAKE = new Set(['made', 'make', 'makes', 'making']);
const STATEMENT_NOUNS = new Set(['comment', 'comments', 'statement', 'statements', 'remark', 'remarks', 'pledge', 'promise', 'claim', 'claims', 'criticism', 'reference', 'argument', 'point', 'case', 'accusation', 'accusations', 'assertion', 'prediction', 'announcement', 'observation', 'vow', 'threat', 'joke', 'quip', 'admission', 'allegation', 'allegations']);
const STATEMENT_DETERMINERS = new Set(['the', 'this', 'these', 'that', 'those', 'his', 'her', 'their', 'its', 'a', 'an', 'similar', 'such']);

/**
 * "X made the following comment: C" gives C. "X made the comments Friday" refers back to a
 * statement the article has already attributed, so it is no new attribution (null). Undefined
 * when the frame does not apply.
 */
function madeStatement(v: SentenceView, k: number): Span | null | undefined {
  if (!MAKE.has(v.norm(k)) || !STATEMENT_DETERMINERS.has(v.norm(k + 1))) return undefined;
  let noun = k + 2;
  if (!STATEMENT_NOUNS.has(v.norm(noun))) noun++; // "the following comment", "a similar point"
  if (!STATEMENT_NOUNS.has(v.norm(noun))) return undefined;
  return v.norm(noun + 1) === ':' ? v.contentSpanToEnd(noun + 2) ?? null : null;
}

const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me', 'her', 'it', 'you']);
/** A lone lowercase word after "and"/"or"/"to" ("… and fuel calls for …") is a verb, not a source. */
function bareVerbLike(v: SentenceView, src: Phrase): boolean {
  if (src.j - src.i !== 1 || v.isCapitalized(src.i) || isPronoun(v, src) || OBJECT_PRONOUNS.has(v.norm(src.i)) || v.language.descriptors.has(v.norm(src.i))) return false;
  const before = v.norm(src.i - 1);
  return before === 'and' || before === 'or' || before === 'to';
}

/** "Putin's earlier statements about C" / "Marochko's claims that C". */
function possessiveFrame(v: SentenceView, k: number): RawAttribution | undefined {
  let p = k - 1;
  while (p >= v.a && v.tok(p)!.kind === 'word' && !isPossessive(v.norm(p)) && !v.isCapitalized(p) && p > k - 3) p--; // adjectives: "earlier"
  if (!isPossessive(v.norm(p))) return undefined;
  const src = sourceBefore(v, p);
  if (!src) return undefined;
  // Keep the name itself: "aligns with Vladimir Putin's" → "Vladimir Putin".
  let first = p;
  while (first - 1 >= src.i && v.isCapitalized(first - 1)) first--;
  if (first < p) {
    src.i = first;
    src.j = p;
  }
  const opener = v.norm(k + 1);
  if (opener !== 'about' && opener !== 'that' && opener !== 'on') return undefined;
  let end = k + 2;
  while (end < v.b && !v.isComma(end) && v.norm(end) !== ';') end++;
  const content = v.contentSpan(k + 2, end);
  if (!content) return undefined;
  return { source: src, cue: v.span(k, k + 1), content, rule: 'possessive' };
}

function isPossessive(norm: string): boolean {
  return norm === "'s" || norm === '’s';
}

/** Cue decision where a learned detector exists (English), with the hand-written lexicon as a prior. */
function learnedCue(v: SentenceView, k: number): VerbInfo | undefined {
  const known = v.language.speech.verb(v.norm(k));
  if (!known && !cueCandidate(v.norm(k))) return undefined;
  const score = cueScore(v.text, v.tokens, k, v.a, v.b);
  if (score > CUE_THRESHOLDS.high) return { object: known?.object ?? false, weak: false, learned: known === undefined };
  if (known && score > CUE_THRESHOLDS.low) return known;
  return undefined;
}

/** "Rep. G.K. Butterfield (D-N.C.)": the source phrase takes in a short parenthesis after it. */
function skipParenthesis(v: SentenceView, src: { j: number }): void {
  for (let x = src.j + 1; x < v.b && x - src.j <= 8; x++) {
    if (v.norm(x) === ')') {
      src.j = x + 1;
      return;
    }
  }
}

const NOT_SOURCE_START = new Set(['as', 'in', 'on', 'at', 'by', 'for', 'with', 'to', 'from', 'of', 'that', 'this', 'it', 'there', 'what', 'how']);
const SHORT_SOURCE_START = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'many', 'two', 'three', 'several', 'his', 'her', 'their', 'its']);

/** A source right after a cue that really looks like one: a name, a pronoun, or a short noun phrase. */
function plausibleSourceAfter(v: SentenceView, k: number): Phrase | undefined {
  const src = sourceAfter(v, k);
  if (!src) return undefined;
  const first = v.norm(src.i);
  if (NOT_SOURCE_START.has(first)) return undefined;
  if (v.isCapitalized(src.i) || isPronoun(v, src)) return src;
  if (SHORT_SOURCE_START.has(first) && src.j - src.i <= 5) return src;
  if (SHORT_SOURCE_START.has(first) && hasRoleWord(v, src)) return src; // "one Democratic source on the panel"
  if (v.language.speech.anySourceAfter) return src;
  return undefined;
}

/** A learned cue's source must look like one: a name, a pronoun, a role noun, or a determiner phrase. */
function looksLikeSource(v: SentenceView, p: Phrase): boolean {
  if (isPronoun(v, p)) return true;
  for (let x = p.i; x < p.j; x++) if (v.isCapitalized(x) || v.language.descriptors.has(v.norm(x))) return true;
  return p.j - p.i >= 2 && SHORT_SOURCE_START.has(v.norm(p.i));
}

function hasRoleWord(v: SentenceView, p: Phrase): boolean {
  for (let x = p.i; x < p.j; x++) if (v.language.descriptors.has(v.norm(x))) return true;
  return false;
}
