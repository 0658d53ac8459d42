/** The networks renderer prints store text (domains, page titles in fingerprints) safely on a terminal. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DomainReport } from './evidence.js';
import { renderDomain } from './render.js';

const RLO = '\u202e'; // right-to-left override: "moc.elpmaxe" would print as "example.com"
const LRI = '\u2066';
const PDI = '\u2069';

function report(domain: string, other: string, title: string): DomainReport {
  return {
    domain,
    stories: 3,
    network: null,
    edges: [
      { source: domain, target: other, coordinated: 3, dated: 2, rare: 0, overlap: 0.5, weight: 1.5, meanGapHours: 1, gapPrecision: 'exact', p: 0.01, q: 0.02, significant: true, basis: 'repeated' },
    ],
    outside: [{ tier: 'associative', kind: 'theme', label: 'CMS theme', value: title, domains: [domain, other] }],
    interval: { ms: 3_600_000, hours: 1, estimated: false, basis: 'given', precisionFloorHours: 0 },
  };
}

test('bidi overrides and isolates, line separators and control characters in a domain or a title never reach the terminal', () => {
  const out = renderDomain(report(`${RLO}moc.elpmaxe`, `other.example\u2028${LRI}x${PDI}`, `Daily ${RLO}News\u001b[31m\u0085 theme`));
  assert.doesNotMatch(out, /[\u202a-\u202e\u2066-\u2069\u2028\u2029\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
  assert.match(out, /^moc\.elpmaxe: 3 stories in the store$/m);
  assert.match(out, /\* other\.example x +3 stories/);
  assert.match(out, /CMS theme: Daily News\[31m {2}theme — moc\.elpmaxe, other\.example x/);
});
