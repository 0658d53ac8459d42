/**
 * Where a story comes from: the sources its copies cite (merged across scripts and spellings,
 * outlets first), the original when it is in the corpus, and the earliest copy with how well its
 * time is known.
 *
 * The original is a copy published on a domain of an outlet the copies cite — in any language,
 * dated or not: `ria.ru` when copies say "RIA Novosti" or "РИА Новости", `de.rt.com` when they say
 * "RT". Domains come from the sources knowledge base (and the user's entries), the gazetteer, or a
 * domain that spells the outlet's name (`vestnik-rubezha.example` for "Vestnik Rubezha").
 */
import { dateInterval, precisionOf } from '../article/date.js';
import { outletDomains, outletName } from '../mentions/gazetteer.js';
import { nameKey } from '../mentions/keys.js';
import { defaultSources } from '../sources/default.js';
import { hostAndParents, normalizeHost } from '../sources/domain.js';
import type { StoredArticle } from '../store/types.js';
import { nameEntry, sameName, type NameEntry } from './names.js';

export type SourceKind = 'outlet' | 'organization' | 'person' | 'unknown';

export interface CitedSource {
  name: string;
  kind: SourceKind;
  /** Number of copies citing it anywhere in an attribution chain; as the first link; as the last link. */
  copies: number;
  asOutermost: number;
  asInnermost: number;
  /** Number of copies naming it at all: citing it, or (outlets) naming it anywhere in the text. */
  namedBy: number;
  /** Web domains of the outlet (knowledge base, gazetteer), where its original would be published. */
  domains: string[];
  /** Id of the copy published on one of its domains, or null when none is in the corpus. */
  inCorpus: number | null;
}

/** A cited source with the copies behind its counts (for finding the original). */
export interface SourceTally extends CitedSource {
  citers: number[];
  namers: number[];
}

/** How precisely a copy's publication time is known: a time of day, a day, a month, a year, or not at all. */
export type TimePrecision = 'time' | 'day' | 'month' | 'year' | 'none';

export interface Timing {
  /** Start of the period the copy was published in (ms since the epoch), null when undated. */
  start: number | null;
  /** End (exclusive) of that period. */
  end: number | null;
  precision: TimePrecision;
}

/** The period a `published` value stands for: "2025-08-30" is the whole day, "2025-08" the month. */
export function timingOf(published: string | null | undefined): Timing {
  const precision = precisionOf(published);
  const span = precision === undefined ? undefined : dateInterval(published!);
  return span && precision ? { start: span.start, end: span.end, precision } : { start: null, end: null, precision: 'none' };
}

/** Earlier period first; a more precise time first within one start; undated last; then by id. */
export function byTime(a: StoredArticle, b: StoredArticle): number {
  const ta = timingOf(a.published);
  const tb = timingOf(b.published);
  const sa = ta.start ?? Number.POSITIVE_INFINITY;
  const sb = tb.start ?? Number.POSITIVE_INFINITY;
  return sa - sb || (ta.end ?? 0) - (tb.end ?? 0) || a.id - b.id;
}

export interface EarliestCopy {
  article: StoredArticle;
  precision: TimePrecision;
  /** Dated copies whose period overlaps the earliest's: their order against it is unknown. */
  couldBeEarlier: number[];
  /** Copies with no date at all: any of them could be earlier. */
  undated: number[];
}

/** The earliest copy of time-ordered articles (`byTime`), with what keeps it from being certain. */
export function earliestCopy(ordered: readonly StoredArticle[]): EarliestCopy {
  const first = ordered[0]!;
  const t = timingOf(first.published);
  const couldBeEarlier: number[] = [];
  const undated: number[] = [];
  for (const a of ordered.slice(1)) {
    const ta = timingOf(a.published);
    if (ta.start === null) undated.push(a.id);
    else if (t.end !== null && ta.start < t.end) couldBeEarlier.push(a.id);
  }
  return { article: first, precision: t.precision, couldBeEarlier, undated };
}

interface SourceAcc extends NameEntry {
  spellings: Map<string, number>;
  kinds: Map<string, number>;
  citers: Set<number>;
  namers: Set<number>;
  asOutermost: number;
  asInnermost: number;
}

/**
 * Sources the copies cite, each once however it is spelled ("Геннадий Сухоруков" = "Gennady
 * Sukhorukov", "Марочко" = "Andrei Marochko"), and the outlets they name without an attribution
 * ("…, RIA Novosti reported" missed by the parser, a dateline "/TASS/"). Ranked: outlets first
 * (the original would be theirs), by the number of copies naming them; then the others by the
 * number of copies citing them.
 */
export function citedSources(articles: readonly StoredArticle[]): SourceTally[] {
  const accs: SourceAcc[] = [];
  const tally = (a: StoredArticle, name: string, type: string): SourceAcc => {
    const entry = nameEntry(name, type, a.lang);
    let acc = accs.find((x) => sameName(x, entry));
    if (!acc) accs.push((acc = { ...entry, spellings: new Map(), kinds: new Map(), citers: new Set(), namers: new Set(), asOutermost: 0, asInnermost: 0 }));
    acc.spellings.set(name, (acc.spellings.get(name) ?? 0) + 1);
    acc.kinds.set(type, (acc.kinds.get(type) ?? 0) + 1);
    acc.namers.add(a.id);
    return acc;
  };
  for (const a of articles) {
    const factType = new Map(a.analysis.facts.map((f) => [f.key, f.type]));
    for (const chain of a.analysis.chains) {
      chain.forEach((name, i) => {
        const acc = tally(a, name, factType.get(nameKey(name)) ?? 'unknown');
        acc.citers.add(a.id);
        if (i === 0) acc.asOutermost++;
        if (i === chain.length - 1 && chain.length > 1) acc.asInnermost++;
      });
    }
    for (const f of a.analysis.facts) if ((f.type === 'outlet' || f.type === 'organization') && knownOutlet(f.text)) tally(a, f.text, 'outlet');
  }
  // A name some copy's own domain spells is an outlet's, whatever the mention said ("Vestnik
  // Rubezha" on vestnik-rubezha.example).
  const spelled = (name: string): boolean => articles.some((a) => {
    const host = a.domain ? normalizeHost(a.domain) : undefined;
    return host !== undefined && domainSpells(host, name);
  });
  const out = accs
    .map((acc) => {
      const name = displayName(acc.spellings);
      return { acc, name, kind: spelled(name) ? ('outlet' as const) : kindOf(name, acc.kinds) };
    })
    .filter(({ acc, kind }) => acc.citers.size > 0 || kind === 'outlet')
    .map(({ acc, name, kind }) => {
      const domains = kind === 'outlet' || kind === 'organization' ? domainsOf(name) : [];
      const page = kind === 'person' ? undefined : articles.find((a) => domainMatch(a.domain, { name, domains }) !== undefined);
      return {
        name,
        kind,
        copies: acc.citers.size,
        asOutermost: acc.asOutermost,
        asInnermost: acc.asInnermost,
        namedBy: acc.namers.size,
        domains,
        inCorpus: page ? page.id : null,
        citers: [...acc.citers],
        namers: [...acc.namers],
      };
    });
  const rank = (s: SourceTally): number[] => (s.kind === 'outlet' ? [0, -s.namedBy, -s.copies] : [1, -s.copies, -s.asOutermost]);
  return out.sort((x, y) => {
    const rx = rank(x);
    const ry = rank(y);
    return rx[0]! - ry[0]! || rx[1]! - ry[1]! || rx[2]! - ry[2]! || x.name.localeCompare(y.name);
  });
}

/** True when the gazetteer or the knowledge base knows the name as an outlet. */
function knownOutlet(name: string): boolean {
  if (outletName(name)) return true;
  return defaultSources().byName(name, { kinds: ['outlet'] }) !== undefined;
}

/** The most used spelling; among equals, the Latin one, then the longest ("Andrei Marochko" over "Марочко"). */
function displayName(spellings: Map<string, number>): string {
  const latin = (s: string): number => (/\p{Script=Cyrillic}/u.test(s) ? 0 : 1);
  return [...spellings].sort((x, y) => y[1] - x[1] || latin(y[0]) - latin(x[0]) || y[0].length - x[0].length)[0]![0];
}

function kindOf(name: string, seen: Map<string, number>): SourceKind {
  if (outletName(name)) return 'outlet';
  const kb = defaultSources().byName(name, { kinds: ['outlet', 'organization'] });
  if (kb) return kb.entry.kind === 'organization' ? 'organization' : 'outlet';
  for (const k of ['outlet', 'organization', 'person'] as const) if ((seen.get(k) ?? 0) > 0) return k;
  return 'unknown';
}

/** Known domains of an outlet or organisation: the knowledge base's, else the gazetteer's. */
function domainsOf(name: string): string[] {
  const kb = defaultSources().byName(name, { kinds: ['outlet', 'organization'] });
  const out = new Set<string>(kb ? kb.entry.domains : []);
  for (const d of outletDomains(outletName(name) ?? name)) out.add(d);
  return [...out];
}

/** True when `domain` is `d` or one of its subdomains (`de.rt.com` is on `rt.com`). */
function onDomain(domain: string | null | undefined, d: string): boolean {
  const host = domain ? normalizeHost(domain) : undefined;
  return host !== undefined && (host === d || host.endsWith(`.${d}`));
}

/** Why a copy's domain is the cited outlet's, or undefined when it is not. */
export function domainMatch(domain: string | null | undefined, source: Pick<CitedSource, 'name' | 'domains'>): string | undefined {
  const hit = source.domains.find((d) => onDomain(domain, d));
  if (hit) return `a domain of ${source.name}${hit !== domain ? ` (${hit})` : ''} in the sources knowledge base`;
  const host = domain ? normalizeHost(domain) : undefined;
  if (host && domainSpells(host, source.name)) return `whose name spells ${source.name}`;
  return undefined;
}

/** Words a name may carry that its domain leaves out ("Orbita News Agency" on orbita-news.example). */
const TRAILING_NAME_WORDS = new Set(['news', 'agency', 'agentstvo', 'media', 'group', 'online', 'daily', 'today', 'press', 'tv', 'radio', 'international', 'novosti', 'novini'].map(nameKey));

/**
 * True when a host's own label spells the name: `vestnik-rubezha.example` → "Vestnik Rubezha",
 * `polarstar-intl.example` → "Polar Star International" (words run together, an abbreviated
 * word), `orbita-news.example` → "Orbita News Agency" (a generic last word left out).
 */
export function domainSpells(host: string, name: string): boolean {
  const chain = hostAndParents(host);
  const site = chain[chain.length - 1]!;
  const label = site.slice(0, site.indexOf('.'));
  const parts = label.split('-').filter((p) => p.length > 0);
  const words = nameKey(name).split(' ').filter((w) => w.length > 0);
  if (words.join('').length < 4 || parts.length === 0) return false;
  return spells(parts.map((p) => nameKey(p).replace(/ /g, '')), 0, words, 0);
}

function spells(parts: readonly string[], i: number, words: readonly string[], j: number): boolean {
  if (i === parts.length) return j > 0 && words.slice(j).every((w) => TRAILING_NAME_WORDS.has(w));
  const p = parts[i]!;
  let run = '';
  for (let k = j; k < words.length && k < j + 4; k++) {
    run += words[k];
    if (run === p && spells(parts, i + 1, words, k + 1)) return true;
    if (k === j && p.length >= 3 && p.length < run.length && p[0] === run[0] && isSubsequence(p, run) && spells(parts, i + 1, words, k + 1)) return true;
  }
  return false;
}

function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (const ch of long) if (k < short.length && short[k] === ch) k++;
  return k === short.length;
}

export type OriginBasis = 'cited-outlet' | 'own-credit' | 'outlet-domain';

export interface OriginFound {
  article: StoredArticle;
  basis: OriginBasis;
  reason: string;
}

/**
 * The original in the corpus, or null. Whatever its language; dated or not.
 *
 * 1. `cited-outlet`: a copy published on a domain of an outlet (or organisation) that other
 *    copies cite or name. Among several, the one most other copies name wins, then the earlier.
 * 2. `own-credit`: a copy on a domain of an outlet that it credits itself ("LUGANSK, June 30.
 *    /TASS/" on tass.com) — the outlet's own report — when no other copy cites an outlet in an
 *    attribution (else they point elsewhere).
 * 3. `outlet-domain`: when no copy cites any outlet, the one copy published on the own domain of
 *    an outlet the knowledge base knows, if no copy is dated earlier — the weakest finding, and
 *    the reason says so.
 */
export function findOriginal(ordered: readonly StoredArticle[], sources: readonly SourceTally[]): OriginFound | null {
  const outletCitedByOthers = (self: number): boolean => sources.some((s) => s.kind === 'outlet' && s.citers.some((id) => id !== self));
  const candidates: Array<{ article: StoredArticle; source: SourceTally; how: string; others: number }> = [];
  for (const a of ordered) {
    for (const s of sources) {
      const how = domainMatch(a.domain, s);
      if (!how) continue;
      const others = s.namers.filter((id) => id !== a.id).length;
      if (others === 0 && (!s.namers.includes(a.id) || outletCitedByOthers(a.id))) continue;
      candidates.push({ article: a, source: s, how, others });
    }
  }
  candidates.sort((x, y) => y.others - x.others || ordered.indexOf(x.article) - ordered.indexOf(y.article));
  const best = candidates[0];
  if (best) {
    const a = best.article;
    if (best.others > 0) {
      const cite = best.source.citers.filter((id) => id !== a.id).length;
      const by = `${best.others} other cop${best.others === 1 ? 'y' : 'ies'}`;
      const how = cite === best.others ? `cite${best.others === 1 ? 's' : ''}` : cite === 0 ? `name${best.others === 1 ? 's' : ''}` : `cite or name`;
      return { article: a, basis: 'cited-outlet', reason: `published on ${a.domain}, ${best.how}, which ${by} ${how}${dateNote(a, ordered)}` };
    }
    return {
      article: a,
      basis: 'own-credit',
      reason: `published on ${a.domain}, ${best.how}, and credits ${best.source.name} itself (its own report); no other copy cites an outlet${dateNote(a, ordered)}`,
    };
  }
  if (sources.some((s) => s.kind === 'outlet' && s.copies > 0)) return null;
  const kb = defaultSources();
  const onOutlet = ordered.filter((a) => {
    const m = a.domain ? kb.byDomain(a.domain) : undefined;
    return m !== undefined && m.entry.kind === 'outlet';
  });
  if (onOutlet.length !== 1) return null;
  const a = onOutlet[0]!;
  const t = timingOf(a.published);
  if (t.start !== null && ordered.some((b) => b.id !== a.id && (timingOf(b.published).end ?? Infinity) <= t.start!)) return null;
  const entry = kb.byDomain(a.domain!)!.entry;
  return {
    article: a,
    basis: 'outlet-domain',
    reason: `the only copy on an outlet's own domain (${a.domain}: ${entry.name} in the sources knowledge base) and no copy is dated earlier; but no copy cites an outlet, so this is a guess${dateNote(a, ordered)}`,
  };
}

function dateNote(a: StoredArticle, ordered: readonly StoredArticle[]): string {
  const t = timingOf(a.published);
  if (t.start === null) return '; the page is undated';
  const earlier = ordered.filter((b) => b.id !== a.id && timingOf(b.published).end !== null && timingOf(b.published).end! <= t.start!);
  return earlier.length > 0 ? `; note: ${earlier.length === 1 ? `copy #${earlier[0]!.id} is` : `${earlier.length} copies are`} dated earlier` : '';
}
