/**
 * Stage 6: what each network looks like — members, the stories they share, how long after the
 * origin they publish, who moves first, where the stories come from, activity over time and the
 * sources their copies cite.
 */
import { nameKey } from '../mentions/keys.js';
import { stemName } from '../stories/fingerprint.js';
import { median, quantileSorted } from './stats.js';
import type { CopyTable, MemberProfile, NetworkProfile, SharedStory } from './types.js';

/** Shared stories listed per network (the count is always complete). */
export const MAX_LISTED_STORIES = 200;
const HOUR = 3_600_000;

/** What the profile reads of an input row besides domain, story and time. */
export interface RowDetails {
  url(i: number): string | null;
  title(i: number): string | null;
  sources(i: number): readonly string[];
}

interface Acc {
  members: number[];
  shared: number;
  listed: SharedStory[];
  lags: number[];
  lagsByMember: Map<number, number[]>;
  sharedByMember: Map<number, number>;
  first: Map<number, number>;
  origins: Map<number, number>;
  activity: Map<string, number>;
  minTime: number;
  maxTime: number;
  cited: Map<string, { copies: number; spellings: Map<string, number> }>;
}

export function profileNetworks(
  t: CopyTable,
  networkOf: ReadonlyMap<number, number>,
  strength: ReadonlyMap<number, number>,
  internal: ReadonlyMap<number, { edges: number; weight: number }>,
  rows: RowDetails | null,
): NetworkProfile[] {
  const accs = new Map<number, Acc>();
  for (const [d, n] of networkOf) {
    let acc = accs.get(n);
    if (!acc) {
      acc = {
        members: [], shared: 0, listed: [], lags: [], lagsByMember: new Map(), sharedByMember: new Map(), first: new Map(),
        origins: new Map(), activity: new Map(), minTime: Infinity, maxTime: -Infinity, cited: new Map(),
      };
      accs.set(n, acc);
    }
    acc.members.push(d);
  }
  const S = t.storyIds.length;
  const perNetwork = new Map<number, number[]>();
  const dayKeys: Array<{ acc: Acc; time: number }> = [];
  for (let s = 0; s < S; s++) {
    const lo = t.storyStart[s]!;
    const hi = t.storyStart[s + 1]!;
    if (hi - lo < 2) continue;
    perNetwork.clear();
    for (let i = lo; i < hi; i++) {
      const n = networkOf.get(t.copyDomain[i]!);
      if (n === undefined) continue;
      let l = perNetwork.get(n);
      if (!l) perNetwork.set(n, (l = []));
      l.push(i);
    }
    for (const [n, copies] of perNetwork) {
      if (copies.length < 2) continue;
      const acc = accs.get(n)!;
      acc.shared++;
      const t0 = t.copyTime[lo]!;
      const originDomain = t.copyDomain[lo]!;
      if (!networkOf.has(originDomain) || networkOf.get(originDomain) !== n) acc.origins.set(originDomain, (acc.origins.get(originDomain) ?? 0) + 1);
      const firstMember = t.copyDomain[copies[0]!]!;
      acc.first.set(firstMember, (acc.first.get(firstMember) ?? 0) + 1);
      for (const i of copies) {
        const d = t.copyDomain[i]!;
        const lag = (t.copyTime[i]! - t0) / HOUR;
        acc.lags.push(lag);
        let ml = acc.lagsByMember.get(d);
        if (!ml) acc.lagsByMember.set(d, (ml = []));
        ml.push(lag);
        acc.sharedByMember.set(d, (acc.sharedByMember.get(d) ?? 0) + 1);
        acc.minTime = Math.min(acc.minTime, t.copyTime[i]!);
        acc.maxTime = Math.max(acc.maxTime, t.copyTime[i]!);
        dayKeys.push({ acc, time: t.copyTime[i]! });
        if (rows) {
          for (const name of rows.sources(t.copyRow[i]!)) {
            const key = stemName(nameKey(name));
            if (key === '') continue;
            let c = acc.cited.get(key);
            if (!c) acc.cited.set(key, (c = { copies: 0, spellings: new Map() }));
            c.copies++;
            c.spellings.set(name, (c.spellings.get(name) ?? 0) + 1);
          }
        }
      }
      if (acc.listed.length < MAX_LISTED_STORIES) {
        acc.listed.push({
          storyId: t.storyIds[s]!,
          title: rows?.title(t.copyRow[copies[0]!]!) ?? rows?.title(t.copyRow[lo]!) ?? null,
          origin: { domain: t.domains[originDomain]!, published: iso(t0), url: rows?.url(t.copyRow[lo]!) ?? null },
          copies: copies.map((i) => ({
            domain: t.domains[t.copyDomain[i]!]!,
            published: iso(t.copyTime[i]!),
            lagHours: round((t.copyTime[i]! - t0) / HOUR, 2),
            url: rows?.url(t.copyRow[i]!) ?? null,
          })),
        });
      }
    }
  }
  for (const { acc, time } of dayKeys) {
    const monthly = acc.maxTime - acc.minTime > 60 * 24 * HOUR;
    const k = iso(time).slice(0, monthly ? 7 : 10);
    acc.activity.set(k, (acc.activity.get(k) ?? 0) + 1);
  }

  const out: NetworkProfile[] = [];
  for (const [n, acc] of accs) {
    const members: MemberProfile[] = acc.members
      .map((d) => ({
        domain: t.domains[d]!,
        stories: t.domainStories[d]!,
        sharedStories: acc.sharedByMember.get(d) ?? 0,
        medianLagHours: roundOrNull(median(acc.lagsByMember.get(d) ?? [])),
        firstMover: acc.first.get(d) ?? 0,
        strength: round(strength.get(d) ?? 0, 3),
      }))
      .sort((x, y) => y.strength - x.strength || (x.domain < y.domain ? -1 : 1));
    const lags = Float64Array.from(acc.lags).sort();
    const inside = internal.get(n) ?? { edges: 0, weight: 0 };
    out.push({
      id: n,
      label: '',
      members,
      edges: inside.edges,
      weight: round(inside.weight, 3),
      sharedStoryCount: acc.shared,
      sharedStories: acc.listed,
      lagHours: lags.length === 0 ? null : { p25: round(quantileSorted(lags, 0.25), 2), median: round(quantileSorted(lags, 0.5), 2), p75: round(quantileSorted(lags, 0.75), 2) },
      firstMovers: ranked(acc.first, t.domains),
      origins: ranked(acc.origins, t.domains),
      activity: [...acc.activity].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([period, copies]) => ({ period, copies })),
      citedSources: [...acc.cited.values()]
        .map((c) => ({ name: [...c.spellings].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0], copies: c.copies }))
        .sort((x, y) => y.copies - x.copies || (x.name < y.name ? -1 : 1)),
    });
  }
  return out;
}

function ranked(m: ReadonlyMap<number, number>, domains: readonly string[]): Array<{ domain: string; stories: number }> {
  return [...m].map(([d, stories]) => ({ domain: domains[d]!, stories })).sort((x, y) => y.stories - x.stories || (x.domain < y.domain ? -1 : 1));
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function roundOrNull(x: number | null): number | null {
  return x === null ? null : round(x, 2);
}
