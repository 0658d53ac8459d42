/** Use cases over the networks of a store: list them, profile one domain, export them as files. */
import { exportNetworks, type ExportFile, type ExportFormat } from '../export/index.js';
import { domainNetwork, networksWithEvidence, type DomainReport, type NetworksReport, type TimeWindow } from '../networks/evidence.js';
import type { NetworkOptions } from '../networks/types.js';
import type { Store } from '../store/types.js';

/** The statistic's options, and the publication-time window it runs on (`since` / `until`, ms since the epoch). */
export type NetworkQuery = NetworkOptions & TimeWindow;

/** Networks, largest first; with `domain`, only the one it belongs to; at most `limit`. */
export async function listNetworks(store: Store, query: NetworkQuery & { domain?: string; limit?: number } = {}): Promise<NetworksReport> {
  const { domain, limit, ...rest } = query;
  const report = await networksWithEvidence(store, ...split(rest));
  let networks = report.networks;
  if (domain !== undefined) {
    const d = domain.trim().toLowerCase().replace(/^www\./, '');
    networks = networks.filter((n) => n.members.some((m) => m.domain === d));
  }
  return { ...report, networks: limit === undefined ? networks : networks.slice(0, limit) };
}

/** The network a domain belongs to, its co-publication pairs and shared site fingerprints; null when the store has nothing of it. */
export async function domainProfile(store: Store, domain: string, query: NetworkQuery = {}): Promise<DomainReport | null> {
  const report = await domainNetwork(store, domain, ...split(query));
  return report.stories === 0 && report.outside.length === 0 ? null : report;
}

export interface NetworkExport {
  /** One file, or for CSV two (nodes.csv, edges.csv). */
  files: ExportFile[];
  domains: number;
  pairs: number;
  networks: number;
}

/** The networks as files of `format`; `allPairs` keeps every co-publishing pair, not only those beyond chance. */
export async function exportNetworkFiles(store: Store, format: ExportFormat, query: NetworkQuery & { allPairs?: boolean } = {}): Promise<NetworkExport> {
  const { allPairs, ...rest } = query;
  const [options, window] = split(rest);
  if (allPairs) options.keepCandidates = true;
  const report = await networksWithEvidence(store, options, window);
  return { files: exportNetworks(report, format), domains: report.nodes.length, pairs: report.edges.length, networks: report.networks.length };
}

function split(query: NetworkQuery): [NetworkOptions, TimeWindow] {
  const { since, until, ...options } = query;
  const window: TimeWindow = {};
  if (since !== undefined) window.since = since;
  if (until !== undefined) window.until = until;
  return [options, window];
}
