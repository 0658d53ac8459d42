/**
 * Networks of co-publishing domains: the domains that keep publishing copies of the same stories
 * within a short time of each other, more often than their activity explains.
 *
 *   publications (store) → 1 table by story → 2 coordination interval (CooRnet) →
 *   3 coordinated co-publications, weighted (popularity × closeness) → 4 hypergeometric test,
 *   Benjamini–Hochberg → 5 Louvain communities → 6 network profiles
 *
 * Site fingerprints (fingerprints/) corroborate a network; they never decide membership.
 */
import type { Store } from '../store/types.js';
import { buildTable, columnsOf, type PublicationColumns } from './01-table.js';
import { estimateInterval } from './02-interval.js';
import { coordinatedPairs } from './03-pairs.js';
import { testPairs } from './04-significance.js';
import { communities } from './05-communities.js';
import { profileNetworks, type RowDetails } from './06-profile.js';
import { loadPublications } from './queries.js';
import type { CoPublicationEdge, DomainNode, NetworkOptions, NetworkResult, Publication } from './types.js';

export type { NetworkOptions, NetworkResult, NetworkProfile, CoPublicationEdge, DomainNode, Publication } from './types.js';

export const DEFAULTS = {
  quickest: 0.1,
  reach: 0.5,
  minRepeats: 3,
  alpha: 0.01,
  minMembers: 2,
  resolution: 1,
  seed: 1,
} as const;

const HOUR = 3_600_000;

/**
 * Networks among publications (each: story, domain, time). `rows` gives titles, URLs and cited
 * sources for the profiles when the input has them.
 */
export function detectNetworks(input: readonly Publication[] | PublicationColumns, opts: NetworkOptions = {}, rows?: RowDetails): NetworkResult {
  const o = { ...DEFAULTS, ...definedOnly(opts) };
  checkOptions(o);
  const cols = Array.isArray(input) ? columnsOf(input as readonly Publication[]) : (input as PublicationColumns);
  const details = rows ?? (Array.isArray(input) ? rowDetailsOf(input as readonly Publication[]) : null);

  const table = buildTable(cols);
  const estimated = opts.intervalMs === undefined ? estimateInterval(table, o.quickest, o.reach) : null;
  const intervalMs = opts.intervalMs ?? estimated?.ms ?? null;
  const S = table.storyIds.length;
  let multi = 0;
  for (let s = 0; s < S; s++) if (table.storyStart[s + 1]! - table.storyStart[s]! > 1) multi++;
  const options = { quickest: o.quickest, reach: o.reach, minRepeats: o.minRepeats, alpha: o.alpha, minMembers: o.minMembers, resolution: o.resolution, seed: o.seed };
  const baseStats = { publications: cols.length, stories: S, multiDomainStories: multi, domains: table.domains.length };
  if (intervalMs === null) {
    return {
      interval: { ms: 0, hours: 0, estimated: true, basis: 'no story was published by two domains: nothing to estimate' },
      options,
      stats: { ...baseStats, candidatePairs: 0, testedPairs: 0, significantEdges: 0, networks: 0 },
      nodes: [],
      edges: [],
      networks: [],
    };
  }

  const pairs = coordinatedPairs(table, intervalMs);
  const test = testPairs(table, pairs, o.minRepeats, o.alpha);

  const sig: Array<{ a: number; b: number; weight: number }> = [];
  for (let k = 0; k < pairs.a.length; k++) if (test.significant[k]) sig.push({ a: pairs.a[k]!, b: pairs.b[k]!, weight: pairs.weight[k]! });
  const community = communities(sig, { resolution: o.resolution, seed: o.seed });

  // Community sizes → networks with at least minMembers, numbered by internal weight.
  const size = new Map<number, number>();
  for (const c of community.values()) size.set(c, (size.get(c) ?? 0) + 1);
  const internalByCommunity = new Map<number, { edges: number; weight: number }>();
  const strength = new Map<number, number>();
  for (const e of sig) {
    strength.set(e.a, (strength.get(e.a) ?? 0) + e.weight);
    strength.set(e.b, (strength.get(e.b) ?? 0) + e.weight);
    const ca = community.get(e.a)!;
    if (ca !== community.get(e.b)) continue;
    const x = internalByCommunity.get(ca) ?? { edges: 0, weight: 0 };
    x.edges++;
    x.weight += e.weight;
    internalByCommunity.set(ca, x);
  }
  const kept = [...size].filter(([, n]) => n >= o.minMembers).map(([c]) => c);
  kept.sort((x, y) => (internalByCommunity.get(y)?.weight ?? 0) - (internalByCommunity.get(x)?.weight ?? 0) || x - y);
  const networkIdOf = new Map(kept.map((c, i) => [c, i + 1]));
  const networkOf = new Map<number, number>();
  for (const [d, c] of community) {
    const id = networkIdOf.get(c);
    if (id !== undefined) networkOf.set(d, id);
  }
  const internal = new Map<number, { edges: number; weight: number }>();
  for (const [c, id] of networkIdOf) internal.set(id, internalByCommunity.get(c) ?? { edges: 0, weight: 0 });

  const networks = profileNetworks(table, networkOf, strength, internal, details).sort((x, y) => x.id - y.id);
  for (const n of networks) n.label = `N${n.id}: ${n.members[0]?.domain ?? '?'}${n.members.length > 1 ? ` +${n.members.length - 1}` : ''}`;

  const edges: CoPublicationEdge[] = [];
  const nodeSet = new Set<number>();
  for (let k = 0; k < pairs.a.length; k++) {
    const significant = test.significant[k] === 1;
    if (!significant && !opts.keepCandidates) continue;
    const a = pairs.a[k]!;
    const b = pairs.b[k]!;
    nodeSet.add(a);
    nodeSet.add(b);
    const [source, target] = table.domains[a]! < table.domains[b]! ? [table.domains[a]!, table.domains[b]!] : [table.domains[b]!, table.domains[a]!];
    edges.push({
      source,
      target,
      coordinated: pairs.coordinated[k]!,
      weight: round(pairs.weight[k]!, 4),
      meanGapHours: round(pairs.gapSum[k]! / pairs.coordinated[k]! / HOUR, 2),
      p: test.p[k]!,
      q: test.q[k]!,
      significant,
    });
  }
  edges.sort((x, y) => Number(y.significant) - Number(x.significant) || y.weight - x.weight || (x.source + x.target < y.source + y.target ? -1 : 1));
  const nodes: DomainNode[] = [...nodeSet]
    .map((d) => ({ domain: table.domains[d]!, stories: table.domainStories[d]!, strength: round(strength.get(d) ?? 0, 4), network: networkOf.get(d) ?? null }))
    .sort((x, y) => (x.network ?? Infinity) - (y.network ?? Infinity) || y.strength - x.strength || (x.domain < y.domain ? -1 : 1));

  return {
    interval: {
      ms: intervalMs,
      hours: round(intervalMs / HOUR, 2),
      estimated: opts.intervalMs === undefined,
      basis:
        opts.intervalMs === undefined
          ? `CooRnet estimate: median time for the quickest ${Math.round(o.quickest * 100)}% of ${multi} multi-domain stories (${estimated!.stories}) to pass ${Math.round(o.reach * 100)}% of their domains`
          : 'given',
    },
    options,
    stats: { ...baseStats, candidatePairs: pairs.a.length, testedPairs: test.tested, significantEdges: sig.length, networks: networks.length },
    nodes,
    edges,
    networks,
  };
}

/** Reads the store's publications and finds its networks. */
export async function buildNetworks(store: Store, opts: NetworkOptions = {}): Promise<NetworkResult & { skipped: number }> {
  const { publications, skipped } = await loadPublications(store);
  return { ...detectNetworks(publications, opts), skipped };
}

function rowDetailsOf(pubs: readonly Publication[]): RowDetails {
  return { url: (i) => pubs[i]!.url ?? null, title: (i) => pubs[i]!.title ?? null, sources: (i) => pubs[i]!.sources };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function checkOptions(o: { quickest: number; reach: number; minRepeats: number; alpha: number; minMembers: number; resolution: number; intervalMs?: number | undefined }): void {
  const bad = (what: string): never => {
    throw new RangeError(`detectNetworks: ${what}`);
  };
  if (!(o.quickest > 0 && o.quickest <= 1)) bad('quickest must be in (0, 1]');
  if (!(o.reach > 0 && o.reach < 1)) bad('reach must be in (0, 1)');
  if (!(Number.isInteger(o.minRepeats) && o.minRepeats >= 1)) bad('minRepeats must be a positive integer');
  if (!(o.alpha > 0 && o.alpha <= 1)) bad('alpha must be in (0, 1]');
  if (!(Number.isInteger(o.minMembers) && o.minMembers >= 2)) bad('minMembers must be an integer ≥ 2');
  if (!(o.resolution > 0)) bad('resolution must be positive');
  if (o.intervalMs !== undefined && !(o.intervalMs > 0)) bad('intervalMs must be positive');
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
