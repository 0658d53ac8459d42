/** The user's own entries: where they live, import (CSV, YAML, JSON) with typed issues, export, and a broken file left alone. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isSiftError } from '../errors/catalogue.js';
import { dataDir } from '../data-dir.js';
import { exportUserSources, mergeUserEntries, parseImport, readUserSources, userSourcesPath, writeUserSources } from './user.js';

test('the user file sits in the store\u2019s data folder, or where SIFT_SOURCES_FILE says', () => {
  const env = { XDG_DATA_HOME: '/tmp/xdg' };
  assert.equal(userSourcesPath({ env, platform: 'linux', home: '/home/a' }), '/tmp/xdg/sift/sources.json');
  assert.equal(userSourcesPath({ env: {}, platform: 'linux', home: '/home/a' }), join(dataDir({ env: {}, platform: 'linux', home: '/home/a' }), 'sources.json'));
  assert.equal(userSourcesPath({ env: { SIFT_SOURCES_FILE: '/srv/team/sources.json' } }), '/srv/team/sources.json');
});

test('CSV import: good rows kept, bad rows become typed issues with their row number', () => {
  const csv = [
    'name,kind,domains,aliases,country,affiliation,state_affiliated,reliability,lists,role,note',
    'KJFK News,outlet,kjfk.news;https://www.txdaily.news/x,KJFK,US,,no,unreliable,CopyCop,,"imitates local news, ""call letters"""',
    'Bad,outlet,not a domain,,,,maybe,great,,,',
    ',outlet,x.example,,,,,,,,',
    'Andrei Marochko,person,,Андрей Марочко,,,,,,military commentator,',
  ].join('\n');
  const { entries, issues } = parseImport(csv, 'team.csv');
  assert.deepEqual(
    entries.map((e) => e.name),
    ['KJFK News', 'Andrei Marochko'],
  );
  assert.deepEqual(entries[0], {
    name: 'KJFK News',
    kind: 'outlet',
    domains: ['kjfk.news', 'txdaily.news'],
    aliases: ['KJFK'],
    country: 'US',
    note: 'imitates local news, "call letters"',
    stateAffiliated: false,
    reliability: 'unreliable',
    lists: ['CopyCop'],
  });
  assert.ok(issues.every((i) => i.code === 'E_SOURCES_ENTRY'));
  assert.deepEqual(
    issues.map((i) => i.where),
    ['row 3', 'row 3', 'row 3', 'row 4'],
  );
});

test('YAML and JSON import, and export round-trips in every format', () => {
  const yaml = '- name: WVAL News\n  domains: [wval.news]\n  state_affiliated: yes\n  lists: [Team list]\n- name: Klas News\n  domains: klas.news\n  reliability: mixed\n';
  const a = parseImport(yaml, 'x.yaml');
  assert.deepEqual(a.issues, []);
  assert.equal(a.entries[0]!.stateAffiliated, true);
  const b = parseImport(JSON.stringify({ entries: a.entries }), 'x.json');
  assert.deepEqual(b.entries, a.entries);
  for (const format of ['csv', 'yaml', 'json'] as const) {
    const text = exportUserSources(a.entries, format);
    const back = parseImport(text, `round-trip.${format}`);
    assert.deepEqual(back.issues, [], format);
    assert.deepEqual(back.entries, a.entries, format);
  }
  assert.throws(() => parseImport('key: [unclosed', 'bad.yaml'), (e) => isSiftError(e, 'E_SOURCES_IMPORT'));
  assert.throws(() => parseImport('just text', 'bad.yaml'), (e) => isSiftError(e, 'E_SOURCES_IMPORT'));
  assert.equal(parseImport('- {name: X, colour: red}', 'x.yaml').issues[0]?.message, 'entry 1: unknown field colour');
});

test('merging updates an entry of the same name and kind, adds the rest', () => {
  const { merged, added, updated } = mergeUserEntries([{ name: 'KJFK News', reliability: 'mixed' }], [{ name: 'kjfk news', reliability: 'unreliable' }, { name: 'Other' }]);
  assert.deepEqual([added, updated], [1, 1]);
  assert.equal(merged[0]!.reliability, 'unreliable');
});

test('a broken user file is reported and never overwritten', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-sources-'));
  try {
    const path = join(dir, 'sources.json');
    assert.deepEqual(readUserSources(path), [], 'no file: no entries');
    writeUserSources(path, [{ name: 'A' }]);
    assert.deepEqual(readUserSources(path), [{ name: 'A' }]);
    writeFileSync(path, '{ not json');
    assert.throws(() => readUserSources(path), (e) => isSiftError(e, 'E_SOURCES_FILE'));
    assert.equal(readFileSync(path, 'utf8'), '{ not json');
    writeFileSync(path, JSON.stringify({ format: 'sift.sources.user/1', entries: [{ name: 'A', reliability: 'great' }] }));
    assert.throws(() => readUserSources(path), (e) => isSiftError(e, 'E_SOURCES_FILE') && /reliability/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
