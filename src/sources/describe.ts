/**
 * What is known about one entry, in the shape reports and JSON show: state affiliation, ratings
 * and lists — each with the dataset it comes from — plus Sift's three-way reliability field and
 * the flags the sourcing summary counts. Nothing here is stated without a fact behind it.
 */
import { DATASETS, type DatasetId, type Provenance } from './data/datasets.js';
import {
  IDIAP_LABEL,
  LISTS,
  RELIABILITY_ORDER,
  RSP_STATUS,
  TYPOLOGY,
  idiapReliability,
  pc1Reliability,
  rspReliability,
  type Reliability,
} from './data/meanings.js';
import type { EntryKind, Fact, QualityFact, ReliabilityLabelFact, RspFact, SourceEntry } from './types.js';

export interface KnownAffiliation {
  dataset: Provenance;
  /** "state-controlled media (SC)", or the user's words. */
  label: string;
  typology?: string;
  country?: string;
  company?: string;
  /** True when the state controls the editorial line (SC, CaPu, CaPr) or the user says so. */
  stateAffiliated: boolean;
  on?: string[];
}

export interface KnownRating {
  dataset: Provenance;
  /** What is rated: "reliability label", "domain quality (pc1)", "Wikipedia RSP status", "MBFC factual reporting". */
  rating: string;
  value: string | number;
  /** The value in words, with its scale. */
  meaning: string;
  on?: string[];
  /** The dataset row it comes from, when not a domain (RSP entry name). */
  entry?: string;
}

export interface KnownList {
  dataset: Provenance;
  list: string;
  meaning: string;
  /** True for lists whose membership is a finding about the site (not "appeared in a case", not "all news sites"). */
  concern: boolean;
  on?: string[];
}

export interface KnownCases {
  dataset: Provenance;
  cases: number;
  as: string;
  first: string;
  last: string;
}

/** Everything Sift knows about a source, for reports and the JSON output. */
export interface KnownSource {
  ref: string;
  name: string;
  kind: EntryKind;
  domains: string[];
  aliases: string[];
  origin: SourceEntry['origin'];
  affiliations: KnownAffiliation[];
  ratings: KnownRating[];
  lists: KnownList[];
  cases: KnownCases[];
  /** Sift's three-way reliability, from the first dataset (or the user) that rates the source. */
  reliability?: { value: Reliability; dataset: Provenance; basis: string };
  stateAffiliated: boolean;
  lowRated: boolean;
  /** On a list of concern (Portal Kombat, pink slime, fake news, RT mirrors …). */
  listed: boolean;
  notes: string[];
}

export function describeEntry(e: SourceEntry): KnownSource {
  const k: KnownSource = {
    ref: e.id,
    name: e.name,
    kind: e.kind,
    domains: e.domains,
    aliases: e.aliases,
    origin: e.origin,
    affiliations: [],
    ratings: [],
    lists: [],
    cases: [],
    stateAffiliated: false,
    lowRated: false,
    listed: false,
    notes: [],
  };
  let userState: boolean | undefined;
  let userReliability: Reliability | undefined;
  for (const f of e.facts) {
    switch (f.type) {
      case 'user':
        if (f.affiliation || f.stateAffiliated !== undefined || f.country) {
          const a: KnownAffiliation = { dataset: 'user', label: f.affiliation ?? (f.stateAffiliated ? 'state-affiliated' : 'not state-affiliated'), stateAffiliated: f.stateAffiliated ?? false };
          if (f.country) a.country = f.country;
          k.affiliations.push(a);
          userState ??= f.stateAffiliated;
        }
        if (f.reliability) {
          k.ratings.push({ dataset: 'user', rating: 'reliability', value: f.reliability, meaning: f.reliability });
          userReliability ??= f.reliability;
        }
        for (const list of f.lists ?? []) k.lists.push({ dataset: 'user', list, meaning: 'on your list', concern: true });
        if (f.role) k.notes.push(`role (user): ${f.role}`);
        if (f.note) k.notes.push(`note (user): ${f.note}`);
        break;
      case 'state-media': {
        const t = TYPOLOGY[f.typology];
        k.affiliations.push({
          dataset: f.dataset,
          label: t ? `${t.label} (${f.typology}): ${t.meaning}` : `typology ${f.typology}`,
          typology: f.typology,
          country: f.country,
          company: f.company,
          stateAffiliated: t?.editorialControl ?? false,
          on: f.on,
        });
        break;
      }
      case 'quality':
        k.ratings.push({ dataset: f.dataset, rating: 'domain quality (pc1)', value: f.pc1, meaning: `${f.pc1} on 0 (lowest) … 1 (highest)`, on: f.on });
        break;
      case 'reliability-label':
        k.ratings.push({
          dataset: f.dataset,
          rating: 'reliability label',
          value: IDIAP_LABEL[String(f.label)] ?? String(f.label),
          meaning: `${IDIAP_LABEL[String(f.label)] ?? f.label} (from ${f.labelSource || 'unknown'}${f.newsguardScore !== undefined ? `; NewsGuard score ${f.newsguardScore}` : ''})`,
          on: f.on,
        });
        break;
      case 'mbfc':
        if (f.factualReporting) k.ratings.push({ dataset: f.dataset, rating: 'MBFC factual reporting', value: f.factualReporting, meaning: `factual reporting ${f.factualReporting} (MBFC, via this dataset)`, on: f.on });
        if (f.credibility) k.ratings.push({ dataset: f.dataset, rating: 'MBFC credibility', value: f.credibility, meaning: `${f.credibility} (MBFC, via this dataset)`, on: f.on });
        break;
      case 'rsp':
        k.ratings.push({
          dataset: f.dataset,
          rating: 'Wikipedia RSP status',
          value: f.status,
          meaning: `${RSP_STATUS[f.status] ?? f.status}${f.year ? ` (last discussed ${f.year})` : ''}${f.shortcut ? `, ${f.shortcut}` : ''}`,
          entry: f.entry,
        });
        break;
      case 'list': {
        const l = LISTS[f.list];
        const prev = k.lists.find((x) => x.dataset === f.dataset && x.list === f.list);
        if (prev) prev.on = [...(prev.on ?? []), ...f.on];
        else k.lists.push({ dataset: f.dataset, list: f.list, meaning: l?.meaning ?? f.list, concern: l?.concern ?? false, on: [...f.on] });
        break;
      }
      case 'cases':
        k.cases.push({ dataset: f.dataset, cases: f.cases, as: f.as, first: f.first, last: f.last });
        break;
    }
  }
  const rel = userReliability ? { value: userReliability, dataset: 'user' as const, basis: 'your entry' } : deriveReliability(e);
  if (rel) k.reliability = rel;
  if (e.kind === 'platform') {
    k.notes.push('a platform: what it hosts is published by its users; lists and ratings describe the platform, not who posted');
    return k;
  }
  k.stateAffiliated = userState ?? k.affiliations.some((a) => a.stateAffiliated);
  k.lowRated = k.reliability?.value === 'unreliable';
  k.listed = k.lists.some((l) => l.concern);
  return k;
}

/**
 * The reliability field from the datasets alone: the first dataset of `order` that rates the
 * source decides (default `RELIABILITY_ORDER`: source-reliability-idiap, Wikipedia RSP, domain
 * quality pc1). Where a dataset rates several of the entry's domains, its rating of the entry's
 * first domain wins; several RSP entries that disagree give "mixed".
 */
export function deriveReliability(
  e: SourceEntry,
  order: readonly DatasetId[] = RELIABILITY_ORDER,
): { value: Reliability; dataset: DatasetId; basis: string } | undefined {
  for (const d of order) {
    const facts = e.facts.filter((f) => f.dataset === d);
    if (facts.length === 0) continue;
    if (d === 'source-reliability-idiap') {
      const labels = facts.filter((f): f is ReliabilityLabelFact => f.type === 'reliability-label');
      const f = primary(e, labels);
      if (f) return { value: idiapReliability(f.label), dataset: d, basis: `label ${IDIAP_LABEL[String(f.label)] ?? f.label} for ${f.on.join(' ')} (from ${f.labelSource})` };
    } else if (d === 'wikipedia-perennial-sources') {
      const rsp = facts.filter((f): f is RspFact => f.type === 'rsp');
      const values = [...new Set(rsp.map((f) => rspReliability(f.status)).filter((v): v is Reliability => v !== undefined))];
      if (values.length === 1) return { value: values[0]!, dataset: d, basis: `RSP ${rsp.map((f) => `${f.entry}: ${RSP_STATUS[f.status] ?? f.status}`).join('; ')}` };
      if (values.length > 1) return { value: 'mixed', dataset: d, basis: `RSP entries disagree: ${rsp.map((f) => `${f.entry}: ${RSP_STATUS[f.status] ?? f.status}`).join('; ')}` };
    } else if (d === 'domain-quality-ratings') {
      const f = primary(e, facts.filter((x): x is QualityFact => x.type === 'quality'));
      if (f) return { value: pc1Reliability(f.pc1), dataset: d, basis: `pc1 ${f.pc1} for ${f.on.join(' ')}` };
    }
  }
  return undefined;
}

/** The fact given for the entry's earliest-listed domain. */
function primary<T extends Fact & { on: string[] }>(e: SourceEntry, facts: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestRank = Infinity;
  for (const f of facts) {
    const rank = Math.min(...f.on.map((d) => (e.domains.indexOf(d) >= 0 ? e.domains.indexOf(d) : 1e6)));
    if (rank < bestRank) {
      best = f;
      bestRank = rank;
    }
  }
  return best;
}

/** A dataset's title for people ("user" → "your own entries"). */
export function provenanceTitle(p: Provenance): string {
  if (p === 'user') return 'your own entries';
  if (p === 'sift') return 'Sift';
  return DATASETS[p].title;
}
