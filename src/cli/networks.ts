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
import { EXPORT_FORMATS, JSON_SCHEMA, type ExportFormat } from '../export/index.js';
import { renderDomain, renderNetworks } from '../networks/render.js';
import { domainProfile, exportNetworkFiles, listNetworks, type NetworkQuery } from '../app/networks.js';
import { withStore } from '../app/store.js';
import { positiveInt, positiveNumber, shareOf, timeMs } from './options.js';
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
        const query = { ...networkQuery(flags), limit: positiveInt(flags.limit, '--limit'), ...(flags.domain ? { domain: flags.domain } : {}) };
        const shown = await listNetworks(store, query);
        if (flags.json) io.stdout.write(`${JSON.stringify({ schema: JSON_SCHEMA, ...shown }, null, 2)}\n`);
        else io.stdout.write(renderNetworks(shown, store.location));
      });
    });

  statOptions(program.command('network').description('The network a domain belongs to, with the evidence: co-publication pairs and shared site fingerprints'))
    .argument('<domain>', 'a domain in the store, e.g. kvrn-news.example')
    .option('--json', 'print JSON')
    .action(async (domain: string, flags: StatFlags & { json?: boolean }) => {
      await withStore(flags.db, async (store) => {
        const report = await domainProfile(store, domain, networkQuery(flags));
        if (!report) throw new SiftError('E_NOT_FOUND', { what: domain, detail: 'no stored article of this domain' });
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
        const { files, ...counts } = await exportNetworkFiles(store, format, { ...networkQuery(flags), ...(flags.allPairs ? { allPairs: true } : {}) });
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
        io.stderr.write(`sift: wrote ${format === 'csv' ? files.map((f) => join(out, f.name)).join(', ') : out} (${counts.domains} domains, ${counts.pairs} pairs, ${counts.networks} networks)\n`);
      });
    });
}

/** The statistic's flags and --since / --until as one query. */
function networkQuery(f: StatFlags): NetworkQuery {
  const o: NetworkQuery = {};
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
  if (f.since) o.since = timeMs(f.since, '--since');
  if (f.until) o.until = timeMs(f.until, '--until');
  return o;
}
