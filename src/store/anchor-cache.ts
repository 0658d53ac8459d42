/**
 * The anchor dictionary (anchor ↔ id, document frequency) of the SQLite store, held in memory
 * by its connection. Matching one article reads the frequencies of ~90 anchors and of the ~700
 * anchors of its best candidates, and inserting it bumps ~90 frequencies: without this cache
 * each is a b-tree lookup (two, by text), which at a million articles is most of the time an
 * ingest spends in the store.
 *
 * Correctness: an entry always equals the row on disk as this connection sees it.
 *  - The store updates an entry only after the write it mirrors has succeeded (`afterInsert`),
 *    and drops the whole cache after any failed write (a rolled-back transaction).
 *  - Another connection's commit changes `PRAGMA data_version`; the store then drops the cache
 *    before reading it (`validate`).
 * Anchors and ids are never deleted, so an entry can only go stale through its `df`.
 *
 * Bounded: two generations of at most `generation` entries each. Lookups promote old entries;
 * when the young generation is full it becomes the old one and the previous old one is dropped
 * (a cheap approximation of least-recently-used).
 */
export interface AnchorEntry {
  readonly id: number;
  readonly anchor: string;
  df: number;
}

/** Entries per generation: up to twice this many are held (~150 bytes each). */
export const ANCHOR_CACHE_GENERATION = 500_000;

export class AnchorCache {
  private young = new Map<string, AnchorEntry>();
  private old = new Map<string, AnchorEntry>();
  private youngById = new Map<number, AnchorEntry>();
  private oldById = new Map<number, AnchorEntry>();
  private version: unknown = undefined;

  constructor(private readonly generation = ANCHOR_CACHE_GENERATION) {}

  /** Drops everything when the database changed under us (`dataVersion` differs from the last one seen). */
  validate(dataVersion: unknown): void {
    if (dataVersion !== this.version) {
      this.clear();
      this.version = dataVersion;
    }
  }

  get(anchor: string): AnchorEntry | undefined {
    const e = this.young.get(anchor);
    if (e !== undefined) return e;
    const o = this.old.get(anchor);
    if (o !== undefined) this.put(o);
    return o;
  }

  getById(id: number): AnchorEntry | undefined {
    const e = this.youngById.get(id);
    if (e !== undefined) return e;
    const o = this.oldById.get(id);
    if (o !== undefined) this.put(o);
    return o;
  }

  put(entry: AnchorEntry): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.oldById = this.youngById;
      this.young = new Map();
      this.youngById = new Map();
    }
    this.young.set(entry.anchor, entry);
    this.youngById.set(entry.id, entry);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
    this.youngById = new Map();
    this.oldById = new Map();
    this.version = undefined;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
