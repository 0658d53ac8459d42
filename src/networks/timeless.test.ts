/**
 * Networks without timestamps: undated copies place their domains on stories and form networks;
 * a popular story many independent outlets carry makes no edge; day-precision dates give a
 * one-day interval instead of collapsing it; the outlet the copies name is the story's origin, not
 * a co-publisher; each member says how many stories it shares with whom and how many were dated.
 * All sites are fictional.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectNetworks, type Publication } from './index.js';
import { datelineCredit, namesSite, siteLabel, storyOrigins } from './origin.js';
import { DAY_MS, HOUR_MS, formatTime, publicationTime } from './time.js';

/** A small builder of publications: `story(domains, dates?)` adds one story. */
function corpus(): { pubs: Publication[]; story(domains: readonly string[], dates?: ReadonlyArray<string | null>, names?: ReadonlyArray<readonly string[]>): void } {
  const pubs: Publication[] = [];
  let s = 0;
  return {
    pubs,
    story(domains, dates, names) {
      s++;
      domains.forEach((domain, i) => {
        const t = publicationTime(dates?.[i] ?? null);
        pubs.push({ articleId: pubs.length + 1, storyId: s, domain, time: t?.time ?? null, precisionMs: t?.precisionMs ?? 0, sources: [], names: [...(names?.[i] ?? [])] });
      });
    },
  };
}

/** Unrelated single-domain stories on their own domains, so that the store is not all network. */
function background(c: ReturnType<typeof corpus>, n: number): void {
  for (let i = 0; i < n; i++) c.story([`town-paper-${i}.example`]);
}

const members = (r: ReturnType<typeof detectNetworks>): string[][] => r.networks.map((n) => n.members.map((m) => m.domain).sort());

test('publication times keep their precision', () => {
  const cases: Array<[string | null, string | null, number]> = [
    ['2025-06-21', '2025-06-21', DAY_MS],
    ['2025-06', '2025-06', 30 * DAY_MS],
    ['2024-02', '2024-02', 29 * DAY_MS],
    ['2025', '2025', 365 * DAY_MS],
    ['2025-06-21T08:30:00Z', '2025-06-21T08:30:00.000Z', 0],
    ['2025-06-21T08:30:00+02:00', '2025-06-21T06:30:00.000Z', 0],
    [null, null, 0],
    ['soon', null, 0],
  ];
  for (const [input, shown, precision] of cases) {
    const t = publicationTime(input);
    assert.equal(t === null ? null : formatTime(t.time, t.precisionMs), shown, String(input));
    if (t) assert.equal(t.precisionMs, precision, String(input));
  }
});

test('undated copies form a network: the same sites carrying the same rare stories, no page dated', () => {
  const c = corpus();
  const sites = ['elmfield-courier.example', 'ridgeway-post.example', 'lakemont-star.example', 'ashby-record.example', 'cedarvale-times.example'];
  c.story(sites.slice(0, 3));
  c.story(sites.slice(1, 4));
  c.story(sites.slice(2, 5));
  c.story([sites[0]!, sites[4]!, sites[3]!]);
  c.story(['cedarvale-times.example']);
  background(c, 40);
  const r = detectNetworks(c.pubs);
  assert.deepEqual(members(r), [[...sites].sort()]);
  assert.equal(r.stats.undated, c.pubs.length);
  assert.equal(r.interval.hours, 0);
  assert.match(r.interval.basis, /no story has two dated copies/);
  for (const e of r.edges) {
    assert.equal(e.dated, 0);
    assert.equal(e.meanGapHours, null);
    assert.equal(e.basis, 'rare');
  }
  const n = r.networks[0]!;
  assert.equal(n.sharedStoryCount, 4);
  assert.deepEqual(n.copies, { dated: 0, undated: 12, precision: { exact: 0, day: 0, month: 0, year: 0 } });
  assert.equal(n.lagHours, null);
  assert.deepEqual(n.firstMovers, []);
  const ridgeway = n.members.find((m) => m.domain === 'ridgeway-post.example')!;
  assert.equal(ridgeway.sharedStories, 2);
  assert.equal(ridgeway.datedStories, 0);
  assert.deepEqual(ridgeway.partners.map((p) => [p.domain, p.stories, p.dated]), [
    ['lakemont-star.example', 2, 0],
    ['ashby-record.example', 1, 0],
    ['elmfield-courier.example', 1, 0],
  ]);
  assert.ok(n.sharedStories.every((s) => s.origin === null && s.copies.every((x) => x.published === null && x.lagHours === null)));
});

test('a popular story carried by many independent outlets makes no edge; rare shared stories do', () => {
  for (const dated of [false, true]) {
    const c = corpus();
    const outlets = Array.from({ length: 12 }, (_, i) => `metro-daily-${i}.example`);
    for (const o of outlets) for (let k = 0; k < 40; k++) c.story([o], dated ? [`2025-03-${String(1 + (k % 28)).padStart(2, '0')}`] : undefined);
    // Three big stories every outlet runs, on the same day when dated.
    for (let k = 0; k < 3; k++) c.story(outlets, dated ? outlets.map(() => `2025-04-0${k + 1}`) : undefined);
    // Four small sites sharing three rare stories.
    const small = ['birchwood-wire.example', 'fernhill-today.example', 'oakridge-bulletin.example', 'pinefield-news.example'];
    for (let k = 0; k < 3; k++) c.story(small.filter((_, i) => i !== k), dated ? small.map(() => `2025-05-1${k}`) : undefined);
    background(c, 20);
    const r = detectNetworks(c.pubs);
    const inEdges = new Set(r.edges.flatMap((e) => [e.source, e.target]));
    for (const o of outlets) assert.ok(!inEdges.has(o), `${o} (dated: ${dated}) covers big stories every outlet runs`);
    assert.deepEqual(members(r), [small], `dated: ${dated}`);
  }
});

test('day-precision dates: the interval floors at a day instead of collapsing, and a pair is within it at day precision', () => {
  const c = corpus();
  const sites = ['kestrel-gazette.example', 'heron-tribune.example', 'osprey-herald.example'];
  // Same day, adjacent days, and one copy three days late.
  c.story(sites, ['2025-06-21', '2025-06-21', '2025-06-21']);
  c.story(sites, ['2025-07-01', '2025-07-02', '2025-07-01']);
  c.story(sites, ['2025-07-10', '2025-07-10', '2025-07-13']);
  background(c, 40);
  const r = detectNetworks(c.pubs);
  assert.equal(r.interval.hours, 24, r.interval.basis);
  assert.equal(r.interval.precisionFloorHours, 24);
  assert.match(r.interval.basis, /day precision/);
  const edge = (a: string, b: string): (typeof r.edges)[number] => r.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))!;
  // kestrel–heron: same day, adjacent days, same day → 3 coordinated, all dated.
  assert.deepEqual([edge(sites[0]!, sites[1]!).coordinated, edge(sites[0]!, sites[1]!).dated], [3, 3]);
  assert.equal(edge(sites[0]!, sites[1]!).meanGapHours, 8);
  // kestrel–osprey: the third story three days apart is ruled out by time.
  assert.deepEqual([edge(sites[0]!, sites[2]!).coordinated, edge(sites[0]!, sites[2]!).dated], [2, 2]);
  const m = r.networks[0]!.members.find((x) => x.domain === sites[2])!;
  assert.deepEqual(
    m.partners.map((p) => [p.domain, p.stories, p.dated, p.medianGapHours]),
    [
      ['heron-tribune.example', 3, 3, 24],
      ['kestrel-gazette.example', 3, 3, 0],
    ],
  );
  assert.equal(r.networks[0]!.copies.precision.day, 9);
  const listed = r.networks[0]!.sharedStories[0]!;
  assert.deepEqual(listed.copies.map((x) => [x.published, x.precision, x.lagHours]), [
    ['2025-06-21', 'day', 0],
    ['2025-06-21', 'day', 0],
    ['2025-06-21', 'day', 0],
  ]);
});

test('timestamps: the interval is CooRnet’s estimate and a pair further apart is not coordinated', () => {
  const c = corpus();
  const sites = ['gull-report.example', 'tern-daily.example', 'plover-news.example'];
  for (let k = 0; k < 6; k++) {
    const t0 = Date.UTC(2025, 2, 1 + k * 3, 8);
    c.story(sites, [0, 0.5, 1 + k].map((h) => new Date(t0 + h * HOUR_MS).toISOString()));
  }
  background(c, 40);
  const r = detectNetworks(c.pubs);
  assert.equal(r.interval.precisionFloorHours, 0);
  assert.ok(r.interval.hours > 0.4 && r.interval.hours < 1.1, String(r.interval.hours));
  const gull = r.edges.find((e) => e.source === 'gull-report.example' && e.target === 'tern-daily.example')!;
  assert.equal(gull.coordinated, 6);
  assert.equal(gull.meanGapHours, 0.5);
  const plover = r.edges.filter((e) => e.source === 'plover-news.example' || e.target === 'plover-news.example');
  assert.ok(plover.every((e) => e.coordinated < 6), 'plover trails further and further behind');
});

test('origins: the outlet the copies name (or whose dateline a page carries on its own site) is not a co-publisher', () => {
  const cases: Array<[string, string, boolean]> = [
    ['TASS', 'tass.com', true],
    ['ТАСС', 'tass.ru', true],
    ['RIA Novosti', 'ria.ru', true],
    ['RT', 'de.rt.com', true],
    ['Lenta.ru', 'lenta.ru', true],
    ['Orbita News Agency', 'orbita-news.example', true],
    ['Polar Star', 'polarstar-intl.example', true],
    ['Severny Telegraf', 'severny-telegraf.example', true],
    ['News', 'news-pravda.example', false],
    ['Daily', 'dailyweekly.example', false],
    ['Andrei Marochko', 'tass.com', false],
    ['TASS', 'bostonledger.example', false],
  ];
  for (const [name, host, expected] of cases) assert.equal(namesSite(name, host), expected, `${name} → ${host}`);
  assert.equal(siteLabel('balkan.news-pravda.example'), 'news-pravda');
  assert.equal(siteLabel('news.bbc.co.uk'), 'bbc');
  const credits: Array<[string, string | null]> = [
    ['LUGANSK, June 30. /TASS/. The entire territory …', 'TASS'],
    ['МОСКВА, 30 августа. /ТАСС/. Марочко …', 'ТАСС'],
    ['LONDON (Reuters) — Shares rose …', 'Reuters'],
    ['The council met on Tuesday. Residents asked …', null],
  ];
  for (const [text, credit] of credits) assert.equal(datelineCredit(text), credit, text);

  // A story: two copies name TASS, one copy is on TASS's own site.
  assert.deepEqual(storyOrigins(['tass.com', 'elmfield-courier.example', 'ridgeway-post.example'], [[], ['TASS'], ['TASS', 'Andrei Marochko']]), [true, false, false]);
  // Nobody names it, but its own dateline credits its own site.
  assert.deepEqual(storyOrigins(['tass.com', 'elmfield-courier.example'], [[], []], ['TASS', null]), [true, false]);
  // A copy site signing off with its own name is not the origin.
  assert.deepEqual(storyOrigins(['oakmont-herald.example', 'elmfield-courier.example'], [['Oakmont Herald'], []]), [false, false]);

  // In the statistic: the agency's copy adds no pair, so the agency never joins the network.
  const c = corpus();
  const sites = ['elmfield-courier.example', 'ridgeway-post.example', 'lakemont-star.example'];
  for (let k = 0; k < 3; k++) c.story(['agency-wire.example', ...sites], undefined, [[], ['Agency Wire'], ['Agency Wire'], []]);
  background(c, 40);
  const r = detectNetworks(c.pubs);
  assert.equal(r.stats.origins, 3);
  assert.deepEqual(members(r), [[...sites].sort()]);
  assert.ok(r.edges.every((e) => e.source !== 'agency-wire.example' && e.target !== 'agency-wire.example'));
  assert.deepEqual(r.networks[0]!.origins, [{ domain: 'agency-wire.example', stories: 3 }]);
  assert.equal(r.networks[0]!.sharedStories[0]!.origin?.basis, 'cited');
});

test('minStories: a group that shares one story is a network only when asked for none; a thin community joins the network it is tied to', () => {
  const c = corpus();
  const core = ['elmfield-courier.example', 'ridgeway-post.example', 'lakemont-star.example'];
  c.story(core);
  c.story(core);
  // Two sites that share one story with each other and one with the core.
  c.story(['ashby-record.example', 'cedarvale-times.example']);
  c.story(['ashby-record.example', 'elmfield-courier.example']);
  // An isolated pair sharing one story.
  c.story(['birchwood-wire.example', 'fernhill-today.example']);
  background(c, 40);
  const one = detectNetworks(c.pubs);
  assert.ok(members(one).some((m) => m.includes('birchwood-wire.example')), 'minStories 1: one rare shared story is enough');
  const two = detectNetworks(c.pubs, { minStories: 2 });
  const all = members(two);
  assert.equal(all.length, 1);
  assert.deepEqual(all[0], ['ashby-record.example', 'cedarvale-times.example', ...core].sort());
  assert.equal(two.stats.networks, 1);
});
