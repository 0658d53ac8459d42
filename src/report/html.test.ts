import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { emptyDoc } from '../doc/pipeline.js';
import type { Doc } from '../doc/types.js';
import { buildDoc, fixtureDoc, longFixtureDoc } from './fixture-doc.js';
import { highlight, highlightArticle, renderHtml, type Mark } from './html.js';
import { SIFT_VERSION } from './version.js';
import { shippedSources } from '../sources/default.js';
import { knowDoc, type DocKnowledge } from '../sources/doc.js';
import { summarize } from './summary.js';

// The shipped knowledge base only: a user's own entries (their data folder) must not change these reports.
/** What the shipped sources knowledge base says about `doc`'s sources. */
const known = (doc: Doc): DocKnowledge => knowDoc(doc, shippedSources());

/** Every tag the report may contain; anything else means article text leaked in as markup. */
const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'section', 'footer', 'h1', 'h2', 'p', 'a',
  'div', 'span', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'meter', 'ul', 'ol', 'li', 'br', 'i', 'code', 'h3',
]);

const ALLOWED_ATTRS = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'title', 'href', 'rel', 'dir', 'colspan', 'min', 'max', 'value']);

const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39|#13);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#13': '\r' })[e]!);

/** Text of the markup with tags removed and entities decoded. */
const stripTags = (html: string): string => decode(html.replace(/<[^>]*>/g, ''));

/** The body of `#article-text` as emitted. */
function articleBody(html: string): string {
  const open = '<div class="text" id="article-text"';
  const start = html.indexOf('>', html.indexOf(open)) + 1;
  const end = html.indexOf('</div>\n</section>', start);
  assert.ok(start > 0 && end > start, 'article body found');
  return html.slice(start, end);
}

/** Asserts tags are balanced and properly nested (void elements excepted). */
function assertWellNested(html: string): void {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
    const [, close, name] = m;
    const tag = name!.toLowerCase();
    if (['meta', 'br'].includes(tag)) continue;
    if (close) assert.equal(stack.pop(), tag, `</${tag}> closes the wrong element at ${m.index}`);
    else stack.push(tag);
  }
  assert.deepEqual(stack, [], 'every element is closed');
}

function assertNoInjectedMarkup(html: string): void {
  for (const m of html.matchAll(/<\/?([a-zA-Z][^\s/>]*)([^>]*)>/g)) {
    assert.ok(ALLOWED_TAGS.has(m[1]!.toLowerCase()), `unexpected tag <${m[1]}> in report`);
    // attributes are name="value" pairs with no raw quote inside a value: nothing broke out
    assert.match(m[2]!, /^(?:\s+[a-z][a-z-]*(?:="[^"<>]*")?)*\s*$/, `malformed attributes in ${m[0]}`);
    for (const [, name] of m[2]!.matchAll(/\s([a-z][a-z-]*)(?:="[^"]*")?/g)) {
      assert.ok(ALLOWED_ATTRS.has(name!), `unexpected attribute ${name} in ${m[0]}`);
    }
  }
  assert.ok(!/<script/i.test(html));
  assert.ok(!/<img/i.test(html));
}

test('report is one self-contained document with charset, CSP and the Sift version', () => {
  const doc = fixtureDoc();
  const html = renderHtml(doc, known(doc));
  assert.ok(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'));
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  assert.ok(csp, 'CSP meta present');
  for (const d of ["default-src 'none'", "script-src 'none'", "img-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    assert.ok(csp.includes(d), `CSP has ${d}`);
  }
  assert.ok(!csp.includes('unsafe-inline'));
  // the CSP must come before the stylesheet and allow exactly its hash
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  assert.ok(csp.includes(`style-src 'sha256-${hash}'`), 'style hash in CSP matches the stylesheet');
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'));
  // nothing loaded from anywhere
  assert.doesNotMatch(html, /<(?:script|link|img|iframe|object|embed)\b/i);
  assert.doesNotMatch(style, /url\(|@import/);
  assert.doesNotMatch(html, /\sstyle=/, 'no style attributes (the CSP would block them)');
  assertWellNested(html);
  assertNoInjectedMarkup(html);
  assert.ok(html.includes('<title>Sift report: Velmora bridge closed after night strike</title>'));
  assert.ok(html.includes(`Sift ${SIFT_VERSION} · sourcing report · schema sift.analysis/1`));
  assert.ok(html.includes('Sift reports evidence, not verdicts'));
  assert.ok(html.includes('<a href="https://example-news.test/2024/03/velmora-bridge" rel="noopener noreferrer nofollow">'));
});

test('article body is lossless: stripping tags gives back the text exactly', () => {
  for (const doc of [fixtureDoc(), longFixtureDoc(12), fixtureDoc({ text: `\r\n${fixtureDocText()}\r\n  \t` })]) {
    const html = renderHtml(doc, known(doc));
    const body = articleBody(html);
    assert.equal(body, highlightArticle(doc, summarize(doc, known(doc))));
    assert.equal(stripTags(body), doc.text);
    assertWellNested(body);
    // and a real HTML parser agrees
    const { document } = parseHTML(html);
    assert.equal(document.getElementById('article-text')?.textContent, doc.text);
    // browsers fold a literal CR into LF, so CRs must be written as character references
    assert.ok(!body.includes('\r'));
  }
});

function fixtureDocText(): string {
  return fixtureDoc().text;
}

test('highlights: nested chain, source colours, cues, hedges and unsourced sentences', () => {
  const doc = fixtureDoc();
  const html = renderHtml(doc, known(doc));
  const body = articleBody(html);
  // #1 (RIA Novosti) contains #2's source, cue and content, nested
  assert.match(
    body,
    /<span class="c s1" id="a0" title="#0 RIA Novosti">military expert <span class="src s0" [^>]*>Andrei Marochko<\/span> <span class="cue" [^>]*>said<\/span> <span class="c s0" id="a1" [^>]*>the crossing had been used to move 40 armoured vehicles<\/span><\/span>/,
  );
  // the resolved reference carries its resolution in the tooltip
  assert.ok(body.includes('title="source of #2: “The expert” → Andrei Marochko (resolved reference)">The expert</span>'));
  assert.ok(body.includes('title="source of #3: “the regional governor, Olena Hrytsenko” → Olena Hrytsenko">'));
  assert.match(body, /<span class="hedge" id="h1" [^>]*>Local residents <span class="hcue" [^>]*>reportedly<\/span> saw smoke/);
  assert.match(body, /<span class="uns" id="u2" title="unsourced factual claim: number">The bridge, built in 1974/);
  // one colour per source, consistent between text, table and chains
  assert.match(html, /<td><span class="sw s0">Andrei Marochko<\/span><\/td><td>person, military expert<\/td>/);
  assert.match(html, /<td><span class="sw s1">RIA Novosti<\/span><\/td><td>outlet<\/td>/);
  assert.ok(html.includes('.c.s2{background:hsl('));
  // chain list with links into the text
  assert.ok(
    html.includes(
      '<li><span class="chain">article<span class="arrow"> → </span><a href="#k0"><span class="src s1">RIA Novosti</span></a> <span class="flag state">state-affiliated</span> <span class="flag low">low-rated</span><span class="arrow"> → </span><span class="src s0">Andrei Marochko</span></span> — 2 attributions: <a href="#a1">#1</a>, <a href="#a2">#2</a></li>',
    ),
  );
  // summary table shares
  assert.match(html, /<td class="num"><meter min="0" max="1" value="0.191">19%<\/meter> 19%<\/td>/);
  // every in-page link has a target
  for (const m of html.matchAll(/href="#([^"]+)"/g)) assert.ok(html.includes(`id="${m[1]}"`), `#${m[1]} exists`);
});

test('crossing spans are split, nested spans nest, ids appear once', () => {
  const marks: Mark[] = [
    { start: 1, end: 5, rank: 0, cls: 'A', id: 'x' },
    { start: 3, end: 7, rank: 1, cls: 'B' },
  ];
  assert.equal(highlight('abcdefgh', marks), 'a<span class="A" id="x">bc<span class="B">de</span></span><span class="B">fg</span>h');
  // same range: lower rank outside; containing span outside contained one
  assert.equal(
    highlight('abcdef', [
      { start: 2, end: 4, rank: 5, cls: 'in' },
      { start: 0, end: 6, rank: 9, cls: 'out' },
      { start: 2, end: 4, rank: 1, cls: 'mid' },
    ]),
    '<span class="out">ab<span class="mid"><span class="in">cd</span></span>ef</span>',
  );
  // A crossing B crossing C: every piece is inside exactly its covering spans
  const text = '0123456789';
  const three: Mark[] = [
    { start: 0, end: 4, rank: 0, cls: 'A', id: 'a' },
    { start: 2, end: 7, rank: 0, cls: 'B', id: 'b' },
    { start: 5, end: 10, rank: 0, cls: 'C', id: 'c' },
  ];
  const out = highlight(text, three);
  assertWellNested(out);
  assert.equal(stripTags(out), text);
  for (const id of ['a', 'b', 'c']) assert.equal(out.split(`id="${id}"`).length, 2, `id ${id} once`);
  assert.equal(out, '<span class="A" id="a">01<span class="B" id="b">23</span></span><span class="B">4<span class="C" id="c">56</span></span><span class="C">789</span>');
});

test('offsets out of range are clamped, empty spans dropped, surrogate pairs never split', () => {
  const text = 'a😀b';
  const out = highlight(text, [
    { start: 2, end: 4, rank: 0, cls: 'X' }, // starts inside the emoji's pair
    { start: 3, end: 3, rank: 0, cls: 'EMPTY' },
    { start: -5, end: 99, rank: 0, cls: 'ALL' },
  ]);
  assert.equal(out, '<span class="ALL">a<span class="X">😀b</span></span>');
  assert.equal(stripTags(out), text);
});

test('hostile article text and metadata are escaped everywhere', () => {
  const hostile = `<script>alert(1)</script> "><img src=x onerror=alert(1)> &amp; 'q'`;
  const text = `Intro ${hostile}\n\nAgency <b>X</b> said that the ${hostile} bridge fell.\n\nTroops reportedly left ${hostile}.\n\nIt cost 5 million ${hostile}.`;
  const doc: Doc = buildDoc({
    text,
    article: {
      title: `Title ${hostile}`,
      domain: `d${hostile}`,
      byline: `by ${hostile}`,
      siteName: `site ${hostile}`,
      published: `2024 ${hostile}`,
      url: `https://e.example/"><script>alert(1)</script>`,
    },
    lang: `en"><script>alert(1)</script>`,
    sentences: [`Intro ${hostile}`, `Agency <b>X</b> said that the ${hostile} bridge fell.`, `Troops reportedly left ${hostile}.`, `It cost 5 million ${hostile}.`],
    attributions: [
      {
        source: 'Agency <b>X</b>',
        kind: 'outlet',
        role: `role ${hostile}`,
        resolvedFrom: 'Intro',
        cue: 'said',
        content: `the ${hostile} bridge fell`,
        chain: [`Parent ${hostile}`, 'Agency <b>X</b>'],
        rule: `rule ${hostile}`,
      },
    ],
    hedged: [{ text: `Troops reportedly left ${hostile}.`, cue: 'reportedly' }],
    unsourced: [{ text: `It cost 5 million ${hostile}.`, reasons: [`number ${hostile}`] }],
  });
  const html = renderHtml(doc, known(doc));
  assertNoInjectedMarkup(html);
  assertWellNested(html);
  assert.ok(!html.includes('<b>'), 'no article markup survives');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('&amp;amp;'), 'a literal "&amp;" in the text is escaped, not passed through');
  const body = articleBody(html);
  assert.equal(stripTags(body), text, 'hostile text survives exactly');
  const { document } = parseHTML(html);
  assert.equal(document.querySelectorAll('script, img, b').length, 0);
  assert.equal(document.getElementById('article-text')?.textContent, text);
  assert.equal(document.querySelector('#article-text .src')?.getAttribute('title'), `source of #0: “Agency <b>X</b>” → Agency <b>X</b> (resolved from “Intro” [0,5))`);
  assert.equal(document.querySelector('title')?.textContent, `Sift report: Title ${hostile}`);
  assert.equal(document.querySelector('h1')?.textContent, `Title ${hostile}`);
  // the URL is only text in an href, escaped
  assert.equal(document.querySelector('header a')?.getAttribute('href'), `https://e.example/"><script>alert(1)</script>`);
});

test('non-http URLs are never made into links', () => {
  const doc = fixtureDoc({ article: { url: 'javascript:alert(1)' } });
  const html = renderHtml(doc, known(doc));
  assert.ok(!html.includes('javascript:'));
});

test('an article with no annotations still renders a complete report', () => {
  const doc = emptyDoc({ format: 'text', text: 'Plain & simple <text>.' });
  const html = renderHtml(doc, known(doc));
  assert.ok(html.includes('No attributed sources found.'));
  assert.ok(html.includes('No attribution chains found.'));
  assert.equal(articleBody(html), 'Plain &amp; simple &lt;text&gt;.');
  assert.ok(!html.includes(' lang="und"'), 'undetermined language is not declared');
  assertWellNested(html);
});
