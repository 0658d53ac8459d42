/**
 * The `sift` command line. Every failure a user can cause ends as one line
 * `sift: E_CODE: message` on stderr and a non-zero exit code, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { isSiftError } from '../errors/catalogue.js';
import { SIFT_VERSION } from '../report/version.js';
import { processIo, type CliIo } from './io.js';
import { registerAnalyze } from './analyze.js';
import { registerDemo } from './demo.js';
import { registerEval } from './eval.js';
import { registerIngest } from './ingest.js';
import { registerNetworks } from './networks.js';
import { registerSources } from './sources.js';
import { registerStories } from './stories.js';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

export function buildProgram(io: CliIo = processIo()): Command {
  const program = new Command();
  program
    .name('sift')
    .description('Trace rewritten news back to its source: attribution chains, hedged and unsourced claims.')
    .version(SIFT_VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80), // 80: commander's own default
      getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns ? io.stderr.columns : 80),
    });
  registerAnalyze(program, io);
  registerDemo(program, io);
  registerEval(program, io);
  registerIngest(program, io);
  registerNetworks(program, io);
  registerStories(program, io);
  registerSources(program, io);
  return program;
}

/** Runs the CLI and returns the exit code; output goes to `io` (default: the process's streams). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (isSiftError(e)) {
      io.stderr.write(`sift: ${e.code}: ${e.message}\n`);
      return e.code === 'E_USAGE' ? EXIT_USAGE : EXIT_INPUT;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr.write(`sift: E_INTERNAL: Internal error: ${detail}. This is a bug in Sift; please report it with the input that caused it.\n`);
    if (process.env['SIFT_DEBUG'] && e instanceof Error) io.stderr.write(`${e.stack}\n`);
    return EXIT_INTERNAL;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
