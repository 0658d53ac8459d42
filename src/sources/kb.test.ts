/** Knowledge-base lookups, the stored format, user entries on top, and load time. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSiftError } from '../errors/catalogue.js';
import { describeEntry } from './describe.js';
import { hostAndParents, looksLikeDomain, normalizeHost } from './domain.js';
import { SourceKB, parseKbText } from './kb.js';
import { abbreviationKey, stemWord, strippedKey } from './names.js';
import { loadShippedKb } from './shipped.js';
import { shippedSources } from './default.js';
import { nameKey } from '../mentions/keys.js';

test('hosts: scheme, www, port, path, case and trailing dot go; registry suffixes are never a site', () => {
  const cases: Array<[string, string | undefined]> = [
    ['https://www.RIA.ru/20240710/x.html?a=1#b', 'ria.ru'],
    ['http://user@tass.com:8080/', 'tass.com'],
    ['pravda.com.ua.', 'pravda.com.ua'],
    ['www2.example.org', 'example.org'],
    ['https://GlobalVillageSpace.com, ', 'globalvillagespace.com'],
    ['not a domain', undefined],
    ['localhost', undefined],
  ];
  for (const [input, want] of cases) assert.equal(normalizeHost(input), want, input);
  assert.deepEqual(hostAndParents('a.b.tass.ru'), ['a.b.tass.ru', 'b.tass.ru', 'tass.ru']);
  assert.deepEqual(hostAndParents('pravda.com.ua'), ['pravda.com.ua']);
  assert.deepEqual(hostAndParents('lenta.kharkiv.ua'), ['lenta.kharkiv.ua']);
  assert.deepEqual(hostAndParents('news.bbc.co.uk'), ['news.bbc.co.uk', 'bbc.co.uk']);
  assert.ok(looksLikeDomain('Lenta.ru') && looksLikeDomain('pravda.com.ua'));
  assert.ok(!looksLikeDomain('Mr. Smith') && !looksLikeDomain('RIA Novosti'));
});

test('name forms: descriptors, case endings, abbreviations', () => {
  assert.equal(strippedKey(nameKey('the state news agency TASS')), nameKey('TASS'));
  assert.equal(strippedKey(nameKey('RIA Novosti news agency')), nameKey('RIA Novosti'));
  assert.equal(strippedKey(nameKey('RIA Novosti')), undefined);
  assert.equal(stemWord('novostei'), stemWord('novosti'));
  assert.equal(stemWord('izvestiah'), stemWord('izvestia'));
  assert.equal(abbreviationKey('CNN'), 'abbr:cnn');
  assert.equal(abbreviationKey('ТСН'), 'abbr:tsn');
  assert.notEqual(abbreviationKey('CNN'), abbreviationKey('TSN'));
  assert.equal(abbreviationKey('Reuters'), undefined);
});

test('a broken compiled file is E_SOURCES_KB, never a crash later', () => {
  const bad = ['', 'not-the-format\t{}', 'sift.sources/1\t{"datasets":["nope"],"excluded":[]}', 'sift.sources/1\t{"datasets":[],"excluded":[]}\nname only\n', 'sift.sources/1\t{"datasets":[],"excluded":[]}\n\t\t\t\t[]\n'];
  for (const text of bad) assert.throws(() => parseKbText(text), (e) => isSiftError(e, 'E_SOURCES_KB'), JSON.stringify(text));
  const kb = SourceKB.fromText('sift.sources/1\t{"datasets":[],"excluded":[]}\nX\tx.example\t\t\t{broken\n');
  assert.throws(() => kb.byDomain('x.example'), (e) => isSiftError(e, 'E_SOURCES_KB'));
});

test('user entries come first, add to the shipped entry they match, and say they are the user\u2019s', () => {
  const kb = shippedSources().withUser([
    { name: 'RIA Novosti', reliability: 'mixed', note: 'our desk reads it daily' },
    { name: 'KJFK News', domains: ['kjfk.news'], reliability: 'unreliable', lists: ['CopyCop'], affiliation: 'suspected network site' },
    { name: 'Andrei Marochko', kind: 'person', role: 'military commentator', aliases: ['Андрей Марочко'] },
  ]);
  const ria = kb.byName('ria.ru')!.entry;
  assert.equal(ria.origin, 'shipped+user');
  assert.equal(ria.facts[0]!.dataset, 'user', 'the user\u2019s facts come first');
  const k = describeEntry(ria);
  assert.deepEqual(k.reliability, { value: 'mixed', dataset: 'user', basis: 'your entry' }, 'the user\u2019s rating takes precedence');
  assert.ok(k.affiliations.some((a) => a.dataset === 'state-media-profiles'), 'shipped facts are still shown');
  const kjfk = describeEntry(kb.byDomain('https://kjfk.news/some/story')!.entry);
  assert.equal(kjfk.origin, 'user');
  assert.equal(kjfk.listed, true);
  assert.equal(kjfk.lowRated, true);
  assert.ok([...kjfk.affiliations, ...kjfk.ratings, ...kjfk.lists].every((x) => x.dataset === 'user'));
  assert.equal(kb.byName('Андрей Марочко', { kinds: ['person'] })?.entry.id, 'user:andri marochko');
  assert.equal(kb.byName('Andrei Marochko'), undefined, 'people are found only when asked for');
  // the shipped knowledge base itself is untouched
  assert.equal(shippedSources().byName('ria.ru')!.entry.origin, 'shipped');
});

test('the shipped knowledge base loads in well under 100 ms', (t) => {
  loadShippedKb(); // warm the code paths
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const kb = loadShippedKb();
    kb.byName('RIA Novosti'); // builds the name index
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  t.diagnostic(`load + name index: median ${times[2]!.toFixed(1)} ms, best ${times[0]!.toFixed(1)} ms (${shippedSources().size} entries)`);
  // generous bound for a loaded CI machine; docs/sources.md has the measured figure
  assert.ok(times[2]! < 250, `median load ${times[2]} ms`);
});
