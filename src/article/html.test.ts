import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isSiftError } from '../errors/catalogue.js';
import { FIXTURE_DIR } from '../../test/fixtures/readers/make-fixtures.js';
import { blockParagraphs } from './blocks.js';
import { VOID_TAGS } from './data/html.js';
import { roughNestingDepth } from './markup.js';
import { stripToParagraphs } from './strip.js';
import { parseDocument } from './dom.js';
import { extractHtml } from './html.js';

const page = (name: string): string => readFileSync(join(FIXTURE_DIR, name), 'utf8');
const paragraphs = (text: string): string[] => text.split('\n\n');

describe('extractHtml: a news page', () => {
  const a = extractHtml(page('news-article.html'), { what: 'news-article.html' });

  it('reads the metadata', () => {
    assert.equal(a.title, 'Harbour bridge to reopen in autumn, council says');
    assert.equal(a.byline, 'Mira Okonkwo-Hale');
    // article:published_time 08:30+02:00, normalised to UTC.
    assert.equal(a.published, '2031-04-17T06:30:00.000Z');
    // The relative canonical link resolves against <base href>.
    assert.equal(a.canonicalUrl, 'https://www.larkhaven-courier.example/news/harbour-bridge-reopen');
    assert.equal(a.siteName, 'The Larkhaven Courier');
    assert.equal(a.lang, 'en-GB');
    assert.equal(a.domain, 'larkhaven-courier.example');
    assert.equal(a.url, undefined);
    assert.ok(a.html?.includes('<article>'));
  });

  it('gives the article body as paragraphs separated by blank lines', () => {
    const ps = paragraphs(a.text);
    const first = ps.findIndex((p) => p.startsWith('The swing bridge over Larkhaven harbour'));
    assert.ok(first >= 0, 'first body paragraph present');
    assert.ok(ps[first + 1]!.startsWith('"We expect the first cars'));
    assert.ok(ps.includes('Ferry service to continue'), 'the subheading is its own paragraph');
    assert.ok(ps.includes('Bridge closed: October 2029') && ps.includes('Planned reopening: October 2031'), 'list items are paragraphs');
    assert.ok(ps.includes('"It has been a long wait for the east side of town," one shop owner told the paper.'));
    assert.ok(ps.every((p) => p.trim() === p && p !== '' && !/\s{2,}/.test(p)), 'no stray whitespace');
  });

  it('leaves out navigation, asides, footer, scripts and styles', () => {
    for (const junk of ['Most read', 'Gull numbers', 'All rights reserved', 'window.analytics', 'font-family', 'Sport']) {
      assert.ok(!a.text.includes(junk), junk);
    }
  });

  it('takes the domain from the URL the page came from, before the canonical link', () => {
    const b = extractHtml(page('news-article.html'), { what: 'x', url: 'https://www.mirror-site.example/copy/1' });
    assert.equal(b.domain, 'mirror-site.example');
    assert.equal(b.url, 'https://www.mirror-site.example/copy/1');
    assert.equal(b.canonicalUrl, 'https://www.mirror-site.example/news/harbour-bridge-reopen');
  });
});

describe('extractHtml: publication time sources', () => {
  const body = '<body><article><p>The parish council voted to keep the library open, its chair said on Monday evening.</p></article></body>';
  const published = (head: string, extraBody = ''): string | undefined =>
    extractHtml(`<html><head>${head}</head>${body.replace('</article>', `${extraBody}</article>`)}</html>`, { what: 't' }).published;

  it('meta article:published_time wins over JSON-LD', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2030-01-01T00:00:00Z"}</script>';
    assert.equal(published(`<meta property="article:published_time" content="2031-02-03">${ld}`), '2031-02-03');
  });

  it('itemprop datePublished (meta or time element)', () => {
    assert.equal(published('<meta itemprop="datePublished" content="2031-02-03T10:00:00-05:00">'), '2031-02-03T15:00:00.000Z');
    assert.equal(published('', '<time itemprop="datePublished" datetime="2031-02-04">4 Feb</time>'), '2031-02-04');
  });

  it('JSON-LD datePublished, in arrays, @graph and HTML comments', () => {
    const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;
    assert.equal(published(ld('[{"@type":"Organization"},{"@type":["NewsArticle"],"datePublished":"2031-03-01T08:00:00+01:00"}]')), '2031-03-01T07:00:00.000Z');
    assert.equal(published(ld('<!-- {"@graph":[{"@type":"BlogPosting","datePublished":"2031-03-02"}]} -->')), '2031-03-02');
    assert.equal(published(ld('{ broken json') + ld('{"@type":"Article","datePublished":"2031-03-03"}')), '2031-03-03');
  });

  it('<time datetime> as the last resort; unparseable dates are dropped', () => {
    assert.equal(published('', '<p>Updated <time datetime="2031-05-06T07:08:09Z">today</time></p>'), '2031-05-06T07:08:09.000Z');
    assert.equal(published('<meta property="article:published_time" content="last Tuesday">'), undefined);
  });

  it('keeps a coarse date at its precision, refined only by a later date inside it', () => {
    const ld = (date: string): string => `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${date}"}</script>`;
    const meta = (date: string): string => `<meta property="article:published_time" content="${date}">`;
    // [the page's head, [published, precision]]
    const cases: Array<[string, [string, string] | undefined]> = [
      [meta('2031-12'), ['2031-12', 'month']],
      [meta('2031'), ['2031', 'year']],
      [meta('2031-12') + ld('2031-12-14T10:00:00+03:00'), ['2031-12-14T07:00:00.000Z', 'time']],
      [meta('2031') + ld('2031-12'), ['2031-12', 'month']],
      [meta('2031-12') + ld('2030-05-01'), ['2031-12', 'month']],
      [meta('2031-12-14') + ld('2031-12-14T10:00:00Z'), ['2031-12-14', 'day']],
    ];
    for (const [head, want] of cases) {
      const a = extractHtml(`<html><head>${head}</head>${body}</html>`, { what: 't' });
      assert.deepEqual(a.published === undefined ? undefined : [a.published, a.publishedPrecision], want, head);
      assert.equal(a.publishedSource, 'metadata');
    }
  });
});

describe('extractHtml: hard pages', () => {
  it('survives malformed HTML and keeps its text', () => {
    const a = extractHtml(page('malformed.html'), { what: 'malformed.html' });
    assert.equal(a.title, 'Broken page about the canal festival');
    const ps = paragraphs(a.text);
    assert.ok(ps[0]!.startsWith('The canal festival in the fictional town of Eddersby'), ps[0]);
    assert.ok(a.text.includes('watched the lantern parade despite the rain and the cold.'));
    assert.ok(a.text.includes('A police spokesman said the evening passed without incident.'));
    assert.ok(!a.text.includes('not article text'), 'script content is not text');
  });

  it('survives hostile structure: deep nesting, stray closers, text outside <html>', () => {
    const deep = `${'<div><span>'.repeat(3000)}The mayor said the deep page still reads fine.`;
    assert.match(extractHtml(deep, { what: 'deep' }).text, /The mayor said the deep page still reads fine\./);
    const stray = '</p></div></body></html><p>Text after the end, according to the clerk.</p></html>';
    assert.equal(extractHtml(stray, { what: 'stray' }).text, 'Text after the end, according to the clerk.');
  });

  it('reads pathologically deep pages in linear time without the DOM', () => {
    const t0 = Date.now();
    const html = `<html lang="en"><body>${'<div>'.repeat(300_000)}The clerk said the <b>deep</b> page reads fine.<script>junk()</script><p>Fish &amp; chips.`;
    const a = extractHtml(html, { what: 'deep' });
    assert.equal(a.text, 'The clerk said the deep page reads fine.\n\nFish & chips.');
    assert.equal(a.lang, 'en');
    assert.ok(Date.now() - t0 < 30_000, `took ${Date.now() - t0} ms (quadratic would take minutes)`);
  });

  it('falls back to the body text when Readability finds too little', () => {
    const a = extractHtml('<html><body><nav>Home</nav><div>Ferry cancelled today, the harbour master said.</div><footer>(c) Example</footer></body></html>', { what: 'short' });
    assert.equal(a.text, 'Ferry cancelled today, the harbour master said.');
  });

  it('throws E_HTML_NO_TEXT when there is no text at all', () => {
    for (const html of ['<html><head><title>Only a title</title></head><body></body></html>', '<body><script>var x = 1;</script><img src="a.png"></body>', '<html>']) {
      assert.throws(() => extractHtml(html, { what: 'empty.html' }), (e) => isSiftError(e, 'E_HTML_NO_TEXT') && e.message.includes('empty.html'));
    }
  });
});

describe('blockParagraphs', () => {
  const blocks = (html: string): string[] => blockParagraphs(parseDocument(html).body);

  it('splits blocks, joins inline runs, keeps <br> as a line break', () => {
    assert.deepEqual(blocks('<h2>Head</h2><p>One <b>bold</b>\n   word</p>loose <i>text</i><ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>'), [
      'Head',
      'One bold word',
      'loose text',
      'a',
      'b',
      'c',
    ]);
    assert.deepEqual(blocks('<p>Line one<br>Line two<br/>  Line three</p>'), ['Line one\nLine two\nLine three']);
  });

  it('keeps <pre> whitespace and puts table cells on one line', () => {
    assert.deepEqual(blocks('<pre>\n  x = 1\n    y = 2\n</pre>'), ['  x = 1\n    y = 2']);
    assert.deepEqual(blocks('<table><tr><td>Votes</td><td>1,204</td></tr><tr><th>Turnout</th><td>61%</td></tr></table>'), ['Votes 1,204', 'Turnout 61%']);
  });

  it('decodes entities and skips scripts, styles and templates', () => {
    assert.deepEqual(blocks('<p>Fish &amp; chips&nbsp;&mdash; &#x41;</p><script>x()</script><style>p{}</style><template><p>t</p></template>'), ['Fish & chips — A']);
  });
});

describe('linear fallbacks for hostile markup', () => {
  it('roughNestingDepth counts open elements, ignoring void and self-closing tags', () => {
    assert.equal(roughNestingDepth('<div><p>a<br><img src=x><span/></p><p>b</p></div>', VOID_TAGS), 2);
    assert.equal(roughNestingDepth('a < b and c > d', VOID_TAGS), 0);
    assert.equal(roughNestingDepth(`${'<div>'.repeat(100)}x`, VOID_TAGS, 10), 11, 'stops counting past the limit');
  });

  it('stripToParagraphs keeps text, breaks blocks, drops scripts and comments', () => {
    assert.deepEqual(stripToParagraphs('<h1>Title</h1><!-- <p>hidden</p> --><p>One &lt;two&gt;<br>three</p><style>p{}</style><table><tr><td>a</td><td>b</td></tr></table>x < y'), [
      'Title',
      'One <two>\nthree',
      'a b',
      'x < y',
    ]);
    assert.deepEqual(stripToParagraphs('<script>never closed <p>x</p>'), []);
  });
});
