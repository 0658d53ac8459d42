/**
 * Step 4: per-domain ratings. source-reliability-idiap: the golden label (1 / 0 / -1 / -2, with
 * the rating it was taken from) and MBFC factual reporting and credibility from its mbfc.csv;
 * domain-quality-ratings: pc1. Each attaches to the domain's outlet (see
 * `Model.entityForDomainRecord`).
 */
import { parseCsvRecords } from '../csv.js';
import { normalizeHost } from '../domain.js';
import type { BuildContext } from './00-model.js';

export const IDIAP_GOLDEN_FILE = 'source-reliability-idiap/data/golden_truth/golden_truth_dataset.csv';
export const IDIAP_MBFC_FILE = 'source-reliability-idiap/data/golden_truth/mbfc/mbfc.csv';
export const QUALITY_FILE = 'domain-quality-ratings/data/domain_pc1.csv';

export function addIdiap({ read, model }: BuildContext): void {
  for (const r of parseCsvRecords(read(IDIAP_GOLDEN_FILE))) {
    const host = normalizeHost(r['domain'] ?? '');
    const label = Number(r['reliability_label']);
    if (!host || !Number.isInteger(label)) continue;
    const ng = r['newsguard_score'] ? Number(r['newsguard_score']) : NaN;
    model.entityForDomainRecord(host).facts.push(['g', host, label, (r['label_source'] ?? '').trim(), Number.isFinite(ng) ? ng : null]);
  }
  for (const r of parseCsvRecords(read(IDIAP_MBFC_FILE))) {
    const host = normalizeHost(r['source'] ?? '');
    const factual = (r['factual_reporting'] ?? '').trim();
    const credibility = (r['mbfc_credibility_rating'] ?? '').trim();
    if (!host || (!factual && !credibility)) continue;
    model.entityForDomainRecord(host).facts.push(['f', host, factual, credibility]);
  }
}

export function addQuality({ read, model }: BuildContext): void {
  for (const r of parseCsvRecords(read(QUALITY_FILE))) {
    const host = normalizeHost(r['domain'] ?? '');
    const pc1 = Number(r['pc1']);
    if (!host || !Number.isFinite(pc1)) continue;
    model.entityForDomainRecord(host).facts.push(['q', host, Math.round(pc1 * 1000) / 1000]);
  }
}
