/**
 * Network commands over a store:
 *   sift networks [--db] [--since --until --min-members --domain --limit] [statistic options] [--json]
 *   sift network <domain> [--db] [--json]
 *   sift export --format gexf|graphml|csv|json|stix [--out FILE|FOLDER] [--all-pairs]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { SiftError } from '../errors/catalogue.js';
import { EXPORT_FORMATS, JSON_SCHEMA, exportNetworks, type ExportFormat } from '../export/index.js';
import { domainNetwork, networksWithEvidence, type NetworksReport, type TimeWindow } from '../networks/evidence.js';
import { renderDomain, renderNetworks } from '../networks/render.js';
import type { NetworkOptions } from '../networks/types.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import type { CliIo } from './io.js';

interface StatFlags {
  db?: string;
  since?: string;
  until?: string;
  interval?: string;
  minRepeats?: string;
  alpha?: string;
  rareShare?: string;
  minOverlap?: string;
  minStories?: string;
  minMembers?: string;
  resolution?: string;
}

function statOptions(cmd: Command): Command {
  return cmd
    .option('--db <file|url>', 'store: SQLite file or postgres:// URL (default: $SIFT_DB or the user data folder)')
    .option('--since <time>', 'only articles published at or after this ISO 8601 time')
    .option('--until <time>', 'only articles published at or before this ISO 8601 time')
    .option('--interval <hours>', 'coordination interval in hours (default: estimated from the data, as CooRnet does)')
    .option('--min-repeats <n>', 'co-published stories a pair needs on the repeated path, tested beyond chance (default 3)')
    .option('--alpha <q>', 'false-discovery rate of the repeated-path test (default 0.01)')
    .option('--rare-share <s>', 'a story is rare when at most this share of the other domains co-publish it; one rare shared story can make an edge (default 0.1)')
    .option('--min-overlap <x>', 'rare path: shared stories / √(stories of each) at least this (default 0.2)')
    .option('--min-stories <n>', 'stories a network\'s members must share, at least two members each (default 1; 2 asks for repetition)')
    .option('--min-members <n>', 'smallest network reported (default 2)')
    .option('--resolution <r>', 'Louvain resolution: higher splits networks further (default 1)');
}

export function registerNetworks(program: Command, io: CliIo): void {
  statOptions(program.command('networks').description('List networks: domains that co-publish copies of the same stories beyond chance, with their site fingerprints'))
    .option('--domain <domain>', 'only the network this domain belongs to')
    .option('--limit <n>', 'at most n networks', '20')
    .option('--json', `print JSON (schema ${JSON_SCHEMA})`)
    .action(async (flags: StatFlags & { domain?: string; limit: string; json?: boolean }) => {
      await withStore(flags.db, async (store) => {
        const report = await networksWithEvidence(store, networkOptions(flags), timeWindow(flags));
        let networks = report.networks;
        if (flags.domain) {
          const d = flags.domain.trim().toLowerCase().replace(/^www\./, '');
          networks = networks.filter((n) => n.members.some((m) => m.domain === d));
        }
        const shown: NetworksReport = { ...report, networks: networks.slice(0, positiveInt(flags.limit, '--limit')) };
        if (flags.json) io.stdout.write(`${JSON.stringify({ schema: JSON_SCHEMA, ...shown }, null, 2)}\n`);
        else io.stdout.write(renderNetworks(shown, store.location));
      });
    });

  statOptions(program.command('network').description('The network a domain belongs to, with the evidence: co-publication pairs and shared site fingerprints'))
    .argument('<domain>', 'a domain in the store, e.g. kvrn-news.example')
    .option('--json', 'print JSON')
    .action(async (domain: string, flags: StatFlags & { json?: boolean }) => {
      await withStore(flags.db, async (store) => {
        const report = await domainNetwork(store, domain, networkOptions(flags), timeWindow(flags));
        if (report.stories === 0 && report.outside.length === 0) throw new SiftError('E_NOT_FOUND', { what: domain, detail: 'no stored article of this domain' });
        if (flags.json) io.stdout.write(`${JSON.stringify({ schema: JSON_SCHEMA, ...report }, null, 2)}\n`);
        else io.stdout.write(renderDomain(report));
      });
    });

  statOptions(program.command('export').description('Export the networks: GEXF or GraphML (Gephi), CSV node/edge lists, JSON, STIX 2.1 bundle'))
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--out <path>', 'file to write (a folder for csv: nodes.csv and edges.csv); default standard output')
    .option('--all-pairs', 'include every co-publishing pair, not only those beyond chance (flagged by "significant")')
    .action(async (flags: StatFlags & { format: string; out?: string; allPairs?: boolean }) => {
      const format = flags.format.trim().toLowerCase() as ExportFormat;
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new SiftError('E_USAGE', { detail: `--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${flags.format}"` });
      if (format === 'csv' && !flags.out) throw new SiftError('E_USAGE', { detail: 'csv writes two files (nodes.csv, edges.csv): give --out FOLDER' });
      await withStore(flags.db, async (store) => {
        const opts = networkOptions(flags);
        if (flags.allPairs) opts.keepCandidates = true;
        const report = await networksWithEvidence(store, opts, timeWindow(flags));
        const files = exportNetworks(report, format);
        if (!flags.out) {
          io.stdout.write(files[0]!.content);
          return;
        }
        const out = flags.out;
        try {
          if (format === 'csv') {
            mkdirSync(out, { recursive: true });
            for (const f of files) writeFileSync(join(out, f.name), f.content);
          } else writeFileSync(out, files[0]!.content);
        } catch (e) {
          throw new SiftError('E_EXPORT_WRITE', { path: out, detail: e instanceof Error ? e.message : String(e) });
        }
        io.stderr.write(`sift: wrote ${format === 'csv' ? files.map((f) => join(out, f.name)).join(', ') : out} (${report.nodes.length} domains, ${report.edges.length} pairs, ${report.networks.length} networks)\n`);
      });
    });
}

function networkOptions(f: StatFlags): NetworkOptions {
  const o: NetworkOptions = {};
  if (f.interval !== undefined) o.intervalMs = positiveNumber(f.interval, '--interval') * 3_600_000;
  if (f.minRepeats !== undefined) o.minRepeats = positiveInt(f.minRepeats, '--min-repeats');
  if (f.alpha !== undefined) {
    const a = positiveNumber(f.alpha, '--alpha');
    if (a > 1) throw new SiftError('E_USAGE', { detail: `--alpha must be at most 1, got "${f.alpha}"` });
    o.alpha = a;
  }
  if (f.rareShare !== undefined) o.rareShare = shareOf(f.rareShare, '--rare-share');
  if (f.minOverlap !== undefined) o.minOverlap = shareOf(f.minOverlap, '--min-overlap');
  if (f.minStories !== undefined) o.minStories = positiveInt(f.minStories, '--min-stories');
  if (f.minMembers !== undefined) {
    const m = positiveInt(f.minMembers, '--min-members');
    if (m < 2) throw new SiftError('E_USAGE', { detail: '--min-members must be at least 2' });
    o.minMembers = m;
  }
  if (f.resolution !== undefined) o.resolution = positiveNumber(f.resolution, '--resolution');
  return o;
}

function timeWindow(f: StatFlags): TimeWindow {
  const w: TimeWindow = {};
  if (f.since) w.since = isoTime(f.since, '--since');
  if (f.until) w.until = isoTime(f.until, '--until');
  return w;
}

async function withStore(spec: string | undefined, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(spec);
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

function positiveInt(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new SiftError('E_USAGE', { detail: `${flag} needs a positive integer, got "${v}"` });
  return n;
}

function positiveNumber(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new SiftError('E_USAGE', { detail: `${flag} needs a positive number, got "${v}"` });
  return n;
}

function shareOf(v: string, flag: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new SiftError('E_USAGE', { detail: `${flag} needs a number from 0 to 1, got "${v}"` });
  return n;
}

function isoTime(v: string, flag: string): number {
  const t = Date.parse(v);
  if (!Number.isFinite(t)) throw new SiftError('E_USAGE', { detail: `${flag} needs an ISO 8601 time such as 2024-07-10 or 2024-07-10T12:00Z, got "${v}"` });
  return t;
}
