/**
 * Capitalised-name mentions typed as outlet, organisation, place or person.
 *
 * 1. collect runs of capitalised words inside a sentence (joined by "of", "de", "al-" …);
 * 2. drop sentence-initial words that are ordinary words, and demonyms on their own;
 * 3. type each run: gazetteer outlet → organisation words → place words or known place →
 *    person (role before it, or a two-to-four-word name) → plain name;
 * 4. a single surname that matches an earlier full name is that person.
 */
import type { Mention, MentionType, Sentence, Token } from '../doc/types.js';
import { MAX_OUTLET_WORDS, outletName } from './gazetteer.js';
import { nameKey } from './keys.js';
import { DEMONYMS, NOT_NAMES, ORG_WORDS, PLACE_WORDS, PLACES } from './data/lexicon.js';
import { ALL_DESCRIPTORS as ROLE_WORDS } from '../lang/index.js';

const CONNECTORS = new Set(['of', 'de', 'von', 'van', 'der', 'al', 'bin', 'la', 'le', 'du']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'gen', 'general', 'col', 'colonel', 'senator', 'sen', 'gov', 'governor', 'mayor', 'pope', 'king', 'queen', 'prince', 'sheikh', 'rep', 'judge']);

export function isCapitalized(text: string, t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = text[t.start]!;
  return c !== c.toLowerCase();
}

export function findNames(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Mention[] {
  const lowerSeen = lowercaseWords(text, tokens);
  const out: Mention[] = [];
  const persons = new Map<string, Mention>(); // surname key → full-name mention
  let ti = 0;
  for (const s of sentences) {
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    const first = ti;
    let last = first;
    while (last < tokens.length && tokens[last]!.end <= s.end) last++;
    const titleCase = isTitleCase(text, tokens, first, last);
    let i = first;
    while (i < last) {
      if (!isCapitalized(text, tokens[i]!)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < last) {
        const t = tokens[j]!;
        if (isCapitalized(text, t)) j++;
        else if (CONNECTORS.has(t.norm) && j + 1 < last && isCapitalized(text, tokens[j + 1]!)) j += 2;
        else break;
      }
      let a = i;
      if (a === first) {
        while (a < j && (NOT_NAMES.has(tokens[a]!.norm) || lowerSeen.has(tokens[a]!.norm))) a++;
      }
      while (a < j && (NOT_NAMES.has(tokens[a]!.norm) || TITLES.has(tokens[a]!.norm))) a++;
      for (const m of typeRun(text, tokens, a, j, first, titleCase, persons)) out.push(m);
      i = j;
    }
    ti = last;
  }
  return out;
}

function typeRun(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  sentFirst: number,
  titleCase: boolean,
  persons: Map<string, Mention>,
): Mention[] {
  if (a >= b) return [];
  // Outlets anywhere inside the run, longest first.
  for (let len = Math.min(MAX_OUTLET_WORDS, b - a); len >= 1; len--) {
    for (let x = a; x + len <= b; x++) {
      const surface = text.slice(tokens[x]!.start, tokens[x + len - 1]!.end);
      const canonical = outletName(surface);
      if (canonical) {
        const m = mention(text, tokens, x, x + len, 'outlet', canonical);
        return [
          ...typeRun(text, tokens, a, x, sentFirst, titleCase, persons),
          m,
          ...typeRun(text, tokens, x + len, b, sentFirst, titleCase, persons),
        ];
      }
    }
  }
  const words = [];
  for (let x = a; x < b; x++) words.push(tokens[x]!.norm);
  if (words.every((w) => DEMONYMS.has(w))) return [];
  const key = nameKey(text.slice(tokens[a]!.start, tokens[b - 1]!.end));
  const after = tokens[b]?.norm ?? '';
  let type: MentionType;
  if (words.some((w) => ORG_WORDS.has(w))) type = 'organization';
  else if (PLACES.has(key) || PLACES.has(words.join(' ')) || PLACE_WORDS.has(after) || words.some((w) => PLACE_WORDS.has(w))) type = 'place';
  else if (titleCase) return [];
  else if (/^\p{Lu}{2,6}$/u.test(text.slice(tokens[a]!.start, tokens[b - 1]!.end))) type = 'organization';
  else if (roleBefore(text, tokens, a, sentFirst) || (b - a >= 2 && b - a <= 4 && !DEMONYMS.has(words[0]!))) type = 'person';
  else if (b - a === 1 && persons.has(key)) type = 'person';
  else type = 'name';
  if (DEMONYMS.has(words[0]!) && type !== 'organization') {
    return typeRun(text, tokens, a + 1, b, sentFirst, titleCase, persons);
  }
  const m = mention(text, tokens, a, b, type);
  if (type === 'person') {
    const role = roleBefore(text, tokens, a, sentFirst);
    if (role) m.role = role;
    if (b - a >= 2) {
      persons.set(nameKey(text.slice(tokens[b - 1]!.start, tokens[b - 1]!.end)), m);
    } else {
      const full = persons.get(key);
      if (full) m.canonical = full.canonical ?? full.text;
    }
  }
  return [m];
}

function mention(text: string, tokens: readonly Token[], a: number, b: number, type: MentionType, canonical?: string): Mention {
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  const surface = text.slice(start, end);
  const m: Mention = { start, end, type, text: surface, key: nameKey(canonical ?? surface) };
  if (canonical) m.canonical = canonical;
  return m;
}

/** Lower-case role words right before a name: "military expert" in "military expert Andrei Marochko". */
export function roleBefore(text: string, tokens: readonly Token[], a: number, sentFirst: number): string | undefined {
  let x = a - 1;
  if (x >= sentFirst && TITLES.has(tokens[x]!.norm) && isCapitalized(text, tokens[x]!)) return tokens[x]!.norm;
  if (x < sentFirst || !ROLE_WORDS.has(tokens[x]!.norm)) return undefined;
  const end = tokens[x]!.end;
  while (x - 1 >= sentFirst && x > a - 4 && tokens[x - 1]!.kind === 'word' && !isCapitalized(text, tokens[x - 1]!) && !STOP_BEFORE_ROLE.has(tokens[x - 1]!.norm)) x--;
  return text.slice(tokens[x]!.start, end);
}

const STOP_BEFORE_ROLE = new Set(['the', 'a', 'an', 'citing', 'by', 'from', 'to', 'of', 'and', 'said', 'according', 'with', 'that', 'as']);

function lowercaseWords(text: string, tokens: readonly Token[]): Set<string> {
  const seen = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && !isCapitalized(text, t)) seen.add(t.norm);
  return seen;
}

function isTitleCase(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  let words = 0;
  let caps = 0;
  for (let x = a; x < b; x++) {
    const t = tokens[x]!;
    if (t.kind !== 'word' || t.end - t.start < 4) continue;
    words++;
    if (isCapitalized(text, t)) caps++;
  }
  return words >= 4 && caps / words > 0.7;
}
