/**
 * Step 6: outlets named in EUvsDisinfo cases. euvsdisinfo-kalkun (2015–2017) gives each case's
 * source URL and outlet: cases are counted per domain (the URL's, or the outlet's when the URL is
 * a platform or a link shortener), else per outlet name when it matches an outlet. euvsdisinfo-cknabs (2015–2021) gives outlet names
 * ("Ria Novosti", "TASS - Russian", "Rossia 24 - YouTube", "ukraina.ru"): language suffixes are
 * dropped, shows on platforms skipped, domains counted per domain and names matched to an outlet
 * by name, else to the one outlet whose domain spells the name ("Parlamentni Listy" →
 * parlamentnilisty.cz); a name that matches none becomes an outlet of its own when it is named in
 * at least `MIN_CASES_FOR_NEW` cases.
 */
import { nameKey } from '../../mentions/keys.js';
import { parseCsvRecords } from '../csv.js';
import { looksLikeDomain, normalizeHost } from '../domain.js';
import { TIER_DATASET, isoMonth, trailingParen, type BuildContext, type Entity } from './00-model.js';

export const KALKUN_FILE = 'euvsdisinfo-kalkun/full_dataset.csv';
export const CKNABS_FILE = 'euvsdisinfo-cknabs/data/posts.csv';
export const MIN_CASES_FOR_NEW = 3;

const PLATFORM_WORDS = /\b(?:youtube|youyube|facebook|twitter|telegram|instagram|vkontakte|vk|odnoklassniki|ok\.ru|soundcloud|tiktok|rutube)\b/i;
const SUFFIX_WORD = /^(?:[A-Z][\p{L}() ,]*|Russian 2)$/u;

interface Tally {
  as: Map<string, number>;
  cases: number;
  first: string;
  last: string;
}

function tally(map: Map<Entity, Tally>, e: Entity, as: string, month: string): void {
  let t = map.get(e);
  if (!t) map.set(e, (t = { as: new Map(), cases: 0, first: month, last: month }));
  t.cases++;
  t.as.set(as, (t.as.get(as) ?? 0) + 1);
  if (month && (!t.first || month < t.first)) t.first = month;
  if (month && month > t.last) t.last = month;
}

function emit(map: Map<Entity, Tally>, code: 'k' | 'c'): void {
  for (const [e, t] of map) {
    const as = [...t.as].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    e.facts.push([code, as, t.cases, t.first, t.last]);
  }
}

export function addKalkun({ read, model }: BuildContext): void {
  const counts = new Map<Entity, Tally>();
  const nameOnly: Array<Record<string, string>> = [];
  for (const r of parseCsvRecords(read(KALKUN_FILE), ';')) {
    const month = isoMonth(r['date'] ?? '');
    const name = cleanOutletName(r['outlet'] ?? '');
    const source = normalizeHost(r['source'] ?? '');
    // The case's source URL names the site, unless it is a platform or a link shortener: then a domain-like outlet column does.
    let host = source && !model.platformOf(source) ? source : undefined;
    if (!host && name && looksLikeDomain(name)) host = normalizeHost(name);
    if (host && model.platformOf(host)) host = undefined;
    if (host) {
      const e = model.entityForDomainRecord(host);
      tally(counts, e, host, month);
      // Keep the outlet's name only when it spells the domain ("Parlamentni Listy", parlamentnilisty.cz).
      if (name && !looksLikeDomain(name) && spellsHost(name, host)) model.addName(e, name, TIER_DATASET);
      continue;
    }
    nameOnly.push(r);
  }
  // No site to go by (after every domain is known): each outlet named ("Nová republika, Parlamentní listy") counts where its name leads.
  for (const r of nameOnly) {
    const month = isoMonth(r['date'] ?? '');
    for (const part of (r['outlet'] ?? '').split(', ')) {
      const n = cleanOutletName(part);
      if (!n || looksLikeDomain(n)) continue;
      const byName = model.entityOfName(n);
      const e = byName ?? model.entityOfDomainLabel(n);
      if (!e || e.kind === 'platform') continue;
      if (!byName) model.addName(e, n, TIER_DATASET);
      tally(counts, e, n, month);
    }
  }
  emit(counts, 'k');
}

/** True when the name, without spaces, is one label of the host ("TV Zvezda" and tvzvezda.ru). */
export function spellsHost(name: string, host: string): boolean {
  const key = nameKey(name).replaceAll(' ', '');
  return key.length >= 5 && host.split('.').some((label) => nameKey(label) === key);
}

/** "TASS - Russian" → "TASS"; "Rossia 24 - YouTube" → undefined (a show on a platform). */
export function cleanOutletName(raw: string): string | undefined {
  let s = (trailingParen(raw)?.[0] ?? raw).trim();
  if (!s || s === 'Show more' || /[\]:]/.test(s) || PLATFORM_WORDS.test(s)) return undefined;
  for (let i = 0; i < 3; i++) {
    const dash = s.lastIndexOf(' - ');
    if (dash < 0 || !SUFFIX_WORD.test(s.slice(dash + 3).trim())) break;
    s = s.slice(0, dash).trim();
  }
  return s.length >= 2 ? s : undefined;
}

export function addCknabs({ read, model }: BuildContext): void {
  const counts = new Map<Entity, Tally>();
  const unmatched = new Map<string, Array<{ month: string }>>();
  for (const r of parseCsvRecords(read(CKNABS_FILE))) {
    const month = isoMonth(r['date'] ?? '');
    const names = new Set<string>();
    for (const raw of (r['outlets'] ?? '').split('+')) {
      const n = cleanOutletName(raw);
      if (n) names.add(n);
    }
    for (const name of names) {
      if (looksLikeDomain(name)) {
        const host = normalizeHost(name)!;
        if (model.platformOf(host)) continue;
        tally(counts, model.entityForDomainRecord(host), name, month);
        continue;
      }
      const e = model.entityOfName(name);
      if (e) {
        if (e.kind !== 'platform') tally(counts, e, name, month);
        continue;
      }
      let list = unmatched.get(name);
      if (!list) unmatched.set(name, (list = []));
      list.push({ month });
    }
  }
  for (const [name, cases] of unmatched) {
    const byLabel = model.entityOfDomainLabel(name);
    if (byLabel) {
      model.addName(byLabel, name, TIER_DATASET);
      byLabel.named = true;
      for (const c of cases) tally(counts, byLabel, name, c.month);
      continue;
    }
    if (cases.length < MIN_CASES_FOR_NEW) continue;
    const e = model.entityOfName(name) ?? model.create(name, TIER_DATASET, 'outlet', true);
    for (const c of cases) tally(counts, e, name, c.month);
  }
  emit(counts, 'c');
}
