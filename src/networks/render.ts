/** Terminal rendering of networks and of one domain's network, with their evidence. */
import type { SharedIndicator } from './fingerprints/index.js';
import type { DomainReport, NetworksReport, NetworkWithEvidence } from './evidence.js';

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const clean = (s: string): string => s.replace(CONTROL, '');

export function renderNetworks(r: NetworksReport, location: string): string {
  const out: string[] = [];
  out.push(`Networks in ${clean(location)}: ${r.networks.length}`);
  out.push(`  coordination interval ${r.interval.hours} h (${clean(r.interval.basis)})`);
  out.push(
    `  ${r.stats.publications} articles on ${r.stats.stories} stories (${r.stats.multiDomainStories} published by two or more domains) from ${r.stats.domains} domains; ${r.stats.significantEdges} of ${r.stats.candidatePairs} co-publishing pairs beyond chance`,
  );
  if (r.skipped > 0) out.push(`  ${r.skipped} articles left out (no domain, publication time or story)`);
  for (const n of r.networks) out.push('', ...networkLines(n));
  if (r.networks.length === 0) out.push('', 'No network: no pair of domains co-publishes stories within the interval more often than chance explains.');
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
      out.push(`    ${e.significant ? '*' : ' '} ${clean(other).padEnd(32)} ${String(e.coordinated).padStart(4)} stories  gap ${e.meanGapHours} h  weight ${e.weight}  q ${e.q.toExponential(1)}`);
    }
    out.push('    (* beyond chance)');
  }
  if (d.outside.length > 0) {
    out.push('', '  site fingerprints shared with domains outside the network:');
    out.push(...evidenceLines(d.outside, 20));
  }
  return `${out.join('\n')}\n`;
}

function networkLines(n: NetworkWithEvidence): string[] {
  const out: string[] = [];
  const lag = n.lagHours ? `median lag ${n.lagHours.median} h (${n.lagHours.p25}–${n.lagHours.p75})` : 'no lag';
  out.push(`${clean(n.label)} — ${n.members.length} domains, ${n.sharedStoryCount} shared stories, ${lag} behind the earliest copy`);
  out.push(`  ${'member'.padEnd(34)}${'stories'.padStart(8)}${'shared'.padStart(8)}${'lag h'.padStart(8)}${'first'.padStart(7)}`);
  for (const m of n.members) {
    out.push(`  ${clean(m.domain).padEnd(34)}${String(m.stories).padStart(8)}${String(m.sharedStories).padStart(8)}${String(m.medianLagHours ?? '-').padStart(8)}${String(m.firstMover).padStart(7)}`);
  }
  if (n.origins.length > 0) out.push(`  stories first published by: ${n.origins.slice(0, 6).map((o) => `${clean(o.domain)} (${o.stories})`).join(', ')}`);
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
