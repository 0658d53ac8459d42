/**
 * A story's origin: the copies published on the domain of an outlet that *other* copies of the
 * story name (as a source in an attribution chain, or as an outlet they mention). Such a copy is
 * where the story comes from — the agency report the others rewrite — not a co-publisher, so it
 * adds nothing to any pair's co-publication evidence (it still counts as the domain's activity and
 * is shown as the story's origin).
 *
 * A name points at a domain when
 * - the outlet gazetteer or the sources knowledge base gives the domain for it ("RIA Novosti" →
 *   ria.ru, "TASS" → tass.ru, tass.com), also for subdomains (de.rt.com for "RT");
 * - the name is itself a domain ("Lenta.ru");
 * - or the site's name is spelled in the domain: the registrable label, with the name keys'
 *   spelling folds, equals the name, or one starts with the other and the shorter covers most of
 *   it ("Orbita News Agency" → orbita-news.example, "Polar Star" → polarstar-intl.example).
 *
 * A page is also its story's origin when its wire dateline credits its own site ("LUGANSK, June
 * 30. /TASS/." on tass.com, "MOSCOW (Reuters) —" on reuters.com): the agency's own report, even
 * when the copies do not say where they took it from. A page that merely names its own site
 * elsewhere (a sign-off, its navigation) is not: copy sites name themselves too.
 */
import { outletDomains, outletName } from '../mentions/gazetteer.js';
import { nameKey } from '../mentions/keys.js';
import { defaultSources } from '../sources/default.js';

/** Second-level labels under a two-letter country code (bbc.co.uk → bbc). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);
/** The shorter spelling must cover at least this share of the longer when one starts with the other. */
const MIN_COVER = 0.6;
/** …and be at least this long, so that "News" or "Daily" match no site. */
const MIN_PREFIX = 5;

interface NameInfo {
  /** Letters of the name with the name keys' folds, no spaces. */
  letters: string;
  /** Domains the gazetteer, the knowledge base or the name itself gives. */
  hosts: string[];
}

const NAME_MEMO = new Map<string, NameInfo>();
const LABEL_MEMO = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** The registrable label of a host: "de.rt.com" → "rt", "balkan.news-pravda.com" → "news-pravda", "bbc.co.uk" → "bbc". */
export function siteLabel(host: string): string {
  const parts = host.toLowerCase().split('.').filter((p) => p !== '');
  if (parts.length < 2) return parts[0] ?? '';
  let i = parts.length - 2;
  if (i > 0 && parts[parts.length - 1]!.length === 2 && SECOND_LEVEL.has(parts[i]!)) i--;
  return parts[i]!;
}

function labelLetters(host: string): string {
  let l = LABEL_MEMO.get(host);
  if (l === undefined) {
    if (LABEL_MEMO.size >= MEMO_LIMIT) LABEL_MEMO.clear();
    l = nameKey(siteLabel(host).replace(/[-_]+/g, ' ')).replace(/ /g, '');
    LABEL_MEMO.set(host, l);
  }
  return l;
}

function nameInfo(name: string): NameInfo {
  let info = NAME_MEMO.get(name);
  if (info !== undefined) return info;
  if (NAME_MEMO.size >= MEMO_LIMIT) NAME_MEMO.clear();
  const hosts = new Set<string>();
  const trimmed = name.trim().toLowerCase();
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(trimmed)) hosts.add(trimmed.replace(/^www\./, ''));
  const canonical = outletName(name);
  if (canonical !== undefined) for (const d of outletDomains(canonical)) hosts.add(d);
  const kb = defaultSources().byName(name, { kinds: ['outlet'] });
  if (kb) for (const d of kb.entry.domains) hosts.add(d.toLowerCase());
  info = { letters: nameKey(name).replace(/ /g, ''), hosts: [...hosts] };
  NAME_MEMO.set(name, info);
  return info;
}

/** Wire credits near the top of a text: "/TASS/", "(Reuters) —". */
const CREDIT = /\/([^/\n]{2,40})\/|\(([^()\n]{2,30})\)\s?[-—–]/u;
/** Characters from the top the dateline is looked for in. */
const DATELINE_CHARS = 400;

/** The outlet a text's wire dateline credits ("/TASS/", "(Reuters) —"), or null. */
export function datelineCredit(text: string): string | null {
  const m = CREDIT.exec(text.slice(0, DATELINE_CHARS));
  const name = (m?.[1] ?? m?.[2])?.trim();
  if (!name || !/^[\p{Lu}\p{Ll}]/u.test(name) || name.split(/\s+/).length > 4) return null;
  return name;
}

/** Whether `name` (an outlet or source a copy names) points at the site `host`. */
export function namesSite(name: string, host: string): boolean {
  const info = nameInfo(name);
  for (const h of info.hosts) if (host === h || host.endsWith(`.${h}`)) return true;
  const k = info.letters;
  const l = labelLetters(host);
  if (k.length < 2 || l.length < 2) return false;
  if (k === l) return true;
  if (k.startsWith(l)) return l.length >= MIN_PREFIX;
  if (l.startsWith(k)) return k.length >= MIN_PREFIX && k.length >= MIN_COVER * l.length;
  return false;
}

/**
 * Which copies of one story are its origin: `domains[i]` is named by a copy on another domain, or
 * copy i's dateline credits its own site (`credits[i]`). `names[i]` are the names copy i gives
 * (see `Publication.names`).
 */
export function storyOrigins(domains: readonly string[], names: ReadonlyArray<readonly string[]>, credits: ReadonlyArray<string | null> = []): boolean[] {
  const out = domains.map((d, i) => {
    const c = credits[i];
    return c !== null && c !== undefined && namesSite(c, d);
  });
  // Each name once, with the domains that give it.
  const namers = new Map<string, Set<string>>();
  names.forEach((list, j) => {
    for (const n of list) {
      let s = namers.get(n);
      if (!s) namers.set(n, (s = new Set()));
      s.add(domains[j]!);
    }
  });
  if (namers.size === 0) return out;
  domains.forEach((d, i) => {
    for (const [n, by] of namers) {
      if (by.size === 1 && by.has(d)) continue; // only the copy's own site names it
      if (namesSite(n, d)) {
        out[i] = true;
        return;
      }
    }
  });
  return out;
}
