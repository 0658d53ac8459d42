/**
 * The anchor dictionary (anchor ↔ id, document frequency) of the SQLite store, held in memory
 * by its connection. Matching one article reads the frequencies of ~90 anchors and of the ~700
 * anchors of its best candidates, and inserting it bumps ~90 frequencies: without this cache
 * each is a b-tree lookup (two, by text), which at a million articles is most of the time an
 * ingest spends in the store.
 *
 * Correctness: an entry always equals the row on disk as this connection sees it.
 *  - The store updates an entry only after the insert it mirrors has succeeded, and drops the
 *    whole cache after any failed statement (which may have rolled a transaction back).
 *  - Another connection's commit changes `PRAGMA data_version`; the store then drops the cache
 *    before reading it (`validate`).
 * Anchors and ids are never deleted, so an entry can only go stale through its `df`.
 *
 * Bounded: at most 2 × `generation` entries by text and as many by id (generational-map.ts).
 */
import { GenerationalMap } from './generational-map.js';

export interface AnchorEntry {
  readonly id: number;
  readonly anchor: string;
  df: number;
}

/** Entries per generation: up to twice this many are held (~150 bytes each). */
export const ANCHOR_CACHE_GENERATION = 500_000;

export class AnchorCache {
  private readonly byAnchor: GenerationalMap<string, AnchorEntry>;
  private readonly byId: GenerationalMap<number, AnchorEntry>;
  private version: unknown = undefined;

  constructor(generation = ANCHOR_CACHE_GENERATION) {
    this.byAnchor = new GenerationalMap(generation);
    this.byId = new GenerationalMap(generation);
  }

  /** Drops everything when the database changed under us (`dataVersion` differs from the last one seen). */
  validate(dataVersion: unknown): void {
    if (dataVersion !== this.version) {
      this.clear();
      this.version = dataVersion;
    }
  }

  get(anchor: string): AnchorEntry | undefined {
    return this.byAnchor.get(anchor);
  }

  getById(id: number): AnchorEntry | undefined {
    return this.byId.get(id);
  }

  put(entry: AnchorEntry): void {
    this.byAnchor.set(entry.anchor, entry);
    this.byId.set(entry.id, entry);
  }

  clear(): void {
    this.byAnchor.clear();
    this.byId.clear();
    this.version = undefined;
  }
}
