/**
 * The knowledge-base build on tiny stand-ins for the datasets (test/fixtures/sources/data), and —
 * when ../shared is present — that the shipped knowledge base is what the build script produces.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, sharedPath } from '../../test/shared.js';
import { buildKb } from './build/index.js';
import { DATASET_IDS, isDatasetId } from './data/datasets.js';
import { describeEntry } from './describe.js';
import { SourceKB, serializeKb } from './kb.js';
import { shippedKbText } from './shipped.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/sources/data');
const read = (p: string): string => readFileSync(join(FIXTURES, p), 'utf8');

test('every fact names its dataset, and nothing is stated for a source no dataset speaks of', () => {
  const file = buildKb(read);
  assert.deepEqual(file.excluded, []);
  assert.deepEqual(file.datasets, [...DATASET_IDS]);
  const kb = SourceKB.fromFile(file);
  for (const i of kb.indices()) {
    const e = kb.entryAt(i);
    for (const f of e.facts) assert.ok(isDatasetId(f.dataset), `${e.id}: fact without a dataset`);
    const k = describeEntry(e);
    for (const x of [...k.affiliations, ...k.ratings, ...k.lists, ...k.cases]) assert.ok(isDatasetId(x.dataset));
    if (k.stateAffiliated) assert.ok(e.facts.some((f) => f.type === 'state-media'), `${e.id} is state-affiliated only through state-media-profiles`);
    if (k.reliability) assert.ok(e.facts.some((f) => f.dataset === k.reliability!.dataset));
  }
  // a curated outlet no dataset mentions: known by name, nothing stated
  const kp = describeEntry(kb.byName('Kyiv Post')!.entry);
  assert.deepEqual([kp.affiliations, kp.ratings, kp.lists, kp.cases], [[], [], [], []]);
  assert.equal(kp.reliability, undefined);
  assert.equal(kp.stateAffiliated, false);
});

test('names and domains from several datasets meet in one entry, with each fact kept apart', () => {
  const kb = SourceKB.fromFile(buildKb(read));
  const ria = kb.byName('РИА Новости')!.entry;
  assert.equal(ria.id, 'ria.ru');
  assert.ok(ria.domains.includes('rian.ru'), 'the RSP domain joins the curated entry');
  const types = ria.facts.map((f) => `${f.type}:${f.dataset}`);
  for (const t of [
    'state-media:state-media-profiles',
    'rsp:wikipedia-perennial-sources',
    'reliability-label:source-reliability-idiap',
    'mbfc:source-reliability-idiap',
    'quality:domain-quality-ratings',
    'list:laundromat-sites',
    'cases:euvsdisinfo-kalkun',
    'cases:euvsdisinfo-cknabs',
  ]) {
    assert.ok(types.includes(t), `RIA Novosti has ${t}`);
  }
  const k = describeEntry(ria);
  assert.equal(k.reliability?.dataset, 'source-reliability-idiap');
  assert.equal(k.reliability?.value, 'unreliable');
  // TASS: two domains, one state-media fact naming both; RSP qualifier names are aliases
  const tass = kb.byName('Telegraph Agency of the Soviet Union')!.entry;
  assert.equal(tass.id, 'tass.ru');
  const sm = tass.facts.find((f) => f.type === 'state-media');
  assert.deepEqual(sm && 'on' in sm ? [...sm.on].sort() : [], ['tass.com', 'tass.ru']);
});

test('look-alikes stay apart: a curated name hides a dataset name that would collide', () => {
  const kb = SourceKB.fromFile(buildKb(read));
  assert.equal(kb.byName('RIA')?.entry.id, 'ria.ru', 'not Mediacorp\u2019s radio "Ria"');
  assert.equal(kb.byName('Channel 5'), undefined, 'two state outlets share the name');
  assert.equal(kb.byDomain('mediacorp.sg')?.entry.kind, 'outlet');
  assert.equal(kb.byName('Rossiya 24')?.entry.id, 'vesti.ru');
  assert.equal(kb.byName('Россия-24')?.entry.id, 'vesti.ru');
});

test('platforms are hosts: their list memberships and case counts are dropped, and they are never flagged', () => {
  const kb = SourceKB.fromFile(buildKb(read));
  const yt = kb.byDomain('www.youtube.com')!.entry;
  assert.equal(yt.kind, 'platform');
  assert.ok(!yt.facts.some((f) => f.type === 'list' || f.type === 'cases'));
  assert.ok(yt.facts.some((f) => f.type === 'quality'), 'ratings of the platform itself are kept');
  const rutube = describeEntry(kb.byDomain('rutube.ru')!.entry);
  assert.equal(rutube.kind, 'platform');
  assert.ok(rutube.affiliations.length === 1, 'the dataset\u2019s statement is shown');
  assert.equal(rutube.stateAffiliated, false, 'but a platform is not counted as a state-affiliated source');
  assert.equal(kb.byDomain('t.me')!.entry.facts.length, 0);
});

test('lists keep their name and meaning; only lists of concern flag a source', () => {
  const kb = SourceKB.fromFile(buildKb(read));
  const kombat = describeEntry(kb.byDomain('example-kombat.news')!.entry);
  assert.deepEqual(kombat.lists.map((l) => [l.list, l.concern]), [['Viginum (Portal Kombat)', true]]);
  assert.equal(kombat.listed, true);
  const up = describeEntry(kb.byDomain('pravda.com.ua')!.entry);
  assert.equal(up.listed, false, '"Wikidata All News" is a background list');
  assert.equal(up.name, 'Ukrainska Pravda');
  const ria = describeEntry(kb.byDomain('ria.ru')!.entry);
  assert.equal(ria.lists.find((l) => l.list === 'EuVsDisinfo')?.concern, false, 'appearing in a case is not a judgement of the site');
  assert.ok(kb.byDomain('news.example-mirror.live'), 'a URL with a path is keyed by its host');
});

test('EUvsDisinfo: language suffixes dropped, shows on platforms skipped, names that spell a domain kept', () => {
  const kb = SourceKB.fromFile(buildKb(read));
  const tass = kb.byName('TASS')!.entry;
  assert.ok(tass.facts.some((f) => f.type === 'cases' && f.as === 'TASS' && f.cases === 1));
  assert.equal(kb.byName('Rossia 24 - YouTube'), undefined);
  const weekly = kb.byName('Example Weekly')!.entry;
  const cases = weekly.facts.find((f) => f.type === 'cases');
  assert.equal(cases?.type === 'cases' ? cases.cases : 0, 3, 'a case naming an outlet twice counts once');
  assert.equal(kb.byName('Rare Outlet'), undefined, 'fewer than 3 cases: no entry of its own');
  assert.equal(kb.byName('Examplelisty')?.entry.id, 'examplelisty.cz', 'a name that spells the domain joins it');
});

test('--exclude leaves a dataset out entirely', () => {
  const file = buildKb(read, { exclude: ['source-reliability-idiap'] });
  assert.deepEqual(file.excluded, ['source-reliability-idiap']);
  assert.ok(!file.datasets.includes('source-reliability-idiap'));
  const kb = SourceKB.fromFile(file);
  assert.ok(![...kb.indices()].some((i) => kb.entryAt(i).facts.some((f) => f.dataset === 'source-reliability-idiap')));
  assert.equal(kb.byDomain('deprecated-example.org'), undefined, 'a domain only that dataset knows is not there');
  assert.equal(describeEntry(kb.byDomain('ria.ru')!.entry).reliability?.dataset, 'wikipedia-perennial-sources');
});

test('the shipped knowledge base is what scripts/build-sources.ts builds from ../shared/data', (t) => {
  const data = sharedPath('data');
  if (!data) return t.skip('../shared/data is absent');
  const rebuilt = serializeKb(buildKb((p) => readFileSync(join(data, p), 'utf8')));
  assert.ok(rebuilt === shippedKbText(), 'src/sources/data/kb.ts is stale: run node --import tsx scripts/build-sources.ts');
});
