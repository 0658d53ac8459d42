/**
 * Stage 5: communities of the significant co-publication graph with Louvain (graphology), edge
 * weights as computed in stage 3. The random node order is seeded, so a store gives the same
 * networks on every run.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { seededRandom } from '../random.js';

// The package is CommonJS with an ES-style default export in its types: take whichever is callable.
type Louvain = (typeof louvainModule)['default'];
const louvain: Louvain = ((louvainModule as unknown as { default?: Louvain }).default ?? louvainModule) as Louvain;

/** Community of each node (domain index → community number) for the given weighted edges. */
export function communities(edges: ReadonlyArray<{ a: number; b: number; weight: number }>, opts: { resolution: number; seed: number }): Map<number, number> {
  const g = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const e of edges) {
    const a = String(e.a);
    const b = String(e.b);
    if (!g.hasNode(a)) g.addNode(a);
    if (!g.hasNode(b)) g.addNode(b);
    g.mergeEdge(a, b, { weight: e.weight });
  }
  const out = new Map<number, number>();
  if (g.size === 0) return out;
  const mapping = louvain(g, { getEdgeWeight: 'weight', resolution: opts.resolution, rng: seededRandom(opts.seed) });
  for (const [node, c] of Object.entries(mapping)) out.set(Number(node), c);
  return out;
}
