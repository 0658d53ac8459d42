/**
 * Issue 4 acceptance on the seed article (../shared/seed): RIA Novosti and TASS resolve to their
 * entries with state affiliation and ratings shown with provenance, and the sourcing summary
 * reports the attributed content resting on them. Also on the bundled fictional sample, which
 * cites the same outlets.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../analyze.js';
import type { Doc } from '../doc/types.js';
import { renderHtml } from '../report/html.js';
import { toJson } from '../report/json.js';
import { renderTerminal } from '../report/terminal.js';
import { REPO_ROOT, sharedPath } from '../../test/shared.js';
import { shippedSources } from './default.js';
import { knowDoc, type DocKnowledge } from './doc.js';

/** What the shipped sources knowledge base says about `doc`'s sources. */
const knowledgeOf = (doc: Doc): DocKnowledge => knowDoc(doc, shippedSources());

function checkStateOutlets(doc: Doc): void {
  const json = toJson(doc, knowledgeOf(doc));
  const known = new Map(json.knownSources.map((k) => [k.ref, k]));
  for (const [name, ref] of [
    ['RIA Novosti', 'ria.ru'],
    ['TASS', 'tass.ru'],
  ] as const) {
    const link = json.attributions.flatMap((a) => a.links).find((l) => l.name === name);
    assert.equal(link?.ref, ref, `${name} resolves to ${ref}`);
    const k = known.get(ref)!;
    assert.ok(k, `${ref} described in knownSources`);
    // state affiliation, with its dataset
    const aff = k.affiliations.find((a) => a.dataset === 'state-media-profiles');
    assert.equal(aff?.typology, 'SC');
    assert.equal(aff?.country, 'Russia');
    assert.equal(k.stateAffiliated, true);
    // ratings, each with its dataset
    for (const d of ['wikipedia-perennial-sources', 'source-reliability-idiap', 'domain-quality-ratings']) {
      assert.ok(k.ratings.some((r) => r.dataset === d), `${name}: a rating from ${d}`);
    }
    assert.ok(k.ratings.every((r) => r.dataset.length > 0));
    assert.equal(k.reliability?.value, 'unreliable');
    assert.ok(k.reliability?.dataset, 'the reliability field names its dataset');
    // the summary: content resting on it
    const rest = json.summary.resting.sources.find((r) => r.ref === ref);
    assert.ok(rest && rest.chars > 0 && rest.ofAttributed > 0, `${name}: attributed content rests on it`);
    assert.ok(json.summary.resting.stateAffiliated.sources.includes(name));
  }
  const r = json.summary.resting;
  assert.ok(r.stateAffiliated.ofAttributed > 0.3, `state-affiliated share of attributed content ${r.stateAffiliated.ofAttributed}`);
  // unsourced and hedged shares are still there
  assert.ok(json.summary.hedgedShare > 0 && json.summary.unsourcedShare > 0);
  // the person keeps the role the article gives, said to be the article's
  const marochko = json.attributions.flatMap((a) => a.links).find((l) => l.kind === 'person' && l.role);
  assert.equal(marochko?.roleFrom, 'article');
  // the renderers show it
  const term = renderTerminal(doc, knowledgeOf(doc), { width: 120, maxLines: 60 });
  assert.match(term, /RIA Novosti · outlet · ria\.ru, rian\.ru STATE-AFFILIATED LOW-RATED/);
  assert.match(term, /state-controlled media \(SC\), Russia, Rossiya Segodnya \[state-media-profiles\]/);
  assert.match(term, /Of the attributed content: \d+% rests on state-affiliated sources/);
  const html = renderHtml(doc, knowledgeOf(doc));
  assert.match(html, /<span class="flag state">state-affiliated<\/span>/);
  assert.match(html, /class="prov" title="State Media Profiles[^"]*">state-media-profiles<\/span>/);
}

test('seed article: RIA Novosti and TASS resolve with state affiliation, ratings with provenance, and the content resting on them', (t) => {
  const dir = sharedPath('seed');
  if (!dir) return t.skip('../shared/seed is absent');
  const file = readdirSync(dir).find((f) => f.endsWith('.txt'))!;
  const doc = analyzeText(readFileSync(join(dir, file), 'utf8'));
  checkStateOutlets(doc);
  const r = toJson(doc, knowledgeOf(doc)).summary.resting;
  t.diagnostic(
    `of the attributed content: ${(r.stateAffiliated.ofAttributed * 100).toFixed(0)}% on state-affiliated (${r.stateAffiliated.sources.join(', ')}), ` +
      `${(r.lowRated.ofAttributed * 100).toFixed(0)}% on low-rated; ${r.sources.map((s) => `${s.name} ${(s.ofAttributed * 100).toFixed(0)}%`).join(', ')}`,
  );
});

test('bundled sample: the same outlets, the same knowledge', () => {
  const doc = analyzeText(readFileSync(join(REPO_ROOT, 'samples/articles/desertion-report.txt'), 'utf8'));
  checkStateOutlets(doc);
});

test("the article's own domain is looked up", () => {
  const doc = analyzeText('TASS reported that the bridge was closed.', { domain: 'spb.tass.ru' });
  const json = toJson(doc, knowledgeOf(doc));
  assert.deepEqual(json.article.domainSource, { ref: 'tass.ru', via: 'parent-domain', matched: 'tass.ru' });
  const kjfk = analyzeText('TASS reported that the bridge was closed.', { domain: 'kjfk.news' });
  const unknown = toJson(kjfk, knowledgeOf(kjfk));
  assert.equal(unknown.article.domainSource, undefined);
  assert.match(renderTerminal(kjfk, knowledgeOf(kjfk)), /Site: kjfk\.news · not in the sources knowledge base/);
});
