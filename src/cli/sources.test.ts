/**
 * `sift sources` in-process (the first show as a real process: the smoke test), with the user file in a temporary folder (SIFT_SOURCES_FILE):
 * add, import, export, show, analyze with the user's entries, and errors as one clean line.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runSift, runSiftInProcess, type CliRun } from '../../test/cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'sift-cli-sources-'));
const USER_FILE = join(DIR, 'data', 'sources.json');
after(() => rmSync(DIR, { recursive: true, force: true }));

const env = { SIFT_SOURCES_FILE: USER_FILE };
const sift = (args: string[]): Promise<CliRun> => runSiftInProcess(args, { env });

test('show: a name in any script or a domain, with the dataset behind each statement', async () => {
  const r = await runSift(['sources', 'show', 'РИА Новости'], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^RIA Novosti · outlet · ref ria\.ru · from the shipped knowledge base/);
  assert.match(r.stdout, /state-controlled media \(SC\), Russia, Rossiya Segodnya for ria\.ru \[state-media-profiles\]/);
  assert.match(r.stdout, /Wikipedia RSP “RIA Novosti”: no consensus .*\[wikipedia-perennial-sources\]/);
  const j = await sift(['sources', 'show', 'https://tass.com/politics/1', '--json']);
  assert.equal(JSON.parse(j.stdout).source.ref, 'tass.ru');
  const none = await sift(['sources', 'show', 'Pravda']);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /^sift: E_NOT_FOUND: /);
  assert.equal(none.stderr.trim().split('\n').length, 1);
});

test('add, import, export: the user file is created, kept apart, and takes precedence', async () => {
  const add = await sift(['sources', 'add', '--name', 'KJFK News', '--domain', 'kjfk.news', '--reliability', 'unreliable', '--list', 'Team list', '--note', 'imitates a US local station']);
  assert.equal(add.code, 0, add.stderr);
  assert.ok(existsSync(USER_FILE), 'the folder and file are created');
  const csv = join(DIR, 'team.csv');
  writeFileSync(csv, 'name,domains,reliability,state_affiliated\nGolden Gate Daily,goldengatedaily.com,unreliable,no\nBroken,,excellent,\nRIA Novosti,,,\n');
  const imp = await sift(['sources', 'import', csv]);
  assert.equal(imp.code, 0, imp.stderr);
  assert.match(imp.stdout, /Imported 2 entries .* \(2 new, 0 updated\)/);
  assert.match(imp.stdout, /skipped: E_SOURCES_ENTRY: row 3: reliability must be one of reliable, mixed, unreliable, not "excellent"/);
  const exp = await sift(['sources', 'export', '--format', 'json']);
  assert.deepEqual(
    JSON.parse(exp.stdout).entries.map((e: { name: string }) => e.name),
    ['KJFK News', 'Golden Gate Daily', 'RIA Novosti'],
  );
  const show = await sift(['sources', 'show', 'kjfk.news']);
  assert.match(show.stdout, /KJFK News · outlet · ref kjfk\.news · your own entry/);
  assert.match(show.stdout, /reliability: unreliable \[user: your entry\]/);
  const ria = await sift(['sources', 'show', 'ria.ru']);
  assert.match(ria.stdout, /shipped, with your own entry on top/);
  // an analysis uses the user's entries: the article's own site is known now
  const article = join(DIR, 'a.jsonl');
  writeFileSync(article, `${JSON.stringify({ url: 'https://kjfk.news/story', text: 'TASS reported that the bridge was closed on Monday.' })}\n`);
  const an = await sift(['analyze', article, '--json']);
  assert.equal(an.code, 0, an.stderr);
  const [doc] = JSON.parse(an.stdout);
  assert.equal(doc.article.domainSource.ref, 'kjfk.news');
  assert.equal(doc.sourcesKnowledgeBase.userEntries, 3);
  assert.ok(doc.knownSources.some((k: { ref: string; origin: string }) => k.ref === 'kjfk.news' && k.origin === 'user'));
});

test('a broken user file stops with E_SOURCES_FILE and is left as it was', async () => {
  const before = readFileSync(USER_FILE, 'utf8');
  writeFileSync(USER_FILE, '{ broken');
  try {
    const r = await sift(['sources', 'add', '--name', 'X']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^sift: E_SOURCES_FILE: Your sources file .* cannot be used/);
    assert.equal(readFileSync(USER_FILE, 'utf8'), '{ broken');
  } finally {
    writeFileSync(USER_FILE, before);
  }
  const bad = await sift(['sources', 'add', '--name', 'Y', '--reliability', 'superb']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^sift: E_SOURCES_ENTRY: /);
});
