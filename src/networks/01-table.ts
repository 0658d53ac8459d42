/**
 * Stage 1: publications → columns grouped by story, keeping each domain's first copy of a story
 * in time order. Stories are bucketed by a counting sort, then each (small) story is sorted.
 */
import type { CopyTable, Publication } from './types.js';

/** Columns of the input the table is built from (a `Publication[]` or synthetic arrays). */
export interface PublicationColumns {
  length: number;
  storyId(i: number): number;
  domain(i: number): string;
  time(i: number): number;
}

export function columnsOf(pubs: readonly Publication[]): PublicationColumns {
  return { length: pubs.length, storyId: (i) => pubs[i]!.storyId, domain: (i) => pubs[i]!.domain, time: (i) => pubs[i]!.time };
}

export function buildTable(cols: PublicationColumns): CopyTable {
  const n = cols.length;
  const domainIndex = new Map<string, number>();
  const domains: string[] = [];
  const storyIndex = new Map<number, number>();
  const storyIds: number[] = [];
  const rowStory = new Int32Array(n);
  const rowDomain = new Int32Array(n);
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
  const copyRow = new Int32Array(n);
  const domainStories = new Int32Array(domains.length);
  const seen = new Int32Array(domains.length).fill(-1);
  let out = 0;
  let seg: number[] = [];
  for (let s = 0; s < S; s++) {
    storyStart[s] = out;
    seg = Array.from(byStory.subarray(start[s]!, start[s + 1]!));
    if (seg.length > 1) seg.sort((a, b) => cols.time(a) - cols.time(b) || a - b);
    for (const row of seg) {
      const d = rowDomain[row]!;
      if (seen[d] === s) continue; // a later copy by the same domain
      seen[d] = s;
      copyDomain[out] = d;
      copyTime[out] = cols.time(row);
      copyRow[out] = row;
      domainStories[d]!++;
      out++;
    }
  }
  storyStart[S] = out;
  return {
    domains,
    storyIds,
    storyStart,
    copyDomain: copyDomain.slice(0, out),
    copyTime: copyTime.slice(0, out),
    copyRow: copyRow.slice(0, out),
    domainStories,
  };
}
