/** Running `sift` from the TypeScript sources as a real child process, for CLI tests. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
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
