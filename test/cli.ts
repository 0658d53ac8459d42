/** Running `sift` from the TypeScript sources for CLI tests: as a real child process, or in-process. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { REPO_ROOT } from './shared.js';

const CLI = join(REPO_ROOT, 'src', 'cli', 'main.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Extra environment (over the test's own, with colour and debug traces off). */
  env?: NodeJS.ProcessEnv;
  /** Written to stdin, which is then closed (empty by default). */
  input?: string | Buffer;
  timeout?: number;
}

function envOf(opts: CliOptions): NodeJS.ProcessEnv {
  return { ...process.env, SIFT_DEBUG: '', NO_COLOR: '1', ...opts.env };
}

/** `sift …args`, asynchronously (tests that serve HTTP to it need the event loop free). */
export function runSift(args: readonly string[], opts: CliOptions = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: REPO_ROOT, env: envOf(opts), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** `sift …args`, synchronously. */
export function runSiftSync(args: readonly string[], opts: CliOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: REPO_ROOT,
    env: envOf(opts),
    encoding: 'utf8',
    input: opts.input ?? '',
    ...(opts.timeout !== undefined ? { timeout: opts.timeout } : {}),
  });
}

/**
 * `sift …args` in this process: `main(args, io)` with stdout and stderr collected and `input`
 * as stdin, under the same environment overrides and working directory as runSift. Runs one at
 * a time (they share process.env and the working directory). What it cannot see: output written
 * past `io` (a crash outside main's catch), signals, the process's real exit.
 */
export function runSiftInProcess(args: readonly string[], opts: Omit<CliOptions, 'timeout'> = {}): Promise<CliRun> {
  const run = queue.then(() => inProcess(args, opts));
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

let queue: Promise<void> = Promise.resolve();

async function inProcess(args: readonly string[], opts: Omit<CliOptions, 'timeout'>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _enc, done) {
        add(chunk.toString());
        done();
      },
    });
  const io = {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: Readable.from(opts.input === undefined || opts.input.length === 0 ? [] : [Buffer.from(opts.input)]),
  };
  const saved = { ...process.env };
  const cwd = process.cwd();
  for (const [k, v] of Object.entries({ SIFT_DEBUG: '', NO_COLOR: '1', ...opts.env })) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  process.chdir(REPO_ROOT);
  try {
    const code = await main([...args], io);
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}
