/**
 * Exports of the corpus networks: GEXF and GraphML parse as XML with the right node and edge
 * counts, CSV has one row per node and edge, and the STIX 2.1 bundle validates against the OASIS
 * STIX 2.1 JSON schemas (test/fixtures/networks/stix2.1-schemas).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { REPO_ROOT } from '../../test/shared.js';
import { networksWithEvidence, type NetworksReport } from '../networks/evidence.js';
import { storeCorpus, type FixtureStore } from '../networks/fixture-corpus.js';
import { detectNetworks, type Publication } from '../networks/index.js';
import { publicationTime } from '../networks/time.js';
import { exportNetworks } from './index.js';

type AddFormats = (typeof addFormatsModule)['default'];
const addFormats: AddFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

let fx: FixtureStore;
let report: NetworksReport;
let withCandidates: NetworksReport;
const NOW = '2026-01-02T03:04:05.678Z';

before(async () => {
  fx = await storeCorpus(join(REPO_ROOT, 'samples/corpus'), { pagesDir: join(REPO_ROOT, 'test/fixtures/networks/pages') });
  report = await networksWithEvidence(fx.store);
  withCandidates = await networksWithEvidence(fx.store, { keepCandidates: true });
});

after(async () => {
  await fx.dispose();
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'attvalue', 'data', 'key', 'attribute'].includes(name) });

test('GEXF is valid XML with one node per domain and one edge per pair', () => {
  for (const r of [report, withCandidates]) {
    const gexf = exportNetworks(r, 'gexf', { now: NOW })[0]!.content;
    assert.equal(XMLValidator.validate(gexf), true);
    const doc = parser.parse(gexf) as { gexf: { graph: { nodes: { node: Array<{ '@label': string }> }; edges: { edge: unknown[] } } } };
    assert.equal(doc.gexf.graph.nodes.node.length, r.nodes.length);
    assert.equal(doc.gexf.graph.edges.edge.length, r.edges.length);
    assert.deepEqual(new Set(doc.gexf.graph.nodes.node.map((n) => n['@label'])), new Set(r.nodes.map((n) => n.domain)));
  }
  // The corpus: 8 network domains and 26 edges; 48 co-publishing pairs in all (the origin outlets the
  // copies cite are set aside as their stories' origins, not co-publishers).
  assert.equal(report.nodes.length, 8);
  assert.equal(report.edges.length, 26);
  assert.equal(withCandidates.edges.length, 48);
});

test('GraphML is valid XML with the same counts', () => {
  const graphml = exportNetworks(report, 'graphml')[0]!.content;
  assert.equal(XMLValidator.validate(graphml), true);
  const doc = parser.parse(graphml) as { graphml: { graph: { node: unknown[]; edge: unknown[] } } };
  assert.equal(doc.graphml.graph.node.length, report.nodes.length);
  assert.equal(doc.graphml.graph.edge.length, report.edges.length);
});

test('CSV: Gephi headers, one row per node and per edge, edges name nodes by domain', () => {
  const [nodes, edges] = exportNetworks(report, 'csv');
  const nodeRows = nodes!.content.trim().split('\r\n');
  const edgeRows = edges!.content.trim().split('\r\n');
  assert.equal(nodeRows[0], 'Id,Label,network,network_label,stories,strength');
  assert.equal(nodeRows.length - 1, report.nodes.length);
  assert.equal(edgeRows.length - 1, report.edges.length);
  const ids = new Set(nodeRows.slice(1).map((r) => r.split(',')[0]));
  for (const r of edgeRows.slice(1)) {
    const [s, t] = r.split(',');
    assert.ok(ids.has(s) && ids.has(t), r);
  }
});

test('JSON carries the schema name, networks and evidence', () => {
  const json = JSON.parse(exportNetworks(report, 'json')[0]!.content) as { schema: string; networks: Array<{ evidence: unknown[] }> };
  assert.equal(json.schema, 'sift.networks/2');
  assert.equal(json.networks.length, 2);
  assert.ok(json.networks.every((n) => n.evidence.length > 0));
});

type Bundle = { type: string; objects: Array<{ type: string; id: string; [k: string]: unknown }> };

/** Validates a bundle and each of its objects against the OASIS STIX 2.1 schemas; returns the bundle validator and the object counts by type. */
function validateStix(bundle: Bundle): { validateBundle: (b: unknown) => boolean; counts: Map<string, number> } {
  const root = join(REPO_ROOT, 'test/fixtures/networks/stix2.1-schemas');
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.json')) files.push(join(d, e.name));
    }
  };
  walk(root);
  const base = 'https://raw.githubusercontent.com/707eric/cti-stix2-json-schemas/refs/heads/master/schemas';
  for (const f of files) ajv.addSchema(JSON.parse(readFileSync(f, 'utf8')) as object);
  // Object types Sift never writes: schemas that accept nothing, so each object must match
  // exactly one of the real ones (the bundle's oneOf).
  const have = new Set(files.map((f) => relative(root, f).split('\\').join('/')));
  const bundleSchema = JSON.parse(readFileSync(join(root, 'common/bundle.json'), 'utf8')) as { properties: { objects: { items: { anyOf: Array<{ oneOf?: Array<{ $ref: string }> }> } } } };
  const refs = bundleSchema.properties.objects.items.anyOf[0]!.oneOf!.map((r) => r.$ref);
  for (const ref of [...refs, './cyber-observable-core.json']) {
    const path = new URL(ref, `${base}/common/bundle.json`).href.slice(base.length + 1);
    if (!have.has(path)) ajv.addSchema({ $id: `${base}/${path}`, not: {} });
  }
  const validateBundle = ajv.getSchema(`${base}/common/bundle.json`)!;
  assert.equal(validateBundle(bundle), true, JSON.stringify(validateBundle.errors?.slice(0, 3)));
  // Each object against its own type's schema, with all errors reported.
  const byType: Record<string, string> = { identity: 'sdos/identity.json', infrastructure: 'sdos/infrastructure.json', indicator: 'sdos/indicator.json', report: 'sdos/report.json', relationship: 'sros/relationship.json' };
  const counts = new Map<string, number>();
  for (const o of bundle.objects) {
    counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
    const v = ajv.getSchema(`${base}/${byType[o.type]}`);
    assert.ok(v, `no schema for ${o.type}`);
    assert.equal(v(o), true, `${o.id}: ${JSON.stringify(v.errors?.slice(0, 3))}`);
  }
  // Every reference points inside the bundle.
  const ids = new Set(bundle.objects.map((o) => o.id));
  for (const o of bundle.objects) {
    for (const k of ['source_ref', 'target_ref', 'created_by_ref']) if (typeof o[k] === 'string') assert.ok(ids.has(o[k] as string), `${o.id} ${k}`);
    if (Array.isArray(o['object_refs'])) for (const r of o['object_refs'] as string[]) assert.ok(ids.has(r), `${o.id} object_refs ${r}`);
  }
  return { validateBundle: (b) => validateBundle(b) === true, counts };
}

test('the STIX 2.1 bundle validates against the OASIS STIX 2.1 JSON schemas', () => {
  const bundle = JSON.parse(exportNetworks(report, 'stix', { now: NOW })[0]!.content) as Bundle;
  const { validateBundle, counts } = validateStix(bundle);
  assert.equal(counts.get('identity'), 1);
  assert.equal(counts.get('infrastructure'), 8 + 2, 'eight domains and two networks');
  assert.equal(counts.get('report'), 16, 'eight shared stories per network');
  assert.ok((counts.get('indicator') ?? 0) >= 2);
  // A broken object is caught.
  const broken = { ...bundle, objects: [{ ...bundle.objects[1]!, created: 'yesterday' }] };
  assert.equal(validateBundle(broken), false);
});

test('undated and day-precision networks export: no gap where nothing is dated, STIX times at the start of the day', () => {
  const pubs: Publication[] = [];
  const add = (story: number, domain: string, date: string | null): void => {
    const t = publicationTime(date);
    pubs.push({ articleId: pubs.length + 1, storyId: story, domain, time: t?.time ?? null, precisionMs: t?.precisionMs ?? 0, sources: [] });
  };
  const sites = ['elmfield-courier.example', 'ridgeway-post.example', 'lakemont-star.example'];
  sites.forEach((d) => add(1, d, null));
  sites.forEach((d, i) => add(2, d, i === 2 ? null : '2031-05-06'));
  for (let i = 0; i < 40; i++) add(10 + i, `town-paper-${i}.example`, null);
  const r = detectNetworks(pubs);
  const undatedReport: NetworksReport = {
    ...r,
    skipped: 0,
    undated: r.stats.undated,
    networks: r.networks.map((n) => ({ ...n, evidence: [], evidenceCounts: { conclusive: 0, associative: 0, circumstantial: 0 }, membersWithPages: 0 })),
  };
  assert.equal(r.networks.length, 1);
  const gexf = exportNetworks(undatedReport, 'gexf', { now: NOW })[0]!.content;
  assert.equal(XMLValidator.validate(gexf), true);
  assert.equal((gexf.match(/for="mean_gap_hours"/g) ?? []).length, 1, 'only the pair dated on both sides has a gap');
  assert.equal(XMLValidator.validate(exportNetworks(undatedReport, 'graphml')[0]!.content), true);
  const csv = exportNetworks(undatedReport, 'csv')[1]!.content.trim().split('\r\n');
  assert.equal(csv[0], 'Source,Target,Type,Weight,coordinated,dated,mean_gap_hours,p,q,significant,basis');
  assert.ok(csv.slice(1).some((row) => row.split(',')[6] === ''), 'an undated pair has an empty gap');
  const bundle = JSON.parse(exportNetworks(undatedReport, 'stix', { now: NOW })[0]!.content) as Bundle;
  const { validateBundle, counts } = validateStix(bundle);
  assert.ok(validateBundle(bundle));
  assert.equal(counts.get('report'), 2);
  const reports = bundle.objects.filter((o) => o.type === 'report');
  assert.deepEqual(reports.map((o) => o['published']).sort(), [NOW, '2031-05-06T00:00:00.000Z']);
});
