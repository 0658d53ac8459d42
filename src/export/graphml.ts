/** GraphML (Gephi, yEd, igraph, NetworkX): undirected graph with typed keys. */
import type { ExportGraph } from './graph.js';
import { xmlEscape as x } from './xml.js';

const NODE_KEYS = [
  ['label', 'string'],
  ['network', 'int'],
  ['network_label', 'string'],
  ['stories', 'int'],
  ['strength', 'double'],
] as const;
const EDGE_KEYS = [
  ['weight', 'double'],
  ['coordinated', 'int'],
  ['dated', 'int'],
  ['mean_gap_hours', 'double'],
  ['p', 'double'],
  ['q', 'double'],
  ['significant', 'boolean'],
  ['basis', 'string'],
] as const;

export function toGraphml(g: ExportGraph): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  for (const [name, type] of NODE_KEYS) out.push(`  <key id="v_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="sift-networks" edgedefault="undirected">');
  for (const n of g.nodes) {
    out.push(`    <node id="${x(n.id)}">`);
    out.push(`      <data key="v_label">${x(n.label)}</data>`);
    if (n.network !== null) out.push(`      <data key="v_network">${n.network}</data>`);
    if (n.networkLabel !== null) out.push(`      <data key="v_network_label">${x(n.networkLabel)}</data>`);
    out.push(`      <data key="v_stories">${n.stories}</data>`);
    out.push(`      <data key="v_strength">${n.strength}</data>`);
    out.push('    </node>');
  }
  for (const e of g.edges) {
    out.push(`    <edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}">`);
    out.push(`      <data key="e_weight">${e.weight}</data>`);
    out.push(`      <data key="e_coordinated">${e.coordinated}</data>`);
    out.push(`      <data key="e_dated">${e.dated}</data>`);
    if (e.meanGapHours !== null) out.push(`      <data key="e_mean_gap_hours">${e.meanGapHours}</data>`);
    out.push(`      <data key="e_p">${e.p}</data>`);
    out.push(`      <data key="e_q">${e.q}</data>`);
    out.push(`      <data key="e_significant">${e.significant}</data>`);
    if (e.basis !== null) out.push(`      <data key="e_basis">${e.basis}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return `${out.join('\n')}\n`;
}
