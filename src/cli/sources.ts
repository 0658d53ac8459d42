/**
 * `sift sources`: the sources knowledge base (outlets, domains, people).
 *
 *   sift sources show <name|domain>     everything known, each statement with its dataset
 *   sift sources add --name … [fields]  add or update one of your own entries
 *   sift sources import <file>          your entries from CSV, YAML or JSON
 *   sift sources export [--format …]    your entries, ready to import elsewhere
 *   sift sources eval [--data …]        coverage and agreement against source-reliability-idiap
 *   sift sources path                   where your entries are kept
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { SiftError } from '../errors/catalogue.js';
import { lookupSource } from '../app/sources.js';
import { setDefaultSources } from '../sources/default.js';
import { provenanceTitle, type KnownSource } from '../sources/describe.js';
import { calibrate, evaluateSources, type AgreementScore } from '../sources/eval.js';
import type { SourceMatch } from '../sources/kb.js';
import { ENTRY_KINDS } from '../sources/types.js';
import { exportUserSources, mergeUserEntries, parseImport, readUserSources, toUserEntry, userSourcesPath, writeUserSources, type ExportFormat } from '../sources/user.js';
import { knownPhrases } from '../report/sources.js';
import { inlineText } from '../report/text.js';
import { sharedDir } from '../shared-data.js';
import type { CliIo } from './io.js';

export function registerSources(program: Command, io: CliIo): void {
  const sources = program.command('sources').description('The sources knowledge base: outlets, domains and people, with the dataset behind every statement');

  sources
    .command('show')
    .description('Everything known about a source, by name (any script or spelling) or domain')
    .argument('<name|domain>', 'e.g. "RIA Novosti", "РИА Новости", ria.ru, https://tass.com/…')
    .option('--person', 'look among people (your entries) instead of outlets')
    .option('--json', 'print JSON (the same shape as knownSources in sift analyze --json)')
    .action((query: string, flags: { person?: boolean; json?: boolean }) => {
      const m = lookupSource(query, flags.person ? { person: true } : {});
      if (!m.found) {
        const c = m.candidates;
        const detail =
          c.length > 1
            ? `the name fits ${c.length} entries (${c.slice(0, 6).map((e) => `${e.name}${e.domain ? ` ${e.domain}` : ''}`).join('; ')}); give a domain`
            : 'no entry in the sources knowledge base or your own entries (add one with sift sources add)';
        throw new SiftError('E_NOT_FOUND', { what: JSON.stringify(query), detail });
      }
      const k = m.source;
      if (flags.json) io.stdout.write(`${JSON.stringify({ query, via: m.via, matched: m.matched, source: k }, null, 2)}\n`);
      else io.stdout.write(renderShow(query, m, k));
    });

  sources
    .command('add')
    .description('Add (or update, by name) one of your own entries; they take precedence over the shipped data')
    .requiredOption('--name <name>', 'name of the outlet, organisation or person')
    .option('--kind <kind>', `one of ${ENTRY_KINDS.join(', ')}`, 'outlet')
    .option('--domain <domain...>', 'its domains')
    .option('--alias <alias...>', 'other names, spellings, scripts')
    .option('--country <country>', 'country')
    .option('--affiliation <text>', 'affiliation in your words ("state-controlled", "owned by X")')
    .option('--state-affiliated', 'count it as state-affiliated in sourcing summaries')
    .option('--not-state-affiliated', 'never count it as state-affiliated')
    .option('--reliability <r>', 'reliable, mixed or unreliable')
    .option('--list <name...>', 'your lists it is on')
    .option('--role <role>', 'for a person: the role your data gives them')
    .option('--note <text>', 'a note shown with the entry')
    .action((flags: Record<string, string | string[] | boolean | undefined>) => {
      if (flags['stateAffiliated'] && flags['notStateAffiliated']) throw new SiftError('E_USAGE', { detail: '--state-affiliated and --not-state-affiliated exclude each other' });
      const raw: Record<string, unknown> = {
        name: flags['name'],
        kind: flags['kind'],
        domains: flags['domain'],
        aliases: flags['alias'],
        country: flags['country'],
        affiliation: flags['affiliation'],
        reliability: flags['reliability'],
        lists: flags['list'],
        role: flags['role'],
        note: flags['note'],
        added: new Date().toISOString().slice(0, 10),
      };
      if (flags['stateAffiliated']) raw['state_affiliated'] = true;
      if (flags['notStateAffiliated']) raw['state_affiliated'] = false;
      for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
      const r = toUserEntry(raw, 'the entry');
      if (!r.entry) throw new SiftError('E_SOURCES_ENTRY', { where: '', detail: r.issues.map((i) => i.message).join('; ') });
      const path = userSourcesPath();
      const { merged, added } = mergeUserEntries(readUserSources(path), [r.entry]);
      writeUserSources(path, merged);
      setDefaultSources(undefined);
      io.stdout.write(`${added ? 'Added' : 'Updated'} ${r.entry.name} in ${path} (${merged.length} of your entries).\n`);
    });

  sources
    .command('import')
    .description('Import your entries from CSV (name,kind,domains,aliases,country,affiliation,state_affiliated,reliability,lists,role,note) or YAML/JSON')
    .argument('<file>', '.csv, .tsv, .yaml, .yml or .json')
    .option('--dry-run', 'check the file and report, change nothing')
    .option('--json', 'print the result as JSON')
    .action((file: string, flags: { dryRun?: boolean; json?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new SiftError('E_FILE_READ', { path: file, detail: e instanceof Error ? e.message : String(e) });
      }
      const { entries, issues } = parseImport(text, file);
      const path = userSourcesPath();
      const { merged, added, updated } = mergeUserEntries(readUserSources(path), entries.map((e) => ({ added: new Date().toISOString().slice(0, 10), ...e })));
      if (!flags.dryRun && entries.length > 0) {
        writeUserSources(path, merged);
        setDefaultSources(undefined);
      }
      if (flags.json) {
        io.stdout.write(`${JSON.stringify({ file, path, dryRun: flags.dryRun === true, added, updated, skipped: issues.length, issues }, null, 2)}\n`);
      } else {
        const verb = flags.dryRun ? 'Would import' : 'Imported';
        io.stdout.write(`${verb} ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} from ${file} (${added} new, ${updated} updated) into ${path}.\n`);
        for (const i of issues) io.stdout.write(`  skipped: ${i.code}: ${inlineText(i.message)}\n`);
      }
      if (entries.length === 0 && issues.length > 0) throw new SiftError('E_SOURCES_IMPORT', { path: file, detail: `no usable entry (${issues.length} skipped)` });
    });

  sources
    .command('export')
    .description('Print your own entries (CSV, YAML or JSON), ready for sift sources import elsewhere')
    .option('--format <format>', 'csv, yaml or json', 'csv')
    .option('--out <file>', 'write to a file instead of standard output')
    .action((flags: { format: string; out?: string }) => {
      if (!['csv', 'yaml', 'json'].includes(flags.format)) throw new SiftError('E_USAGE', { detail: `unknown --format "${flags.format}" (use csv, yaml or json)` });
      const text = exportUserSources(readUserSources(userSourcesPath()), flags.format as ExportFormat);
      if (flags.out) writeFileSync(flags.out, text);
      else io.stdout.write(text);
    });

  sources
    .command('path')
    .description('Where your own entries are kept (set SIFT_SOURCES_FILE to use another file)')
    .action(() => {
      io.stdout.write(`${userSourcesPath()}\n`);
    });

  sources
    .command('eval')
    .description('Coverage and agreement of the knowledge base with source-reliability-idiap, that dataset left out of the build')
    .option('--data <dir>', 'the shared datasets folder (default ../shared/data)')
    .option('--calibrate', 'print the pc1-threshold grid on the dev half instead')
    .option('--json', 'print JSON')
    .action((flags: { data?: string; calibrate?: boolean; json?: boolean }) => {
      const dir = flags.data ?? join(sharedDir(), 'data');
      if (!existsSync(dir)) throw new SiftError('E_EVAL_DATA', { path: dir, detail: 'not found; pass --data <dir> or set SIFT_SHARED_DIR' });
      if (flags.calibrate) {
        const rows = calibrate(dir);
        if (flags.json) io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else for (const r of rows.slice(0, 15)) io.stdout.write(`${r.order}\treliable ≥ ${r.reliableAt}\tunreliable < ${r.unreliableBelow}\tmacro-F1 ${r.macroF1}\taccuracy ${r.accuracy}\n`);
        return;
      }
      const r = evaluateSources(dir);
      if (flags.json) {
        io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        return;
      }
      io.stdout.write(`Knowledge base built without ${r.excluded.join(', ')}; reliability from ${r.order.join(' → ')}.\n`);
      for (const split of ['test', 'dev', 'all'] as const) io.stdout.write(evalLine(split, r.splits[split]));
    });
}

function evalLine(split: string, s: AgreementScore): string {
  const pc = (x: number): string => `${(x * 100).toFixed(1)}%`;
  return (
    `${split.padEnd(4)} ${s.labelled} labelled domains · covered ${pc(s.coverage)} (${s.covered}) · rated ${pc(s.ratedShare)} (${s.rated}) · ` +
    `macro-F1 ${s.macroF1.toFixed(3)}, accuracy ${s.accuracy.toFixed(3)} over rated · macro-F1 ${s.macroF1All.toFixed(3)} counting unrated as wrong\n`
  );
}

function renderShow(query: string, m: Pick<SourceMatch, 'via' | 'matched'>, k: KnownSource): string {
  const p = knownPhrases(k);
  const lines: string[] = [];
  lines.push(`${inlineText(k.name)} · ${k.kind} · ref ${inlineText(k.ref)} · ${k.origin === 'shipped' ? 'from the shipped knowledge base' : k.origin === 'user' ? 'your own entry' : 'shipped, with your own entry on top'}`);
  lines.push(`  matched ${JSON.stringify(inlineText(query))} by ${m.via} (${inlineText(m.matched)})`);
  if (k.domains.length) lines.push(`  domains: ${inlineText(k.domains.join(', '))}`);
  if (k.aliases.length) lines.push(`  also known as: ${inlineText(k.aliases.join(', '))}`);
  const flags = [k.stateAffiliated ? 'STATE-AFFILIATED' : '', k.lowRated ? 'LOW-RATED' : '', k.listed ? 'ON A LIST OF CONCERN' : ''].filter(Boolean);
  if (flags.length) lines.push(`  counted in sourcing summaries as: ${flags.join(', ')}`);
  const section = (title: string, items: readonly string[]): void => {
    if (items.length === 0) return;
    lines.push('', title);
    for (const i of items) lines.push(`  - ${inlineText(i)}`);
  };
  section('Affiliation', p.affiliation);
  section('Reliability and ratings', p.ratings);
  section('Lists and cases', p.lists);
  section('Notes', p.notes);
  if (!p.affiliation.length && !p.ratings.length && !p.lists.length) lines.push('', 'No dataset states an affiliation, rating or list for it.');
  const used = new Set([...k.affiliations, ...k.ratings, ...k.lists, ...k.cases].map((x) => x.dataset));
  if (used.size) {
    lines.push('', 'Sources of these statements');
    for (const d of used) lines.push(`  [${d}] ${provenanceTitle(d)}`);
  }
  return `${lines.join('\n')}\n`;
}
