/**
 * Exports of a networks report in the formats people already use: GEXF and GraphML (Gephi and
 * other graph tools), CSV node and edge lists, JSON (schema sift.networks/2), STIX 2.1.
 */
import type { NetworksReport } from '../networks/evidence.js';
import { toCsv } from './csv.js';
import { toGexf } from './gexf.js';
import { exportGraph } from './graph.js';
import { toGraphml } from './graphml.js';
import { toStix } from './stix.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json', 'stix'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file an export writes: its name (for --out folders) and content. */
export interface ExportFile {
  name: string;
  content: string;
}

export const JSON_SCHEMA = 'sift.networks/2';

/** The files of one export (CSV gives two: nodes.csv and edges.csv). */
export function exportNetworks(report: NetworksReport, format: ExportFormat, opts: { now?: string } = {}): ExportFile[] {
  const g = exportGraph(report);
  switch (format) {
    case 'gexf':
      return [{ name: 'networks.gexf', content: toGexf(g, opts.now === undefined ? {} : { date: opts.now }) }];
    case 'graphml':
      return [{ name: 'networks.graphml', content: toGraphml(g) }];
    case 'csv': {
      const { nodes, edges } = toCsv(g);
      return [
        { name: 'nodes.csv', content: nodes },
        { name: 'edges.csv', content: edges },
      ];
    }
    case 'json':
      return [{ name: 'networks.json', content: `${JSON.stringify({ schema: JSON_SCHEMA, ...report }, null, 2)}\n` }];
    case 'stix':
      return [{ name: 'networks.stix.json', content: `${JSON.stringify(toStix(report, opts), null, 2)}\n` }];
  }
}

export { toCsv, toGexf, toGraphml, toStix, exportGraph };
