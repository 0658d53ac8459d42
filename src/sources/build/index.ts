/**
 * Compiling the knowledge base from the shared datasets, in order:
 *
 *   curated identities → state media → Wikipedia RSP → ratings → lists → EUvsDisinfo
 *
 * Named records (curated, state media, RSP) come first so that per-domain records attach to the
 * outlet that owns the domain. `exclude` leaves datasets out (for the agreement measurement).
 */
import { nameKey } from '../../mentions/keys.js';
import { DATASET_IDS, type DatasetId } from '../data/datasets.js';
import { KB_FORMAT, type KbFile, type RawEntry, type RawFact } from '../types.js';
import { Model, type BuildContext, type Entity, type ReadData } from './00-model.js';
import { addCurated } from './01-curated.js';
import { addStateMedia } from './02-state-media.js';
import { addRsp } from './03-rsp.js';
import { addIdiap, addQuality } from './04-ratings.js';
import { addLaundromat } from './05-lists.js';
import { addCknabs, addKalkun } from './06-euvsdisinfo.js';

export type { ReadData } from './00-model.js';

const STEPS: ReadonlyArray<[DatasetId | 'curated', (ctx: BuildContext) => void]> = [
  ['curated', addCurated],
  ['state-media-profiles', addStateMedia],
  ['wikipedia-perennial-sources', addRsp],
  ['source-reliability-idiap', addIdiap],
  ['domain-quality-ratings', addQuality],
  ['laundromat-sites', addLaundromat],
  ['euvsdisinfo-kalkun', addKalkun],
  ['euvsdisinfo-cknabs', addCknabs],
];

export interface BuildOptions {
  exclude?: readonly DatasetId[];
}

/** Builds the knowledge base from the datasets `read` gives (paths relative to shared/data). */
export function buildKb(read: ReadData, opts: BuildOptions = {}): KbFile {
  const excluded = new Set(opts.exclude ?? []);
  const included = new Set(DATASET_IDS.filter((d) => !excluded.has(d)));
  const ctx: BuildContext = { read, included, model: new Model() };
  for (const [id, step] of STEPS) if (id === 'curated' || included.has(id)) step(ctx);
  const entries = ctx.model.entities.filter(keep).map((e) => encode(ctx.model, e));
  entries.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  return { format: KB_FORMAT, datasets: [...included], excluded: DATASET_IDS.filter((d) => excluded.has(d)), entries };
}

/** An entity is kept when something is known about it, or it is a curated outlet or a platform. */
function keep(e: Entity): boolean {
  return e.facts.length > 0 || e.nameTier === 1 || e.kind === 'platform';
}

const FACT_ORDER = 'swgfqlkc';

/**
 * The stored tuple. Only names that find this entity at their strongest tier are kept (a curated
 * "RIA" hides Mediacorp's radio "Ria"); the display name falls back to the first such name, else
 * the first domain.
 */
function encode(model: Model, e: Entity): RawEntry {
  const single = e.domains.length === 1 ? e.domains[0] : undefined;
  const facts = e.facts.map((f): RawFact => {
    if (f[0] !== 'w' && f[0] !== 'k' && f[0] !== 'c' && f[1] === single) return [f[0], '', ...f.slice(2)] as RawFact;
    return f;
  });
  facts.sort((x, y) => FACT_ORDER.indexOf(x[0]) - FACT_ORDER.indexOf(y[0]) || String(x[1]).localeCompare(String(y[1])));
  const indexable = [...e.names.keys()].filter((n) => model.isIndexable(e, n));
  const display = e.name && model.isIndexable(e, e.name) ? e.name : (indexable[0] ?? '');
  const name = display && display !== e.domains[0] ? display : '';
  const aliases = indexable.filter((n) => nameKey(n) !== nameKey(display));
  const dedup = [...new Map(aliases.map((a) => [nameKey(a), a])).values()];
  return e.kind === 'outlet' ? [name, e.domains, dedup, facts] : [name, e.domains, dedup, facts, e.kind];
}

function idOf(r: RawEntry): string {
  return r[1][0] ?? `name:${nameKey(r[0])}`;
}
