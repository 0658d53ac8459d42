/**
 * `sift eval networks`: scoring on a tiny hand-made pages.jsonl (fictional sites and texts) in a
 * temporary folder, the pure scorer's definitions, and — when ../shared is present — the real
 * corpus netcorpus-dev on gold stories and through the pipeline.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sharedPath } from '../../test/shared.js';
import { evalNetworks, goldNetworks, networksEvalTable, scoreNetworks } from './networks.js';
import { loadCorpus } from '../corpus/load.js';

let dir: string;

const LEAD =
  'Harbor officials in Port Vellin said on Monday that the east breakwater would stay closed for eleven days after a barge named Saltmarsh Queen struck it during the night, damaging forty metres of the wall.';
const LEAD2 =
  'The Vellin water board said that the Kestrel reservoir fell to thirty-one percent this week, the lowest level since 1998, and that the board would cut pressure in the northern districts from Friday.';

const page = (id: string, domain: string, role: string, text: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ id, url: `https://${domain}/${id}`, domain, date: null, lang: 'en', text, story: null, role, network: null, ...extra });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sift-eval-networks-'));
  const lines = [
    page('p01', 'agency-wire.example', 'original', `PORT VELLIN, March 3. /Agency Wire/. ${LEAD}`, { story: 's-breakwater', date: '2031-03-03' }),
    page('p02', 'alpha-ledger.example', 'rewrite', `${LEAD} Agency Wire reported the closure first.`, { story: 's-breakwater', network: 'ring', date: '2031-03-03' }),
    page('p03', 'beta-ledger.example', 'rewrite', `${LEAD} The port authority has not commented.`, { story: 's-breakwater', network: 'ring' }),
    page('p04', 'gamma-ledger.example', 'rewrite', `${LEAD} Repairs are expected to cost more than last year.`, { story: 's-breakwater', network: 'ring', date: '2031-03-04' }),
    page('p05', 'alpha-ledger.example', 'rewrite', `${LEAD2} Residents were told to store water.`, { story: 's-reservoir', network: 'ring' }),
    page('p06', 'beta-ledger.example', 'rewrite', `${LEAD2} The board blamed a dry winter.`, { story: 's-reservoir', network: 'ring' }),
    page('p07', 'town-crier.example', 'independent', 'Our reporter walked the east breakwater on Tuesday: a crane was lifting broken blocks, and the harbour master told us repairs had started.', {
      related_story: 's-breakwater',
    }),
    page('p08', 'garden-notes.example', 'negative', 'Spring bulbs should go in before the first frost; tulips like sandy soil and a sunny corner of the garden.'),
    page('p09', 'match-report.example', 'negative', 'Vellin Rovers beat Harbor Athletic two goals to one on Saturday, with a late header from their captain.'),
  ];
  // Thirty unrelated sites, so that a story three sites carry is rare in this store.
  const CLUBS = ['chess', 'rowing', 'choir', 'cycling', 'quilting', 'birding', 'drama', 'pottery', 'archery', 'sailing'];
  const DAYS = ['Monday', 'Wednesday', 'Saturday'];
  for (let i = 0; i < 30; i++) {
    lines.push(page(`n${i}`, `notice-board-${i}.example`, 'negative', `The ${CLUBS[i % 10]} club of district ${i + 3} meets every ${DAYS[i % 3]} at ${(i % 12) + 1} o'clock; new members pay ${i + 5} crowns.`));
  }
  writeFileSync(join(dir, 'pages.jsonl'), `${lines.join('\n')}\n`);
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('positives are the domains of labelled copies; each with its network and number of copies', () => {
  const c = loadCorpus(dir);
  assert.deepEqual(
    [...goldNetworks(c)].sort(),
    [
      ['alpha-ledger.example', { network: 'ring', copies: 2 }],
      ['beta-ledger.example', { network: 'ring', copies: 2 }],
      ['gamma-ledger.example', { network: 'ring', copies: 1 }],
    ],
  );
});

test('scoring: a domain of an original, independent or negative page in a network is a false positive; pairs by network', () => {
  const c = loadCorpus(dir);
  const net = (id: number): { id: number; label: string } => ({ id, label: `N${id}` });
  const s = scoreNetworks(
    c,
    new Map([
      ['alpha-ledger.example', net(1)],
      ['beta-ledger.example', net(1)],
      ['town-crier.example', net(1)],
      ['agency-wire.example', net(2)],
      ['garden-notes.example', net(2)],
    ]),
  );
  assert.deepEqual(
    { tp: s.membership.tp, fp: s.membership.fp, fn: s.membership.fn, p: s.membership.precision, r: s.membership.recall },
    { tp: 2, fp: 3, fn: 1, p: 0.4, r: 0.6667 },
  );
  assert.deepEqual(s.missed, [{ domain: 'gamma-ledger.example', network: 'ring', copies: 1 }]);
  assert.deepEqual(
    s.falsePositives.map((x) => [x.domain, x.pages]),
    [
      ['agency-wire.example', { original: 1 }],
      ['garden-notes.example', { unrelated: 1 }],
      ['town-crier.example', { independent: 1 }],
    ],
  );
  // Gold same-network pairs: alpha–beta, alpha–gamma, beta–gamma; predicted: three in N1, one in N2.
  assert.deepEqual({ gold: s.pairs.gold, predicted: s.pairs.predicted, tp: s.pairs.tp }, { gold: 3, predicted: 4, tp: 1 });
});

test('eval networks on gold stories: the ring found whole, the agency (its dateline on its own site) set aside as origin', async () => {
  const r = await evalNetworks(dir, { goldStories: true });
  assert.equal(r.stories, 'gold');
  assert.equal(r.pipeline, null);
  assert.deepEqual({ p: r.membership.precision, r: r.membership.recall }, { p: 1, r: 1 });
  assert.deepEqual({ p: r.pairs.precision, r: r.pairs.recall }, { p: 1, r: 1 });
  assert.equal(r.stats.origins, 1);
  assert.equal(r.undated, 36);
  assert.equal(r.interval.precisionFloorHours, 24);
  assert.match(networksEvalTable(r), /membership\s+1\.000\s+1\.000/);
});

test('eval networks through the pipeline: report shape (stories from a fresh store)', async () => {
  const r = await evalNetworks(dir, { pipeline: 'direct' });
  assert.equal(r.stories, 'pipeline');
  assert.equal(r.pipeline, 'direct');
  assert.equal(r.articles, 39);
  assert.equal(r.membership.positives, 3);
  assert.ok(r.falsePositives.every((x) => x.domain !== 'garden-notes.example' && x.domain !== 'match-report.example'));
  assert.ok(r.elapsedMs >= 0);
});

const DEV = sharedPath('data', 'netcorpus-dev', 'pages.jsonl');

test('netcorpus-dev: membership on gold stories and through the pipeline', { skip: DEV ? false : 'shared/data/netcorpus-dev is absent' }, async () => {
  const folder = join(DEV!, '..');
  const gold = await evalNetworks(folder, { goldStories: true });
  const pipeline = await evalNetworks(folder);
  const line = (r: typeof gold): string =>
    `membership P ${r.membership.precision.toFixed(3)} R ${r.membership.recall.toFixed(3)} (fp ${r.falsePositives.map((x) => x.domain).join(' ') || '-'}; missed ${r.missed.map((x) => x.domain).join(' ') || '-'}), same-network pairs P ${r.pairs.precision.toFixed(3)} R ${r.pairs.recall.toFixed(3)}`;
  console.log(`# netcorpus-dev gold stories: ${line(gold)}`);
  console.log(`# netcorpus-dev pipeline: ${line(pipeline)}`);
  assert.equal(gold.interval.hours, 24, 'day-precision dates: a one-day interval');
  assert.ok(gold.membership.precision >= 0.9 && gold.membership.recall >= 0.9, line(gold));
  // Through the pipeline the misses are copies the story matcher left alone, and most false
  // positives pages it put into a copy story (docs/networks.md); guard against regressions.
  assert.ok(pipeline.membership.recall >= 0.9, line(pipeline));
  assert.ok(pipeline.membership.precision >= 0.8, line(pipeline));
  for (const r of [gold, pipeline]) assert.ok(r.falsePositives.every((x) => !x.pages.rewrite), 'a false positive has no copy page');
});
