/** Binary search over a sorted array. */

/** Index of the first item for which `after` holds (it must hold for a suffix of `items`), or items.length. */
export function firstWhere<T>(items: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A test of whether [start, end) lies inside any of `spans`, answered by binary search over the
 * spans sorted by start with the furthest end reached so far (built once, O(log n) per question).
 */
export function containment(spans: ReadonlyArray<{ start: number; end: number }>): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, s.end));
  return (start, end) => {
    const i = firstWhere(sorted, (s) => s.start > start) - 1;
    return i >= 0 && reach[i]! >= end;
  };
}
