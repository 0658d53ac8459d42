/**
 * A read through an in-memory cache: the values of `keys` from `get`, the missing ones fetched
 * together by `load` (one statement, each key once) and handed to `keep`. Keys `load` does not
 * return are left out.
 */
export function readThrough<K, V>(
  keys: Iterable<K>,
  get: (key: K) => V | undefined,
  load: (missing: K[]) => Iterable<readonly [K, V]>,
  keep: (key: K, value: V) => void,
): Map<K, V> {
  const out = new Map<K, V>();
  const missing = new Set<K>();
  for (const k of keys) {
    if (out.has(k) || missing.has(k)) continue;
    const v = get(k);
    if (v !== undefined) out.set(k, v);
    else missing.add(k);
  }
  if (missing.size) {
    for (const [k, v] of load([...missing])) {
      keep(k, v);
      out.set(k, v);
    }
  }
  return out;
}
