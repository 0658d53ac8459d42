/**
 * The knowledge base at run time: the shipped entries (decoded on demand), the user's own entries
 * on top, and lookups by domain and by name.
 *
 * - By domain: the exact host, else its parent domains ("nauka.tass.ru" → "tass.ru"); registry
 *   suffixes (com.ua, co.uk) are never a site.
 * - By name: the name's key (`nameKey`), then without descriptor words ("the agency TASS"), then —
 *   for Cyrillic names — stems that join case forms ("РИА Новостей"). A key that names two
 *   entries is ambiguous and finds nothing: look-alikes are never guessed.
 * - User entries come first; a user entry matching a shipped one (same domain, or a name that
 *   finds it) adds to it, and its facts show provenance "user".
 */
import { nameKey } from '../mentions/keys.js';
import { SiftError } from '../errors/catalogue.js';
import { isDatasetId, type DatasetId } from './data/datasets.js';
import { hostAndParents, looksLikeDomain, normalizeHost } from './domain.js';
import { abbreviationKey, afterDescriptorKey, cleanSurface, hasCyrillic, stemKey, strippedKey } from './names.js';
import {
  ENTRY_KINDS,
  KB_FORMAT,
  type EntryKind,
  type Fact,
  type KbFile,
  type RawFact,
  type SourceEntry,
  type UserEntry,
  type UserFact,
} from './types.js';

export type MatchVia = 'domain' | 'parent-domain' | 'name' | 'descriptor-stripped' | 'inflection';

export interface SourceMatch {
  entry: SourceEntry;
  via: MatchVia;
  /** The domain or name form that matched. */
  matched: string;
}

export interface LookupOptions {
  /** Kinds the caller accepts (default: all but person). */
  kinds?: readonly EntryKind[];
}

const NOT_PERSON: readonly EntryKind[] = ['outlet', 'platform', 'organization'];
const MEMO_LIMIT = 20_000;

/** One slot of the name index: entries (shipped index ≥ 0, user entries as objects). */
type Ref = number | SourceEntry;

export class SourceKB {
  readonly datasets: readonly DatasetId[];
  readonly excluded: readonly DatasetId[];
  private readonly raw: KbLines;
  private readonly decoded = new Map<number, SourceEntry>();
  private readonly domains = new Map<string, number>();
  private names?: Map<string, Ref[]>;
  private stems?: Map<string, Ref[]>;
  private readonly user: SourceEntry[] = [];
  private readonly userDomains = new Map<string, SourceEntry>();
  private readonly userNames = new Map<string, SourceEntry[]>();
  /** Shipped index → the user entries that add to it. */
  private readonly overlays = new Map<number, UserEntry[]>();
  private readonly userEntries: readonly UserEntry[];
  /** Answers to `byName`, since the same names come back article after article. */
  private readonly memo = new Map<string, SourceMatch | undefined>();

  private constructor(raw: KbLines, user: readonly UserEntry[]) {
    this.datasets = raw.datasets;
    this.excluded = raw.excluded;
    this.raw = raw;
    raw.domains.forEach((ds, i) => {
      for (const d of ds) if (!this.domains.has(d)) this.domains.set(d, i);
    });
    this.userEntries = user;
    this.addUsers(user);
  }

  /** A knowledge base from the compiled text (`serializeKb`) and optional user entries. */
  static fromText(text: string, user: readonly UserEntry[] = []): SourceKB {
    return new SourceKB(parseKbText(text), user);
  }

  /** A knowledge base from a compiled file object (as the build returns it). */
  static fromFile(file: KbFile, user: readonly UserEntry[] = []): SourceKB {
    return SourceKB.fromText(serializeKb(file), user);
  }

  /** The same shipped data with other user entries. */
  withUser(user: readonly UserEntry[]): SourceKB {
    return new SourceKB(this.raw, user);
  }

  /** Number of shipped entries. */
  get size(): number {
    return this.raw.names.length;
  }

  /** The user entries this knowledge base was given. */
  get userList(): readonly UserEntry[] {
    return this.userEntries;
  }

  /** Shipped entry `i`, decoded (with any user additions). */
  entryAt(i: number): SourceEntry {
    let e = this.decoded.get(i);
    if (!e) {
      e = decodeEntry(this.raw, i, this.overlays.get(i));
      this.decoded.set(i, e);
    }
    return e;
  }

  /** Every shipped entry index (for export and evaluation). */
  *indices(): Iterable<number> {
    for (let i = 0; i < this.raw.names.length; i++) yield i;
  }

  /** All user-only entries (those that add to no shipped entry). */
  get userOnly(): readonly SourceEntry[] {
    return this.user;
  }

  /** The entry with this id (`ria.ru`, `name:…`, `user:…`), or undefined. */
  get(id: string): SourceEntry | undefined {
    const u = this.user.find((e) => e.id === id);
    if (u) return u;
    const i = this.domains.get(id);
    if (i !== undefined && this.raw.domains[i]![0] === id) return this.entryAt(i);
    if (id.startsWith('name:')) {
      for (const ref of this.nameIndex().get(id.slice(5)) ?? []) {
        const e = this.deref(ref);
        if (e.id === id) return e;
      }
    }
    return undefined;
  }

  /** The entry for a host or URL: its own, else a parent domain's. */
  byDomain(input: string): SourceMatch | undefined {
    const host = normalizeHost(input);
    if (!host) return undefined;
    const chain = hostAndParents(host);
    for (let k = 0; k < chain.length; k++) {
      const h = chain[k]!;
      const via: MatchVia = k === 0 ? 'domain' : 'parent-domain';
      const u = this.userDomains.get(h);
      if (u) return { entry: u, via, matched: h };
      const i = this.domains.get(h);
      if (i !== undefined) return { entry: this.entryAt(i), via, matched: h };
    }
    return undefined;
  }

  /**
   * The entry a name or domain means, or undefined when none or more than one does. Person
   * entries are found only when `kinds` includes 'person'.
   */
  byName(surface: string, opts: LookupOptions = {}): SourceMatch | undefined {
    const kinds = opts.kinds ?? NOT_PERSON;
    const memo = `${kinds.join(',')}\u0000${surface}`;
    if (this.memo.has(memo)) return this.memo.get(memo);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    const m = this.lookupName(surface, kinds);
    this.memo.set(memo, m);
    return m;
  }

  /** Forgets remembered `byName` answers (for measuring a cold lookup). */
  clearMemo(): void {
    this.memo.clear();
  }

  private lookupName(surface: string, kinds: readonly EntryKind[]): SourceMatch | undefined {
    const s = cleanSurface(surface);
    if (!s) return undefined;
    if (looksLikeDomain(s)) {
      const m = this.byDomain(s);
      if (m && kinds.includes(m.entry.kind)) return m;
    }
    const abbr = abbreviationKey(s);
    if (abbr) {
      const e = this.findKey(abbr, kinds);
      return e ? { entry: e, via: 'name', matched: s } : undefined;
    }
    const key = nameKey(s);
    if (!key) return undefined;
    const exact = this.findKey(key, kinds);
    if (exact !== undefined) return exact === null ? undefined : { entry: exact, via: 'name', matched: s };
    const stripped = strippedKey(key);
    for (const k of [stripped, afterDescriptorKey(stripped ?? key)]) {
      if (!k) continue;
      const e = this.findKey(k, kinds);
      if (e !== undefined) return e === null ? undefined : { entry: e, via: 'descriptor-stripped', matched: s };
    }
    if (hasCyrillic(s)) {
      for (const k of stripped ? [key, stripped] : [key]) {
        const e = this.unique(this.stemIndex().get(stemKey(k)), kinds);
        if (e !== undefined) return e === null ? undefined : { entry: e, via: 'inflection', matched: s };
      }
    }
    return undefined;
  }

  /** Every entry a name could mean (for saying why a name is ambiguous). */
  candidates(surface: string, opts: LookupOptions = {}): SourceEntry[] {
    const kinds = opts.kinds ?? NOT_PERSON;
    const key = nameKey(cleanSurface(surface));
    if (!key) return [];
    const keys = [key, strippedKey(key)].filter((k): k is string => k !== undefined);
    const found = new Map<string, SourceEntry>();
    for (const k of keys) {
      for (const e of this.userNames.get(k) ?? []) if (kinds.includes(e.kind)) found.set(e.id, e);
      for (const r of this.nameIndex().get(k) ?? []) {
        const e = this.deref(r);
        if (kinds.includes(e.kind)) found.set(e.id, e);
      }
      for (const r of this.stemIndex().get(stemKey(k)) ?? []) {
        const e = this.deref(r);
        if (kinds.includes(e.kind) && hasCyrillic(surface)) found.set(e.id, e);
      }
    }
    return [...found.values()];
  }

  /** The one entry of a key: user entries first; `null` when ambiguous; undefined when none. */
  private findKey(key: string, kinds: readonly EntryKind[]): SourceEntry | null | undefined {
    const user = (this.userNames.get(key) ?? []).filter((e) => kinds.includes(e.kind));
    if (user.length === 1) return user[0]!;
    if (user.length > 1) return null;
    return this.unique(this.nameIndex().get(key), kinds);
  }

  private unique(refs: readonly Ref[] | undefined, kinds: readonly EntryKind[]): SourceEntry | null | undefined {
    if (!refs) return undefined;
    const found = new Map<string, SourceEntry>();
    for (const r of refs) {
      const e = this.deref(r);
      if (kinds.includes(e.kind)) found.set(e.id, e);
    }
    if (found.size === 0) return undefined;
    return found.size === 1 ? [...found.values()][0]! : null;
  }

  private deref(r: Ref): SourceEntry {
    return typeof r === 'number' ? this.entryAt(r) : r;
  }

  private nameIndex(): Map<string, Ref[]> {
    if (!this.names) {
      const names = new Map<string, Ref[]>();
      this.raw.names.forEach((name, i) => {
        for (const n of name ? [name, ...aliasesAt(this.raw, i)] : aliasesAt(this.raw, i)) {
          push(names, nameKey(n), i);
          const abbr = abbreviationKey(n);
          if (abbr) push(names, abbr, i);
        }
      });
      this.names = names;
    }
    return this.names;
  }

  private stemIndex(): Map<string, Ref[]> {
    if (!this.stems) {
      const stems = new Map<string, Ref[]>();
      for (const [key, refs] of this.nameIndex()) if (!key.startsWith('abbr:')) for (const r of refs) push(stems, stemKey(key), r);
      for (const e of this.user) for (const n of [e.name, ...e.aliases]) push(stems, stemKey(nameKey(n)), e);
      this.stems = stems;
    }
    return this.stems;
  }

  /** The shipped entry a user entry adds to: one sharing a domain, else the one its name finds. */
  private shippedTarget(u: UserEntry): number | undefined {
    if ((u.kind ?? 'outlet') === 'person') return undefined;
    for (const d of u.domains ?? []) {
      const h = normalizeHost(d);
      const i = h ? this.domains.get(h) : undefined;
      if (i !== undefined) return i;
    }
    for (const n of [u.name, ...(u.aliases ?? [])]) {
      const refs = this.nameIndex().get(nameKey(n)) ?? [];
      const nums = [...new Set(refs.filter((r): r is number => typeof r === 'number'))];
      if (nums.length === 1) return nums[0];
    }
    return undefined;
  }

  private addUsers(user: readonly UserEntry[]): void {
    const targets = user.map((u) => this.shippedTarget(u));
    targets.forEach((t, k) => {
      if (t !== undefined) this.overlays.set(t, [...(this.overlays.get(t) ?? []), user[k]!]);
    });
    user.forEach((u, k) => {
      const t = targets[k];
      const domains = (u.domains ?? []).map((d) => normalizeHost(d)).filter((d): d is string => d !== undefined);
      let entry: SourceEntry;
      if (t !== undefined) {
        entry = this.entryAt(t);
      } else {
        entry = {
          id: domains[0] ?? `user:${nameKey(u.name)}`,
          name: u.name,
          kind: u.kind ?? 'outlet',
          domains,
          aliases: [...(u.aliases ?? [])],
          facts: [userFact(u)],
          origin: 'user',
        };
        this.user.push(entry);
      }
      for (const d of domains) this.userDomains.set(d, entry);
      for (const n of [u.name, ...(u.aliases ?? [])]) {
        for (const key of [nameKey(n), abbreviationKey(n)]) {
          if (!key) continue;
          const list = (this.userNames.get(key) ?? []).filter((e) => e !== entry);
          list.push(entry);
          this.userNames.set(key, list);
        }
      }
    });
  }
}

function push<T>(map: Map<string, T[]>, key: string, v: T): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [v]);
  else if (!list.includes(v)) list.push(v);
}

/** A user entry's fields as a fact with provenance "user". */
export function userFact(u: UserEntry): UserFact {
  const f: UserFact = { type: 'user', dataset: 'user' };
  if (u.country) f.country = u.country;
  if (u.affiliation) f.affiliation = u.affiliation;
  if (u.stateAffiliated !== undefined) f.stateAffiliated = u.stateAffiliated;
  if (u.reliability) f.reliability = u.reliability;
  if (u.lists?.length) f.lists = [...u.lists];
  if (u.role) f.role = u.role;
  if (u.note) f.note = u.note;
  return f;
}

/** Decodes stored entry `i`, with user additions first. */
function decodeEntry(raw: KbLines, i: number, overlays: readonly UserEntry[] = []): SourceEntry {
  const name = raw.names[i]!;
  const domains = raw.domains[i]!;
  const single = domains.length === 1 ? domains[0]! : '';
  const on = (s: string): string[] => (s ? s.split(' ') : single ? [single] : []);
  let facts: RawFact[];
  try {
    facts = JSON.parse(raw.facts[i]!) as RawFact[];
    if (!Array.isArray(facts)) throw new Error('facts are not an array');
  } catch (e) {
    throw new SiftError('E_SOURCES_KB', { detail: `entry ${i + 1} (${name || domains[0]}): ${e instanceof Error ? e.message : String(e)}` });
  }
  const entry: SourceEntry = {
    id: domains[0] ?? `name:${nameKey(name)}`,
    name: name || domains[0] || '',
    kind: raw.kinds[i]!,
    domains: [...domains],
    aliases: aliasesAt(raw, i),
    facts: facts.map((f) => decodeFact(f, on)),
    origin: 'shipped',
  };
  if (overlays.length) {
    entry.origin = 'shipped+user';
    for (const u of overlays) {
      for (const d of u.domains ?? []) {
        const h = normalizeHost(d);
        if (h && !entry.domains.includes(h)) entry.domains.push(h);
      }
      for (const a of [u.name, ...(u.aliases ?? [])]) if (a !== entry.name && !entry.aliases.includes(a)) entry.aliases.push(a);
    }
    entry.facts = [...overlays.map(userFact), ...entry.facts];
  }
  return entry;
}

function decodeFact(f: RawFact, on: (s: string) => string[]): Fact {
  switch (f[0]) {
    case 's':
      return { type: 'state-media', dataset: 'state-media-profiles', on: on(f[1]), typology: f[2], country: f[3], company: f[4] };
    case 'q':
      return { type: 'quality', dataset: 'domain-quality-ratings', on: on(f[1]), pc1: f[2] };
    case 'g': {
      const g: Fact = { type: 'reliability-label', dataset: 'source-reliability-idiap', on: on(f[1]), label: f[2], labelSource: f[3] };
      if (f[4] !== null) g.newsguardScore = f[4];
      return g;
    }
    case 'f':
      return { type: 'mbfc', dataset: 'source-reliability-idiap', on: on(f[1]), factualReporting: f[2], credibility: f[3] };
    case 'w':
      return { type: 'rsp', dataset: 'wikipedia-perennial-sources', entry: f[1], status: f[2], shortcut: f[3], year: f[4] };
    case 'l':
      return { type: 'list', dataset: 'laundromat-sites', on: on(f[1]), list: f[2] };
    case 'k':
    case 'c':
      return { type: 'cases', dataset: f[0] === 'k' ? 'euvsdisinfo-kalkun' : 'euvsdisinfo-cknabs', as: f[1], cases: f[2], first: f[3], last: f[4] };
    default:
      throw new SiftError('E_SOURCES_KB', { detail: `unknown fact ${JSON.stringify(f)}` });
  }
}

/**
 * The compiled knowledge base as stored: one header line (`sift.sources/1` TAB {datasets, excluded}),
 * then one line per entry: name TAB domains (space-separated) TAB aliases ("|"-separated) TAB
 * kind ('' for outlet) TAB facts (JSON). Lines are split at load; names and facts are read only
 * when needed, so loading stays a few milliseconds.
 */
interface KbLines {
  datasets: DatasetId[];
  excluded: DatasetId[];
  names: string[];
  domains: string[][];
  aliases: string[];
  kinds: EntryKind[];
  facts: string[];
}

function aliasesAt(raw: KbLines, i: number): string[] {
  const a = raw.aliases[i]!;
  return a ? a.split('|') : [];
}

/** Parses the stored text; a broken file is E_SOURCES_KB. */
export function parseKbText(text: string): KbLines {
  const bad = (detail: string): never => {
    throw new SiftError('E_SOURCES_KB', { detail });
  };
  const lines = text.split('\n');
  const tab = lines[0]!.indexOf('\t');
  if (tab < 0 || lines[0]!.slice(0, tab) !== KB_FORMAT) return bad(`the first line is not "${KB_FORMAT}<TAB>{…}"`);
  let head: { datasets?: unknown; excluded?: unknown };
  try {
    head = JSON.parse(lines[0]!.slice(tab + 1)) as typeof head;
  } catch {
    return bad('the header is not JSON');
  }
  const ids = (v: unknown, what: string): DatasetId[] =>
    Array.isArray(v) && v.every((d) => typeof d === 'string' && isDatasetId(d)) ? (v as DatasetId[]) : bad(`${what} must list known dataset ids`);
  const out: KbLines = { datasets: ids(head.datasets, 'datasets'), excluded: ids(head.excluded, 'excluded'), names: [], domains: [], aliases: [], kinds: [], facts: [] };
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line === '') continue;
    const t1 = line.indexOf('\t');
    const t2 = line.indexOf('\t', t1 + 1);
    const t3 = line.indexOf('\t', t2 + 1);
    const t4 = line.indexOf('\t', t3 + 1);
    if (t1 < 0 || t2 < 0 || t3 < 0 || t4 < 0 || line.indexOf('\t', t4 + 1) >= 0) return bad(`line ${n + 1} does not have 5 tab-separated fields`);
    const kindText = line.slice(t3 + 1, t4);
    const kind = (kindText || 'outlet') as EntryKind;
    if (kindText && !ENTRY_KINDS.includes(kind)) return bad(`line ${n + 1} has unknown kind ${kindText}`);
    const name = line.slice(0, t1);
    const domains = t2 > t1 + 1 ? line.slice(t1 + 1, t2).split(' ') : [];
    if (!name && domains.length === 0) return bad(`line ${n + 1} has neither a name nor a domain`);
    out.names.push(name);
    out.domains.push(domains);
    out.aliases.push(line.slice(t2 + 1, t3));
    out.kinds.push(kind);
    out.facts.push(line.slice(t4 + 1));
  }
  return out;
}

/** The compiled file as text (see `KbLines`): one entry per line, so rebuilds diff line by line. */
export function serializeKb(kb: KbFile): string {
  const clean = (s: string): string => s.replace(/[\t\n\r|]+/g, ' ').trim();
  const head = `${kb.format}\t${JSON.stringify({ datasets: kb.datasets, excluded: kb.excluded })}`;
  const lines = kb.entries.map((e) => [clean(e[0]), e[1].join(' '), e[2].map(clean).join('|'), e[4] ?? '', JSON.stringify(e[3])].join('\t'));
  return `${head}\n${lines.join('\n')}\n`;
}
