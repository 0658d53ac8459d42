/** Step 1: Sift's curated outlet identities and the platform hosts, before any dataset. */
import { CURATED } from '../data/curated.js';
import { PLATFORM_HOSTS } from '../data/platforms.js';
import { TIER_CURATED, type BuildContext } from './00-model.js';

export function addCurated({ model }: BuildContext): void {
  for (const o of CURATED) {
    const e = model.create(o.name, TIER_CURATED, 'outlet', true);
    for (const d of o.domains) model.addDomain(e, d);
    for (const a of o.aliases) model.addName(e, a, TIER_CURATED);
  }
  for (const host of PLATFORM_HOSTS) {
    if (model.entityOfDomain(host)) continue;
    const e = model.create('', TIER_CURATED, 'platform', true);
    model.addDomain(e, host);
  }
}
