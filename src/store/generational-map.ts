/**
 * A bounded map with approximately least-recently-used eviction: two generations of at most
 * `generation` entries each. A hit in the old generation moves the entry to the young one; when
 * the young generation is full it becomes the old one and the previous old one is dropped. Cheap
 * (no per-entry bookkeeping) and keeps whatever was used within the last `generation` insertions.
 */
export class GenerationalMap<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly generation: number) {}

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
