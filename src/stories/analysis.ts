/** What the store keeps of an analysis (see `ArticleAnalysis`): chains, sources, counts, facts. */
import type { Doc } from '../doc/types.js';
import type { ArticleAnalysis } from '../store/types.js';
import { namedChains } from './names.js';

const FACT_TYPES = new Set(['person', 'outlet', 'organization', 'place', 'date', 'number']);

export function analysisOf(doc: Doc): ArticleAnalysis {
  // Keep what names a real source: a person, outlet or organisation the text identifies (an
  // unresolved "the expert" or "he" says nothing across copies).
  const chains = namedChains(doc).map((c) => c.chain);
  const sources = new Set(chains.flat());
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
