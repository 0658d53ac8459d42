/**
 * The sources knowledge base: entries (outlets, platforms, people a user adds) with the domains
 * and names they go by, and facts — each fact names the dataset it comes from.
 *
 * On disk (`src/sources/data/kb.json`, format `sift.sources/1`) entries and facts are compact
 * tuples (`RawEntry`, `RawFact`); `SourceKB` decodes an entry only when it is looked up.
 */
import type { DatasetId } from './data/datasets.js';
import type { Reliability } from './data/meanings.js';

export const KB_FORMAT = 'sift.sources/1';
export const USER_FORMAT = 'sift.sources.user/1';

export type EntryKind = 'outlet' | 'platform' | 'organization' | 'person';
export const ENTRY_KINDS: readonly EntryKind[] = ['outlet', 'platform', 'organization', 'person'];

/**
 * One fact as stored. `on` is the domain (or space-separated domains) the dataset gave it for;
 * '' means the entry's only domain.
 *
 * - `['s', on, typology, country, company]` state-media-profiles
 * - `['q', on, pc1]` domain-quality-ratings
 * - `['g', on, label, labelSource, newsguardScore | null]` source-reliability-idiap golden label (1, 0, -1, -2)
 * - `['f', on, factualReporting, credibility]` source-reliability-idiap mbfc.csv
 * - `['w', rspEntryName, status, shortcut, lastDiscussedYear]` wikipedia-perennial-sources
 * - `['l', on, listName]` laundromat-sites
 * - `['k' | 'c', nameAsWritten, cases, firstDate, lastDate]` euvsdisinfo-kalkun / euvsdisinfo-cknabs
 */
export type RawFact =
  | ['s', string, string, string, string]
  | ['q', string, number]
  | ['g', string, number, string, number | null]
  | ['f', string, string, string]
  | ['w', string, string, string, string]
  | ['l', string, string]
  | ['k' | 'c', string, number, string, string];

/** `[name, domains, aliases, facts, kind?]`; name '' means the first domain; kind absent means outlet. */
export type RawEntry = [string, string[], string[], RawFact[]] | [string, string[], string[], RawFact[], EntryKind];

export interface KbFile {
  format: typeof KB_FORMAT;
  /** Datasets compiled into this file. */
  datasets: DatasetId[];
  /** Datasets left out on purpose (`--exclude`). */
  excluded: DatasetId[];
  entries: RawEntry[];
}

interface FactBase {
  dataset: DatasetId | 'user' | 'sift';
}

export interface StateMediaFact extends FactBase {
  type: 'state-media';
  dataset: 'state-media-profiles';
  on: string[];
  typology: string;
  country: string;
  company: string;
}
export interface QualityFact extends FactBase {
  type: 'quality';
  dataset: 'domain-quality-ratings';
  on: string[];
  pc1: number;
}
export interface ReliabilityLabelFact extends FactBase {
  type: 'reliability-label';
  dataset: 'source-reliability-idiap';
  on: string[];
  /** 1 reliable, 0 mixed, -1 unreliable, -2 unreliable (deprecated on Wikipedia). */
  label: number;
  /** Where the dataset took the label from: mbfc, newsguard, wikipedia, manual. */
  labelSource: string;
  newsguardScore?: number;
}
export interface MbfcFact extends FactBase {
  type: 'mbfc';
  dataset: 'source-reliability-idiap';
  on: string[];
  factualReporting: string;
  credibility: string;
}
export interface RspFact extends FactBase {
  type: 'rsp';
  dataset: 'wikipedia-perennial-sources';
  /** The RSP entry's name ("TASS", "Fox News (politics and science)"). */
  entry: string;
  status: string;
  shortcut: string;
  year: string;
}
export interface ListFact extends FactBase {
  type: 'list';
  dataset: 'laundromat-sites';
  on: string[];
  list: string;
}
export interface CasesFact extends FactBase {
  type: 'cases';
  dataset: 'euvsdisinfo-kalkun' | 'euvsdisinfo-cknabs';
  /** How the cases name the outlet (a name or a domain). */
  as: string;
  cases: number;
  first: string;
  last: string;
}
/** What a user recorded about a source (`sift sources add` / `import`). */
export interface UserFact extends FactBase {
  type: 'user';
  dataset: 'user';
  country?: string;
  affiliation?: string;
  stateAffiliated?: boolean;
  reliability?: Reliability;
  lists?: string[];
  role?: string;
  note?: string;
}

export type Fact = StateMediaFact | QualityFact | ReliabilityLabelFact | MbfcFact | RspFact | ListFact | CasesFact | UserFact;

export interface SourceEntry {
  /** Stable reference: the first domain, or `name:<key>` for an entry without one. */
  id: string;
  name: string;
  kind: EntryKind;
  domains: string[];
  aliases: string[];
  facts: Fact[];
  /** `shipped` (compiled from the datasets), `user`, or `shipped+user` when a user entry adds to a shipped one. */
  origin: 'shipped' | 'user' | 'shipped+user';
}

/** One entry of the user's own file (`sift sources add`, `import`, `export`). */
export interface UserEntry {
  name: string;
  kind?: EntryKind;
  domains?: string[];
  aliases?: string[];
  country?: string;
  /** Free text: "state-controlled", "owned by X". */
  affiliation?: string;
  /** Whether the summary counts the source as state-affiliated. */
  stateAffiliated?: boolean;
  reliability?: Reliability;
  lists?: string[];
  /** For people: the role the user's data gives them. */
  role?: string;
  note?: string;
  /** ISO date the entry was added or last changed. */
  added?: string;
}

export interface UserFile {
  format: typeof USER_FORMAT;
  entries: UserEntry[];
}
