/**
 * Site fingerprints on the fixture pages (test/fixtures/networks/pages, fictional sites): shared
 * analytics IDs, verification tokens and generator tags land in the right tier; sites that share
 * only a common CMS are never called conclusive; IDs in visible text are ignored.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../../test/shared.js';
import { fingerprintPage, fingerprintSite, namingPattern, sharedIndicators, strongestTierByPair, urlPattern } from './index.js';

const dir = join(REPO_ROOT, 'test/fixtures/networks/pages');
const sites = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => fingerprintSite({ domain: f.slice(0, -'.html'.length), pages: [{ url: null, html: readFileSync(join(dir, f), 'utf8') }] }));
const evidence = sharedIndicators(sites);
const find = (kind: string, value: string) => evidence.find((e) => e.kind === kind && e.value === value);

test('shared analytics, tag-manager and ad IDs are conclusive, with every site that carries them', () => {
  assert.deepEqual(find('google-analytics', 'UA-48151623')?.domains, ['harborcity-ledger.example', 'oakmont-herald.example', 'pinecrest-gazette.example', 'riverbend-tribune.example']);
  assert.equal(find('google-analytics', 'UA-48151623')?.tier, 'conclusive');
  assert.equal(find('google-tag-manager', 'GTM-KX7Q2PL')?.tier, 'conclusive');
  assert.deepEqual(find('adsense', 'pub-7315559021843377')?.domains, ['oakmont-herald.example', 'pinecrest-gazette.example']);
  assert.deepEqual(find('facebook-pixel', '1048576209715')?.domains, ['kvrn-news.example', 'wtlq-now.example']);
});

test('shared site-verification tokens are conclusive', () => {
  const g = find('site-verification', 'google-site-verification=q7Tz2LmX9vB4nR8kW1cY6pH3sJ0dF5gA');
  assert.equal(g?.tier, 'conclusive');
  assert.equal(g?.domains.length, 4);
  assert.equal(find('site-verification', 'yandex-verification=5f3c2a1b9e8d7c6a')?.tier, 'conclusive');
});

test('generator tags, themes, plugin sets, asset hosts and templates are associative; CMS family circumstantial', () => {
  assert.equal(find('generator', 'WordPress 6.4.2')?.tier, 'associative');
  assert.equal(find('generator', 'Ghost 5.74')?.tier, 'associative');
  assert.equal(find('theme', 'broadsheet-pro')?.tier, 'associative');
  assert.equal(find('plugin-set', 'ledger-sync, wordpress-seo, wp-rocket')?.tier, 'associative');
  assert.equal(find('asset-host', 'media.harborprint.example')?.tier, 'associative');
  assert.equal(evidence.filter((e) => e.kind === 'template').length, 2);
  assert.equal(find('cms', 'WordPress')?.tier, 'circumstantial');
  assert.ok(!evidence.some((e) => e.kind === 'asset-host' && e.value === 'fonts.googleapis.com'), 'ubiquitous hosts are not evidence');
});

test('sites sharing only a common CMS are not called conclusive', () => {
  const tiers = strongestTierByPair(evidence);
  // Same WordPress version as the ledger sites, nothing else.
  assert.equal(tiers.get('harborcity-ledger.example|northgate-wire.example'), 'associative');
  // Another WordPress version: the CMS family only.
  assert.equal(tiers.get('continental-desk.example|harborcity-ledger.example'), 'circumstantial');
  // Two Joomla sites with Joomla's versionless generator.
  assert.equal(tiers.get('eastbridge-review.example|zorianske-today.example'), 'associative');
  for (const [pair, tier] of tiers) {
    if (tier !== 'conclusive') continue;
    const [a, b] = pair.split('|');
    const sameNetwork = [a, b].every((d) => /ledger|gazette|tribune|herald/.test(d!)) || [a, b].every((d) => /^(kvrn|wtlq|kbsx|wgmr)-/.test(d!));
    assert.ok(sameNetwork, `${pair} called conclusive`);
  }
});

test('IDs in visible text, and outside scripts and asset URLs, do not fingerprint a site', () => {
  const fp = fingerprintPage('<html><body><p>Our tracking ID UA-12345678 and G-ABCDEF1234 are public.</p></body></html>', 'a.example');
  assert.deepEqual(fp.indicators, []);
  const withScript = fingerprintPage("<html><head><script>gtag('config','G-ABCDEF1234')</script></head></html>", 'a.example');
  assert.deepEqual(withScript.indicators, [{ kind: 'google-tag', value: 'G-ABCDEF1234' }]);
});

test('URL patterns (table)', () => {
  const cases: Array<[string, string | null]> = [
    ['https://a.example/?p=123', '/?p={n}'],
    ['https://a.example/2025/03/04/some-story-slug-4821.html', '/{yyyy}/{mm}/{dd}/{slug}-{n}.html'],
    ['https://a.example/news/2025/03/some-story/', '/news/{yyyy}/{mm}/{slug}/'],
    ['https://a.example/news/20250304/voennyi-ekspert.html', '/news/{yyyymmdd}/{slug}.html'],
    ['https://a.example/article/98765', '/article/{n}'],
    ['not a url', null],
  ];
  for (const [url, expected] of cases) assert.equal(urlPattern(url), expected, url);
});

test('naming patterns keep only telling skeletons (table)', () => {
  const cases: Array<[string, string | null]> = [
    ['kvrn-news.example', 'L4-w.example'],
    ['wgmr-report.example', 'L4-w.example'],
    ['harborcity-ledger.example', null],
    ['kyiv24.example', null],
    ['24-news.example', 'D-w.example'],
  ];
  for (const [domain, expected] of cases) assert.equal(namingPattern(domain), expected, domain);
});
