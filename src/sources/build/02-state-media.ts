/**
 * Step 2: state-media-profiles. Rows sharing a domain, or the same company and asset name, are one
 * outlet; each gets one fact per (typology, country, company) with the domains it was given for.
 * Asset names are indexed without their "Print: " / "Television: " prefixes, and a Cyrillic name
 * in parentheses ("Russia-24 (Россия-24)") is an alias.
 */
import { CYRILLIC } from '../../lang/index.js';
import { parseCsvRecords } from '../csv.js';
import { normalizeHost } from '../domain.js';
import { TIER_DATASET, trailingParen, trimTrailing, type BuildContext, type Entity } from './00-model.js';

export const STATE_MEDIA_FILE = 'state-media-profiles/State_Media_Matrix.csv';

const PREFIX = /^(?:print|television|tv|radio|news agency|online|website|magazine|newspaper):\s*/i;

export function assetNames(asset: string): string[] {
  const a = trimTrailing(asset.trim(), '*').trim();
  const out = [a];
  const paren = trailingParen(a);
  if (paren && CYRILLIC.test(paren[1])) out.splice(0, 1, paren[0], paren[1]);
  const stripped = out[0]!.replace(PREFIX, '');
  if (stripped !== out[0]) out.push(stripped);
  return out.filter(Boolean);
}

export function addStateMedia({ read, model }: BuildContext): void {
  const rows = parseCsvRecords(read(STATE_MEDIA_FILE));
  const byAsset = new Map<string, Entity>();
  for (const r of rows) {
    const asset = (r['Main assets'] ?? '').trim();
    const company = trimTrailing((r['Media company'] ?? '').trim(), '*').trim();
    const country = (r['Country'] ?? '').trim();
    const typology = (r['Typology'] ?? '').replace(/\?$/, '').trim();
    if (!asset || !typology) continue;
    const host = r['URL'] ? normalizeHost(r['URL']) : undefined;
    const assetKey = `${company}\u0000${asset}`;
    let e = (host ? model.entityOfDomain(host) : undefined) ?? byAsset.get(assetKey);
    const names = assetNames(asset);
    if (!e) e = model.create(names[0]!, TIER_DATASET, 'outlet', true);
    e.named = true;
    byAsset.set(assetKey, e);
    if (host) model.addDomain(e, host);
    for (const n of names) model.addName(e, n, TIER_DATASET);
    addStateFact(e, host, typology, country, company);
  }
}

function addStateFact(e: Entity, host: string | undefined, typology: string, country: string, company: string): void {
  for (const f of e.facts) {
    if (f[0] === 's' && f[2] === typology && f[3] === country && f[4] === company) {
      if (host && !f[1].split(' ').includes(host)) f[1] = f[1] ? `${f[1]} ${host}` : host;
      return;
    }
  }
  e.facts.push(['s', host ?? '', typology, country, company]);
}
