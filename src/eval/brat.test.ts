import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributionRelations, parseBrat, verifyOffsets, type Relation } from './brat.js';
import { matchRelations, normalizeSpans, prf, scoreDocument, spansExact, summarize } from './score.js';

// A hand-written article and its brat annotation (own text, not from any corpus).
const TEXT =
  'The mayor said on Monday that the bridge would reopen in May. According to local officials, ' +
  'the repairs cost $4 million. "We are done," she added, "and proud of it."\nIt was reported that traffic fell.';

const ANN = [
  'T1\tSource 0 9\tThe mayor',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 25 60\tthat the bridge would reopen in May',
  'T4\tAttribution 10 14\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  '#1\tAnnotatorNotes T3\tdate phrase left out on purpose',
  'T5\tSource 75 90\tlocal officials',
  'T6\tCue 62 74\tAccording to',
  'T7\tContent 92 119\tthe repairs cost $4 million',
  'T8\tAttribution 62 74\tAccording to',
  'E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7',
  // Discontinuous content, fragments deliberately out of order.
  'T9\tSource 136 139\tshe',
  'T10\tCue 140 145\tadded',
  'T11\tContent 147 165;121 135\t"and proud of it." "We are done,"',
  'T12\tAttribution 140 145\tadded',
  'E3\tAttribution:T12 Source:T9 Cue:T10 Content:T11',
  // A span crossing the newline: brat writes its text over two lines.
  'T13\tDiscuss 147 181\t"and proud of it."',
  'It was reported',
  'T14\tCue 166 181\tIt was reported',
  'T15\tContent 182 199\tthat traffic fell',
  'T16\tAttribution-no-source 166 181\tIt was reported',
  'E4\tAttribution-no-source:T16 Cue:T14 Content:T15',
  '',
].join('\n');

const S = (start: number, end: number) => ({ start, end });

test('parseBrat reads text-bound annotations, fragments, continuation lines and events', () => {
  const doc = parseBrat(ANN);
  assert.deepEqual(doc.problems, []);
  assert.equal(doc.textBounds.size, 16);
  assert.deepEqual(doc.textBounds.get('T11')?.fragments, [S(147, 165), S(121, 135)]);
  assert.equal(doc.textBounds.get('T13')?.text, '"and proud of it."\nIt was reported');
  assert.equal(doc.events.length, 4);
  assert.deepEqual(doc.events[3], {
    id: 'E4',
    type: 'Attribution-no-source',
    trigger: 'T16',
    args: [
      { role: 'Cue', ref: 'T14' },
      { role: 'Content', ref: 'T15' },
    ],
    line: 22,
  });
  assert.deepEqual(verifyOffsets(doc, TEXT), []);
  // Shifting the text by one character must be caught.
  assert.equal(verifyOffsets(doc, ` ${TEXT}`).length, 16);
});

test('attributionRelations builds source/cue/content fragments; no-source relations have no source', () => {
  const { relations, skipped } = attributionRelations(parseBrat(ANN));
  assert.deepEqual(skipped, []);
  assert.deepEqual(relations, [
    { id: 'E1', source: [S(0, 9)], cue: [S(10, 14)], content: [S(25, 60)] },
    { id: 'E2', source: [S(75, 90)], cue: [S(62, 74)], content: [S(92, 119)] },
    { id: 'E3', source: [S(136, 139)], cue: [S(140, 145)], content: [S(121, 135), S(147, 165)] },
    { id: 'E4', cue: [S(166, 181)], content: [S(182, 199)] },
  ]);
});

test('Content2 merges into content; events without cue or content are skipped', () => {
  const ann = [
    'T1\tCue 10 14\tsaid',
    'T2\tContent 25 40\tx',
    'T3\tContent 50 60\ty',
    'T4\tAttribution 10 14\tsaid',
    'E1\tAttribution:T4 Cue:T1 Content:T2 Content2:T3',
    'E2\tAttribution:T4 Content:T2',
    'E3\tAttribution:T4 Cue:T1 Content:T99',
    'E4\tDiscuss:T4 Cue:T1 Content:T2',
  ].join('\n');
  const { relations, skipped } = attributionRelations(parseBrat(ann));
  assert.deepEqual(relations, [{ id: 'E1', cue: [S(10, 14)], content: [S(25, 40), S(50, 60)] }]);
  assert.deepEqual(
    skipped.map((s) => s.id),
    ['E2', 'E3'],
  );
  assert.equal(skipped[0].reason, 'no cue');
});

const gold = (): Relation[] => attributionRelations(parseBrat(ANN)).relations;

test('perfect predictions score 1.0 in every mode', () => {
  const s = summarize(scoreDocument(TEXT, gold(), gold()).counts);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 1);
  assert.equal(s.f1, 1);
  assert.equal(s.exactF1, 1);
  assert.equal(s.withSource.f1, 1);
  assert.equal(s.source.matched, 4);
  assert.equal(s.source.goldWithSource, 3);
  assert.equal(s.source.bothWithout, 1);
  assert.equal(s.source.exactAccuracy, 1);
  assert.equal(s.components.source.gold, 3);
  assert.equal(s.components.cue.overlap.f1, 1);
});

test('one missed relation: P 1, R 3/4, F1 6/7', () => {
  const res = scoreDocument(TEXT, gold(), gold().slice(0, 3));
  const s = summarize(res.counts);
  assert.equal(s.gold, 4);
  assert.equal(s.predicted, 3);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 0.75);
  assert.ok(Math.abs(s.f1 - 6 / 7) < 1e-12);
  assert.deepEqual(res.unmatchedGold, [3]);
  assert.deepEqual(res.unmatchedPred, []);
});

test('a content overlap with the wrong cue is a false positive', () => {
  const fp: Relation = { id: 'P9', source: [S(0, 9)], cue: [S(41, 46)], content: [S(47, 60)] };
  const s = summarize(scoreDocument(TEXT, gold(), [...gold(), fp]).counts);
  assert.equal(s.tp, 4);
  assert.equal(s.precision, 0.8);
  assert.equal(s.recall, 1);
  assert.ok(Math.abs(s.f1 - 8 / 9) < 1e-12);
});

test('exact mode trims whitespace, punctuation and quotes but not words', () => {
  // "that … May." (with the full stop) equals gold after trimming; "Monday that … May" does not.
  assert.ok(spansExact([S(25, 61)], [S(25, 60)], TEXT));
  assert.ok(!spansExact([S(18, 60)], [S(25, 60)], TEXT));
  assert.deepEqual(normalizeSpans([S(121, 135)], TEXT), [S(122, 133)]);
  // Discontinuous gold is not equal to one span that also covers "she added".
  assert.ok(!spansExact([S(121, 165)], [S(121, 135), S(147, 165)], TEXT));
  // …but two fragments separated only by punctuation/space merge into one.
  assert.deepEqual(normalizeSpans([S(0, 9), S(10, 14)], TEXT), [S(0, 14)]);

  const pred = gold();
  pred[0] = { ...pred[0], content: [S(18, 60)] }; // overlaps, not exact
  pred[1] = { ...pred[1], content: [S(92, 120)] }; // trailing "." — still exact
  pred[2] = { ...pred[2], content: [S(121, 165)] }; // one hull span over the two quotes
  const s = summarize(scoreDocument(TEXT, gold(), pred).counts);
  assert.equal(s.f1, 1);
  assert.equal(s.exactTp, 2);
  assert.equal(s.exactPrecision, 0.5);
  assert.equal(s.exactRecall, 0.5);
  assert.equal(s.components.content.exact.tp, 2);
});

test('source agreement is scored among matched relations', () => {
  const pred = gold();
  pred[1] = { ...pred[1], source: [S(0, 9)] }; // wrong source for "According to local officials"
  pred[3] = { ...pred[3], source: [S(0, 3)] }; // gold has none
  const s = summarize(scoreDocument(TEXT, gold(), pred).counts);
  assert.equal(s.f1, 1);
  assert.equal(s.withSource.tp, 2);
  assert.equal(s.withSource.f1, 0.5);
  assert.equal(s.source.overlap, 2);
  assert.ok(Math.abs(s.source.overlapAccuracy - 2 / 3) < 1e-12);
  assert.equal(s.source.bothWithout, 0);
  // Source spans as a component: 3 gold, 2 distinct predicted spans ("The mayor", "she"; "The" overlaps "The mayor").
  assert.equal(s.components.source.predicted, 3);
  assert.equal(s.components.source.overlap.tp, 2);
});

test('matching is one-to-one: two predictions on one gold relation give one true positive', () => {
  const g = gold().slice(0, 1);
  const twice = [g[0], { ...g[0], id: 'dup', content: [S(30, 60)] }];
  const pairs = matchRelations(g, twice, TEXT, 'overlap');
  assert.deepEqual(pairs, [[0, 0]]); // the closer (identical) prediction wins
  const s = summarize(scoreDocument(TEXT, g, twice).counts);
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 1);
});

test('prf reports 0, not NaN, on empty denominators', () => {
  assert.deepEqual(prf(0, 5, 0), { tp: 0, gold: 5, predicted: 0, precision: 0, recall: 0, f1: 0 });
  assert.equal(prf(2, 4, 2).f1, 2 / 3);
});
