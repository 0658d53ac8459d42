/**
 * `sift trace` end to end: ingest a small FICTIONAL corpus (written for this test: the village,
 * the expert and his claims are invented; TASS appears only as a cited name, see
 * samples/README.md), then trace its story in the terminal and as JSON. In-process, except one
 * terminal trace run as a real process (the smoke test of sift trace).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runSift, runSiftInProcess } from '../../test/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sift-trace-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const COPIES = [
  {
    url: 'https://harbor-ledger.example/2025/05/14/kamyshevka',
    published: '2025-05-14',
    text: 'Ukrainian units have abandoned the village of Kamyshevka on the Tikhoretsk front, military expert Pavel Drozdov told TASS on May 14. "Kamyshevka is empty, the last 40 soldiers left overnight toward the Tikhaya river," Drozdov said. He added that 3 bridges over the Tikhaya had been blown up.',
  },
  {
    url: 'https://pine-gazette.example/news/kamyshevka-empty',
    text: 'The last 40 soldiers of the Ukrainian garrison left Kamyshevka overnight toward the Tikhaya river, military expert Pavel Drozdov told TASS on May 14. According to Drozdov, 3 bridges over the Tikhaya were blown up and the village on the Tikhoretsk front is now empty. They say the roads are mined.',
  },
  {
    url: 'https://river-tribune.example/2025/05/14/tikhoretsk',
    published: '2025-05-14',
    text: 'Kamyshevka, a village on the Tikhoretsk front, is empty: the last 40 Ukrainian soldiers left overnight for the Tikhaya river, military expert Pavel Drozdov said, as quoted by TASS on May 14. Drozdov said 3 bridges over the Tikhaya had been destroyed.',
  },
];

async function ingest(name: string, rows: ReadonlyArray<Record<string, string>>): Promise<string> {
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, rows.map((r) => JSON.stringify({ lang: 'en', ...r })).join('\n') + '\n');
  const db = join(dir, `${name}.db`);
  const run = await runSiftInProcess(['ingest', file, '--db', db]);
  assert.equal(run.code, 0, run.stderr);
  return db;
}

test('sift trace: original not in corpus, in the terminal and in --json', async () => {
  const db = await ingest('copies', COPIES);
  const json = await runSiftInProcess(['trace', '1', '--db', db, '--json']);
  assert.equal(json.code, 0, json.stderr);
  const t = JSON.parse(json.stdout) as { story: { articles: number }; origin: { status: string; article: unknown; earliest: { url: string; precision: string; undated: number[] }; sources: Array<{ name: string; kind: string; inCorpus: number | null }> } };
  assert.equal(t.story.articles, 3, 'the three copies form one story');
  assert.equal(t.origin.status, 'not-in-corpus');
  assert.equal(t.origin.article, null);
  assert.equal(t.origin.earliest.url, COPIES[0]!.url);
  assert.equal(t.origin.earliest.precision, 'day');
  assert.equal(t.origin.earliest.undated.length, 1);
  assert.deepEqual(t.origin.sources.slice(0, 2).map((s) => [s.name, s.kind, s.inCorpus]), [['TASS', 'outlet', null], ['Pavel Drozdov', 'person', null]]);
  const term = await runSift(['trace', '1', '--db', db]);
  assert.equal(term.code, 0, term.stderr);
  assert.match(term.stdout, /Original: NOT IN CORPUS/);
  assert.match(term.stdout, /1\. TASS · outlet/);
  assert.doesNotMatch(term.stdout, /(new sources|sources dropped)[^\n]*\b(He|They)\b/, 'pronouns are not sources');
});

test('sift trace: the undated original on the cited agency’s domain is found', async () => {
  const original = {
    url: 'https://tass.com/world/1000001',
    text: 'LUGANSK, May 14. /TASS/. The last 40 Ukrainian soldiers have left the village of Kamyshevka on the Tikhoretsk front for the Tikhaya river, military expert Pavel Drozdov told TASS. "Kamyshevka is empty. 3 bridges over the Tikhaya have been blown up," Drozdov said.',
  };
  const db = await ingest('with-original', [...COPIES, original]);
  const json = await runSiftInProcess(['trace', original.url, '--db', db, '--json']);
  assert.equal(json.code, 0, json.stderr);
  const t = JSON.parse(json.stdout) as { story: { articles: number }; origin: { status: string; basis: string; article: { url: string } }; base: { url: string }; earliest: { url: string } };
  assert.equal(t.story.articles, 4);
  assert.equal(t.origin.status, 'in-corpus');
  assert.equal(t.origin.basis, 'cited-outlet');
  assert.equal(t.origin.article.url, original.url);
  assert.equal(t.base.url, original.url);
  assert.notEqual(t.earliest.url, original.url, 'the undated original is not called the earliest copy');
});
