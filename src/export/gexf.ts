/** GEXF 1.3 (Gephi's native format): undirected weighted graph with node and edge attributes. */
import { SIFT_VERSION } from '../report/version.js';
import type { ExportGraph } from './graph.js';
import { xmlEscape as x } from './xml.js';

export function toGexf(g: ExportGraph, opts: { description?: string; date?: string } = {}): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">');
  out.push(`  <meta lastmodifieddate="${x((opts.date ?? new Date().toISOString()).slice(0, 10))}">`);
  out.push(`    <creator>Sift ${x(SIFT_VERSION)}</creator>`);
  out.push(`    <description>${x(opts.description ?? 'Domains that co-publish copies of the same stories (sift networks)')}</description>`);
  out.push('  </meta>');
  out.push('  <graph mode="static" defaultedgetype="undirected">');
  out.push('    <attributes class="node">');
  out.push('      <attribute id="network" title="network" type="integer"/>');
  out.push('      <attribute id="network_label" title="network_label" type="string"/>');
  out.push('      <attribute id="stories" title="stories" type="integer"/>');
  out.push('      <attribute id="strength" title="strength" type="double"/>');
  out.push('    </attributes>');
  out.push('    <attributes class="edge">');
  out.push('      <attribute id="coordinated" title="coordinated" type="integer"/>');
  out.push('      <attribute id="dated" title="dated" type="integer"/>');
  out.push('      <attribute id="mean_gap_hours" title="mean_gap_hours" type="double"/>');
  out.push('      <attribute id="p" title="p" type="double"/>');
  out.push('      <attribute id="q" title="q" type="double"/>');
  out.push('      <attribute id="significant" title="significant" type="boolean"/>');
  out.push('      <attribute id="basis" title="basis" type="string"/>');
  out.push('    </attributes>');
  out.push(`    <nodes count="${g.nodes.length}">`);
  for (const n of g.nodes) {
    out.push(`      <node id="${x(n.id)}" label="${x(n.label)}">`);
    out.push('        <attvalues>');
    if (n.network !== null) out.push(`          <attvalue for="network" value="${n.network}"/>`);
    if (n.networkLabel !== null) out.push(`          <attvalue for="network_label" value="${x(n.networkLabel)}"/>`);
    out.push(`          <attvalue for="stories" value="${n.stories}"/>`);
    out.push(`          <attvalue for="strength" value="${n.strength}"/>`);
    out.push('        </attvalues>');
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push(`    <edges count="${g.edges.length}">`);
  for (const e of g.edges) {
    out.push(`      <edge id="${x(e.id)}" source="${x(e.source)}" target="${x(e.target)}" weight="${e.weight}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="coordinated" value="${e.coordinated}"/>`);
    out.push(`          <attvalue for="dated" value="${e.dated}"/>`);
    if (e.meanGapHours !== null) out.push(`          <attvalue for="mean_gap_hours" value="${e.meanGapHours}"/>`);
    out.push(`          <attvalue for="p" value="${e.p}"/>`);
    out.push(`          <attvalue for="q" value="${e.q}"/>`);
    out.push(`          <attvalue for="significant" value="${e.significant}"/>`);
    if (e.basis !== null) out.push(`          <attvalue for="basis" value="${e.basis}"/>`);
    out.push('        </attvalues>');
    out.push('      </edge>');
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}
