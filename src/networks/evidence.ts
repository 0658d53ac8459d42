/**
 * Networks with their evidence, from a store: the co-publication networks (index.ts) and, for
 * their members, the site-fingerprint indicators they share (fingerprints/), graded by tier.
 */
import type { Store } from '../store/types.js';
import { fingerprintSite, sharedIndicators, type SharedIndicator, type SiteFingerprint } from './fingerprints/index.js';
import { detectNetworks } from './index.js';
import { domainOf, loadPages, loadPublications } from './queries.js';
import type { CoPublicationEdge, NetworkOptions, NetworkProfile, NetworkResult, Publication } from './types.js';

/** Pages fingerprinted per domain. */
export const PAGES_PER_DOMAIN = 3;

export interface TierCounts {
  conclusive: number;
  associative: number;
  circumstantial: number;
}

export interface NetworkWithEvidence extends NetworkProfile {
  /** Indicators at least two members share, strongest tier first. */
  evidence: SharedIndicator[];
  evidenceCounts: TierCounts;
  /** Members with stored HTML (the others can only share URL, naming and cadence patterns). */
  membersWithPages: number;
}

export interface NetworksReport extends Omit<NetworkResult, 'networks'> {
  networks: NetworkWithEvidence[];
  /** Articles left out for lack of a domain or a story. */
  skipped: number;
  /** Articles without a publication date (placed on their stories, time unknown; left out when a time window is given). */
  undated: number;
}

export interface DomainReport {
  domain: string;
  /** Stories the domain published (0 when it is not in the store). */
  stories: number;
  network: NetworkWithEvidence | null;
  /** The domain's coordinated co-publication pairs (significant first), whether or not in a network. */
  edges: CoPublicationEdge[];
  /** Indicators the domain shares with domains outside its network (or with any domain when it has none). */
  outside: SharedIndicator[];
  interval: NetworkResult['interval'];
}

/** Publication-time window (ms since the epoch) the networks are computed on. */
export interface TimeWindow {
  since?: number;
  until?: number;
}

/**
 * The store's publications in a time window. An undated publication cannot be shown to fall in a
 * window, so a window leaves the undated out (they are counted in `skipped`).
 */
async function publicationsIn(store: Store, w: TimeWindow): Promise<{ publications: Publication[]; skipped: number; undated: number }> {
  const { publications, skipped, undated } = await loadPublications(store);
  if (w.since === undefined && w.until === undefined) return { publications, skipped, undated };
  const inside = publications.filter((p) => p.time !== null && (w.since === undefined || p.time + (p.precisionMs ?? 0) > w.since) && (w.until === undefined || p.time <= w.until));
  return { publications: inside, skipped: skipped + undated, undated: 0 };
}

/** All networks of a store, each with the fingerprint evidence its members share. */
export async function networksWithEvidence(store: Store, opts: NetworkOptions = {}, window: TimeWindow = {}): Promise<NetworksReport> {
  const { publications, skipped, undated } = await publicationsIn(store, window);
  const result = detectNetworks(publications, opts);
  const members = new Set(result.networks.flatMap((n) => n.members.map((m) => m.domain)));
  const sites = await siteFingerprints(store, publications, members);
  return { ...result, networks: result.networks.map((n) => withEvidence(n, sites)), skipped, undated };
}

/** The network a domain belongs to, with its evidence; the domain's pairs and outside indicators. */
export async function domainNetwork(store: Store, domainInput: string, opts: NetworkOptions = {}, window: TimeWindow = {}): Promise<DomainReport> {
  const domain = domainOf({ domain: domainInput }) ?? domainInput;
  const { publications } = await publicationsIn(store, window);
  const result = detectNetworks(publications, { ...opts, keepCandidates: true });
  const node = result.nodes.find((n) => n.domain === domain);
  const profile = node?.network ? result.networks.find((n) => n.id === node.network) ?? null : null;
  const sites = await siteFingerprints(store, publications, null);
  const members = new Set(profile ? profile.members.map((m) => m.domain) : [domain]);
  const outside = sharedIndicators([...sites.values()]).filter((e) => e.domains.includes(domain) && e.domains.some((d) => !members.has(d)));
  return {
    domain,
    stories: new Set(publications.filter((p) => p.domain === domain).map((p) => p.storyId)).size,
    network: profile ? withEvidence(profile, sites) : null,
    edges: result.edges.filter((e) => e.source === domain || e.target === domain),
    outside,
    interval: result.interval,
  };
}

function withEvidence(n: NetworkProfile, sites: ReadonlyMap<string, SiteFingerprint>): NetworkWithEvidence {
  const memberSites = n.members.map((m) => sites.get(m.domain)).filter((s): s is SiteFingerprint => s !== undefined);
  const evidence = sharedIndicators(memberSites);
  return { ...n, evidence, evidenceCounts: countTiers(evidence), membersWithPages: memberSites.filter((s) => s.pages > 0).length };
}

export function countTiers(evidence: readonly SharedIndicator[]): TierCounts {
  const c: TierCounts = { conclusive: 0, associative: 0, circumstantial: 0 };
  for (const e of evidence) c[e.tier]++;
  return c;
}

/**
 * Fingerprints of the given domains (all domains with stored HTML or publications when null):
 * stored pages, article URLs and publication times.
 */
async function siteFingerprints(store: Store, publications: readonly Publication[], domains: ReadonlySet<string> | null): Promise<Map<string, SiteFingerprint>> {
  const byDomain = new Map<string, { urls: string[]; times: number[] }>();
  for (const p of publications) {
    if (domains && !domains.has(p.domain)) continue;
    let x = byDomain.get(p.domain);
    if (!x) byDomain.set(p.domain, (x = { urls: [], times: [] }));
    if (p.url) x.urls.push(p.url);
    if (p.time !== null && (p.precisionMs ?? 0) === 0) x.times.push(p.time); // the hour-of-day cadence needs timestamps
  }
  const pages = await loadPages(store, domains, PAGES_PER_DOMAIN);
  const all = new Set([...byDomain.keys(), ...pages.keys()]);
  const out = new Map<string, SiteFingerprint>();
  for (const d of all) {
    const x = byDomain.get(d);
    out.set(d, fingerprintSite({ domain: d, pages: pages.get(d) ?? [], urls: x?.urls ?? [], times: x?.times ?? [] }));
  }
  return out;
}
