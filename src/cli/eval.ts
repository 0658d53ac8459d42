/**
 * `sift eval …`: measured evaluations against shared datasets.
 *
 *   sift eval attribution <polnear-folder> [--split dev] [--limit N] [--errors file.jsonl] [--json]
 *   sift eval adaq <adaq-folder> [--lang ru|cs] [--limit N] [--json]
 *   sift eval stories <corpus-folder> [--db file] [--pipeline ingest|direct] [--json]
 *   sift eval networks <corpus-folder> [--gold-stories] [--db file] [--pipeline ingest|direct] [--json]
 *   sift eval crosslingual <wmt21-folder> [--limit N] [--json]
 *
 * The folder defaults to the shared dataset beside the repository (see src/shared-data.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { SiftError } from '../errors/catalogue.js';
import { ADAQ_LANGS, evalAdaq, type AdaqLang, type AdaqReport } from '../eval/adaq.js';
import { annotatorAgreement, evalPolnear, SPLITS, type ErrorRecord, type PolnearReport, type Split } from '../eval/polnear.js';
import type { Prf } from '../eval/score.js';
import { REPO_ROOT, sharedDataset } from '../shared-data.js';
import { crosslingualTable, evalCrosslingual } from '../eval/crosslingual.js';
import { evalNetworks, networksEvalTable } from '../eval/networks.js';
import { evalStories, storiesTable } from '../eval/stories.js';
import { positiveInt } from './options.js';
import type { CliIo } from './io.js';

interface AttributionFlags {
  split: string;
  limit?: string;
  errors?: string;
  json?: boolean;
  agreement?: boolean;
}

interface StoriesFlags {
  db?: string;
  pipeline?: string;
  seed?: string;
  json?: boolean;
}

interface NetworksFlags extends StoriesFlags {
  goldStories?: boolean;
}

interface CrosslingualFlags {
  limit?: string;
  json?: boolean;
}

interface AdaqFlags {
  lang: string;
  limit?: string;
  json?: boolean;
}

export function registerEval(program: Command, io: CliIo): void {
  const ev = program.command('eval').description('Evaluate Sift against labelled data');
  ev.command('attribution')
    .description('Score attribution relations (source, cue, content) against PolNeAR brat gold')
    .argument('[folder]', 'PolNeAR checkout (holding data/<split>/text and data/<split>/attributions)', sharedDataset('polnear'))
    .option('--split <split>', 'split to score: train or dev (the test split is never used)', 'dev')
    .option('--limit <n>', 'score only the first n articles (sorted by file name)')
    .option('--errors <file>', 'write false positives / negatives and source mismatches as JSONL, with context')
    .option('--json', 'print the scores as JSON')
    .option('--agreement', 'instead of Sift, score the other annotators against the first (human reference)')
    .action((folder: string, flags: AttributionFlags) => {
      runAttribution(folder, flags, io);
    });
  ev.command('adaq')
    .description('Token-level check of Russian / Czech attribution against the ADAQ test sets')
    .argument('[folder]', 'ADAQ checkout (holding data/<lang>_tokens.tsv and data/<lang>_sentences.tsv)', sharedDataset('adaq-quotes-ru-cs'))
    .option('--lang <lang>', 'language: ru or cs', 'ru')
    .option('--limit <n>', 'score only the first n sentences')
    .option('--json', 'print the scores as JSON')
    .action((folder: string, flags: AdaqFlags) => {
      runAdaq(folder, flags, io);
    });
  withCorpusIngest(ev.command('stories'))
    .description('Ingest a labelled corpus into a fresh store and score the story clustering (B-cubed, pairwise, independent reports merged)')
    .argument('[folder]', 'corpus folder holding articles.jsonl and labels.json, or pages.jsonl (real pages labelled by story)', join(REPO_ROOT, 'samples', 'corpus'))
    .option('--json', 'print the scores as JSON')
    .action(async (folder: string, flags: StoriesFlags) => {
      await runStories(folder, flags, io);
    });
  withCorpusIngest(ev.command('networks'))
    .description('Score network membership on a labelled corpus: precision/recall of the domains of labelled networks, same-network pairs')
    .argument('[folder]', 'corpus folder holding pages.jsonl (real pages labelled by story and network), or articles.jsonl and labels.json', join(REPO_ROOT, 'samples', 'corpus'))
    .option('--gold-stories', 'build the networks on the gold stories instead of ingesting the corpus (isolates the network statistic from story matching)')
    .option('--json', 'print the scores as JSON')
    .action(async (folder: string, flags: NetworksFlags) => {
      await runNetworks(folder, flags, io);
    });
  ev.command('crosslingual')
    .description('Find the Russian original of each English version (2 human, 10 MT) of the WMT21 ru→en news documents')
    .argument('[folder]', 'WMT21 newstest2021 ru-en folder (holding xml/newstest2021.ru-en.all.xml)', sharedDataset('wmt21-newstest-ruen'))
    .option('--limit <n>', 'use only the first n Russian documents (all their English versions, ranked among those n)')
    .option('--json', 'print the scores as JSON')
    .action((folder: string, flags: CrosslingualFlags) => {
      runCrosslingual(folder, flags, io);
    });
}

/** The options of evaluations that ingest a labelled corpus into a fresh store. */
function withCorpusIngest(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'keep the store in this new file (default: a temporary store, removed afterwards)')
    .option('--seed <n>', 'seed of the arrival positions of undated articles (dated ones arrive in time order)', '1')
    .option('--pipeline <p>', 'ingest (the sift ingest loop, the default) or direct (analyze → match → insert, article by article)');
}

/** `--db`, `--pipeline` and `--seed` as evalStories / evalNetworks options. */
function corpusIngestOptions(flags: { db?: string; pipeline?: string; seed?: string }): { db?: string; pipeline?: 'ingest' | 'direct'; seed: number } {
  if (flags.pipeline !== undefined && flags.pipeline !== 'ingest' && flags.pipeline !== 'direct') {
    throw new SiftError('E_USAGE', { detail: `unknown --pipeline "${flags.pipeline}" (use ingest or direct)` });
  }
  return {
    ...(flags.db !== undefined ? { db: flags.db } : {}),
    ...(flags.pipeline !== undefined ? { pipeline: flags.pipeline } : {}),
    seed: positiveInt(flags.seed ?? '1', '--seed'),
  };
}

async function runStories(folder: string, flags: StoriesFlags, io: CliIo): Promise<void> {
  const report = await evalStories(folder, corpusIngestOptions(flags));
  if (flags.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(storiesTable(report));
}

async function runNetworks(folder: string, flags: NetworksFlags, io: CliIo): Promise<void> {
  const ingestOptions = corpusIngestOptions(flags);
  if (flags.goldStories && (flags.db !== undefined || flags.pipeline !== undefined)) {
    throw new SiftError('E_USAGE', { detail: '--gold-stories builds no store: --db and --pipeline do not apply' });
  }
  const report = await evalNetworks(folder, {
    ...(flags.goldStories ? { goldStories: true } : {}),
    ...ingestOptions,
  });
  if (flags.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(networksEvalTable(report));
}

function runCrosslingual(folder: string, flags: CrosslingualFlags, io: CliIo): void {
  const report = evalCrosslingual(folder, {
    ...(flags.limit !== undefined ? { limit: positiveInt(flags.limit, '--limit') } : {}),
  });
  if (flags.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(crosslingualTable(report));
}

function runAttribution(folder: string, flags: AttributionFlags, io: CliIo): void {
  const split = parseSplit(flags.split);
  if (flags.agreement) {
    const report = annotatorAgreement(folder, split);
    if (flags.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else io.stdout.write(attributionTable(report, undefined, 0));
    return;
  }
  const records: ErrorRecord[] = [];
  const report = evalPolnear(folder, {
    split,
    ...(flags.limit !== undefined ? { limit: positiveInt(flags.limit, '--limit') } : {}),
    ...(flags.errors !== undefined ? { onError: (r: ErrorRecord) => records.push(r) } : {}),
  });
  if (flags.errors !== undefined) {
    try {
      writeFileSync(flags.errors, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    } catch (e) {
      throw new SiftError('E_FILE_READ', { path: flags.errors, detail: e instanceof Error ? e.message : String(e) });
    }
  }
  if (report.analyzeErrors > 0) {
    io.stderr.write(`sift: warning: analyze failed on ${report.analyzeErrors} document(s); they count as predicting nothing\n`);
  }
  if (flags.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(attributionTable(report, flags.errors, records.length));
}

function runAdaq(folder: string, flags: AdaqFlags, io: CliIo): void {
  const lang = flags.lang as AdaqLang;
  if (!(ADAQ_LANGS as readonly string[]).includes(lang)) {
    throw new SiftError('E_USAGE', { detail: `unknown --lang "${flags.lang}" (use ${ADAQ_LANGS.join(' or ')})` });
  }
  const report = evalAdaq(folder, {
    lang,
    ...(flags.limit !== undefined ? { limit: positiveInt(flags.limit, '--limit') } : {}),
  });
  if (flags.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(adaqTable(report));
}

function parseSplit(s: string): Split {
  if ((SPLITS as readonly string[]).includes(s)) return s as Split;
  if (s === 'test') throw new SiftError('E_USAGE', { detail: 'the PolNeAR test split is held out and never used; use --split train or dev' });
  throw new SiftError('E_USAGE', { detail: `unknown --split "${s}" (use train or dev)` });
}

const f3 = (x: number): string => x.toFixed(3);

function row(label: string, p: { precision: number; recall: number; f1: number }, extra = ''): string {
  return `  ${label.padEnd(26)}${f3(p.precision).padStart(7)}${f3(p.recall).padStart(7)}${f3(p.f1).padStart(7)}  ${extra}\n`;
}

function counts(p: Prf): string {
  return `tp ${p.tp}, gold ${p.gold}, predicted ${p.predicted}`;
}

function attributionTable(r: PolnearReport, errorsFile: string | undefined, nErrors: number): string {
  let out = `PolNeAR ${r.split}: ${r.documents} ${r.annotators.startsWith('agreement') ? 'annotator pairs' : 'documents'}, ${r.gold} gold relations, ${r.predicted} predicted\n`;
  out += `  ${''.padEnd(26)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}\n`;
  out += row('relations (overlap)', r, `tp ${r.tp}`);
  out += row('relations (exact)', { precision: r.exactPrecision, recall: r.exactRecall, f1: r.exactF1 }, `tp ${r.exactTp}`);
  out += row('relations + source', r.withSource, `tp ${r.withSource.tp}`);
  for (const c of ['cue', 'source', 'content'] as const) {
    out += row(`${c} spans (overlap)`, r.components[c].overlap, counts(r.components[c].overlap));
    out += row(`${c} spans (exact)`, r.components[c].exact, `tp ${r.components[c].exact.tp}`);
  }
  const s = r.source;
  out += `  source among ${s.matched} matched: overlap ${s.overlap}/${s.goldWithSource} (${f3(s.overlapAccuracy)}), exact ${s.exact}/${s.goldWithSource} (${f3(s.exactAccuracy)}), both without ${s.bothWithout}\n`;
  if (r.goldSkipped) out += `  ${r.goldSkipped} gold events without cue or content were not scored\n`;
  if (r.offsetMismatches) out += `  warning: ${r.offsetMismatches} gold spans do not match their text\n`;
  if (errorsFile !== undefined) out += `  ${nErrors} error records written to ${errorsFile}\n`;
  out += `  (${r.annotators})\n`;
  return out;
}

function adaqTable(r: AdaqReport): string {
  let out = `ADAQ ${r.lang}: ${r.sentences} sentences, ${r.tokens} tokens (${r.unalignedTokens} not located in the text)\n`;
  out += `  ${''.padEnd(26)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}\n`;
  for (const k of ['source', 'cue', 'content'] as const) out += row(`${k} tokens`, r[k], counts(r[k]));
  out += row('sentence has quote', r.sentence, counts(r.sentence));
  return out;
}
