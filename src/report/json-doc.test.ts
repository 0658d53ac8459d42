/** Keeps docs/analysis-json.md in step with `toJson`: every field documented, no phantom fields, a true example. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeText } from '../analyze.js';
import { fixtureDoc, miniDoc } from './fixture-doc.js';
import { ANALYSIS_SCHEMA, toJson } from './json.js';
import type { Doc } from '../doc/types.js';
import { shippedSources } from '../sources/default.js';
import { knowDoc, type DocKnowledge } from '../sources/doc.js';

// The shipped knowledge base only: a user's own entries (their data folder) must not change these reports.
/** What the shipped sources knowledge base says about `doc`'s sources. */
const known = (doc: Doc): DocKnowledge => knowDoc(doc, shippedSources());

const DOC = readFileSync(new URL('../../docs/analysis-json.md', import.meta.url), 'utf8');
const TOP = ['schema', 'article', 'summary', 'attributions', 'hedged', 'unsourced', 'mentions', 'sentences', 'knownSources', 'sourcesKnowledgeBase'];

/** Field paths of a JSON value: `a.b`, arrays of objects as `a[]`, arrays of scalars as leaves. */
function paths(value: unknown, prefix: string, out: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') paths(item, `${prefix}[]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = prefix ? `${prefix}.${k}` : k;
      out.add(p);
      paths(v, p, out);
    }
  }
  return out;
}

/** A JSON output in which every optional field is present. */
function fullJson(): Set<string> {
  // the article's own domain is in the sources knowledge base, so article.domainSource is present
  const doc = fixtureDoc({ article: { byline: 'Staff reporter', siteName: 'Example News', domain: 'tass.com' } });
  const all = paths(toJson(doc, known(doc)), '', new Set());
  // reported speech inside a quotation gives attributions[].quoted
  const quoted = analyzeText('“The engineers said the spans are weak,” the mayor said.');
  return paths(toJson(quoted, known(quoted)), '', all);
}

test('every field toJson emits is documented', () => {
  const documented = new Set([...DOC.matchAll(/`([a-zA-Z][\w.[\]]*)`/g)].map((m) => m[1]!));
  const all = fullJson();
  for (const p of [
    'article.byline',
    'article.publishedPrecision',
    'article.publishedSource',
    'article.domainSource',
    'attributions[].source.resolvedFrom',
    'attributions[].parent',
    'attributions[].quoted',
    'attributions[].links[].ref',
    'attributions[].links[].role',
    'mentions[].canonical',
    'knownSources[].reliability',
    'knownSources[].ratings[].entry',
  ]) {
    assert.ok(all.has(p), `fixture exercises ${p}`);
  }
  for (const p of all) {
    // span members are documented once, as "a span"
    if (/\.(start|end|text)$/.test(p) && !p.startsWith('sentences[]')) continue;
    assert.ok(documented.has(p), `${p} is not documented in docs/analysis-json.md`);
  }
});

test('every field the reference documents exists', () => {
  const all = fullJson();
  const reference = DOC.slice(DOC.indexOf('## Field reference'));
  const rows = [...reference.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
  assert.ok(rows.length > 40, 'reference tables found');
  for (const p of rows) assert.ok(all.has(p) || TOP.includes(p), `documented field ${p} is not produced by toJson`);
});

test('the example is exactly what toJson gives for the mini fixture', () => {
  const m = /## Example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(DOC);
  assert.ok(m, 'example block found');
  const mini = miniDoc();
  assert.equal(m[1], JSON.stringify(toJson(mini, known(mini)), null, 2));
  const example = JSON.parse(m[1]!) as ReturnType<typeof toJson>;
  assert.equal(example.schema, ANALYSIS_SCHEMA);
  // the offsets in the example are real: each span's text is the slice it names
  const text = miniDoc().text;
  for (const span of [...example.attributions.flatMap((a) => [a.source, a.cue, a.content]), ...example.hedged, ...example.unsourced, ...example.mentions]) {
    assert.equal(text.slice(span.start, span.end), span.text);
  }
});

test('the doc states the offset unit and the stability promise', () => {
  assert.match(DOC, /UTF-16 code units/);
  assert.match(DOC, /additive only/);
  assert.match(DOC, /sift\.analysis\/2/);
  assert.match(DOC, /utf-16-le/);
});
