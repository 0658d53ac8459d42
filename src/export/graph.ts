/**
 * The graph every export writes: one node per domain, one edge per co-publication pair, with the
 * attributes Gephi users filter and colour by. Built once from a networks report.
 */
import type { NetworksReport } from '../networks/evidence.js';

export interface ExportNode {
  id: string;
  label: string;
  network: number | null;
  networkLabel: string | null;
  stories: number;
  strength: number;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  coordinated: number;
  /** Of the coordinated stories, those with both copies dated. */
  dated: number;
  /** Mean gap over the dated ones, hours; null when none is dated. */
  meanGapHours: number | null;
  p: number;
  q: number;
  significant: boolean;
  basis: 'repeated' | 'rare' | null;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export function exportGraph(report: NetworksReport): ExportGraph {
  const labelOf = new Map(report.networks.map((n) => [n.id, n.label]));
  const idOf = new Map<string, string>();
  const nodes = report.nodes.map((n, i) => {
    const id = `n${i}`;
    idOf.set(n.domain, id);
    return { id, label: n.domain, network: n.network, networkLabel: n.network === null ? null : labelOf.get(n.network) ?? null, stories: n.stories, strength: n.strength };
  });
  const edges = report.edges.map((e, i) => ({
    id: `e${i}`,
    source: idOf.get(e.source)!,
    target: idOf.get(e.target)!,
    weight: e.weight,
    coordinated: e.coordinated,
    dated: e.dated,
    meanGapHours: e.meanGapHours,
    p: e.p,
    q: e.q,
    significant: e.significant,
    basis: e.basis,
  }));
  return { nodes, edges };
}
