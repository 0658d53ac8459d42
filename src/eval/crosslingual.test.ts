import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isSiftError } from '../errors/catalogue.js';
import type { Fingerprint } from '../stories/fingerprint.js';
import { documentFrequencies, evalCrosslingual, evalCrosslingualDocs, loadWmt, parseWmtXml, rankOf, rankQueries, retrieval } from './crosslingual.js';
import { REPO_ROOT, sharedDataset } from '../shared-data.js';

const WMT = sharedDataset('wmt21-newstest-ruen');
const close = (actual: number, expected: number, what: string): void => assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`);

// A hand-made miniature of the WMT "all" XML (fictional text).
const XML = `<?xml version='1.0' encoding='utf-8'?>
<dataset id="mini">
  <doc origlang="ru" id="paper.1">
    <src lang="ru">
      <p><seg id="1">Паром «Ласточка» сел на мель</seg></p>
      <p><seg id="2">Паром с 48 пассажирами сел на мель у острова Кречет 12 мая.</seg><seg id="3">Об этом сообщил капитан порта Игорь Ванеев.</seg></p>
    </src>
    <ref lang="en" translator="A">
      <p><seg id="1">Ferry Lastochka runs aground</seg></p>
      <p><seg id="2">A ferry with 48 passengers ran aground off Krechet island on May 12.</seg><seg id="3">Harbour master Igor Vaneyev said so.</seg></p>
    </ref>
    <ref lang="en" translator="B">
      <p><seg id="1">The Lastochka ferry is stuck</seg></p>
      <p><seg id="2">On 12 May a ferry carrying 48 passengers got stuck near Krechet Island.</seg><seg id="3">Port captain Igor Vaneev reported this.</seg></p>
    </ref>
    <hyp system="SysX" lang="en">
      <p><seg id="1">Ferry "Swallow" ran aground</seg></p>
      <p><seg id="2">A ferry with 48 passengers ran aground near the island of Krechet on May 12.</seg><seg id="3">This was reported by the captain of the port Igor Vaneev.</seg></p>
    </hyp>
  </doc>
  <doc origlang="ru" testsuite="tsuite-x" id="tsuite-x-talk-1">
    <src lang="ru"><p><seg id="1">Тест</seg></p></src>
    <ref lang="en" translator="A"><p><seg id="1">Test</seg></p></ref>
  </doc>
  <doc origlang="ru" id="paper.2">
    <src lang="ru">
      <p><seg id="1">В Сосновске открыли завод Смит &amp; Вессон по выпуску 2020 тракторов в год</seg></p>
    </src>
    <ref lang="en" translator="A"><p><seg id="1">A Smith &amp; Wesson plant making 2020 tractors a year opened in Sosnovsk</seg></p></ref>
    <ref lang="en" translator="B"><p><seg id="1">Sosnovsk gets a Smith &amp; Wesson factory for 2020 tractors a year</seg></p></ref>
    <hyp system="SysX" lang="en"><p><seg id="1">In Sosnovsk opened the plant Smith &amp; Wesson producing 2020 tractors per year</seg></p></hyp>
  </doc>
</dataset>`;

test('WMT XML: test-suite documents dropped, segments joined into paragraphs, entities decoded, numbers kept as text', () => {
  const docs = parseWmtXml(XML);
  assert.deepEqual(
    docs.map((d) => d.id),
    ['paper.1', 'paper.2'],
  );
  const d = docs[0]!;
  assert.equal(d.text, 'Паром «Ласточка» сел на мель\n\nПаром с 48 пассажирами сел на мель у острова Кречет 12 мая. Об этом сообщил капитан порта Игорь Ванеев.');
  assert.deepEqual(
    d.versions.map((v) => [v.system, v.human]),
    [
      ['human-A', true],
      ['human-B', true],
      ['SysX', false],
    ],
  );
  assert.equal(d.versions[2]!.text.split('\n\n')[1], 'A ferry with 48 passengers ran aground near the island of Krechet on May 12. This was reported by the captain of the port Igor Vaneev.');
  assert.match(docs[1]!.versions[0]!.text, /Smith & Wesson plant making 2020 tractors/);
});

test('rank of the original: ties count against it', () => {
  assert.equal(rankOf([0.9, 0.1, 0.3], 0), 1);
  assert.equal(rankOf([0.3, 0.9, 0.1], 0), 2);
  assert.equal(rankOf([0.5, 0.9, 0.5], 0), 3);
  assert.equal(rankOf([0, 0, 0, 0], 2), 4);
  assert.equal(rankOf([0.7], 0), 1);
});

test('top1, top5 and MRR over ranks', () => {
  const r = retrieval([1, 2, 6]);
  assert.equal(r.versions, 3);
  close(r.top1, 1 / 3, 'top1');
  close(r.top5, 2 / 3, 'top5');
  close(r.mrr, (1 + 1 / 2 + 1 / 6) / 3, 'mrr');
  assert.deepEqual(retrieval([]), { versions: 0, top1: 0, top5: 0, mrr: 0 });
});

test('document frequencies count each fingerprint once per anchor', () => {
  const fps: Fingerprint[] = [
    { anchors: ['n:a', '#:12', 'n:a'], lang: 'ru' },
    { anchors: ['n:a'], lang: 'en' },
  ];
  assert.deepEqual(
    [...documentFrequencies(fps)].sort(),
    [
      ['#:12', 1],
      ['n:a', 2],
    ],
  );
});

test('ranking hand-made fingerprints with a counting scorer and with sameStoryScore', () => {
  const targets: Fingerprint[] = [
    { anchors: ['n:marochk', '#:12', 'd:07-10', 'n:zelen'], lang: 'ru' },
    { anchors: ['n:zalivn', '#:31000', 'd:03-17', 'n:celand'], lang: 'ru' },
    { anchors: ['n:zalivn', '#:5', 'n:levchen'], lang: 'ru' },
  ];
  const queries = [
    { fp: { anchors: ['n:marochk', '#:12', 'd:07-10'], lang: 'en' }, truth: 0, system: 'human-A', human: true },
    { fp: { anchors: ['n:zalivn', '#:31000', 'n:celand'], lang: 'en' }, truth: 1, system: 'SysX', human: false },
    // Shares more with target 2 than with its own original: ranks second.
    { fp: { anchors: ['n:zalivn', '#:5', 'n:levchen', 'd:03-17'], lang: 'en' }, truth: 1, system: 'SysX', human: false },
    // No anchors: every score ties, so the original ranks last.
    { fp: { anchors: [], lang: 'en' }, truth: 0, system: 'SysX', human: false },
  ];
  const shared = (a: Fingerprint, b: Fingerprint): number => a.anchors.filter((x) => b.anchors.includes(x)).length;
  const counted = rankQueries(queries, targets, () => 1, shared, 2);
  assert.deepEqual(
    counted.map((r) => [r.rank, r.score, r.bestOther, r.bestOtherIndex, r.othersAtThreshold]),
    [
      [1, 3, 0, 1, 0],
      [1, 3, 1, 2, 0],
      [2, 2, 3, 2, 1],
      [3, 0, 0, 1, 0],
    ],
  );
  const idf = (): number => Math.log(1 + 4 / 2);
  const real = rankQueries(queries, targets, idf);
  assert.equal(real[0]!.rank, 1);
  assert.equal(real[1]!.rank, 1);
  assert.ok(real[0]!.score > real[0]!.bestOther);
  assert.equal(real[3]!.rank, 3);
});

test('the whole evaluation on the miniature: counts, systems, metrics in range', () => {
  const r = evalCrosslingualDocs(parseWmtXml(XML));
  assert.equal(r.documents, 2);
  assert.equal(r.englishVersions, 6);
  assert.equal(r.humanVersions, 4);
  assert.equal(r.machineVersions, 2);
  assert.equal(r.documentsAnalysed, 8);
  assert.deepEqual(Object.keys(r.perSystem), ['human-A', 'human-B', 'SysX']);
  for (const x of [r, r.human, r.machine, ...Object.values(r.perSystem)]) {
    for (const k of ['top1', 'top5', 'mrr'] as const) assert.ok(x[k] >= 0 && x[k] <= 1, `${k} = ${x[k]}`);
    assert.ok(x.top1 <= x.top5);
  }
  assert.equal(r.top5, 1, 'with two documents every original is in the top 5');
  assert.ok(r.atThreshold.truePairs >= 0 && r.atThreshold.truePairs <= 1);
});

test('a missing WMT folder is E_EVAL_DATA (API and CLI exit code 1)', () => {
  const missing = join(tmpdir(), 'sift-no-such-wmt21');
  assert.throws(() => loadWmt(missing), (e) => isSiftError(e, 'E_EVAL_DATA'));
  // A real process: the smoke test of sift eval (the other eval CLI tests run in-process).
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli', 'main.ts'), 'eval', 'crosslingual', missing, '--json'], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^sift: E_EVAL_DATA: /);
});

test('WMT21 ru→en: 107 news documents with 12 English versions each; first 20 ranked', (t) => {
  if (!existsSync(WMT)) {
    t.skip(`WMT21 ru-en not found at ${WMT} (set SIFT_SHARED_DIR)`);
    return;
  }
  const docs = loadWmt(WMT);
  assert.equal(docs.length, 107);
  assert.ok(docs.every((d) => !d.id.startsWith('tsuite-')));
  assert.ok(docs.every((d) => d.versions.length === 12 && d.versions.filter((v) => v.human).length === 2));
  const r = evalCrosslingual(WMT, { limit: 20 });
  assert.equal(r.documents, 20);
  assert.equal(r.englishVersions, 240);
  assert.equal(Object.keys(r.perSystem).length, 12);
  assert.ok(Object.values(r.perSystem).every((x) => x.versions === 20));
  assert.ok(r.mrr >= r.top1 && r.top5 >= r.top1);
});
