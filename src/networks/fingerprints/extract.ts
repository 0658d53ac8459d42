/**
 * Indicators of one stored HTML page, read with htmlparser2's streaming tokenizer (no DOM): meta
 * tags, the URLs of scripts, styles, images and frames, the text of inline scripts (where
 * analytics and ad IDs live) and the page's tag structure. Visible text is never scanned, so an
 * article that mentions "UA-1234567" does not fingerprint its site. Work is bounded: the first
 * MAX_HTML characters, the first MAX_ELEMENTS elements, MAX_SCRIPT characters of inline script.
 */
import { Parser } from 'htmlparser2';
import { CMS_FAMILIES, SOCIAL_META, UBIQUITOUS_HOSTS, VERIFICATION_META, type IndicatorKindName } from './data/indicators.js';

export const MAX_HTML = 2_000_000;
export const MAX_ELEMENTS = 20_000;
export const MAX_SCRIPT = 500_000;

/** One indicator value found on a page. */
export interface PageIndicator {
  kind: IndicatorKindName;
  value: string;
}

export interface PageFingerprint {
  indicators: PageIndicator[];
  /** Tag-structure shingles ("div.header>nav.menu") for template similarity. */
  shingles: Set<string>;
}

/** ID patterns scanned in inline scripts and asset URLs: each captures the ID (group 1). */
const ID_PATTERNS: ReadonlyArray<{ kind: IndicatorKindName; re: RegExp; prefix?: string }> = [
  { kind: 'google-analytics', re: /\b(UA-\d{4,10})(?:-\d{1,4})?\b/g },
  { kind: 'google-tag', re: /\b(G-[A-Z0-9]{6,16})\b/g },
  { kind: 'google-tag-manager', re: /\b(GTM-[A-Z0-9]{4,10})\b/g },
  { kind: 'google-ads', re: /\b(AW-\d{6,12})\b/g },
  { kind: 'adsense', re: /\bpub-(\d{10,20})\b/g, prefix: 'pub-' },
  { kind: 'yandex-metrica', re: /\bym\(\s{0,3}(\d{5,12})/g },
  { kind: 'yandex-metrica', re: /mc\.yandex\.ru\/watch\/(\d{5,12})/g },
  { kind: 'facebook-pixel', re: /fbq\(\s{0,3}['"]init['"]\s{0,3},\s{0,3}['"](\d{6,20})['"]/g },
  { kind: 'hotjar', re: /\bhjid\s{0,3}[:=]\s{0,3}(\d{4,10})/g },
  { kind: 'crypto-wallet', re: /\b(0x[a-fA-F0-9]{40})\b/g },
];

const THEME_RE = /\/wp-content\/themes\/([A-Za-z0-9_.-]{1,64})\//;
const PLUGIN_RE = /\/wp-content\/plugins\/([A-Za-z0-9_.-]{1,64})\//g;

/** Fingerprint of one page; `siteDomain` (normalised) keeps the site's own hosts out of asset hosts. */
export function fingerprintPage(html: string, siteDomain: string, pageUrl?: string | null): PageFingerprint {
  const found = new Map<string, PageIndicator>();
  const add = (kind: IndicatorKindName, value: string): void => {
    const v = value.trim();
    if (v === '' || v.length > 300) return;
    found.set(`${kind}\u0000${v}`, { kind, value: v });
  };
  const shingles = new Set<string>();
  const plugins = new Set<string>();
  const assetUrls: string[] = [];
  const stack: string[] = [];
  let elements = 0;
  let inScript = false;
  let inGenerator = false;
  let generatorText = '';
  let script = '';
  const base = safeUrl(pageUrl ?? `https://${siteDomain}/`);

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++elements > MAX_ELEMENTS) return;
        const cls = (attribs['class'] ?? '').split(/\s+/).filter(Boolean).sort().slice(0, 2).join('.');
        const tag = cls === '' ? name : `${name}.${cls}`;
        shingles.add(`${stack[stack.length - 1] ?? '^'}>${tag}`);
        stack.push(tag);
        if (name === 'meta') meta(attribs, add);
        if (name === 'script') {
          inScript = true;
          if (attribs['src']) assetUrls.push(attribs['src']);
        } else if (name === 'link' && attribs['href'] && /\b(?:stylesheet|icon|preload|modulepreload)\b/i.test(attribs['rel'] ?? '')) {
          assetUrls.push(attribs['href']);
        } else if ((name === 'img' || name === 'iframe' || name === 'source') && attribs['src']) {
          assetUrls.push(attribs['src']);
        } else if (name === 'generator') {
          inGenerator = true;
          generatorText = '';
        }
      },
      ontext(text) {
        if (inScript && script.length < MAX_SCRIPT) script += text;
        else if (inGenerator && generatorText.length < 300) generatorText += text;
      },
      onclosetag(name) {
        if (name === 'script') {
          inScript = false;
          script += '\n';
        } else if (name === 'generator') {
          inGenerator = false;
          add('feed-generator', generatorText.replace(/\s+/g, ' '));
        }
        stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html);
  parser.end();

  scanIds(script, add);
  for (const raw of assetUrls) {
    scanIds(raw, add);
    const theme = THEME_RE.exec(raw);
    if (theme) add('theme', theme[1]!.toLowerCase());
    for (const m of raw.matchAll(PLUGIN_RE)) plugins.add(m[1]!.toLowerCase());
    const u = base ? safeUrl(raw, base) : safeUrl(raw);
    if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) continue;
    const host = u.hostname.toLowerCase();
    if (host === siteDomain || host.endsWith(`.${siteDomain}`) || `www.${siteDomain}` === host || UBIQUITOUS_HOSTS.has(host)) continue;
    add('asset-host', host);
  }
  for (const m of script.matchAll(PLUGIN_RE)) plugins.add(m[1]!.toLowerCase());
  if (plugins.size >= 2) add('plugin-set', [...plugins].sort().join(', '));
  return { indicators: [...found.values()], shingles };
}

function meta(attribs: Record<string, string>, add: (kind: IndicatorKindName, value: string) => void): void {
  const key = (attribs['name'] ?? attribs['property'] ?? '').trim().toLowerCase();
  const content = attribs['content'] ?? '';
  if (key === '' || content.trim() === '') return;
  if (VERIFICATION_META.has(key)) add('site-verification', `${key}=${content.trim()}`);
  else if (SOCIAL_META.has(key)) add('social-meta', `${key}=${content.trim().toLowerCase()}`);
  else if (key === 'generator') {
    const g = content.replace(/\s+/g, ' ').trim();
    add('generator', g);
    const family = CMS_FAMILIES[g.split(' ')[0]!.toLowerCase()];
    add('cms', family ?? g.split(' ')[0]!);
  }
}

function scanIds(text: string, add: (kind: IndicatorKindName, value: string) => void): void {
  if (text === '') return;
  for (const { kind, re, prefix } of ID_PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) add(kind, `${prefix ?? ''}${m[1]!}`);
  }
}

function safeUrl(s: string, base?: URL): URL | null {
  try {
    return base ? new URL(s, base) : new URL(s);
  } catch {
    return null;
  }
}
