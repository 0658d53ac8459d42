/** The in-process CLI runner itself: output through io, exit codes, environment and cwd restored. */
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { test } from 'node:test';
import { SIFT_VERSION } from '../src/report/version.js';
import { runSiftInProcess } from './cli.js';

test('runSiftInProcess: --version and --help reach io.stdout, a usage error io.stderr with exit 2', async () => {
  const version = await runSiftInProcess(['--version']);
  assert.deepEqual(version, { code: 0, stdout: `${SIFT_VERSION}\n`, stderr: '' });
  const help = await runSiftInProcess(['ingest', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: sift ingest \[options\] <inputs\.\.\.>/);
  const usage = await runSiftInProcess(['no-such-command']);
  assert.equal(usage.code, 2);
  assert.equal(usage.stdout, '');
  assert.match(usage.stderr, /unknown command 'no-such-command'/);
});

test('runSiftInProcess: environment overrides and the working directory last only for the run', async () => {
  const cwd = process.cwd();
  process.chdir(tmpdir());
  const before = process.env['SIFT_DB'];
  try {
    const r = await runSiftInProcess(['stories', '--json'], { env: { SIFT_DB: 'mysql://nowhere/db' } });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^sift: E_STORE_SPEC: /, 'the command saw the overridden SIFT_DB');
    assert.equal(process.env['SIFT_DB'], before);
    assert.equal(process.cwd(), tmpdir());
  } finally {
    process.chdir(cwd);
  }
});
