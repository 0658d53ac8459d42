/**
 * Site fingerprints: what a domain's stored pages, URLs and publishing times reveal about how the
 * site is run, and which indicators domains share — each shared indicator one piece of evidence
 * with its tier (conclusive, associative, circumstantial), never a verdict alone.
 *
 *   pages → page indicators (extract.ts) → site fingerprint (+ URL pattern, naming pattern,
 *   cadence) → shared indicators among domains, strongest tier first
 */
import { INDICATOR_KINDS, TIER_ORDER, type IndicatorKindName, type Tier } from './data/indicators.js';
import { fingerprintPage, type PageIndicator } from './extract.js';

export { INDICATOR_KINDS, TIER_ORDER, type Tier, type IndicatorKindName } from './data/indicators.js';
export { fingerprintPage, type PageFingerprint, type PageIndicator } from './extract.js';

/** Template similarity (Jaccard of tag-structure shingles) from which two sites count as near-identical. */
export const TEMPLATE_SIMILARITY = 0.8;
/** Cadence similarity (cosine of hour-of-day histograms) and the copies each site needs for it. */
export const CADENCE_SIMILARITY = 0.95;
export const CADENCE_MIN_COPIES = 8;

export interface SiteInput {
  domain: string;
  pages: ReadonlyArray<{ url: string | null; html: string }>;
  /** URLs of the site's articles (for the URL pattern). */
  urls?: readonly string[];
  /** Publication times, ms (for the cadence). */
  times?: readonly number[];
}

export interface SiteFingerprint {
  domain: string;
  pages: number;
  indicators: PageIndicator[];
  shingles: Set<string>;
  hours: number[] | null;
}

/** One indicator value two or more domains share. */
export interface SharedIndicator {
  tier: Tier;
  kind: IndicatorKindName;
  label: string;
  value: string;
  domains: string[];
}

export function fingerprintSite(input: SiteInput): SiteFingerprint {
  const byKey = new Map<string, PageIndicator>();
  const shingles = new Set<string>();
  for (const p of input.pages) {
    const fp = fingerprintPage(p.html, input.domain, p.url);
    for (const i of fp.indicators) byKey.set(`${i.kind}\u0000${i.value}`, i);
    for (const s of fp.shingles) shingles.add(s);
  }
  const pattern = dominantUrlPattern(input.urls ?? []);
  if (pattern !== null) byKey.set(`url-pattern\u0000${pattern}`, { kind: 'url-pattern', value: pattern });
  const naming = namingPattern(input.domain);
  if (naming !== null) byKey.set(`naming-pattern\u0000${naming}`, { kind: 'naming-pattern', value: naming });
  let hours: number[] | null = null;
  if (input.times && input.times.length >= CADENCE_MIN_COPIES) {
    hours = new Array<number>(24).fill(0);
    for (const t of input.times) hours[new Date(t).getUTCHours()]!++;
  }
  return { domain: input.domain, pages: input.pages.length, indicators: [...byKey.values()], shingles, hours };
}

/** Indicators shared by at least two of the sites, strongest tier first, then by how many share it. */
export function sharedIndicators(sites: readonly SiteFingerprint[]): SharedIndicator[] {
  const groups = new Map<string, { kind: IndicatorKindName; value: string; domains: Set<string> }>();
  for (const s of sites) {
    for (const i of s.indicators) {
      const k = `${i.kind}\u0000${i.value}`;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { kind: i.kind, value: i.value, domains: new Set() }));
      g.domains.add(s.domain);
    }
  }
  const out: SharedIndicator[] = [];
  for (const g of groups.values()) {
    if (g.domains.size < 2) continue;
    out.push(shared(g.kind, g.value, [...g.domains]));
  }
  // Pairwise similarities, reported per group of sites linked by them (connected components).
  const template: Array<[string, string, number]> = [];
  const cadence: Array<[string, string, number]> = [];
  for (let i = 0; i < sites.length; i++) {
    for (let j = i + 1; j < sites.length; j++) {
      const a = sites[i]!;
      const b = sites[j]!;
      if (a.shingles.size >= 10 && b.shingles.size >= 10) {
        const sim = jaccard(a.shingles, b.shingles);
        if (sim >= TEMPLATE_SIMILARITY) template.push([a.domain, b.domain, sim]);
      }
      if (a.hours && b.hours) {
        const cos = cosine(a.hours, b.hours);
        if (cos >= CADENCE_SIMILARITY) cadence.push([a.domain, b.domain, cos]);
      }
    }
  }
  for (const g of linkedGroups(template)) out.push(shared('template', `tag-structure similarity ≥ ${g.min.toFixed(2)}`, g.domains));
  for (const g of linkedGroups(cadence)) out.push(shared('cadence', `hour-of-day profiles alike (cosine ≥ ${g.min.toFixed(2)})`, g.domains));
  return out.sort((x, y) => TIER_ORDER[x.tier] - TIER_ORDER[y.tier] || y.domains.length - x.domains.length || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : x.value < y.value ? -1 : 1));
}

/** For each pair of domains, the strongest tier of evidence they share (key "a|b", a < b). */
export function strongestTierByPair(evidence: readonly SharedIndicator[]): Map<string, Tier> {
  const out = new Map<string, Tier>();
  for (const e of evidence) {
    const ds = [...e.domains].sort();
    for (let i = 0; i < ds.length; i++) {
      for (let j = i + 1; j < ds.length; j++) {
        const k = `${ds[i]}|${ds[j]}`;
        const cur = out.get(k);
        if (cur === undefined || TIER_ORDER[e.tier] < TIER_ORDER[cur]) out.set(k, e.tier);
      }
    }
  }
  return out;
}

function shared(kind: IndicatorKindName, value: string, domains: string[]): SharedIndicator {
  const k = INDICATOR_KINDS[kind];
  return { tier: k.tier, kind, label: k.label, value, domains: domains.sort() };
}

/**
 * The most common shape of a site's article URLs: digits become {n}, years {yyyy}, months and
 * days after them {mm}/{dd}, slugs {slug}; WordPress's "?p=123" stays visible as "?p={n}".
 * Null with fewer than two URLs or no shape shared by at least half of them.
 */
export function dominantUrlPattern(urls: readonly string[]): string | null {
  if (urls.length < 2) return null;
  const counts = new Map<string, number>();
  for (const u of urls) {
    const p = urlPattern(u);
    if (p !== null) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [p, c] of counts) if (c > n || (c === n && best !== null && p < best)) [best, n] = [p, c];
  return best !== null && n * 2 >= urls.length && n >= 2 ? best : null;
}

const DIGITS = /^\d+$/;
const WORD = /^[a-z]{1,12}$/;
const PAGE_EXT = new Set(['html', 'htm', 'shtml', 'php', 'asp', 'aspx', 'jsp']);

export function urlPattern(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  let prev = '';
  const segs = u.pathname.split('/').map((seg) => {
    const s = segmentShape(seg.toLowerCase(), prev);
    prev = s;
    return s;
  });
  let query = '';
  const keys = [...u.searchParams.keys()].sort();
  if (keys.length > 0) query = `?${keys.map((k) => `${k}=${DIGITS.test(u.searchParams.get(k) ?? '') ? '{n}' : '{v}'}`).join('&')}`;
  return `${segs.join('/')}${query}`;
}

function segmentShape(seg: string, prev: string): string {
  if (seg === '') return '';
  if (DIGITS.test(seg)) {
    const n = Number(seg);
    if (seg.length === 4 && n >= 1990 && n <= 2099) return '{yyyy}';
    if (seg.length <= 2 && prev === '{yyyy}' && n >= 1 && n <= 12) return '{mm}';
    if (seg.length <= 2 && prev === '{mm}' && n >= 1 && n <= 31) return '{dd}';
    if (seg.length === 8 && n >= 19900101 && n <= 20991231) return '{yyyymmdd}';
    return '{n}';
  }
  let name = seg;
  let ext = '';
  const dot = seg.lastIndexOf('.');
  if (dot > 0 && PAGE_EXT.has(seg.slice(dot + 1))) {
    name = seg.slice(0, dot);
    ext = seg.slice(dot);
  }
  let suffix = '';
  const dash = name.lastIndexOf('-');
  if (dash > 0 && DIGITS.test(name.slice(dash + 1))) {
    name = name.slice(0, dash);
    suffix = '-{n}';
  }
  if (DIGITS.test(name)) return `{n}${suffix}${ext}`;
  const shape = name.includes('-') || name.includes('_') || !WORD.test(name) ? '{slug}' : name;
  return `${shape}${suffix}${ext}`;
}

/**
 * A domain's naming skeleton when it has a telling token: letter runs without vowels (call letters,
 * acronyms: "kvrn-news.example" → "L4-w.example") or digits. Plain word names ("w-w") are left out:
 * half the web looks like that.
 */
export function namingPattern(domain: string): string | null {
  const dot = domain.lastIndexOf('.');
  if (dot <= 0) return null;
  const name = domain.slice(0, dot);
  const tld = domain.slice(dot);
  let telling = false;
  const shape = name
    .split(/([.-])/)
    .map((tok) => {
      if (tok === '.' || tok === '-' || tok === '') return tok;
      if (DIGITS.test(tok)) {
        telling = true;
        return 'D';
      }
      if (tok.length >= 2 && tok.length <= 5 && !/[aeiouy]/.test(tok)) {
        telling = true;
        return `L${tok.length}`;
      }
      return 'w';
    })
    .join('');
  return telling ? `${shape}${tld}` : null;
}

/** Connected groups of the pairs, each with the lowest similarity on its links. */
function linkedGroups(pairs: ReadonlyArray<[string, string, number]>): Array<{ domains: string[]; min: number }> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  }
  const groups = new Map<string, { domains: string[]; min: number }>();
  for (const d of parent.keys()) {
    const r = find(d);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { domains: [], min: 1 }));
    g.domains.push(d);
  }
  for (const [a, , sim] of pairs) {
    const g = groups.get(find(a))!;
    g.min = Math.min(g.min, sim);
  }
  return [...groups.values()];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
