/**
 * What a copy added, dropped or changed relative to the story's base article: names, numbers,
 * dates, cited sources, and claims (sentences with no counterpart on the other side).
 * Names and sources compare as `names.ts` says two spellings are one name — across scripts,
 * by surname, by the alias table (ВСУ = Ukrainian forces) — so a name that only changed script
 * or language is neither added nor dropped. Only named sources count: a pronoun ("He", "Он") or a
 * descriptor ("the expert") is never a new or dropped source.
 */
import type { Doc } from '../doc/types.js';
import { language } from '../lang/index.js';

const NO_WORDS: ReadonlySet<string> = new Set();
import { stemName } from './fingerprint.js';
import { nameEntry, namedChains, NameSet } from './names.js';

export interface FactChange {
  names: string[];
  numbers: string[];
  dates: string[];
}

export interface CopyDiff {
  added: FactChange;
  dropped: FactChange;
  /**
   * Numbers that differ where the other side has a number in the matching sentence, and neither
   * figure appears anywhere on the other side.
   */
  changedNumbers: Array<{ from: string; to: string }>;
  /** Named sources (people, outlets, organisations) the copy cites and the base does not. */
  sourcesAdded: string[];
  sourcesDropped: string[];
  /** Sentences of the copy with no counterpart in the base (framing, commentary, new claims). */
  claimsAdded: string[];
  /** Sentences of the base with no counterpart in the copy. */
  claimsDropped: string[];
}

const MAX_CLAIMS = 8;
const NAME_TYPES = new Set(['person', 'outlet', 'organization', 'place']);

export function diffArticles(base: Doc, copy: Doc): CopyDiff {
  const fb = facts(base);
  const fc = facts(copy);
  const sb = sourcesOf(base);
  const sc = sourcesOf(copy);
  const { added: claimsAdded, dropped: claimsDropped, changedNumbers } = claimDiff(base, copy);
  return {
    added: minus(fc, fb),
    dropped: minus(fb, fc),
    // A figure changed only when the copy nowhere gives the base's and the base nowhere the copy's.
    changedNumbers: changedNumbers.filter((c) => !fc.numbers.has(c.from) && !fb.numbers.has(c.to)),
    sourcesAdded: sc.entries.filter((e) => !sb.has(e)).map((e) => e.text),
    sourcesDropped: sb.entries.filter((e) => !sc.has(e)).map((e) => e.text),
    claimsAdded: claimsAdded.slice(0, MAX_CLAIMS),
    claimsDropped: claimsDropped.slice(0, MAX_CLAIMS),
  };
}

type FactMap = { names: NameSet; numbers: Map<string, string>; dates: Map<string, string> };

function facts(doc: Doc): FactMap {
  const out: FactMap = { names: new NameSet(doc.text), numbers: new Map(), dates: new Map() };
  for (const m of doc.mentions) {
    if (NAME_TYPES.has(m.type)) out.names.add(nameEntry(m.canonical ?? m.text, m.type, doc.lang));
    else if (m.type === 'name') out.names.addUnlisted(nameEntry(m.text, m.type, doc.lang));
    else if (m.type === 'number' && m.value && Number(m.value) >= 2 && !insideUrl(doc.text, m.start, m.end)) out.numbers.set(m.value, m.text);
    else if (m.type === 'date' && m.value && !insideUrl(doc.text, m.start, m.end)) out.dates.set(m.value.slice(-5), m.text);
  }
  return out;
}

/** True when a span lies inside a URL written in the text (its digits are no fact of the report). */
function insideUrl(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  return /(?:https?:\/\/|www\.)/i.test(text.slice(a, b));
}

function minus(a: FactMap, b: FactMap): FactChange {
  const pick = (x: Map<string, string>, y: Map<string, string>): string[] => [...x].filter(([k]) => !y.has(k)).map(([, v]) => v);
  return {
    names: a.names.entries.filter((e) => !b.names.has(e)).map((e) => e.text),
    numbers: pick(a.numbers, b.numbers),
    dates: pick(a.dates, b.dates),
  };
}

/** The named sources of a document's chains, each once however it is spelled. */
function sourcesOf(doc: Doc): NameSet {
  const out = new NameSet();
  for (const { chain, kinds } of namedChains(doc)) chain.forEach((name, i) => out.add(nameEntry(name, kinds[i]!, doc.lang)));
  return out;
}

interface SentenceFacts {
  text: string;
  anchors: Set<string>;
  numbers: string[];
  words: number;
}

function sentenceFacts(doc: Doc): SentenceFacts[] {
  return doc.sentences.map((s) => {
    const anchors = new Set<string>();
    const numbers: string[] = [];
    for (const m of doc.mentions) {
      if (m.start < s.start || m.end > s.end) continue;
      if (NAME_TYPES.has(m.type) || m.type === 'name') anchors.add(`n:${stemName(m.key)}`);
      else if (m.type === 'number' && m.value) {
        anchors.add(`#:${m.value}`);
        numbers.push(m.value);
      } else if (m.type === 'date' && m.value) anchors.add(`d:${m.value.slice(-5)}`);
    }
    let words = 0;
    const stopwords = language(doc.lang)?.stopwords ?? NO_WORDS;
    for (const t of doc.tokens) {
      if (t.start < s.start || t.end > s.end || t.kind !== 'word') continue;
      words++;
      if (t.norm.length >= 5 && !stopwords.has(t.norm)) anchors.add(`t:${doc.lang}:${t.norm.slice(0, 6)}`);
    }
    return { text: doc.text.slice(s.start, s.end), anchors, numbers, words };
  });
}

/** Two sentences are counterparts when they share at least two anchors. */
function counterpart(x: SentenceFacts, ys: readonly SentenceFacts[]): SentenceFacts | undefined {
  let best: SentenceFacts | undefined;
  let bestShared = 1;
  for (const y of ys) {
    let shared = 0;
    for (const a of x.anchors) if (y.anchors.has(a)) shared++;
    if (shared > bestShared) {
      bestShared = shared;
      best = y;
    }
  }
  return best;
}

function claimDiff(base: Doc, copy: Doc): { added: string[]; dropped: string[]; changedNumbers: Array<{ from: string; to: string }> } {
  const bs = sentenceFacts(base).filter((s) => s.words >= 5);
  const cs = sentenceFacts(copy).filter((s) => s.words >= 5);
  const added: string[] = [];
  const changed: Array<{ from: string; to: string }> = [];
  const matchedBase = new Set<SentenceFacts>();
  for (const c of cs) {
    const b = counterpart(c, bs);
    if (!b) {
      added.push(c.text);
      continue;
    }
    matchedBase.add(b);
    const onlyC = c.numbers.filter((n) => !b.numbers.includes(n));
    const onlyB = b.numbers.filter((n) => !c.numbers.includes(n));
    if (onlyC.length === 1 && onlyB.length === 1) changed.push({ from: onlyB[0]!, to: onlyC[0]! });
  }
  const dropped = bs.filter((b) => !matchedBase.has(b) && !counterpart(b, cs)).map((b) => b.text);
  return { added, dropped, changedNumbers: changed };
}
