/**
 * The application layer over a real SQLite file: the fictional corpus (samples/corpus) ingested
 * through `ingestInputs`, then each use case asked what the CLI asks it. Results must survive a
 * JSON round trip unchanged (an HTTP face sends them as they are).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../../test/shared.js';
import { isSiftError } from '../errors/catalogue.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { firstArticle } from './analyze.js';
import { ingestInputs } from './ingest.js';
import { domainProfile, exportNetworkFiles, listNetworks } from './networks.js';
import { similarArticles } from './similar.js';
import { lookupSource } from './sources.js';
import { listStories } from './stories.js';
import { withStore } from './store.js';
import { traceTarget } from './trace.js';

const CORPUS = join(REPO_ROOT, 'samples/corpus/articles.jsonl');
let dir: string;
let db: string;
let store: Store;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sift-app-'));
  db = join(dir, 'app.db');
  store = await openStore(db);
  const summary = await ingestInputs(store, [CORPUS], { threads: 0 });
  assert.deepEqual([summary.stored, summary.issues.length], [102, 0]);
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const plain = (x: unknown): void => assert.deepEqual(JSON.parse(JSON.stringify(x)), x);

test('ingestInputs: a second run stores nothing; an unreadable input fails before anything is read', async () => {
  const again = await ingestInputs(store, [CORPUS], { threads: 0 });
  assert.deepEqual([again.stored, again.skippedExisting], [0, 102]);
  await assert.rejects(ingestInputs(store, [join(dir, 'no-such-file.jsonl')]), (e) => isSiftError(e, 'E_FILE_NOT_FOUND'));
});

test('listStories: the filter applies, and each story lists its articles', async () => {
  const stories = await listStories(store, { minDomains: 3, limit: 4 });
  assert.ok(stories.length > 0 && stories.length <= 4);
  for (const s of stories) {
    assert.ok(s.domains >= 3);
    assert.equal(s.members.length, s.articles);
    assert.ok(s.members.every((m) => m.id > 0 && m.url !== null));
  }
  plain(stories);
});

test('traceTarget: by story, by member article, by an unstored copy of its text; null when there is nothing', async () => {
  const [largest] = await listStories(store, { limit: 1 });
  const byStory = await traceTarget(store, { storyId: largest!.id });
  assert.equal(byStory?.story.id, largest!.id);
  const member = largest!.members[largest!.members.length - 1]!;
  assert.deepEqual(await traceTarget(store, { articleId: member.id }), byStory);
  const stored = (await store.getArticle(member.id))!;
  const copy = await traceTarget(store, { article: { format: 'text', text: stored.text } });
  assert.equal(copy?.story.id, largest!.id, 'the text alone finds its story');
  assert.equal(await traceTarget(store, { articleId: 999_999 }), null);
  assert.equal(await traceTarget(store, { storyId: 999_999 }), null);
  plain(byStory);
});

test('similarArticles: the stored copy of a text comes first, within the limit', async () => {
  const stored = (await store.getArticle(1))!;
  const matches = await similarArticles(store, { format: 'text', text: stored.text }, { limit: 3 });
  assert.ok(matches.length > 0 && matches.length <= 3);
  assert.equal(matches[0]!.article.id, 1);
  assert.ok(matches[0]!.probability >= matches[matches.length - 1]!.probability);
  plain(matches);
});

test('networks: list, limit and domain filter; a domain profile; an unknown domain is null; CSV export is two files', async () => {
  const all = await listNetworks(store);
  assert.ok(all.networks.length >= 2, `networks: ${all.networks.length}`);
  assert.equal((await listNetworks(store, { limit: 1 })).networks.length, 1);
  const member = all.networks[1]!.members[0]!.domain;
  const only = await listNetworks(store, { domain: `WWW.${member.toUpperCase()}` });
  assert.deepEqual(only.networks.map((n) => n.id), [all.networks[1]!.id]);
  const profile = await domainProfile(store, member);
  assert.equal(profile?.domain, member);
  assert.equal(profile?.network?.id, all.networks[1]!.id);
  assert.equal(await domainProfile(store, 'nosuch.example'), null);
  const csv = await exportNetworkFiles(store, 'csv');
  assert.deepEqual(csv.files.map((f) => f.name), ['nodes.csv', 'edges.csv']);
  assert.equal(csv.networks, all.networks.length);
  assert.equal(csv.files[0]!.content.trim().split('\n').length, csv.domains + 1, 'a header and one line per domain');
  const wide = await exportNetworkFiles(store, 'json', { allPairs: true });
  assert.ok(wide.pairs > csv.pairs, 'all pairs, not only those beyond chance');
  plain(profile);
});

test('lookupSource: by domain, and no entry for an unknown name', () => {
  const hit = lookupSource('ria.ru');
  assert.equal(hit.found, true);
  assert.ok(hit.found && hit.source.domains.includes('ria.ru'));
  assert.deepEqual(lookupSource('Zzyzx Nonexistent Gazette'), { found: false, query: 'Zzyzx Nonexistent Gazette', candidates: [] });
});

test('withStore gives back what the work returns, and its error', async () => {
  assert.equal(await withStore(join(dir, 'other.db'), async (s) => s.countArticles()), 0);
  await assert.rejects(withStore(join(dir, 'other.db'), () => Promise.reject(new Error('the work failed'))), /the work failed/);
});

test('firstArticle: the article of a file; of a JSONL file, its first line', async () => {
  const a = await firstArticle(join(REPO_ROOT, 'samples/articles/desertion-report.txt'));
  assert.ok(a && a.text.length > 100);
  const two = join(dir, 'two.jsonl');
  writeFileSync(two, `${JSON.stringify({ text: 'FICTIONAL. The first one.' })}\n${JSON.stringify({ text: 'FICTIONAL. The second one.' })}\n`);
  assert.equal((await firstArticle(two))?.text, 'FICTIONAL. The first one.');
});
