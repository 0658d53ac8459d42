/**
 * When two spellings name the same thing, across scripts and languages: what story diffs and
 * traces compare names and sources by.
 *
 *   - the script-independent stem (`Марочко` = `Marochko`, `Андрея` = `Andrei`: `nameKey` + `stemName`);
 *   - a person's surname alone (`Андрей Марочко` = `Marochko`);
 *   - the consonant skeleton, between spelling systems only (`Світлодольському` = `Светлодольском`,
 *     `Kharkiv` = `Харьков`): vowels are where Russian, Ukrainian and English spellings differ;
 *   - the alias table `data/name-aliases.json` (`ВСУ` = `ЗСУ` = `Ukrainian forces` = `AFU`);
 *   - and, for "is this name in the other text", every word of a name within another name
 *     (`Волчанские Хутора` in `Vilcha-Volchansk Hutor`, `ЛУГАНСК` in `Luhansk People's Republic`).
 *
 * And which sources are named at all: pronouns and descriptors ("He", "Он", "the expert") are not.
 */
import { ALL_PRONOUNS, CYRILLIC } from '../lang/index.js';
import type { Doc } from '../doc/types.js';
import { outletName } from '../mentions/gazetteer.js';
import { nameKey } from '../mentions/keys.js';
import ALIASES from './data/name-aliases.json' with { type: 'json' };
import { DETERMINERS, EXTRA_PRONOUNS } from './data/non-names.js';
import { stemName } from './fingerprint.js';

/** One spelling of a name, with the keys it is compared by. */
export interface NameEntry {
  /** As written (or the gazetteer's canonical spelling). */
  text: string;
  type: string;
  /** Stem keys (`n:`) and alias groups (`c:`): equal in any script. */
  keys: string[];
  /** Consonant skeletons: equal only between different spelling systems. */
  skeletons: string[];
  /** `lat`, or `cyr-<lang>` (Russian and Ukrainian spell one name with different vowels). */
  spelling: string;
  /** Stems of the name's words of 4 letters or more. */
  words: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const UPPER = /\p{Lu}/gu;
const VOWEL = /[aeiou]/g;
const SKELETON_LETTERS = 5;
const MIN_SKELETON = 3;

/** Forms one word of running text can match: its stem, and when it has two capitals or more, itself. */
function wordForms(word: string): string[] {
  const stem = stemName(nameKey(word));
  return (word.match(UPPER)?.length ?? 0) >= 2 ? [stem, `A:${nameKey(word)}`] : [stem];
}

/** The one form an alias word must match: itself for abbreviations (ВСУ, MoD), else its stem. */
function aliasForm(word: string): string {
  return (word.match(UPPER)?.length ?? 0) >= 2 ? `A:${nameKey(word)}` : stemName(nameKey(word));
}

interface AliasPhrase {
  group: string;
  forms: string[];
}

const BY_FIRST = new Map<string, AliasPhrase[]>();
for (const g of ALIASES.groups) {
  for (const name of g.names) {
    const forms = (name.match(WORD) ?? []).map(aliasForm);
    if (forms.length === 0) continue;
    const list = BY_FIRST.get(forms[0]!) ?? [];
    list.push({ group: g.id, forms });
    BY_FIRST.set(forms[0]!, list);
  }
}

interface Match {
  group: string;
  start: number;
  length: number;
}

function aliasMatches(text: string): Match[] {
  const words = (text.match(WORD) ?? []).map(wordForms);
  const out: Match[] = [];
  words.forEach((forms, i) => {
    for (const f of forms) {
      for (const p of BY_FIRST.get(f) ?? []) {
        if (i + p.forms.length > words.length) continue;
        if (p.forms.every((pf, k) => words[i + k]!.includes(pf))) out.push({ group: p.group, start: i, length: p.forms.length });
      }
    }
  });
  return out;
}

/** Alias groups named anywhere in a text ("Ukrainian forces" in running prose counts). */
export function aliasGroupsIn(text: string): Set<string> {
  return new Set(aliasMatches(text).map((m) => m.group));
}

/** The alias group a name means: its longest alias, the first of equally long ones ("Минобороны России" → defence-ministry). */
export function aliasGroupOf(name: string): string | undefined {
  let best: Match | undefined;
  for (const m of aliasMatches(name)) if (!best || m.length > best.length || (m.length === best.length && m.start < best.start)) best = m;
  return best?.group;
}

function skeleton(word: string): string {
  return word.replace(VOWEL, '').slice(0, SKELETON_LETTERS);
}

/** Keys of one spelling of a name. `lang` is the language of the text it was written in. */
export function nameEntry(text: string, type: string, lang: string): NameEntry {
  const key = nameKey(text);
  const stem = stemName(key);
  const keys = new Set<string>();
  if (stem.replace(/ /g, '').length >= 2) keys.add(`n:${stem}`);
  const group = aliasGroupOf(text);
  if (group) keys.add(`c:${group}`);
  const keyWords = key.split(' ').filter((w) => w.length > 0);
  const skeletons = new Set<string>();
  const whole = keyWords.map(skeleton).join(' ');
  if (whole.replace(/ /g, '').length >= MIN_SKELETON) skeletons.add(whole);
  if (type === 'person' && keyWords.length > 1) {
    const last = keyWords[keyWords.length - 1]!;
    if (stemName(last).length >= 3) keys.add(`n:${stemName(last)}`);
    if (skeleton(last).length >= MIN_SKELETON) skeletons.add(skeleton(last));
  }
  const words = [...new Set(stem.split(' ').filter((w) => w.length >= 4))];
  const spelling = CYRILLIC.test(text) ? `cyr-${lang}` : 'lat';
  return { text, type, keys: [...keys], skeletons: [...skeletons], spelling, words };
}

/** True when two spellings name the same thing (symmetric): same stem, alias group, surname, or skeleton across spellings. */
export function sameName(a: NameEntry, b: NameEntry): boolean {
  if (a.keys.some((k) => b.keys.includes(k))) return true;
  return a.spelling !== b.spelling && a.skeletons.some((s) => b.skeletons.includes(s));
}

/**
 * True when one name is the other or part of it (symmetric): `sameName`, or every word of one is
 * a word of the other (`ЛУГАНСК` in `Luhansk People's Republic`, `Волчанские Хутора` in
 * `Vilcha-Volchansk Hutor`). What "the other text has this name" means in a diff.
 */
export function nameOverlaps(a: NameEntry, b: NameEntry): boolean {
  if (sameName(a, b)) return true;
  const subset = (x: NameEntry, y: NameEntry): boolean => x.words.length > 0 && x.words.every((w) => y.words.includes(w));
  return subset(a, b) || subset(b, a);
}

/** The names of one text, to ask whether a name from another text is among them. */
export class NameSet {
  readonly entries: NameEntry[] = [];
  /** Spellings that count as present but are not listed (untyped capitalised words: "Русава"). */
  private readonly unlisted: NameEntry[] = [];
  private readonly groups: Set<string>;

  /** `text`: the whole text, whose alias phrases count even where they are not a name mention. */
  constructor(text = '') {
    this.groups = aliasGroupsIn(text);
  }

  /** Adds a name; returns false (and adds nothing) when the set already holds it under another spelling. */
  add(entry: NameEntry): boolean {
    if (this.entries.some((e) => sameName(e, entry))) return false;
    this.entries.push(entry);
    for (const k of entry.keys) if (k.startsWith('c:')) this.groups.add(k.slice(2));
    return true;
  }

  /** Adds a spelling that makes a name present without listing it. */
  addUnlisted(entry: NameEntry): void {
    this.unlisted.push(entry);
  }

  has(entry: NameEntry): boolean {
    if (entry.keys.some((k) => k.startsWith('c:') && this.groups.has(k.slice(2)))) return true;
    return this.entries.some((e) => nameOverlaps(e, entry)) || this.unlisted.some((e) => nameOverlaps(e, entry));
  }
}

const NAMED_KINDS = new Set(['person', 'outlet', 'organization']);

/**
 * True when a source is named: a person, outlet or organisation, not a pronoun ("He", "Он",
 * "Він"), not a descriptor ("the expert", "this report"), and written with a capital letter.
 */
export function isNamedSource(name: string, kind: string): boolean {
  if (!NAMED_KINDS.has(kind)) return false;
  const words = name.toLowerCase().match(WORD) ?? [];
  if (words.length === 0 || !/\p{Lu}/u.test(name)) return false;
  if (words.length === 1 && (ALL_PRONOUNS.has(words[0]!) || EXTRA_PRONOUNS.has(words[0]!))) return false;
  if (DETERMINERS.has(words[0]!) && !outletName(name)) return false;
  return true;
}

/**
 * The chains of a document whose every link is a named source (outermost first), each once:
 * what copies are compared by and what the store keeps (`analysisOf`).
 */
export function namedChains(doc: Doc): Array<{ chain: string[]; kinds: string[] }> {
  const kindOf = new Map<string, string>();
  for (const a of doc.attributions) if (isNamedSource(a.source.name, a.source.kind)) kindOf.set(a.source.name, a.source.kind);
  const out: Array<{ chain: string[]; kinds: string[] }> = [];
  const seen = new Set<string>();
  for (const a of doc.attributions) {
    if (!a.chain.every((n) => kindOf.has(n))) continue;
    const k = a.chain.join('\u0000');
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ chain: a.chain, kinds: a.chain.map((n) => kindOf.get(n)!) });
  }
  return out;
}
