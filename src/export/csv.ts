/**
 * CSV node and edge lists with Gephi's spreadsheet-import headers (Id, Label / Source, Target,
 * Type, Weight); nodes and edges are named by their domain. RFC 4180 quoting; a text cell that starts like a formula (= + - @) is prefixed
 * with an apostrophe so spreadsheets do not run it.
 */
import type { ExportGraph } from './graph.js';

export function toCsv(g: ExportGraph): { nodes: string; edges: string } {
  const nodes = [['Id', 'Label', 'network', 'network_label', 'stories', 'strength']];
  for (const n of g.nodes) nodes.push([n.label, n.label, n.network === null ? '' : String(n.network), n.networkLabel ?? '', String(n.stories), String(n.strength)]);
  const edges = [['Source', 'Target', 'Type', 'Weight', 'coordinated', 'dated', 'mean_gap_hours', 'p', 'q', 'significant', 'basis']];
  const label = new Map(g.nodes.map((n) => [n.id, n.label]));
  for (const e of g.edges) {
    edges.push([
      label.get(e.source)!,
      label.get(e.target)!,
      'Undirected',
      String(e.weight),
      String(e.coordinated),
      String(e.dated),
      e.meanGapHours === null ? '' : String(e.meanGapHours),
      String(e.p),
      String(e.q),
      String(e.significant),
      e.basis ?? '',
    ]);
  }
  return { nodes: table(nodes), edges: table(edges) };
}

function table(rows: string[][]): string {
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(v: string): string {
  let s = v;
  if (s !== '' && '=+-@'.includes(s[0]!) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
