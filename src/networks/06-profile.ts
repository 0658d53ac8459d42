/**
 * Stage 6: what each network looks like — members and whom each shares how many stories with (and
 * how many of those were dated), the stories they share, how long after the story's earliest
 * dated copy they publish, who moves first, where the stories come from, activity over time and
 * the sources their copies cite. Undated copies count everywhere a story is counted and nowhere a
 * time is: lags, first movers and activity rest on the dated copies, each at its precision.
 */
import { nameKey } from '../mentions/keys.js';
import { stemName } from '../stories/fingerprint.js';
import { copyMid } from './01-table.js';
import { median, quantileSorted } from './stats.js';
import { formatTime, precisionName } from './time.js';
import type { CopyTable, MemberProfile, NetworkProfile, SharedStory, TimePrecision } from './types.js';

/** Shared stories listed per network (the count is always complete). */
export const MAX_LISTED_STORIES = 200;
const HOUR = 3_600_000;

/** What the profile reads of an input row besides domain, story and time. */
export interface RowDetails {
  url(i: number): string | null;
  title(i: number): string | null;
  sources(i: number): readonly string[];
}

interface Partner {
  stories: number;
  dated: number;
  gaps: number[];
}

interface Acc {
  members: number[];
  shared: number;
  listed: SharedStory[];
  lags: number[];
  lagsByMember: Map<number, number[]>;
  sharedByMember: Map<number, number>;
  datedByMember: Map<number, number>;
  partners: Map<number, Map<number, Partner>>;
  first: Map<number, number>;
  origins: Map<number, number>;
  activity: Map<string, number>;
  minTime: number;
  maxTime: number;
  dated: number;
  undated: number;
  precision: Record<TimePrecision, number>;
  cited: Map<string, { copies: number; spellings: Map<string, number> }>;
}

const isDated = (t: CopyTable, i: number): boolean => !Number.isNaN(t.copyTime[i]!);

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
        members: [], shared: 0, listed: [], lags: [], lagsByMember: new Map(), sharedByMember: new Map(), datedByMember: new Map(),
        partners: new Map(), first: new Map(), origins: new Map(), activity: new Map(), minTime: Infinity, maxTime: -Infinity,
        dated: 0, undated: 0, precision: { exact: 0, day: 0, month: 0, year: 0 }, cited: new Map(),
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
    let cited = -1;
    for (let i = lo; i < hi; i++) {
      if (t.copyOrigin[i] === 1) {
        if (cited < 0) cited = i;
        continue;
      }
      const n = networkOf.get(t.copyDomain[i]!);
      if (n === undefined) continue;
      let l = perNetwork.get(n);
      if (!l) perNetwork.set(n, (l = []));
      l.push(i);
    }
    if (perNetwork.size === 0) continue;
    // The story's origin: the cited copy, else its earliest dated copy; lags run from the earliest dated copy.
    const originCopy = cited >= 0 ? cited : isDated(t, lo) ? lo : -1;
    const t0 = isDated(t, lo) ? copyMid(t, lo) : NaN;
    for (const [n, copies] of perNetwork) {
      if (copies.length < 2) continue;
      const acc = accs.get(n)!;
      acc.shared++;
      if (originCopy >= 0 && networkOf.get(t.copyDomain[originCopy]!) !== n) {
        const od = t.copyDomain[originCopy]!;
        acc.origins.set(od, (acc.origins.get(od) ?? 0) + 1);
      }
      // A first mover only when every member copy is dated and one came before the others (two
      // copies of the same day, at day precision, have none; an undated copy may have been first).
      const [c0, c1] = [copies[0]!, copies[1]!];
      if (copies.every((i) => isDated(t, i)) && copyMid(t, c0) < copyMid(t, c1)) {
        const firstMember = t.copyDomain[c0]!;
        acc.first.set(firstMember, (acc.first.get(firstMember) ?? 0) + 1);
      }
      for (let x = 0; x < copies.length; x++) {
        const i = copies[x]!;
        const d = t.copyDomain[i]!;
        acc.sharedByMember.set(d, (acc.sharedByMember.get(d) ?? 0) + 1);
        for (let y = 0; y < copies.length; y++) {
          if (y === x) continue;
          const j = copies[y]!;
          let pm = acc.partners.get(d);
          if (!pm) acc.partners.set(d, (pm = new Map()));
          const other = t.copyDomain[j]!;
          let p = pm.get(other);
          if (!p) pm.set(other, (p = { stories: 0, dated: 0, gaps: [] }));
          p.stories++;
          if (isDated(t, i) && isDated(t, j)) {
            p.dated++;
            p.gaps.push(Math.abs(copyMid(t, i) - copyMid(t, j)) / HOUR);
          }
        }
        if (isDated(t, i)) {
          acc.dated++;
          acc.precision[precisionName(t.copyPrecision[i]!)]++;
          acc.datedByMember.set(d, (acc.datedByMember.get(d) ?? 0) + 1);
          const lag = (copyMid(t, i) - t0) / HOUR;
          acc.lags.push(lag);
          let ml = acc.lagsByMember.get(d);
          if (!ml) acc.lagsByMember.set(d, (ml = []));
          ml.push(lag);
          if (t.copyPrecision[i]! <= 24 * HOUR) {
            acc.minTime = Math.min(acc.minTime, t.copyTime[i]!);
            acc.maxTime = Math.max(acc.maxTime, t.copyTime[i]!);
            dayKeys.push({ acc, time: t.copyTime[i]! });
          }
        } else {
          acc.undated++;
        }
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
          origin:
            originCopy < 0
              ? null
              : {
                  domain: t.domains[t.copyDomain[originCopy]!]!,
                  published: shown(t, originCopy),
                  url: rows?.url(t.copyRow[originCopy]!) ?? null,
                  basis: originCopy === cited ? 'cited' : 'earliest',
                },
          copies: copies.map((i) => ({
            domain: t.domains[t.copyDomain[i]!]!,
            published: shown(t, i),
            precision: isDated(t, i) ? precisionName(t.copyPrecision[i]!) : null,
            lagHours: isDated(t, i) && !Number.isNaN(t0) ? round((copyMid(t, i) - t0) / HOUR, 2) : null,
            url: rows?.url(t.copyRow[i]!) ?? null,
          })),
        });
      }
    }
  }
  for (const { acc, time } of dayKeys) {
    const monthly = acc.maxTime - acc.minTime > 60 * 24 * HOUR;
    const k = new Date(time).toISOString().slice(0, monthly ? 7 : 10);
    acc.activity.set(k, (acc.activity.get(k) ?? 0) + 1);
  }

  const out: NetworkProfile[] = [];
  for (const [n, acc] of accs) {
    const members: MemberProfile[] = acc.members
      .map((d) => ({
        domain: t.domains[d]!,
        stories: t.domainStories[d]!,
        sharedStories: acc.sharedByMember.get(d) ?? 0,
        datedStories: acc.datedByMember.get(d) ?? 0,
        medianLagHours: roundOrNull(median(acc.lagsByMember.get(d) ?? [])),
        firstMover: acc.first.get(d) ?? 0,
        strength: round(strength.get(d) ?? 0, 3),
        partners: [...(acc.partners.get(d) ?? new Map<number, Partner>())]
          .map(([o, p]) => ({ domain: t.domains[o]!, stories: p.stories, dated: p.dated, medianGapHours: roundOrNull(median(p.gaps)) }))
          .sort((x, y) => y.stories - x.stories || y.dated - x.dated || (x.domain < y.domain ? -1 : 1)),
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
      copies: { dated: acc.dated, undated: acc.undated, precision: acc.precision },
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

function shown(t: CopyTable, i: number): string | null {
  return isDated(t, i) ? formatTime(t.copyTime[i]!, t.copyPrecision[i]!) : null;
}

function ranked(m: ReadonlyMap<number, number>, domains: readonly string[]): Array<{ domain: string; stories: number }> {
  return [...m].map(([d, stories]) => ({ domain: domains[d]!, stories })).sort((x, y) => y.stories - x.stories || (x.domain < y.domain ? -1 : 1));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function roundOrNull(x: number | null): number | null {
  return x === null ? null : round(x, 2);
}
