/**
 * A STIX 2.1 bundle of the networks, for threat-intelligence platforms (OpenCTI, MISP …):
 *
 * - `identity` — Sift, the producer of everything in the bundle;
 * - `infrastructure` — one per domain, and one per network (which `consists-of` its domains);
 * - `relationship` — `co-publishes-with` between domains with a significant edge (counts, gap,
 *   p-value in the description), `consists-of`, and `indicates`;
 * - `indicator` — per network a STIX pattern matching its domains; per shared conclusive or
 *   associative site fingerprint a PCRE pattern of the shared value, pointing at the domains
 *   that carry it;
 * - `report` — one per listed shared story, referring to the domains that published it, with the
 *   copies' URLs as external references.
 *
 * Ids are UUIDv5 of stable names (same store, same ids), so re-imports update rather than
 * duplicate. Descriptions state evidence, never verdicts.
 */
import { createHash } from 'node:crypto';
import type { NetworksReport } from '../networks/evidence.js';
import { publicationTime } from '../networks/time.js';
import type { NetworkProfile } from '../networks/types.js';

/** UUIDv5 namespace of Sift's STIX ids. */
const NAMESPACE = '6f1c2b8e-3d4a-5e6f-8a9b-0c1d2e3f4a5b';

export interface StixObject {
  type: string;
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  [key: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

export function toStix(report: NetworksReport, opts: { now?: string } = {}): StixBundle {
  const now = opts.now ?? new Date().toISOString();
  const objects: StixObject[] = [];
  const base = (type: string, name: string): StixObject => ({ type, spec_version: '2.1', id: `${type}--${uuid5(`${type}:${name}`)}`, created: now, modified: now });
  const sift = { ...base('identity', 'sift'), name: 'Sift', identity_class: 'system', description: 'Sift (sift-news): co-publication networks and site fingerprints from a local corpus of news articles.' };
  objects.push(sift);
  const by = { created_by_ref: sift.id };

  const domainObj = new Map<string, StixObject>();
  for (const n of report.nodes) {
    const o: StixObject = {
      ...base('infrastructure', `domain:${n.domain}`),
      ...by,
      name: n.domain,
      infrastructure_types: ['unknown'],
      description: `Web domain that published ${n.stories} stor${n.stories === 1 ? 'y' : 'ies'} in the corpus${n.network === null ? '' : `; member of co-publication network N${n.network}`}.`,
      external_references: [{ source_name: 'domain', url: `https://${n.domain}/` }],
    };
    domainObj.set(n.domain, o);
    objects.push(o);
  }
  const rel = (type: string, source: StixObject, target: StixObject, description?: string): StixObject => ({
    ...base('relationship', `${type}:${source.id}:${target.id}`),
    ...by,
    relationship_type: type,
    source_ref: source.id,
    target_ref: target.id,
    ...(description === undefined ? {} : { description }),
  });

  for (const e of report.edges) {
    if (!e.significant) continue;
    const a = domainObj.get(e.source);
    const b = domainObj.get(e.target);
    if (!a || !b) continue;
    objects.push(
      rel(
        'co-publishes-with',
        a,
        b,
        `Published copies of ${e.coordinated} of the same stories, none known to be further apart than the coordination interval (${report.interval.hours} h); ${e.dated} of them dated on both sides${e.meanGapHours === null ? '' : `, mean gap ${e.meanGapHours} h`}; weight ${e.weight}; ${e.basis === 'rare' ? 'edge on a rare shared story' : 'edge on repeated co-publication'}; hypergeometric p = ${e.p.toExponential(2)}, q = ${e.q.toExponential(2)}.`,
      ),
    );
  }

  for (const n of report.networks) {
    const first = firstSeen(n) ?? now;
    const netObj: StixObject = {
      ...base('infrastructure', `network:${n.members.map((m) => m.domain).sort().join(',')}`),
      ...by,
      name: `Sift co-publication network ${n.label}`,
      infrastructure_types: ['unknown'],
      description: networkDescription(report, n.id),
      first_seen: first,
    };
    objects.push(netObj);
    const members = n.members.map((m) => domainObj.get(m.domain)).filter((o): o is StixObject => o !== undefined);
    for (const m of members) objects.push(rel('consists-of', netObj, m));

    const domains = n.members.map((m) => m.domain);
    const ind: StixObject = {
      ...base('indicator', `network-domains:${domains.sort().join(',')}`),
      ...by,
      name: `Domains of ${n.label}`,
      description: `The ${domains.length} domains of co-publication network ${n.label}.`,
      indicator_types: ['attribution'],
      pattern_type: 'stix',
      pattern: domains.map((d) => `[domain-name:value = '${stixString(d)}']`).join(' OR '),
      valid_from: first,
    };
    objects.push(ind, rel('indicates', ind, netObj));

    for (const ev of n.evidence) {
      if (ev.tier === 'circumstantial' || ev.kind === 'template') continue;
      const fp: StixObject = {
        ...base('indicator', `fingerprint:${ev.kind}:${ev.value}`),
        ...by,
        name: `${ev.label}: ${ev.value}`,
        description: `Site fingerprint shared by ${ev.domains.join(', ')} (${ev.tier} evidence: one piece of evidence, not a verdict).`,
        indicator_types: ['attribution'],
        pattern_type: 'pcre',
        pattern: pcreLiteral(fingerprintNeedle(ev.kind, ev.value)),
        valid_from: first,
        labels: [`sift-tier-${ev.tier}`, `sift-indicator-${ev.kind}`],
      };
      objects.push(fp);
      for (const d of ev.domains) {
        const o = domainObj.get(d);
        if (o) objects.push(rel('indicates', fp, o));
      }
    }

    for (const s of n.sharedStories) {
      const refs = new Set<string>([netObj.id]);
      for (const c of s.copies) {
        const o = domainObj.get(c.domain);
        if (o) refs.add(o.id);
      }
      const originObj = s.origin ? domainObj.get(s.origin.domain) : undefined;
      if (originObj) refs.add(originObj.id);
      const urls = [...(s.origin ? [{ domain: s.origin.domain, url: s.origin.url }] : []), ...s.copies.map((c) => ({ domain: c.domain, url: c.url }))].filter(
        (u): u is { domain: string; url: string } => u.url !== null && isAbsoluteUrl(u.url),
      );
      const from = s.origin ? `${s.origin.basis === 'cited' ? 'origin (cited by the copies)' : 'earliest dated copy'} on ${s.origin.domain}${s.origin.published ? ` at ${s.origin.published}` : ', undated'}` : 'origin unknown';
      const copies = s.copies.map((c) => `${c.domain} ${c.lagHours === null ? (c.published ?? 'undated') : `+${c.lagHours} h`}`).join(', ');
      objects.push({
        ...base('report', `story:${s.storyId}:${n.id}:${domains.join(',')}`),
        ...by,
        name: s.title ?? `Story ${s.storyId}`,
        description: `Story ${s.storyId}: ${from}; copied by ${s.copies.length} members of ${n.label} (${copies}).`,
        report_types: ['threat-report'],
        published: stixTime(s.origin?.published ?? s.copies.find((c) => c.published !== null)?.published ?? null) ?? now,
        object_refs: [...refs],
        ...(urls.length > 0 ? { external_references: urls.map((u) => ({ source_name: u.domain, url: u.url })) } : {}),
      });
    }
  }
  return { type: 'bundle', id: `bundle--${uuid5(`bundle:${now}:${objects.length}`)}`, objects: dedupe(objects) };
}

function networkDescription(report: NetworksReport, id: number): string {
  const n = report.networks.find((x) => x.id === id)!;
  const parts = [
    `${n.members.length} domains (${n.members.map((m) => m.domain).join(', ')}) that published copies of ${n.sharedStoryCount} shared stories more often than their activity explains (repeated co-publication: hypergeometric test, Benjamini–Hochberg q ≤ ${report.options.alpha}; or a rare shared story with an overlap ≥ ${report.options.minOverlap}); ${n.copies.dated} of their ${n.copies.dated + n.copies.undated} copies dated, within ${report.interval.hours} h of each other where dated.`,
  ];
  if (n.lagHours) parts.push(`Median lag of dated copies behind the earliest dated copy: ${n.lagHours.median} h (quartiles ${n.lagHours.p25}–${n.lagHours.p75} h).`);
  if (n.origins.length > 0) parts.push(`Stories first published by: ${n.origins.slice(0, 5).map((o) => `${o.domain} (${o.stories})`).join(', ')}.`);
  if (n.citedSources.length > 0) parts.push(`Copies cite: ${n.citedSources.slice(0, 5).map((c) => `${c.name} (${c.copies})`).join(', ')}.`);
  parts.push(`Site fingerprints shared: ${n.evidenceCounts.conclusive} conclusive, ${n.evidenceCounts.associative} associative, ${n.evidenceCounts.circumstantial} circumstantial.`);
  return parts.join(' ');
}

/** What to search page source for: the ID itself (a verification token without its meta name). */
/** A STIX timestamp for a date given at any precision (`2025-06-21` → its start, UTC); null when undated. */
function stixTime(published: string | null): string | null {
  if (published === null) return null;
  const t = publicationTime(published);
  return t === null ? null : new Date(t.time).toISOString();
}

/** The earliest dated origin or copy of a network's listed stories, as a STIX timestamp. */
function firstSeen(n: NetworkProfile): string | null {
  let best: number | null = null;
  for (const s of n.sharedStories) {
    for (const p of [s.origin?.published ?? null, ...s.copies.map((c) => c.published)]) {
      const t = p === null ? null : publicationTime(p);
      if (t !== null && (best === null || t.time < best)) best = t.time;
    }
  }
  return best === null ? null : new Date(best).toISOString();
}

function fingerprintNeedle(kind: string, value: string): string {
  if (kind === 'site-verification' || kind === 'social-meta') return value.slice(value.indexOf('=') + 1);
  return value;
}

function pcreLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, (c) => `\\${c}`);
}

function stixString(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

function isAbsoluteUrl(u: string): boolean {
  try {
    const x = new URL(u);
    return x.protocol === 'http:' || x.protocol === 'https:';
  } catch {
    return false;
  }
}

function dedupe(objects: StixObject[]): StixObject[] {
  const seen = new Set<string>();
  return objects.filter((o) => (seen.has(o.id) ? false : (seen.add(o.id), true)));
}

/** RFC 4122 version-5 UUID of `name` in Sift's namespace. */
export function uuid5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
