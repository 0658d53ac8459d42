/**
 * Stage 1: publications → columns grouped by story, keeping each domain's first copy of a story:
 * dated copies first, by the middle of their date's period, then the undated ones (an undated
 * copy still places its domain on the story). Stories are bucketed by a counting sort, then each
 * (small) story is sorted. Each story's origin copies are marked (origin.ts): a copy on the domain
 * of an outlet another copy names is where the story comes from, not a co-publisher.
 */
import { storyOrigins } from './origin.js';
import type { CopyTable, Publication } from './types.js';

/** Columns of the input the table is built from (a `Publication[]` or synthetic arrays). */
export interface PublicationColumns {
  length: number;
  storyId(i: number): number;
  domain(i: number): string;
  /** Start of the publication time's period, ms; NaN when undated. */
  time(i: number): number;
  /** Length of that period in ms (0 for a timestamp); absent: every time is a timestamp. */
  precision?(i: number): number;
  /** Names the copy gives (sources, outlets); absent: no origin is looked for. */
  names?(i: number): readonly string[];
  /** The outlet the copy's wire dateline credits, or null. */
  credit?(i: number): string | null;
}

export function columnsOf(pubs: readonly Publication[]): PublicationColumns {
  return {
    length: pubs.length,
    storyId: (i) => pubs[i]!.storyId,
    domain: (i) => pubs[i]!.domain,
    time: (i) => pubs[i]!.time ?? NaN,
    precision: (i) => pubs[i]!.precisionMs ?? 0,
    names: (i) => pubs[i]!.names ?? [],
    credit: (i) => pubs[i]!.credit ?? null,
  };
}

export function buildTable(cols: PublicationColumns): CopyTable {
  const n = cols.length;
  const domainIndex = new Map<string, number>();
  const domains: string[] = [];
  const storyIndex = new Map<number, number>();
  const storyIds: number[] = [];
  const rowStory = new Int32Array(n);
  const rowDomain = new Int32Array(n);
  const rowMid = new Float64Array(n);
  const rowPrec = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = cols.domain(i);
    let di = domainIndex.get(d);
    if (di === undefined) {
      di = domains.length;
      domainIndex.set(d, di);
      domains.push(d);
    }
    rowDomain[i] = di;
    const s = cols.storyId(i);
    let si = storyIndex.get(s);
    if (si === undefined) {
      si = storyIds.length;
      storyIndex.set(s, si);
      storyIds.push(s);
    }
    rowStory[i] = si;
    const prec = cols.precision ? cols.precision(i) : 0;
    rowPrec[i] = prec;
    rowMid[i] = cols.time(i) + prec / 2; // NaN when undated
  }
  const S = storyIds.length;
  // Counting sort of rows by story.
  const start = new Int32Array(S + 1);
  for (let i = 0; i < n; i++) start[rowStory[i]! + 1]!++;
  for (let s = 0; s < S; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, S);
  const byStory = new Int32Array(n);
  for (let i = 0; i < n; i++) byStory[fill[rowStory[i]!]!++] = i;

  const storyStart = new Int32Array(S + 1);
  const copyDomain = new Int32Array(n);
  const copyTime = new Float64Array(n);
  const copyPrecision = new Float64Array(n);
  const copyRow = new Int32Array(n);
  const copyOrigin = new Uint8Array(n);
  const domainStories = new Int32Array(domains.length);
  const seen = new Int32Array(domains.length).fill(-1);
  // Dated before undated (an undated copy sorts at +∞), then by the middle of the period, then input order.
  for (let i = 0; i < n; i++) if (Number.isNaN(rowMid[i]!)) rowMid[i] = Infinity;
  const order = (a: number, b: number): number => {
    const ma = rowMid[a]!;
    const mb = rowMid[b]!;
    return ma < mb ? -1 : ma > mb ? 1 : a - b;
  };
  let out = 0;
  const one = [0];
  for (let s = 0; s < S; s++) {
    storyStart[s] = out;
    let seg: number[];
    if (start[s + 1]! - start[s]! === 1) {
      one[0] = byStory[start[s]!]!;
      seg = one;
    } else {
      seg = Array.from(byStory.subarray(start[s]!, start[s + 1]!));
      seg.sort(order);
    }
    for (const row of seg) {
      const d = rowDomain[row]!;
      if (seen[d] === s) continue; // a later copy by the same domain
      seen[d] = s;
      copyDomain[out] = d;
      copyTime[out] = cols.time(row);
      copyPrecision[out] = rowPrec[row]!;
      copyRow[out] = row;
      domainStories[d]!++;
      out++;
    }
    const lo = storyStart[s]!;
    if (cols.names && out - lo > 1) {
      const names = cols.names;
      const rows = Array.from(copyRow.subarray(lo, out));
      const credit = cols.credit;
      const origins = storyOrigins(
        rows.map((_, k) => domains[copyDomain[lo + k]!]!),
        rows.map((r) => names(r)),
        credit ? rows.map((r) => credit(r)) : [],
      );
      origins.forEach((o, k) => {
        if (o) copyOrigin[lo + k] = 1;
      });
    }
  }
  storyStart[S] = out;
  return {
    domains,
    storyIds,
    storyStart,
    copyDomain: copyDomain.slice(0, out),
    copyTime: copyTime.slice(0, out),
    copyPrecision: copyPrecision.slice(0, out),
    copyRow: copyRow.slice(0, out),
    copyOrigin: copyOrigin.slice(0, out),
    domainStories,
  };
}

/** Middle of a copy's time period (NaN when undated). */
export function copyMid(t: CopyTable, i: number): number {
  return t.copyTime[i]! + t.copyPrecision[i]! / 2;
}
