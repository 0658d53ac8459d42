import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyDoc } from '../doc/pipeline.js';
import { buildDoc, fixtureDoc, longFixtureDoc } from './fixture-doc.js';
import { bar, renderTerminal } from './terminal.js';
import { displayWidth } from './text.js';
import type { Doc } from '../doc/types.js';
import { shippedSources } from '../sources/default.js';
import { knowDoc, type DocKnowledge } from '../sources/doc.js';

// The shipped knowledge base only: a user's own entries (their data folder) must not change these reports.
/** What the shipped sources knowledge base says about `doc`'s sources. */
const known = (doc: Doc): DocKnowledge => knowDoc(doc, shippedSources());

const SGR = /\u001b\[\d+m/g;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

function lines(out: string): string[] {
  assert.ok(out.endsWith('\n'), 'report ends with a newline');
  return out.slice(0, -1).split('\n');
}

test('terminal report shows header, chains, shares, attributions, hedges, unsourced and footer', () => {
  const doc = fixtureDoc();
  const out = renderTerminal(doc, known(doc));
  const expected = [
    'SIFT Velmora bridge closed after night strike',
    'example-news.test · published 2024-03-13T08:00:00Z · lang en · 542 chars · 7 sentences',
    'Of the sentence text: 30% attributed · 14% hedged · 29% unsourced',
    'WHO IS CITED (3 sources)',
    '  █▉░░░░░░░░  19%  Andrei Marochko · person, military expert (per the article) · 2 attributions',
    '                   article → RIA Novosti → Andrei Marochko',
    '  █▊░░░░░░░░  17%  RIA Novosti · outlet · 1 attribution',
    '                   article → RIA Novosti\n',
    'article → Olena Hrytsenko',
    // the sources knowledge base: who the outlet is, with each statement's dataset
    'Of the attributed content: 86% rests on state-affiliated sources · 86% on low-rated · 0% on listed',
    'Site: example-news.test · not in the sources knowledge base',
    'WHAT IS KNOWN ABOUT THEM (1 of 3 chain links in the sources knowledge base)',
    '  RIA Novosti · outlet · ria.ru, rian.ru STATE-AFFILIATED LOW-RATED · 86% of attributed content',
    '     state-controlled media (SC), Russia, Rossiya Segodnya [state-media-profiles]',
    '     reliability unreliable [source-reliability-idiap: label unreliable for ria.ru (from mbfc)]',
    'ATTRIBUTIONS (4)',
    '  #0 RIA Novosti · cue “reported”',
    '  #1 Andrei Marochko · cue “said” · via RIA Novosti',
    '     [205,260) “the crossing had been used to move 40 armoured vehicles”',
    // the resolved reference: surface text → resolved name
    '  #2 “The expert” → Andrei Marochko · cue “added” · via RIA Novosti',
    '     [279,325) “that repairs would take "at least three weeks"”',
    // a source written with its name ("the regional governor, Olena Hrytsenko") shows just the name
    '  #3 Olena Hrytsenko · cue “According to”\n',
    'HEDGED CLAIMS (1)',
    '  [406,483) reportedly: “Local residents reportedly saw smoke rising from the eastern bank',
    'UNSOURCED FACTUAL CLAIMS (2)',
    '  [485,541) number: “The bridge, built in 1974, carries 9,000 vehicles a day.”',
    'Sift reports evidence, not verdicts',
    '--json (sift.analysis/1)',
    '--html report.html',
  ];
  for (const s of expected) assert.ok(out.includes(s), `missing ${JSON.stringify(s)} in\n${out}`);
  // offsets printed are the real ones
  const a2 = doc.attributions[1]!;
  assert.equal(doc.text.slice(a2.content.start, a2.content.end), 'the crossing had been used to move 40 armoured vehicles');
  assert.ok(out.includes(`[${a2.content.start},${a2.content.end})`));
  assert.ok(!out.includes('more'), 'a short article is shown in full');
  assert.ok(lines(out).length <= 40);
});

test('colour only when asked, and the coloured report is the plain one plus SGR codes', () => {
  const doc = fixtureDoc();
  const plain = renderTerminal(doc, known(doc), { color: false });
  const coloured = renderTerminal(doc, known(doc), { color: true });
  assert.ok(!plain.includes('\u001b'));
  assert.ok(coloured.includes('\u001b[1m'));
  assert.equal(coloured.replace(SGR, ''), plain);
});

test('control characters in article text, metadata and names never reach the terminal', () => {
  const evil = '\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202Edesrever\r\n';
  const text = `Title line\n\nAgency${evil} said that the ${evil}bridge fell. Troops reportedly ${evil}left. It cost 5${evil} million.`;
  const doc = buildDoc({
    text,
    article: { title: `Bad${evil}title`, domain: `evil${evil}.example`, published: `2024${evil}` },
    sentences: ['Title line', `Agency${evil} said that the ${evil}bridge fell.`, `Troops reportedly ${evil}left.`, `It cost 5${evil} million.`],
    attributions: [
      {
        source: `Agency${evil}`,
        kind: 'outlet',
        role: `wire${evil}`,
        cue: 'said',
        content: `the ${evil}bridge fell`,
        chain: [`Parent${evil}`, `Agency${evil}`],
      },
    ],
    hedged: [{ text: `Troops reportedly ${evil}left.`, cue: 'reportedly' }],
    unsourced: [{ text: `It cost 5${evil} million.`, reasons: [`number${evil}`] }],
  });
  for (const color of [false, true]) {
    const out = renderTerminal(doc, known(doc), { color });
    const noSgr = out.replace(SGR, '');
    assert.ok(!noSgr.includes('\u001b'), `no ESC besides SGR colour codes (color=${color})`);
    assert.ok(!CONTROL.test(noSgr), `no control or bidi characters (color=${color}): ${JSON.stringify(noSgr.match(CONTROL))}`);
    assert.ok(!noSgr.includes('\r'));
    // the visible text is still there, minus the ESC characters
    assert.ok(noSgr.includes('Bad[2J]0;pwned31mdesrever title'), noSgr);
    assert.ok(noSgr.includes('Agency[2J]0;pwned31mdesrever'));
  }
  // with the default 40-line budget the report keeps its shape: no injected line breaks
  const plain = renderTerminal(doc, known(doc));
  assert.equal(lines(plain).filter((l) => l.startsWith('  #')).length, 1);
  assert.ok(lines(plain).length <= 40);
});

test('long articles fit the line budget and the width, with "… and N more"', () => {
  const doc = longFixtureDoc(60);
  for (const [maxLines, width] of [
    [40, 100],
    [30, 80],
    [25, 60],
  ] as const) {
    const out = renderTerminal(doc, known(doc), { maxLines, width });
    const ls = lines(out);
    assert.ok(ls.length <= maxLines, `${ls.length} lines > ${maxLines}`);
    for (const l of ls) assert.ok(displayWidth(l) <= width, `line wider than ${width}: ${l}`);
    assert.match(out, /WHO IS CITED \(60 sources\)\n(?:.*\n)+? {2}… and \d+ more\n/);
    assert.match(out, /ATTRIBUTIONS \(60\)\n(?:.*\n)+? {2}… and \d+ more\n/);
    assert.match(out, /HEDGED CLAIMS \(60\)\n(?:.*\n)+? {2}… and \d+ more\n/);
    assert.match(out, /UNSOURCED FACTUAL CLAIMS \(60\)\n(?:.*\n)+? {2}… and \d+ more\n/);
    // "N more" plus the shown items add up to the total
    const shownAttributions = ls.filter((l) => /^ {2}#\d+ /.test(l)).length;
    const more = /ATTRIBUTIONS \(60\)\n(?:.*\n)+? {2}… and (\d+) more/.exec(out)!;
    assert.equal(shownAttributions + Number(more[1]), 60);
    assert.ok(shownAttributions >= 1);
    assert.ok(out.includes('Sift reports evidence, not verdicts'), 'footer survives the cut');
  }
});

test('an article without attributions says so instead of showing empty sections', () => {
  const doc = emptyDoc({ format: 'text', text: 'Nothing is attributed here.' });
  const out = renderTerminal(doc, known(doc));
  assert.ok(out.includes('SIFT (untitled article)'));
  assert.ok(out.includes('WHO IS CITED (0 sources)\n  No attributed sources found.'));
  assert.ok(out.includes('ATTRIBUTIONS (0)\n  None found.'));
  assert.ok(out.includes('publication date unknown'));
});

test('bar scales with the share in eighths of a cell', () => {
  assert.equal(bar(0), '░░░░░░░░░░');
  assert.equal(bar(1), '██████████');
  assert.equal(bar(0.5), '█████░░░░░');
  assert.equal(bar(0.05), '▌░░░░░░░░░');
  assert.equal(bar(0.0625), '▋░░░░░░░░░');
  assert.equal(bar(2), '██████████');
});

test('a fallback publication date says where it came from; a metadata date does not', () => {
  // [the article's date fields, what the header says]
  const cases: Array<[{ published: string; publishedSource?: 'metadata' | 'url' | 'text' }, string]> = [
    [{ published: '2031-07', publishedSource: 'url' }, ' · published 2031-07 (date from the URL) · '],
    [{ published: '2031-07-18', publishedSource: 'text' }, ' · published 2031-07-18 (date from the text) · '],
    [{ published: '2031-07-18', publishedSource: 'metadata' }, ' · published 2031-07-18 · '],
    [{ published: '2031-07-18' }, ' · published 2031-07-18 · '],
  ];
  for (const [dates, want] of cases) {
    const doc = fixtureDoc();
    delete doc.article.publishedSource;
    Object.assign(doc.article, dates);
    const header = lines(renderTerminal(doc, known(doc)))[1]!;
    assert.ok(header.includes(want), `${JSON.stringify(dates)}: ${header}`);
  }
});
