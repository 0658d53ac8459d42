import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from './article.js';
import { dateInterval, normaliseDate, parseDate, precisionOf, setPublished, type DatePrecision, type PublishedFields } from './date.js';
import { addFallbackDate, textDate, urlDate } from './date-fallback.js';

const ms = (iso: string): number => Date.parse(iso);

describe('parseDate', () => {
  it('reads publication times at their own precision', () => {
    const cases: Array<[string, [string, DatePrecision] | undefined]> = [
      // year
      ['2031', ['2031', 'year']],
      [' 2031 ', ['2031', 'year']],
      ['1899', undefined],
      ['2101', undefined],
      // month
      ['2031-12', ['2031-12', 'month']],
      ['2031/3', ['2031-03', 'month']],
      ['December 2031', ['2031-12', 'month']],
      ['Dec. 2031', ['2031-12', 'month']],
      ['липень 2031', ['2031-07', 'month']],
      ['июль 2031', ['2031-07', 'month']],
      ['2031-13', undefined],
      ['2031-00', undefined],
      // day
      ['2031-03-05', ['2031-03-05', 'day']],
      ['20310305', ['2031-03-05', 'day']],
      ['2031/3/5', ['2031-03-05', 'day']],
      ['March 5, 2031', ['2031-03-05', 'day']],
      ['5 March 2031', ['2031-03-05', 'day']],
      ['Wed, 05 Mar 2031', ['2031-03-05', 'day']],
      ['18 июля 2031', ['2031-07-18', 'day']],
      ['18 липня 2031 р.', ['2031-07-18', 'day']],
      ['Freitag, 18. Juli 2031', ['2031-07-18', 'day']],
      ['1er juillet 2031', ['2031-07-01', 'day']],
      ['2032-02-29', ['2032-02-29', 'day']],
      ['2031-02-29', undefined],
      ['2031-02-30', undefined],
      // time
      [' 2031-03-05T10:00:00+03:00 ', ['2031-03-05T07:00:00.000Z', 'time']],
      ['2031-03-05T10:00:00-0500', ['2031-03-05T15:00:00.000Z', 'time']],
      ['2031-03-05T10:00:00.1234Z', ['2031-03-05T10:00:00.123Z', 'time']],
      ['2031-03-05T23:30+02', ['2031-03-05T21:30:00.000Z', 'time']],
      ['2031-03-05 10:00', ['2031-03-05T10:00:00.000Z', 'time']],
      ['Wed, 05 Mar 2031 10:00:00 GMT', ['2031-03-05T10:00:00.000Z', 'time']],
      ['5 March 2031 14:30', ['2031-03-05T14:30:00.000Z', 'time']],
      ['2031-03-05T25:00:00Z', undefined],
      // refused
      ['05/03/2031', undefined],
      ['18 July', undefined],
      ['yesterday', undefined],
      ['1850-01-01', undefined],
      ['', undefined],
      ['2031-03-05 and 2031-03-06', undefined],
    ];
    for (const [raw, want] of cases) {
      const got = parseDate(raw);
      assert.deepEqual(got === undefined ? undefined : [got.iso, got.precision], want, raw);
      assert.equal(normaliseDate(raw), want?.[0], raw);
    }
    assert.equal(parseDate(null), undefined);
  });

  it('writes each precision in one form, so precisionOf recovers it', () => {
    const cases: Array<[string | undefined, DatePrecision | undefined]> = [
      ['2031', 'year'],
      ['2031-12', 'month'],
      ['2031-12-14', 'day'],
      ['2031-12-14T07:00:00.000Z', 'time'],
      ['2031-12-14T07:00:00Z', 'time'],
      ['2031-12-14 07:00', 'time'],
      ['2031-12-14T07:00:00+03:00', 'time'],
      ['Wed, 05 Mar 2031 10:00:00 GMT', undefined],
      ['2031-1', undefined],
      ['soon', undefined],
      [undefined, undefined],
    ];
    for (const [iso, want] of cases) assert.equal(precisionOf(iso), want, String(iso));
    for (const raw of ['2031', 'Dec 2031', '5 March 2031', '2031-03-05T10:00:00+03:00']) {
      const d = parseDate(raw)!;
      assert.equal(precisionOf(d.iso), d.precision, raw);
    }
  });
});

describe('dateInterval', () => {
  it('turns a date into the [start, end) it stands for, at its precision', () => {
    const cases: Array<[[string, DatePrecision?], [string, string] | undefined]> = [
      [['2031'], ['2031-01-01T00:00:00Z', '2032-01-01T00:00:00Z']],
      [['2031-12'], ['2031-12-01T00:00:00Z', '2032-01-01T00:00:00Z']],
      [['2032-02'], ['2032-02-01T00:00:00Z', '2032-03-01T00:00:00Z']],
      [['2031-12-31'], ['2031-12-31T00:00:00Z', '2032-01-01T00:00:00Z']],
      [['2031-12-14T07:00:00.000Z'], ['2031-12-14T07:00:00.000Z', '2031-12-14T07:00:00.001Z']],
      [['2031-12-14T10:00:00+03:00'], ['2031-12-14T07:00:00.000Z', '2031-12-14T07:00:00.001Z']],
      [['2031-12-14 07:00'], ['2031-12-14T07:00:00.000Z', '2031-12-14T07:00:00.001Z']],
      // a coarser stored precision widens the interval; a finer one cannot narrow it
      [['2031-12-14', 'month'], ['2031-12-01T00:00:00Z', '2032-01-01T00:00:00Z']],
      [['2031-12-14T23:30:00.000Z', 'day'], ['2031-12-14T00:00:00Z', '2031-12-15T00:00:00Z']],
      [['2031-12-14T23:30:00.000Z', 'year'], ['2031-01-01T00:00:00Z', '2032-01-01T00:00:00Z']],
      [['2031-12', 'day'], ['2031-12-01T00:00:00Z', '2032-01-01T00:00:00Z']],
      [['2031', 'time'], ['2031-01-01T00:00:00Z', '2032-01-01T00:00:00Z']],
      // not an ISO 8601 date
      [['soon'], undefined],
      [['Wed, 05 Mar 2031 10:00:00 GMT'], undefined],
      [['0050'], undefined],
    ];
    for (const [[iso, precision], want] of cases) {
      const got = dateInterval(iso, precision);
      assert.deepEqual(got, want && { start: ms(want[0]), end: ms(want[1]) }, `${iso} ${precision ?? ''}`);
    }
  });

  it('widens calendar dates to every time zone with anyZone, not times', () => {
    const cases: Array<[string, [string, string]]> = [
      ['2031-12-14', ['2031-12-13T10:00:00Z', '2031-12-15T12:00:00Z']],
      ['2031-12', ['2031-11-30T10:00:00Z', '2032-01-01T12:00:00Z']],
      ['2031-12-14T07:00:00.000Z', ['2031-12-14T07:00:00.000Z', '2031-12-14T07:00:00.001Z']],
    ];
    for (const [iso, [start, end]] of cases) assert.deepEqual(dateInterval(iso, undefined, { anyZone: true }), { start: ms(start), end: ms(end) }, iso);
  });
});

describe('urlDate', () => {
  it('finds a date in the URL path, at day or month precision', () => {
    const cases: Array<[string | undefined, [string, DatePrecision] | undefined]> = [
      ['https://kelby-post.example/2031/07/18/council-meets', ['2031-07-18', 'day']],
      ['https://kelby-post.example/news/2031/7/8/', ['2031-07-08', 'day']],
      ['https://kelby-post.example/2031/07/18.html', ['2031-07-18', 'day']],
      ['https://kelby-post.example/2031/07/council-meets', ['2031-07', 'month']],
      ['https://kelby-post.example/2031/07/', ['2031-07', 'month']],
      ['https://kelby-post.example/2031-07-18/council', ['2031-07-18', 'day']],
      ['https://kelby-post.example/news/2031-07-18-council-meets', ['2031-07-18', 'day']],
      ['https://kelby-post.example/archive/2031-07/', ['2031-07', 'month']],
      ['https://kelby-post.example/20310718/', ['2031-07-18', 'day']],
      ['https://kelby-post.example/news/20310718-council.html', ['2031-07-18', 'day']],
      // among the words of a slug
      ['https://kelby-post.example/world/council-votes-20310718-p5kx.html', ['2031-07-18', 'day']],
      ['https://kelby-post.example/live/council-votes_KP-203107180041.html', ['2031-07-18', 'day']],
      ['https://kelby-post.example/news/council-votes-2031-07-18', ['2031-07-18', 'day']],
      ['https://kelby-post.example/news/council-votes-18-07-2031.htm', ['2031-07-18', 'day']],
      ['https://kelby-post.example/council-votes-07-18-2031', ['2031-07-18', 'day']],
      ['https://kelby-post.example/council-votes-07-07-2031', ['2031-07-07', 'day']],
      ['https://kelby-post.example/council-votes-05-06-2031', undefined],
      ['https://kelby-post.example/live/council_KP-203107182599.html', undefined],
      ['https://kelby-post.example/russia/189615_1968731970/amp', undefined],
      // an impossible day falls back to the month; a bad month to nothing
      ['https://kelby-post.example/2031/02/30/x', ['2031-02', 'month']],
      ['https://kelby-post.example/2031/13/01/x', undefined],
      // not dates
      ['https://kelby-post.example/2031/council-meets', undefined],
      ['https://kelby-post.example/story/20311345', undefined],
      ['https://kelby-post.example/story/2031071801', undefined],
      ['https://kelby-post.example/1985/07/18/x', undefined],
      ['https://kelby-post.example/?p=2031&d=2031-07-18', undefined],
      ['https://kelby-post.example/2031-1234/x', undefined],
      ['not a url', undefined],
      [undefined, undefined],
    ];
    for (const [url, want] of cases) {
      const got = urlDate(url);
      assert.deepEqual(got === undefined ? undefined : [got.iso, got.precision], want, String(url));
    }
  });
});

describe('textDate', () => {
  const body = 'The Kelby council voted to close the old ferry pier, the mayor said. Repairs would cost more than a new pier. (Fictional.)';
  it('takes a dateline near the top of the text, in en, ru, uk, de and fr', () => {
    const cases: Array<[string, string | undefined]> = [
      // en
      [`18 July 2031\n\n${body}`, '2031-07-18'],
      [`Published: July 18, 2031\n${body}`, '2031-07-18'],
      [`By Mara Quell | 18th July 2031\n${body}`, '2031-07-18'],
      [`Kelby council closes pier\nFriday 18 July 2031\n${body}`, '2031-07-18'],
      [`Kelby council closes pier\nJul. 18, 2031, 14:05\n${body}`, '2031-07-18'],
      // ru
      [`18 июля 2031, 17:56\n\n${body}`, '2031-07-18'],
      [`Келби, 18 июля, 2031, 15:19 — Келби-пресс. Совет закрыл старый причал.`, '2031-07-18'],
      [`Опубликовано: 18 июля 2031 г.\n${body}`, '2031-07-18'],
      // uk
      [`18 липня 2031 08:10\n\nРада Келбі закрила старий причал.`, '2031-07-18'],
      [`пʼятниця, 01 березня 2031 05:45\n\nРада Келбі закрила старий причал.`, '2031-03-01'],
      [`18.07.2031   10:06 Келбі-прес\n\nРада Келбі закрила старий причал.`, '2031-07-18'],
      // de, fr
      [`Veröffentlicht: 18. Juli 2031\n${body}`, '2031-07-18'],
      [`Publié le 1er juillet 2031 à 9h30\n${body}`, '2031-07-01'],
      // event dates inside sentences are not datelines
      [`The Kelby council will vote on 18 July 2031 on the pier.\n${body}`, undefined],
      [`${body}\nOn July 18, 2031, the pier was closed.`, undefined],
      [`Совет проголосует 18 июля 2031 года о закрытии причала.`, undefined],
      [`Рада Келбі проголосує 18 липня 2031 року.`, undefined],
      [`The summit opens on 30 July 2031 at 10:00 in Kelby.`, undefined],
      // a quoted post with its author before the date
      [`${body}\n— Mara Quell (@maraquell) July 18, 2031\n${body}`, undefined],
      // a month alone, a day without a year, an old year, an impossible day
      [`July 2031\n${body}`, undefined],
      [`18 July\n${body}`, undefined],
      [`18 July 1985\n${body}`, undefined],
      [`31 June 2031\n${body}`, undefined],
      // only the first 1,500 characters are read
      [`${'Kelby. '.repeat(220)}\n18 July 2031\n${body}`, undefined],
    ];
    for (const [text, want] of cases) {
      const got = textDate(text);
      assert.equal(got?.iso, want, text.slice(0, 80));
      if (got) assert.equal(got.precision, 'day');
    }
  });

  it('takes the first dateline, after skipping event dates before it', () => {
    assert.equal(textDate(`Talks on 2 July 2031 failed, the mayor said.\nUpdated: 18 July 2031\n${body}`)?.iso, '2031-07-18');
  });
});

describe('addFallbackDate', () => {
  const text = 'Published: 18 July 2031\n\nThe Kelby council voted to close the old ferry pier. (Fictional.)';
  it('keeps a metadata date, else takes the URL, the canonical URL, then the text, and marks which', () => {
    const cases: Array<[Partial<Article>, [string, DatePrecision, string] | undefined]> = [
      [{ published: '2031-07-01', publishedPrecision: 'day', publishedSource: 'metadata', url: 'https://kelby-post.example/2031/06/02/x' }, ['2031-07-01', 'day', 'metadata']],
      [{ url: 'https://kelby-post.example/2031/06/02/x' }, ['2031-06-02', 'day', 'url']],
      [{ url: 'https://kelby-post.example/2031/06/x' }, ['2031-06', 'month', 'url']],
      [{ url: 'https://kelby-post.example/x', canonicalUrl: 'https://kelby-post.example/2031/06/02/x' }, ['2031-06-02', 'day', 'url']],
      [{ url: 'https://kelby-post.example/x' }, ['2031-07-18', 'day', 'text']],
      [{ text: 'The Kelby council voted on 18 July 2031 to close the pier.' }, undefined],
    ];
    for (const [over, want] of cases) {
      const a: Article = { text, format: 'text', ...over };
      addFallbackDate(a);
      assert.deepEqual(a.published === undefined ? undefined : [a.published, a.publishedPrecision, a.publishedSource], want, JSON.stringify(over));
    }
  });

  it('setPublished keeps precision and source with the date', () => {
    const a: PublishedFields = { published: '2031-07-18', publishedPrecision: 'day', publishedSource: 'text' };
    setPublished(a, '2031-07', 'metadata');
    assert.deepEqual(a, { published: '2031-07', publishedPrecision: 'month', publishedSource: 'metadata' });
  });
});
