/** Use case: look a source (outlet, platform, organisation or person) up in the sources knowledge base. */
import { defaultSources } from '../sources/default.js';
import { describeEntry, type KnownSource } from '../sources/describe.js';
import { looksLikeDomain } from '../sources/domain.js';
import type { MatchVia } from '../sources/kb.js';
import type { EntryKind } from '../sources/types.js';

export type SourceLookup =
  | { found: true; query: string; via: MatchVia; matched: string; source: KnownSource }
  /** No single entry: the entries the name could mean (none, or several to choose from by domain). */
  | { found: false; query: string; candidates: Array<{ name: string; domain: string | null }> };

/** A domain or URL is looked up by domain, anything else by name (any script or spelling); `person` looks among people. */
export function lookupSource(query: string, opts: { person?: boolean } = {}): SourceLookup {
  const kb = defaultSources();
  const kinds: readonly EntryKind[] = opts.person ? ['person'] : ['outlet', 'platform', 'organization'];
  const m = looksLikeDomain(query) ? kb.byDomain(query) : kb.byName(query, { kinds });
  if (m) return { found: true, query, via: m.via, matched: m.matched, source: describeEntry(m.entry) };
  return { found: false, query, candidates: kb.candidates(query, { kinds }).map((e) => ({ name: e.name, domain: e.domains[0] ?? null })) };
}
