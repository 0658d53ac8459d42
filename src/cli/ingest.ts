/**
 * `sift ingest <inputs…>`: read articles from files, folders, JSONL, RSS/Atom feeds, sitemaps,
 * URL lists and WARC files, analyse each, match it to a story and store it (docs/ingest.md).
 * Exit 0 when the run completed (item issues included), 1 for unusable inputs or a store that
 * cannot be opened or written, 2 for usage errors, 130 / 143 after SIGINT / SIGTERM.
 */
import type { Command } from 'commander';
import { DEFAULT_BATCH } from '../ingest/batch.js';
import { DEFAULT_CONCURRENCY } from '../ingest/data/limits.js';
import { IngestReporter } from '../ingest/report.js';
import { checkInputs, ingestInputs, type IngestOptions } from '../app/ingest.js';
import { openStore } from '../store/open.js';
import { positiveInt } from './options.js';
import type { CliIo } from './io.js';

interface IngestFlags {
  db?: string;
  allowPrivate?: boolean;
  fetch: boolean;
  json?: boolean;
  quiet?: boolean;
  concurrency: string;
  timeout?: string;
  maxBytes?: string;
  commitEvery: string;
}

/** Exit codes after a signal (128 + signal number), as shells report them. */
const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

export function registerIngest(program: Command, io: CliIo): void {
  program
    .command('ingest')
    .description('Store articles (files, folders, JSONL, RSS/Atom, sitemaps, URL lists, WARC) with their analysis and story')
    .argument('<inputs...>', 'files, folders, or http(s) URLs of feeds, sitemaps or articles')
    .option('--db <store>', 'the store: a SQLite file or a postgres:// URL (default: $SIFT_DB, else the default store file)')
    .option('--allow-private', 'allow fetching URLs on private, loopback or link-local addresses')
    .option('--no-fetch', 'never fetch article pages (feed items with only a summary, sitemap and URL-list entries)')
    .option('--json', 'print a JSON summary on stdout (issues included) instead of issue lines')
    .option('--quiet', 'no progress line or summary on the terminal')
    .option('--concurrency <n>', 'pages fetched at the same time', String(DEFAULT_CONCURRENCY))
    .option('--timeout <ms>', 'URL fetch timeout in milliseconds')
    .option('--max-bytes <n>', 'size cap for one article input in bytes')
    .option('--commit-every <ms>', 'commit stored articles at least this often; a killed run redoes at most this much work', String(DEFAULT_BATCH.maxMs))
    .action(async (inputs: string[], flags: IngestFlags) => {
      await runIngest(inputs, flags, io);
    });
}

async function runIngest(inputs: string[], flags: IngestFlags, io: CliIo): Promise<void> {
  const opts: IngestOptions = {
    allowPrivate: flags.allowPrivate === true,
    noFetch: !flags.fetch,
    concurrency: positiveInt(flags.concurrency, '--concurrency'),
  };
  if (flags.timeout !== undefined) opts.timeoutMs = positiveInt(flags.timeout, '--timeout');
  if (flags.maxBytes !== undefined) opts.maxBytes = positiveInt(flags.maxBytes, '--max-bytes');
  opts.batch = { ...DEFAULT_BATCH, maxMs: positiveInt(flags.commitEvery, '--commit-every') };

  await checkInputs(inputs);
  const store = await openStore(flags.db); // absent: env SIFT_DB, else the default store file

  const reporter = new IngestReporter({
    json: flags.json === true,
    quiet: flags.quiet === true,
    progress: io.stderr.isTTY === true && flags.quiet !== true,
    stdout: io.stdout,
    stderr: io.stderr,
  });
  const controller = new AbortController();
  let caught: 'SIGINT' | 'SIGTERM' | undefined;
  const onSignal = (sig: 'SIGINT' | 'SIGTERM'): void => {
    if (caught) process.exit(SIGNAL_EXIT[sig]); // a second signal: stop now (each insert is atomic)
    caught = sig;
    controller.abort();
  };
  const onInt = (): void => onSignal('SIGINT');
  const onTerm = (): void => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);

  let summary;
  let failed = false;
  try {
    summary = await ingestInputs(store, inputs, {
      ...opts,
      signal: controller.signal,
      onIssue: (i) => reporter.issue(i),
      onWarning: (w) => reporter.warning(w),
      onProgress: (c) => reporter.progress(c),
    });
  } catch (e) {
    failed = true; // a store failure: reported by main() as one line, after closing
    throw e;
  } finally {
    reporter.stop();
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    await store.close().catch((e: unknown) => {
      if (!failed) throw e;
    });
  }
  reporter.finish(summary);
  if (caught) {
    await new Promise<void>((resolve) => io.stdout.write('', () => resolve()));
    process.exit(SIGNAL_EXIT[caught]);
  }
}
