/**
 * The mutable model the build steps fill: entities with names (by tier), domains and facts, plus
 * the domain and name indexes the steps use to attach each dataset's records to the right entity.
 */
import { nameKey } from '../../mentions/keys.js';
import type { DatasetId } from '../data/datasets.js';
import { PLATFORM_HOSTS } from '../data/platforms.js';
import { hostAndParents } from '../domain.js';
import type { EntryKind, RawFact } from '../types.js';

/** Where a name comes from, strongest first: Sift's curated identities, then dataset names. */
export const TIER_CURATED = 1;
export const TIER_DATASET = 2;

export interface Entity {
  /** Display name ('' → first domain). */
  name: string;
  nameTier: number;
  kind: EntryKind;
  domains: string[];
  /** Names and aliases with their tier. */
  names: Map<string, number>;
  facts: RawFact[];
  /** True for entities from curated, state-media or RSP records (named sources), false for domain-only ones. */
  named: boolean;
}

/** Reads a dataset file relative to the shared data folder. */
export type ReadData = (relativePath: string) => string;

export interface BuildContext {
  read: ReadData;
  included: ReadonlySet<DatasetId>;
  model: Model;
}

const PLATFORMS = new Set(PLATFORM_HOSTS);

export class Model {
  readonly entities: Entity[] = [];
  private readonly byDomain = new Map<string, Entity>();
  private readonly byName = new Map<string, { tier: number; entities: Set<Entity> }>();

  create(name: string, tier: number, kind: EntryKind, named: boolean): Entity {
    const e: Entity = { name, nameTier: tier, kind, domains: [], names: new Map(), facts: [], named };
    this.entities.push(e);
    if (name) this.addName(e, name, tier);
    return e;
  }

  addName(e: Entity, name: string, tier: number): void {
    const clean = name.trim();
    if (!clean) return;
    const had = e.names.get(clean);
    if (had === undefined || tier < had) e.names.set(clean, tier);
    if (!e.name || tier < e.nameTier) {
      e.name = clean;
      e.nameTier = tier;
    }
    const key = nameKey(clean);
    if (!key) return;
    const slot = this.byName.get(key);
    if (!slot || tier < slot.tier) this.byName.set(key, { tier, entities: new Set([e]) });
    else if (tier === slot.tier) slot.entities.add(e);
  }

  addDomain(e: Entity, domain: string): void {
    if (!e.domains.includes(domain)) e.domains.push(domain);
    if (!this.byDomain.has(domain)) {
      this.byDomain.set(domain, e);
      this.labels = undefined;
    }
  }

  entityOfDomain(domain: string): Entity | undefined {
    return this.byDomain.get(domain);
  }

  /** The one entity a name means at its strongest tier, or undefined when none or several. */
  entityOfName(name: string, maxTier = TIER_DATASET): Entity | undefined {
    const slot = this.byName.get(nameKey(name));
    if (!slot || slot.tier > maxTier || slot.entities.size !== 1) return undefined;
    return [...slot.entities][0];
  }

  /**
   * The one non-platform entity with a domain whose first label spells the name
   * ("Parlamentni Listy" → parlamentnilisty.cz, "Aeronet" → aeronet.cz); undefined when none or
   * several (vesti.ru, vesti.ua …). Names shorter than 5 letters never match.
   */
  entityOfDomainLabel(name: string): Entity | undefined {
    const key = nameKey(name).replaceAll(' ', '');
    if (key.length < 5) return undefined;
    this.labels ??= this.buildLabels();
    const found = this.labels.get(key);
    return found && found.size === 1 ? [...found][0] : undefined;
  }

  private labels: Map<string, Set<Entity>> | undefined;

  private buildLabels(): Map<string, Set<Entity>> {
    const out = new Map<string, Set<Entity>>();
    for (const [domain, e] of this.byDomain) {
      if (e.kind === 'platform') continue;
      const label = nameKey(domain.slice(0, domain.indexOf('.')));
      let set = out.get(label);
      if (!set) out.set(label, (set = new Set()));
      set.add(e);
    }
    return out;
  }

  /** True when `name` finds `e` at the name's strongest tier (it may still be shared with others there). */
  isIndexable(e: Entity, name: string): boolean {
    return this.byName.get(nameKey(name))?.entities.has(e) === true;
  }

  /** The platform a host belongs to (itself or a parent), if any. */
  platformOf(host: string): string | undefined {
    return hostAndParents(host).find((h) => PLATFORMS.has(h));
  }

  /**
   * The entity a domain-only record (a rating, a list) belongs to: the domain's own entity; else a
   * platform it is part of; else a named entity of a parent domain (adding this domain to it);
   * else a new domain-only entity.
   */
  entityForDomainRecord(domain: string): Entity {
    const own = this.byDomain.get(domain);
    if (own) return own;
    const platform = this.platformOf(domain);
    if (platform) {
      const p = this.byDomain.get(platform)!;
      this.addDomain(p, domain);
      return p;
    }
    for (const parent of hostAndParents(domain).slice(1)) {
      const e = this.byDomain.get(parent);
      if (e?.named) {
        this.addDomain(e, domain);
        return e;
      }
    }
    const e = this.create('', TIER_DATASET + 1, 'outlet', false);
    this.addDomain(e, domain);
    return e;
  }
}

/** ISO month of a date in `YYYY-MM-DD` or `DD.MM.YYYY` form, or ''. */
export function isoMonth(date: string): string {
  const iso = /^(\d{4})-(\d{2})/.exec(date);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(date.trim());
  if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, '0')}`;
  return '';
}

/** `s` without trailing `ch` characters ("VGTRK**" → "VGTRK"). */
export function trimTrailing(s: string, ch: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return s.slice(0, end);
}

/** A final parenthesised part without nested parentheses: "Sputnik (news agency)" → ["Sputnik", "news agency"]. */
export function trailingParen(s: string): [string, string] | undefined {
  const t = s.trimEnd();
  if (!t.endsWith(')')) return undefined;
  const open = t.lastIndexOf('(');
  if (open < 0) return undefined;
  const inner = t.slice(open + 1, -1);
  if (inner.includes('(') || inner.includes(')')) return undefined;
  return [t.slice(0, open).trim(), inner];
}

/** The text between `open` and the next `close` after it, or undefined. */
export function between(s: string, open: string, close: string): string | undefined {
  const a = s.indexOf(open);
  if (a < 0) return undefined;
  const b = s.indexOf(close, a + open.length);
  return b < 0 ? undefined : s.slice(a + open.length, b);
}
