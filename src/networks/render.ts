/** Terminal rendering of networks and of one domain's network, with their evidence. */
import { stripUnsafe as clean } from '../report/text.js';
import type { SharedIndicator } from './fingerprints/index.js';
import type { DomainReport, NetworksReport, NetworkWithEvidence } from './evidence.js';

export function renderNetworks(r: NetworksReport, location: string): string {
  const out: string[] = [];
  out.push(`Networks in ${clean(location)}: ${r.networks.length}`);
  out.push(`  coordination interval ${r.interval.hours} h (${clean(r.interval.basis)})`);
  out.push(
    `  ${r.stats.publications} articles (${r.stats.undated} undated) on ${r.stats.stories} stories (${r.stats.multiDomainStories} published by two or more domains) from ${r.stats.domains} domains; ${r.stats.origins} copies set aside as their story's origin (named by the other copies, or by their own dateline); ${r.stats.significantEdges} of ${r.stats.candidatePairs} co-publishing pairs beyond what activity explains`,
  );
  if (r.skipped > 0) out.push(`  ${r.skipped} articles left out (no domain or story${r.undated === 0 && r.stats.undated === 0 ? '' : ', or undated outside a time window'})`);
  for (const n of r.networks) out.push('', ...networkLines(n));
  if (r.networks.length === 0) out.push('', 'No network: no group of domains co-publishes stories more often than their activity explains.');
  return `${out.join('\n')}\n`;
}

export function renderDomain(d: DomainReport): string {
  const out: string[] = [];
  out.push(`${clean(d.domain)}: ${d.stories} stor${d.stories === 1 ? 'y' : 'ies'} in the store`);
  if (d.network) out.push(`  member of ${clean(d.network.label)}`, '', ...networkLines(d.network));
  else out.push('  not in any co-publication network');
  const own = d.edges.slice(0, 15);
  if (own.length > 0) {
    out.push('', `  co-publication pairs of ${clean(d.domain)} (interval ${d.interval.hours} h):`);
    for (const e of own) {
      const other = e.source === d.domain ? e.target : e.source;
      const gap = e.meanGapHours === null ? 'undated' : `gap ${e.meanGapHours} h${e.gapPrecision === 'exact' || e.gapPrecision === null ? '' : ` (dates to the ${e.gapPrecision})`}`;
      out.push(
        `    ${e.significant ? '*' : ' '} ${clean(other).padEnd(32)} ${String(e.coordinated).padStart(4)} stories (${e.dated} dated, ${e.rare} rare)  ${gap}  overlap ${e.overlap}  weight ${e.weight}  q ${e.q.toExponential(1)}${e.basis ? `  [${e.basis}]` : ''}`,
      );
    }
    out.push('    (* an edge: repeated beyond chance, or a rare shared story with a real overlap)');
  }
  if (d.outside.length > 0) {
    out.push('', '  site fingerprints shared with domains outside the network:');
    out.push(...evidenceLines(d.outside, 20));
  }
  return `${out.join('\n')}\n`;
}

function networkLines(n: NetworkWithEvidence): string[] {
  const out: string[] = [];
  const coarsest = (['year', 'month', 'day'] as const).find((p) => n.copies.precision[p] > 0);
  const lag = n.lagHours
    ? `median lag ${n.lagHours.median} h (${n.lagHours.p25}–${n.lagHours.p75}) behind the earliest dated copy${coarsest ? `, between dates given to the ${coarsest}` : ''}`
    : 'no lag known';
  const total = n.copies.dated + n.copies.undated;
  const precision = (Object.entries(n.copies.precision) as Array<[string, number]>).filter(([, c]) => c > 0).map(([p, c]) => `${c} ${p === 'exact' ? 'timestamped' : `to the ${p}`}`);
  out.push(`${clean(n.label)} — ${n.members.length} domains, ${n.sharedStoryCount} shared stories, ${lag}`);
  out.push(`  ${n.copies.dated} of ${total} member copies dated${precision.length > 0 ? ` (${precision.join(', ')})` : ''}; lags and first movers rest on the dated ones`);
  out.push(`  ${'member'.padEnd(34)}${'stories'.padStart(8)}${'shared'.padStart(8)}${'dated'.padStart(7)}${'lag h'.padStart(8)}${'first'.padStart(7)}  shares stories with (dated)`);
  for (const m of n.members) {
    const partners = m.partners.slice(0, 6).map((p) => `${clean(p.domain)} ${p.stories}${p.dated > 0 ? ` (${p.dated})` : ''}`);
    if (m.partners.length > 6) partners.push(`+${m.partners.length - 6} more`);
    out.push(
      `  ${clean(m.domain).padEnd(34)}${String(m.stories).padStart(8)}${String(m.sharedStories).padStart(8)}${String(m.datedStories).padStart(7)}${String(m.medianLagHours ?? '-').padStart(8)}${String(m.firstMover).padStart(7)}  ${partners.join(', ')}`,
    );
  }
  if (n.origins.length > 0) out.push(`  stories come from: ${n.origins.slice(0, 6).map((o) => `${clean(o.domain)} (${o.stories})`).join(', ')}`);
  if (n.firstMovers.length > 0) out.push(`  first movers: ${n.firstMovers.slice(0, 4).map((o) => `${clean(o.domain)} (${o.stories})`).join(', ')}`);
  if (n.citedSources.length > 0) out.push(`  copies cite: ${n.citedSources.slice(0, 8).map((c) => `${clean(c.name)} (${c.copies})`).join(', ')}`);
  if (n.activity.length > 0) out.push(`  activity: ${n.activity.slice(-12).map((a) => `${a.period} ${a.copies}`).join(' · ')}`);
  const c = n.evidenceCounts;
  out.push(`  site fingerprints (${n.membersWithPages} of ${n.members.length} members with stored HTML): ${c.conclusive} conclusive · ${c.associative} associative · ${c.circumstantial} circumstantial — evidence, not a verdict`);
  out.push(...evidenceLines(n.evidence, 12));
  return out;
}

function evidenceLines(evidence: readonly SharedIndicator[], max: number): string[] {
  const out = evidence.slice(0, max).map((e) => `    ${e.tier.padEnd(15)}${clean(e.label)}: ${clean(e.value).slice(0, 60)} — ${e.domains.map(clean).join(', ')}`);
  if (evidence.length > max) out.push(`    … ${evidence.length - max} more (--json for all)`);
  return out;
}
