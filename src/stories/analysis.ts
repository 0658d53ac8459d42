/** What the store keeps of an analysis (see `ArticleAnalysis`): chains, sources, counts, facts. */
import type { Doc } from '../doc/types.js';
import type { ArticleAnalysis } from '../store/types.js';

const NAMED_KINDS = new Set(['person', 'outlet', 'organization']);
const FACT_TYPES = new Set(['person', 'outlet', 'organization', 'place', 'date', 'number']);

export function analysisOf(doc: Doc): ArticleAnalysis {
  const chains: string[][] = [];
  const seenChain = new Set<string>();
  const sources = new Set<string>();
  // Keep what names a real source: a person, outlet or organisation the text identifies (an
  // unresolved "the expert" or "they" says nothing across copies).
  const named = new Set(doc.attributions.filter((a) => NAMED_KINDS.has(a.source.kind)).map((a) => a.source.name));
  for (const a of doc.attributions) {
    if (!a.chain.every((n) => named.has(n))) continue;
    const k = a.chain.join('\u0000');
    if (!seenChain.has(k)) {
      seenChain.add(k);
      chains.push(a.chain);
    }
    for (const s of a.chain) sources.add(s);
  }
  const facts: ArticleAnalysis['facts'] = [];
  const seenFact = new Set<string>();
  for (const m of doc.mentions) {
    if (!FACT_TYPES.has(m.type)) continue;
    const k = `${m.type}:${m.key}`;
    if (seenFact.has(k)) continue;
    seenFact.add(k);
    facts.push({ type: m.type, text: m.canonical ?? m.text, key: m.key });
  }
  return {
    chains,
    sources: [...sources],
    attributions: doc.attributions.length,
    hedged: doc.hedged.length,
    unsourced: doc.unsourced.length,
    facts,
    sentences: doc.sentences.length,
  };
}
