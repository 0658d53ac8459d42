/**
 * The `sift` command line. Every failure a user can cause ends as one line
 * `sift: E_CODE: message` on stderr and a non-zero exit code, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { isSiftError } from '../errors/catalogue.js';
import { SIFT_VERSION } from '../report/version.js';
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

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('sift')
    .description('Trace rewritten news back to its source: attribution chains, hedged and unsourced claims.')
    .version(SIFT_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerAnalyze(program);
  registerDemo(program);
  registerEval(program);
  registerIngest(program);
  registerNetworks(program);
  registerStories(program);
  registerSources(program);
  return program;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (isSiftError(e)) {
      process.stderr.write(`sift: ${e.code}: ${e.message}\n`);
      return e.code === 'E_USAGE' ? EXIT_USAGE : EXIT_INPUT;
    }
    const detail = e instanceof Error ? e.message : String(e);
    process.stderr.write(`sift: E_INTERNAL: Internal error: ${detail}. This is a bug in Sift; please report it with the input that caused it.\n`);
    if (process.env['SIFT_DEBUG'] && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return EXIT_INTERNAL;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
