/**
 * Networks of co-publishing domains: the domains that keep publishing copies of the same stories,
 * more often than their activity explains — dated or not; where copies are dated, within a short
 * time of each other.
 *
 *   publications (store) → 1 table by story, origins set aside → 2 coordination interval
 *   (CooRnet, floored at the dates' precision) → 3 co-publications, weighted (popularity × time
 *   where known) → 4 edges: repeated beyond chance (hypergeometric, Benjamini–Hochberg) or a rare
 *   shared story with a real overlap → 5 Louvain communities sharing ≥ minStories stories →
 *   6 network profiles
 *
 * Site fingerprints (fingerprints/) corroborate a network; they never decide membership.
 */
import { buildTable, columnsOf, type PublicationColumns } from './01-table.js';
import { precisionName } from './time.js';
import { estimateInterval, type IntervalEstimate } from './02-interval.js';
import { coordinatedPairs } from './03-pairs.js';
import { testPairs } from './04-significance.js';
import { communities } from './05-communities.js';
import { profileNetworks, type RowDetails } from './06-profile.js';
import type { CopyTable, CoPublicationEdge, DomainNode, NetworkOptions, NetworkResult, Publication } from './types.js';

export type { NetworkOptions, NetworkResult, NetworkProfile, CoPublicationEdge, DomainNode, Publication, MemberProfile, PartnerShare, SharedStory } from './types.js';

export const DEFAULTS = {
  quickest: 0.1,
  reach: 0.5,
  minRepeats: 3,
  alpha: 0.01,
  rareShare: 0.1,
  minOverlap: 0.2,
  minStories: 1,
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
  const intervalMs = opts.intervalMs ?? estimated?.ms ?? 0;
  const S = table.storyIds.length;
  let multi = 0;
  for (let s = 0; s < S; s++) if (table.storyStart[s + 1]! - table.storyStart[s]! > 1) multi++;
  let undated = 0;
  for (let i = 0; i < cols.length; i++) if (Number.isNaN(cols.time(i))) undated++;
  let origins = 0;
  for (const x of table.copyOrigin) origins += x;
  const options = {
    quickest: o.quickest,
    reach: o.reach,
    minRepeats: o.minRepeats,
    alpha: o.alpha,
    rareShare: o.rareShare,
    minOverlap: o.minOverlap,
    minStories: o.minStories,
    minMembers: o.minMembers,
    resolution: o.resolution,
    seed: o.seed,
  };
  const baseStats = { publications: cols.length, undated, stories: S, multiDomainStories: multi, domains: table.domains.length, origins };

  const pairs = coordinatedPairs(table, intervalMs, o.rareShare);
  const test = testPairs(table, pairs, { minRepeats: o.minRepeats, alpha: o.alpha, minOverlap: o.minOverlap });

  const sig: Array<{ a: number; b: number; weight: number }> = [];
  for (let k = 0; k < pairs.a.length; k++) if (test.significant[k]) sig.push({ a: pairs.a[k]!, b: pairs.b[k]!, weight: pairs.weight[k]! });
  const community = communities(sig, { resolution: o.resolution, seed: o.seed });

  // Communities → networks: at least minMembers domains sharing at least minStories stories,
  // numbered by internal weight.
  const size = new Map<number, number>();
  const shared = sharedStoriesByCommunity(table, community);
  // A community whose members share fewer than minStories stories joins the network it is most
  // strongly tied to (one rare shared story attaches a domain to a network that repetition
  // established); with no tie to one, it is no network.
  mergeThinCommunities(community, sig, (c) => (shared.get(c) ?? 0) >= o.minStories);
  for (const c of community.values()) size.set(c, (size.get(c) ?? 0) + 1);
  const sharedAfter = sharedStoriesByCommunity(table, community);
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
  const big = [...size].filter(([, n]) => n >= o.minMembers).map(([c]) => c);
  const kept = big.filter((c) => (sharedAfter.get(c) ?? 0) >= o.minStories);
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
    const dated = pairs.dated[k]!;
    edges.push({
      source,
      target,
      coordinated: pairs.coordinated[k]!,
      dated,
      rare: pairs.rare[k]!,
      overlap: round(test.overlap[k]!, 4),
      weight: round(pairs.weight[k]!, 4),
      meanGapHours: dated === 0 ? null : round(pairs.gapSum[k]! / dated / HOUR, 2),
      gapPrecision: dated === 0 ? null : precisionName(pairs.gapPrecision[k]!),
      p: test.pValue(k),
      q: test.q[k]!,
      significant,
      basis: test.basis[k] === 1 ? 'repeated' : test.basis[k] === 2 ? 'rare' : null,
    });
  }
  edges.sort((x, y) => Number(y.significant) - Number(x.significant) || y.weight - x.weight || (x.source + x.target < y.source + y.target ? -1 : 1));
  const nodes: DomainNode[] = [...nodeSet]
    .map((d) => ({ domain: table.domains[d]!, stories: table.domainStories[d]!, strength: round(strength.get(d) ?? 0, 4), network: networkOf.get(d) ?? null }))
    .sort((x, y) => (x.network ?? Infinity) - (y.network ?? Infinity) || y.strength - x.strength || (x.domain < y.domain ? -1 : 1));

  return {
    interval: intervalOf(opts.intervalMs, estimated, o, multi),
    options,
    stats: {
      ...baseStats,
      candidatePairs: pairs.a.length,
      testedPairs: test.tested,
      significantEdges: sig.length,
      smallCommunities: big.length - kept.length,
      networks: networks.length,
    },
    nodes,
    edges,
    networks,
  };
}

function intervalOf(given: number | undefined, estimated: IntervalEstimate | null, o: { quickest: number; reach: number }, multi: number): NetworkResult['interval'] {
  if (given !== undefined) return { ms: given, hours: round(given / HOUR, 2), estimated: false, basis: 'given', precisionFloorHours: 0 };
  if (estimated === null) {
    return { ms: 0, hours: 0, estimated: true, basis: 'no story has two dated copies: time plays no part', precisionFloorHours: 0 };
  }
  const floor = estimated.precisionFloorMs;
  const atPrecision = floor > 0 ? `; the dates are at ${formatPrecision(floor)} precision, so the interval is at least that` : '';
  return {
    ms: estimated.ms,
    hours: round(estimated.ms / HOUR, 2),
    estimated: true,
    basis: `CooRnet estimate: median time for the quickest ${Math.round(o.quickest * 100)}% of ${multi} multi-domain stories (${estimated.stories} with two or more dated copies) to pass ${Math.round(o.reach * 100)}% of their dated copies${atPrecision}`,
    precisionFloorHours: round(floor / HOUR, 2),
  };
}

function formatPrecision(ms: number): string {
  return ms >= 360 * 24 * HOUR ? 'year' : ms >= 28 * 24 * HOUR ? 'month' : ms >= 24 * HOUR ? 'day' : `${round(ms / HOUR, 2)} h`;
}

/**
 * Merges each community that fails `solid` into the solid community it has the most edge weight
 * to, strongest ties first, until no thin community touches a solid one.
 */
function mergeThinCommunities(community: Map<number, number>, edges: ReadonlyArray<{ a: number; b: number; weight: number }>, solid: (c: number) => boolean): void {
  const isSolid = new Map<number, boolean>();
  for (const c of new Set(community.values())) isSolid.set(c, solid(c));
  for (;;) {
    const ties = new Map<number, Map<number, number>>();
    for (const e of edges) {
      const ca = community.get(e.a)!;
      const cb = community.get(e.b)!;
      if (ca === cb || isSolid.get(ca) === isSolid.get(cb)) continue;
      const [thin, to] = isSolid.get(ca) ? [cb, ca] : [ca, cb];
      let m = ties.get(thin);
      if (!m) ties.set(thin, (m = new Map()));
      m.set(to, (m.get(to) ?? 0) + e.weight);
    }
    if (ties.size === 0) break;
    const moves = new Map<number, number>();
    for (const [thin, m] of ties) moves.set(thin, [...m].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]![0]);
    for (const [d, c] of community) {
      const to = moves.get(c);
      if (to !== undefined) community.set(d, to);
    }
    for (const thin of moves.keys()) isSolid.delete(thin);
  }
  // Thin communities tied only to each other become one (it may share enough stories as a whole).
  const parent = new Map<number, number>();
  const find = (c: number): number => {
    let r = c;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const e of edges) {
    const ca = find(community.get(e.a)!);
    const cb = find(community.get(e.b)!);
    if (ca !== cb && !isSolid.get(ca) && !isSolid.get(cb)) parent.set(Math.max(ca, cb), Math.min(ca, cb));
  }
  if (parent.size > 0) for (const [d, c] of community) community.set(d, find(c));
}

/** Per community, the stories at least two of its members co-published (origins not counted). */
function sharedStoriesByCommunity(t: CopyTable, community: ReadonlyMap<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  const inStory = new Map<number, number>();
  const S = t.storyIds.length;
  for (let s = 0; s < S; s++) {
    const lo = t.storyStart[s]!;
    const hi = t.storyStart[s + 1]!;
    if (hi - lo < 2) continue;
    inStory.clear();
    for (let i = lo; i < hi; i++) {
      if (t.copyOrigin[i] === 1) continue;
      const c = community.get(t.copyDomain[i]!);
      if (c !== undefined) inStory.set(c, (inStory.get(c) ?? 0) + 1);
    }
    for (const [c, n] of inStory) if (n >= 2) out.set(c, (out.get(c) ?? 0) + 1);
  }
  return out;
}

function rowDetailsOf(pubs: readonly Publication[]): RowDetails {
  return { url: (i) => pubs[i]!.url ?? null, title: (i) => pubs[i]!.title ?? null, sources: (i) => pubs[i]!.sources };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function checkOptions(o: {
  quickest: number;
  reach: number;
  minRepeats: number;
  alpha: number;
  rareShare: number;
  minOverlap: number;
  minStories: number;
  minMembers: number;
  resolution: number;
  intervalMs?: number | undefined;
}): void {
  const bad = (what: string): never => {
    throw new RangeError(`detectNetworks: ${what}`);
  };
  if (!(o.quickest > 0 && o.quickest <= 1)) bad('quickest must be in (0, 1]');
  if (!(o.reach > 0 && o.reach < 1)) bad('reach must be in (0, 1)');
  if (!(Number.isInteger(o.minRepeats) && o.minRepeats >= 1)) bad('minRepeats must be a positive integer');
  if (!(o.alpha > 0 && o.alpha <= 1)) bad('alpha must be in (0, 1]');
  if (!(o.rareShare >= 0 && o.rareShare <= 1)) bad('rareShare must be in [0, 1]');
  if (!(o.minOverlap >= 0 && o.minOverlap <= 1)) bad('minOverlap must be in [0, 1]');
  if (!(Number.isInteger(o.minStories) && o.minStories >= 1)) bad('minStories must be a positive integer');
  if (!(Number.isInteger(o.minMembers) && o.minMembers >= 2)) bad('minMembers must be an integer ≥ 2');
  if (!(o.resolution > 0)) bad('resolution must be positive');
  if (o.intervalMs !== undefined && !(o.intervalMs > 0)) bad('intervalMs must be positive');
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
