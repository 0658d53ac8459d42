/**
 * Where content begins and ends around its cue: adverbial tails after the cue ("said in a
 * statement"), objects before "that" ("told reporters that"), writers' lead-ins before content
 * that precedes its cue, content that starts before the cue (fronted "what", raised and passive
 * subjects), a second cue of the same source, and quotation marks that must stay paired.
 */
import type { Span } from '../doc/types.js';
import { sourceAfter } from './phrases.js';
import type { RawAttribution } from './raw.js';
import { OPEN_QUOTES, type SentenceView } from './sentence.js';

const FRONTED_WH = new Set(['what', 'which', 'how']);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

const COORDINATORS = new Set(['and', 'but']);
const ADVERBS_BEFORE_CUE = new Set(['also', 'then', 'later', 'repeatedly', 'again']);

/**
 * Where a second cue of the same source ends the content: "said C and warned …", "said C, adding
 * …" (the coordinated cue gets its own attribution). Returns `end` when there is none; never
 * looks inside a quotation.
 */
export function coordinatedCue(v: SentenceView, start: number, end: number): number {
  let open = false;
  for (let x = start + 1; x < end; x++) {
    const n = v.norm(x);
    if (n === '“' || n === '”' || n === '"') open = !open;
    if (open) continue;
    let verb = x + 1;
    if (COORDINATORS.has(n)) {
      if (ADVERBS_BEFORE_CUE.has(v.norm(verb))) verb++;
    } else if (!(v.isComma(x) && v.norm(x + 1).endsWith('ing'))) continue;
    const info = v.language.speech.verb(v.norm(verb));
    if (info && !info.weak) return v.isComma(x - 1) ? x - 1 : x;
  }
  return end;
}


function startsWithThat(v: SentenceView, content: Span): boolean {
  return /^that\b/i.test(v.text.slice(content.start, content.start + 5));
}

/**
 * Content that starts before its cue: a fronted wh-word ("what he says his plan would do" →
 * "what … his plan would do"), or the subject of a raising or passive cue ("Melania seems to
 * have vanished", "About one in nine voters is expected to be Latino") — the subject is then
 * part of what is claimed, and the first piece of a discontinuous content.
 */
export function withFrontedPart(v: SentenceView, k: number, raw: RawAttribution): RawAttribution {
  const { source } = raw;
  const wh = source.i - 1;
  let lead: Span | undefined;
  const passive = BE_FORMS.has(v.norm(k - 1)) && v.norm(k).endsWith('ed');
  if (passive && v.norm(k + 1) === 'by') {
    // "The nominee has been endorsed by dozens of papers": the agent is the source, the subject the content.
    const agent = sourceAfter(v, k + 2);
    if (agent) return { source: agent, cue: raw.cue, content: v.span(source.i, source.j), rule: 'passive-by' };
  }
  if (FRONTED_WH.has(v.norm(wh)) && !v.isComma(wh - 1)) lead = v.span(wh, wh + 1);
  else if ((RAISING.has(v.norm(k)) || passive) && !startsWithThat(v, raw.content)) lead = v.span(source.i, source.j);
  if (!lead || lead.end > raw.content.start) return raw;
  return { ...raw, content: lead, more: raw.content, rule: `${raw.rule}:fronted` };
}


/** Skips the indirect object of "told reporters that …", stopping at "that", a comma or a quote. */
export function skipObject(v: SentenceView, k: number): number {
  for (let x = k; x < v.b && x - k < 8; x++) {
    const n = v.norm(x);
    if (n === 'that' || n === ':' || n === ',' || OPEN_QUOTES.has(n)) return x;
  }
  return k;
}


/** Short adverbials between a cue and the end of its clause: "said in a statement", "said Tuesday". */
const TAIL_WORDS = new Set(['in', 'a', 'an', 'the', 'on', 'at', 'statement', 'interview', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'recently', 'last', 'week', 'month', 'night', 'morning', 'evening', 'afternoon', 'here', 'there', 'then', 'later', 'earlier', 'again', 'also', 'too', 'twitter', 'email', 'phone', 'told', 'reporters', 'briefly', 'simply', 'flatly', 'softly', 'quietly', 'privately', 'publicly', 'speech', 'press', 'conference', 'release', 'emailed', 'written', 'his', 'her', 'their', 'its', 'this', 'that',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'report', 'letter', 'post', 'tweet', 'blog', 'call', 'hearing', 'briefing', 'radio', 'television', 'tv', 'video', 'recent', 'new', 'latest', 'weekly', 'daily', 'year', 'day']);

/**
 * Index of the comma or sentence end after a short adverbial tail starting at `k`
 * ("in a statement", "Tuesday"), or undefined when the words there are not such a tail.
 */
export function skipTail(v: SentenceView, k: number): number | undefined {
  const last = v.lastContentToken();
  let x = k;
  while (x <= last && x - k < 6 && (TAIL_WORDS.has(v.norm(x)) || (x > k && v.tok(x)!.kind === 'number'))) x++; // "in June 2012"
  if (x === k) return undefined;
  if (x > last || v.isComma(x)) return x;
  return undefined;
}

/** The quotation ending `sentence` when it ends in "?”" or "!”" (from its opening mark, else the sentence start). */
export function trailingQuestionQuote(text: string, sentence: Span): Span | undefined {
  const body = text.slice(sentence.start, sentence.end).trimEnd();
  if (!/[?!][”"»]$/.test(body)) return undefined;
  const open = Math.max(body.lastIndexOf('“'), body.lastIndexOf('«'), body.startsWith('"') ? 0 : -1);
  return { start: sentence.start + Math.max(0, open), end: sentence.start + body.length };
}

/** Sentence openers that are the writer's, not the source's: "In addition,", "WASHINGTON ―". */
const INTRODUCTORY = new Set(['however', 'meanwhile', 'still', 'instead', 'moreover', 'also', 'indeed', 'besides', 'nevertheless', 'nonetheless', 'furthermore', 'additionally', 'in addition', 'for example', 'for instance', 'in fact', 'of course', 'as a result', 'at the same time', 'in other words', 'in short', 'in turn', 'by contrast', 'on the other hand']);
const MAX_LEAD_IN = 5;

/** Where content that precedes its cue starts: past a dateline, or an introductory connective and its comma. */
export function leadingContentStart(v: SentenceView, end: number): number {
  let i = v.a;
  if (v.isUpperCase(i, i + 1) && v.isDash(i + 1)) i += 2;
  for (let j = i + 1; j < end && j - i <= MAX_LEAD_IN; j++) {
    if (!v.isComma(j)) continue;
    if (INTRODUCTORY.has(v.surface(i, j).toLowerCase())) return j + 1;
    break;
  }
  return i;
}

export function allTailWords(v: SentenceView, i: number, j: number): boolean {
  for (let x = i; x < j; x++) if (!TAIL_WORDS.has(v.norm(x))) return false;
  return true;
}

/**
 * The quotation closing at `close` is the sentence's own lead quote: it opens the sentence, or
 * opened in an earlier sentence (no quotation mark before it here) — not a quoted title inside.
 */
export function quoteOpensSentence(v: SentenceView, close: number): boolean {
  if (OPEN_QUOTES.has(v.norm(v.a))) return true;
  for (let x = v.a; x < close; x++) if (OPEN_QUOTES.has(v.norm(x)) || v.isCloseQuote(x)) return false;
  return true;
}

/** "said Tuesday that C" / "said in a statement that C": content starts at "that". */
export function skipToThat(v: SentenceView, k: number): number {
  for (let x = k; x < v.b && x - k <= 4; x++) {
    const n = v.norm(x);
    if (n === 'that' && x > k) return x;
    if (!TAIL_WORDS.has(n)) return k;
  }
  return k;
}


/** Never end content inside a quotation it opened: move the end past the closing mark. */
export function closeOpenQuote(v: SentenceView, start: number, end: number, last: number): number {
  let open = 0;
  for (let x = start; x < end; x++) {
    const n = v.norm(x);
    if (n === '“' || n === '«') open++;
    else if ((n === '”' || n === '»') && open > 0) open--;
    else if (n === '"') open = open > 0 ? open - 1 : 1;
  }
  if (open === 0) return end;
  for (let x = end; x <= last + 1 && x < v.b; x++) {
    const n = v.norm(x);
    if (n === '”' || n === '»' || n === '"') return x + 1;
  }
  return end;
}
