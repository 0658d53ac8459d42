/** What the sources knowledge base says, in the reports: user data is escaped like article text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shippedSources } from '../sources/default.js';
import { knowDoc } from '../sources/doc.js';
import { buildDoc } from './fixture-doc.js';
import { renderHtml } from './html.js';
import { toJson } from './json.js';
import { renderTerminal } from './terminal.js';

const HOSTILE = '<img src=x onerror=alert(1)>"\u001b[2J\u202e';

function doc() {
  const text = 'Evil Agency said that the dam held.';
  return buildDoc({
    text,
    article: { domain: 'evil.example', title: 'A test' },
    sentences: [text],
    attributions: [{ source: 'Evil Agency', kind: 'outlet', cue: 'said', content: 'the dam held', chain: ['Evil Agency'] }],
  });
}

test('hostile names, notes and lists from user entries are escaped in HTML and stripped in the terminal', () => {
  const kb = shippedSources().withUser([
    { name: `Evil ${HOSTILE}`, aliases: ['Evil Agency'], domains: ['evil.example'], affiliation: `owned by ${HOSTILE}`, lists: [`list ${HOSTILE}`], note: `note ${HOSTILE}`, reliability: 'unreliable' },
  ]);
  const d = doc();
  const html = renderHtml(d, knowDoc(d, kb));
  assert.ok(!html.includes('<img'), 'no markup from user data');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;&quot;'));
  assert.match(html, /<span class="prov" title="your own entries[^"]*">user<\/span>/);
  const term = renderTerminal(d, knowDoc(d, kb), { width: 200, maxLines: 60 });
  assert.ok(!term.includes('\u001b') && !term.includes('\u202e'), 'no escape or bidi characters');
  assert.match(term, /LOW-RATED LISTED/);
  const json = toJson(d, knowDoc(d, kb));
  assert.equal(json.article.domainSource?.ref, 'evil.example');
  assert.equal(json.knownSources[0]?.origin, 'user');
  assert.equal(json.summary.resting.lowRated.ofAttributed, 1);
  assert.equal(json.sourcesKnowledgeBase.userEntries, 1);
});
