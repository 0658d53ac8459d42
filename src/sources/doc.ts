/**
 * Sources knowledge for one analysed document: for every link of every attribution chain, the
 * knowledge-base entry it resolves to (or, for people, the role the article gives them), the
 * entry of the article's own domain, the description of each entry found, and which knowledge
 * base answered. The reports render these facts; they never look anything up themselves.
 *
 * Resolution rules: people are looked up only among person entries (a user's); outlets and
 * organisations by the source as written first ("Interfax-Ukraine"), then by its name; sources of
 * unknown kind only when their name is capitalised or a domain; pronouns and unresolved
 * descriptors ("These directives") never.
 */
import type { Attribution, Doc, SourceKind } from '../doc/types.js';
import { describeEntry, type KnownSource } from './describe.js';
import { looksLikeDomain, normalizeHost } from './domain.js';
import type { DatasetId } from './data/datasets.js';
import type { MatchVia, SourceKB, SourceMatch } from './kb.js';

export interface LinkKnowledge {
  /** The chain link's name, as in `chain`. */
  name: string;
  kind: SourceKind;
  /** The knowledge-base entry (key of `DocKnowledge.known`), when the name resolves to one. */
  ref?: string;
  via?: MatchVia;
  /** The form that matched ("Ria Novosti", "ria.ru"). */
  matched?: string;
  /** For people: the role words the article gives them ("military expert"). */
  role?: string;
  /** Whose description `role` is: always the article's; the user's data appears in the entry. */
  roleFrom?: 'article';
}

export interface DocKnowledge {
  /** Per attribution id: one entry per chain link, in chain order. */
  links: Map<number, LinkKnowledge[]>;
  /** Per source name (lower case): its link knowledge. */
  byName: Map<string, LinkKnowledge>;
  /** Entries found, by ref. */
  known: Map<string, KnownSource>;
  /** The article's own domain and its entry. */
  article?: { domain: string; ref?: string; via?: MatchVia; matched?: string };
  /** Which knowledge base answered: datasets compiled in, datasets left out, number of the user's own entries. */
  kb: { datasets: DatasetId[]; excluded: DatasetId[]; userEntries: number };
}

const CACHE = new WeakMap<Doc, { kb: SourceKB; knowledge: DocKnowledge }>();

/** What `kb` says about each source of `doc` (cached per document and knowledge base). */
export function knowDoc(doc: Doc, kb: SourceKB): DocKnowledge {
  const hit = CACHE.get(doc);
  if (hit && hit.kb === kb) return hit.knowledge;
  const knowledge = resolveDoc(doc, kb);
  CACHE.set(doc, { kb, knowledge });
  return knowledge;
}

function resolveDoc(doc: Doc, kb: SourceKB): DocKnowledge {
  const known = new Map<string, KnownSource>();
  const byName = new Map<string, LinkKnowledge>();
  const remember = (m: SourceMatch): string => {
    if (!known.has(m.entry.id)) known.set(m.entry.id, describeEntry(m.entry));
    return m.entry.id;
  };
  const info = sourceInfo(doc.attributions);
  const linkOf = (name: string): LinkKnowledge => {
    const lower = name.toLowerCase();
    let link = byName.get(lower);
    if (link) return link;
    const about = info.get(lower);
    const kind = about?.kind ?? 'unknown';
    link = { name, kind };
    const m = resolveName(kb, name, kind, about?.surfaces ?? []);
    if (m) {
      link.ref = remember(m);
      link.via = m.via;
      link.matched = m.matched;
    }
    if (kind === 'person' && about?.role) {
      link.role = about.role;
      link.roleFrom = 'article';
    }
    byName.set(lower, link);
    return link;
  };
  const links = new Map<number, LinkKnowledge[]>();
  for (const a of doc.attributions) links.set(a.id, a.chain.map(linkOf));
  const out: DocKnowledge = { links, byName, known, kb: { datasets: [...kb.datasets], excluded: [...kb.excluded], userEntries: kb.userList.length } };
  const domain = doc.article.domain ?? (doc.article.url ? normalizeHost(doc.article.url) : undefined);
  if (domain) {
    const m = kb.byDomain(domain);
    out.article = m ? { domain, ref: remember(m), via: m.via, matched: m.matched } : { domain };
  }
  return out;
}

/** The most specific kind, the first role and the surface forms of each source name. */
function sourceInfo(atts: readonly Attribution[]): Map<string, { kind: SourceKind; role?: string; surfaces: string[] }> {
  const rank: Record<SourceKind, number> = { person: 0, outlet: 0, organization: 0, unknown: 1, descriptor: 2, pronoun: 3 };
  const out = new Map<string, { kind: SourceKind; role?: string; surfaces: string[] }>();
  for (const a of atts) {
    const key = a.source.name.toLowerCase();
    let e = out.get(key);
    if (!e) out.set(key, (e = { kind: a.source.kind, surfaces: [] }));
    if (rank[a.source.kind] < rank[e.kind]) e.kind = a.source.kind;
    if (!e.role && a.source.role) e.role = a.source.role;
    if (!a.source.resolvedFrom && !e.surfaces.includes(a.source.text)) e.surfaces.push(a.source.text);
  }
  return out;
}

function resolveName(kb: SourceKB, name: string, kind: SourceKind, surfaces: readonly string[]): SourceMatch | undefined {
  if (kind === 'person') return kb.byName(name, { kinds: ['person'] });
  if (kind === 'pronoun' || kind === 'descriptor') return undefined;
  if (kind === 'unknown' && !(looksLikeDomain(name) || /^\p{Lu}/u.test(name))) return undefined;
  if (kind === 'outlet' || kind === 'organization') {
    for (const s of surfaces) {
      if (s.length > 80) continue;
      const m = kb.byName(s);
      if (m) return m;
    }
  }
  return kb.byName(name);
}
