/**
 * Step 5: laundromat-sites. Each domain keeps the list it came from; the lists mean very different
 * things (data/meanings.ts `LISTS`). Platform hosts (youtube.com, t.me …) are hosts, not outlets:
 * their list memberships are dropped.
 */
import { parseCsvRecords } from '../csv.js';
import { normalizeHost } from '../domain.js';
import type { BuildContext } from './00-model.js';

export const LAUNDROMAT_FILE = 'laundromat-sites/sites_of_concern.csv';

export function addLaundromat({ read, model }: BuildContext): void {
  for (const r of parseCsvRecords(read(LAUNDROMAT_FILE))) {
    const host = normalizeHost(r['Domain'] ?? '');
    const list = (r['Source'] ?? '').trim();
    if (!host || !list || model.platformOf(host)) continue;
    const e = model.entityForDomainRecord(host);
    if (!e.facts.some((f) => f[0] === 'l' && f[1] === host && f[2] === list)) e.facts.push(['l', host, list]);
  }
}
