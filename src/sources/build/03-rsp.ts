/**
 * Step 3: wikipedia-perennial-sources. Each RSP entry is attached to the outlets owning any of its
 * domains (the `domain` field and the {{WP:RSPUSES|…}} list); else to the one outlet its name
 * means; else it becomes an outlet of its own. Entries without a domain that match no outlet are
 * skipped (they are people, books, Wikidata …). Only status, shortcut and year are kept — no
 * summary text.
 */
import { normalizeHost } from '../domain.js';
import { TIER_DATASET, between, trailingParen, type BuildContext, type Entity } from './00-model.js';

export const RSP_FILE = 'wikipedia-perennial-sources/data/sources.jsonl';

interface RspRow {
  name?: string;
  name_qualifier?: string;
  status?: string;
  shortcut?: string;
  rsp_last?: string;
  domain?: string;
  alltext?: string;
}

/** Domains an RSP row names. */
export function rspDomains(row: RspRow): string[] {
  const out = new Set<string>();
  if (row.domain) {
    const h = normalizeHost(row.domain);
    if (h) out.add(h);
  }
  const uses = row.alltext ? between(row.alltext, '{{WP:RSPUSES|', '}}') : undefined;
  if (uses !== undefined) {
    for (const part of uses.split('|')) {
      if (part.includes('=')) continue;
      const h = normalizeHost(part);
      if (h) out.add(h);
    }
  }
  return [...out];
}

/** "Sputnik (news agency)" → "Sputnik"; qualifiers "(ITAR-TASS, Telegraph Agency …)" → aliases. */
export function rspNames(row: RspRow): string[] {
  const name = (row.name ?? '').trim();
  const out = [name];
  const bare = trailingParen(name)?.[0] ?? name;
  if (bare && bare !== name) out.push(bare);
  const q = /^\((.*)\)$/.exec((row.name_qualifier ?? '').trim());
  if (q) for (const a of q[1]!.split(',')) if (a.trim()) out.push(a.trim());
  return out.filter(Boolean);
}

export function addRsp({ read, model }: BuildContext): void {
  for (const line of read(RSP_FILE).split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as RspRow;
    if (!row.name || !row.status) continue;
    const domains = rspDomains(row);
    const names = rspNames(row);
    const hits = new Set<Entity>();
    for (const d of domains) {
      const e = model.entityOfDomain(d);
      if (e && e.kind !== 'platform') hits.add(e);
    }
    if (hits.size === 0) {
      for (const n of names) {
        const e = model.entityOfName(n);
        if (e) {
          hits.add(e);
          break;
        }
      }
    }
    if (hits.size === 0) {
      if (domains.length === 0) continue;
      hits.add(model.create(names[names.length > 1 && !row.name_qualifier ? 1 : 0]!, TIER_DATASET, 'outlet', true));
    }
    const first = [...hits][0]!;
    for (const d of domains) if (!model.entityOfDomain(d)) model.addDomain(first, d);
    for (const e of hits) {
      e.named = true;
      for (const n of names) if (hits.size === 1) model.addName(e, n, TIER_DATASET);
      e.facts.push(['w', row.name, row.status, row.shortcut ?? '', row.rsp_last ?? '']);
    }
  }
}
