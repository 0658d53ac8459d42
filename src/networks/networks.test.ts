/**
 * Networks on the labelled fictional corpus (samples/corpus) through a real SQLite store, ingested
 * in publication order (storeArticle: analyze → match → insert): every network member found, no
 * independent outlet in a network, the two networks kept apart; the popularity correction on a
 * synthetic corpus; the statistics against brute force.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPO_ROOT } from '../../test/shared.js';
import { seededRandom } from '../random.js';
import { domainNetwork, networksWithEvidence, type NetworksReport } from './evidence.js';
import { storeCorpus, type FixtureStore } from './fixture-corpus.js';
import { detectNetworks, type Publication } from './index.js';
import { benjaminiHochberg, hypergeometricTail, logFactorials } from './stats.js';

let fx: FixtureStore;
let report: NetworksReport;

before(async () => {
  fx = await storeCorpus(join(REPO_ROOT, 'samples/corpus'), { pagesDir: join(REPO_ROOT, 'test/fixtures/networks/pages') });
  report = await networksWithEvidence(fx.store);
});

after(async () => {
  await fx.dispose();
});

test('corpus: every network member found, no other domain in a network (precision and recall of membership)', () => {
  const gold = new Map<string, string>();
  for (const [name, n] of Object.entries(fx.corpus.labels.networks ?? {})) for (const d of n.members) gold.set(d, name);
  const predicted = new Map<string, number>();
  for (const n of report.networks) for (const m of n.members) predicted.set(m.domain, n.id);
  const domains = new Set(fx.corpus.articles.map((a) => a.domain));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of domains) {
    if (predicted.has(d) && gold.has(d)) tp++;
    else if (predicted.has(d)) fp++;
    else if (gold.has(d)) fn++;
  }
  // Pairwise: two domains in the same predicted network ⇔ in the same gold network.
  const list = [...domains];
  let ptp = 0;
  let pfp = 0;
  let pfn = 0;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const p = predicted.has(list[i]!) && predicted.get(list[i]!) === predicted.get(list[j]!);
      const g = gold.has(list[i]!) && gold.get(list[i]!) === gold.get(list[j]!);
      if (p && g) ptp++;
      else if (p) pfp++;
      else if (g) pfn++;
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const pairPrecision = ptp / (ptp + pfp);
  const pairRecall = ptp / (ptp + pfn);
  console.log(
    `# networks on samples/corpus: membership precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (${tp} of ${gold.size} members, ${fp} others); same-network pairs precision ${pairPrecision.toFixed(3)} recall ${pairRecall.toFixed(3)}; interval ${report.interval.hours} h; ${report.stats.significantEdges} significant pairs of ${report.stats.candidatePairs}`,
  );
  assert.equal(recall, 1, 'every network member found');
  assert.equal(precision, 1, 'no independent outlet, origin or portal in a network');
  assert.equal(pairPrecision, 1, 'the two networks are not merged');
  assert.equal(pairRecall, 1, 'each network is found whole');
  const kinds = new Map(Object.entries(fx.corpus.labels.articles).map(([, l]) => [l.domain, l.kind]));
  for (const d of predicted.keys()) assert.notEqual(kinds.get(d), 'independent', `${d} is an independent outlet`);
});

test('corpus: profiles give lag, first movers, origins, activity and cited sources', () => {
  const ledger = report.networks.find((n) => n.members.some((m) => m.domain === 'harborcity-ledger.example'))!;
  const callsign = report.networks.find((n) => n.members.some((m) => m.domain === 'kvrn-news.example'))!;
  assert.equal(ledger.sharedStoryCount, 8);
  assert.equal(callsign.sharedStoryCount, 8);
  // The corpus: ledger sites publish 1–3 h after the original, call-sign sites 3–5 h.
  assert.ok(ledger.lagHours!.median >= 1 && ledger.lagHours!.median <= 3, `ledger lag ${ledger.lagHours!.median}`);
  assert.ok(callsign.lagHours!.median >= 3 && callsign.lagHours!.median <= 5, `callsign lag ${callsign.lagHours!.median}`);
  assert.equal(ledger.firstMovers[0]!.domain, 'harborcity-ledger.example');
  assert.deepEqual(ledger.origins.map((o) => o.domain).sort(), ['orbita-news.example', 'polarstar-intl.example', 'severny-telegraf.example', 'vestnik-rubezha.example']);
  assert.ok(ledger.citedSources.some((c) => c.name === 'RIA Novosti') && ledger.citedSources.some((c) => c.name === 'TASS'));
  assert.equal(ledger.activity.reduce((s, a) => s + a.copies, 0), 32);
});

test('corpus: network evidence is graded — conclusive IDs for both networks, a shared CMS alone is never conclusive', async () => {
  const ledger = report.networks.find((n) => n.members.some((m) => m.domain === 'harborcity-ledger.example'))!;
  const ga = ledger.evidence.find((e) => e.kind === 'google-analytics')!;
  assert.equal(ga.tier, 'conclusive');
  assert.equal(ga.domains.length, 4);
  const d = await domainNetwork(fx.store, 'northgate-wire.example');
  assert.equal(d.network, null);
  assert.ok(d.outside.some((e) => e.kind === 'generator' && e.value === 'WordPress 6.4.2' && e.tier === 'associative'));
  assert.ok(d.outside.every((e) => e.tier !== 'conclusive'), 'an independent outlet sharing only the CMS gets no conclusive evidence');
  const k = await domainNetwork(fx.store, 'KVRN-news.example');
  assert.equal(k.network?.members.length, 4);
});

test('popular stories: ten outlets covering big news on their own schedule stay apart; five obscure sites sharing thirty rewrites within hours form a network', () => {
  const rnd = seededRandom(7);
  const H = 3_600_000;
  const T0 = Date.parse('2025-01-01T00:00:00Z');
  const pubs: Publication[] = [];
  let story = 0;
  const add = (s: number, domain: string, time: number): void => {
    pubs.push({ articleId: pubs.length, storyId: s, domain, time, sources: [] });
  };
  const outlets = Array.from({ length: 10 }, (_, i) => `outlet${i}.example`);
  for (const o of outlets) for (let k = 0; k < 60; k++) add(story++, o, T0 + rnd() * 60 * 24 * H);
  for (let k = 0; k < 12; k++) {
    const s = story++;
    const t = T0 + rnd() * 50 * 24 * H;
    for (const o of outlets) add(s, o, t + rnd() * 36 * H);
  }
  const obscure = Array.from({ length: 5 }, (_, i) => `obscure${i}.example`);
  for (let k = 0; k < 30; k++) {
    const s = story++;
    const t = T0 + rnd() * 50 * 24 * H;
    add(s, 'state.example', t);
    for (const o of obscure) add(s, o, t + (0.5 + rnd() * 3.5) * H);
  }
  for (let k = 0; k < 200; k++) add(story++, 'state.example', T0 + rnd() * 60 * 24 * H);
  for (let k = 0; k < 400; k++) {
    const s = story++;
    const t = T0 + rnd() * 60 * 24 * H;
    const n = 1 + Math.floor(rnd() * 3);
    for (let j = 0; j < n; j++) add(s, `bg${Math.floor(rnd() * 40)}.example`, t + rnd() * 48 * H);
  }
  const r = detectNetworks(pubs);
  const inNetwork = new Set(r.networks.flatMap((n) => n.members.map((m) => m.domain)));
  for (const o of outlets) assert.ok(!inNetwork.has(o), `${o} covers big news on its own schedule`);
  assert.equal(r.networks.length, 1);
  const members = r.networks[0]!.members.map((m) => m.domain);
  for (const o of obscure) assert.ok(members.includes(o), `${o} shares thirty rewrites within hours`);
  // The outlet they all copy may join when the copies come within the interval of it; it then
  // shows as the network's first mover in every shared story it is in (see docs/networks.md).
  assert.ok(members.every((d) => obscure.includes(d) || d === 'state.example'));
});

test('hypergeometric tail matches brute-force enumeration; BH adjusts as defined', () => {
  const lf = logFactorials(60);
  const choose = (n: number, k: number): number => (k < 0 || k > n ? 0 : Math.exp(lf[n]! - lf[k]! - lf[n - k]!));
  for (const [N, K, n, x] of [
    [40, 8, 9, 5],
    [60, 10, 10, 4],
    [33, 9, 9, 8],
    [20, 5, 5, 5],
  ] as const) {
    let exact = 0;
    for (let i = x; i <= Math.min(K, n); i++) exact += (choose(K, i) * choose(N - K, n - i)) / choose(N, n);
    assert.ok(Math.abs(hypergeometricTail(lf, N, K, n, x) - exact) < 1e-12 * Math.max(1, exact) + 1e-15, `${N} ${K} ${n} ${x}`);
  }
  assert.equal(hypergeometricTail(lf, 40, 8, 9, 1), 1, 'at or below the expected overlap');
  // Sorted 0.01, 0.03, 0.04, 0.5 → p·m/rank 0.04, 0.06, 0.0533, 0.5 → running minimum from the top.
  const q = Array.from(benjaminiHochberg([0.01, 0.04, 0.03, 0.5])).map((v) => Math.round(v * 1e6) / 1e6);
  assert.deepEqual(q, [0.04, 0.053333, 0.053333, 0.5]);
});

test('the interval follows CooRnet: median time for the quickest stories to pass half their domains', () => {
  const H = 3_600_000;
  const pubs: Publication[] = [];
  // 10 stories: story s has 4 copies at 0, (s+1)·0.1 h, 2·(s+1)·0.1 h, 10 h.
  for (let s = 0; s < 10; s++) [0, (s + 1) * 0.1, 2 * (s + 1) * 0.1, 10].forEach((h, i) => pubs.push({ articleId: pubs.length, storyId: s, domain: `d${i}.example`, time: h * H, sources: [] }));
  const r = detectNetworks(pubs);
  // Quickest 10 %: story 0 (rank-2 delay 0.1 h; the type-7 quantile keeps delays ≤ 0.19 h → story 0 only);
  // copy with rank/n > 0.5 is the third (0.2 h).
  assert.equal(r.interval.hours, 0.2);
});
