/**
 * `sift eval crosslingual`: can the same-story score find the Russian original of an English
 * version of a news article?
 *
 * Data: WMT21 newstest2021 ru→en (../shared/data/wmt21-newstest-ruen): 107 Russian news documents
 * (test-suite documents, ids starting with `tsuite-`, are dropped), each with 2 human reference
 * translations and 10 machine translations, segment-aligned. A document's segments are joined
 * into its paragraphs (`<p>`), and paragraphs by blank lines.
 *
 * Method: every Russian document and every English version is analysed once and fingerprinted
 * (`fingerprint(doc)`). Each anchor's document frequency is counted over all the documents
 * involved — Russian and English together — and turned into idf with the matcher's own formula
 * (`idfOf` in src/stories/score.ts). Each English version is scored against all Russian documents
 * with `sameStoryScore`, and the rank of its own original is recorded. Ties are counted against
 * the original (pessimistic): rank = 1 + the number of other documents scoring at least as high,
 * so a scorer that gives everything the same score ranks every original last.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { analyze } from '../analyze.js';
import { SiftError } from '../errors/catalogue.js';
import { fingerprint, type Fingerprint } from '../stories/fingerprint.js';
import { JOIN_THRESHOLD } from '../stories/match.js';
import { idfOf, sameStoryScore } from '../stories/score.js';

export interface EnglishVersion {
  /** `human-A`, `human-B` (reference translators) or the MT system's name. */
  system: string;
  human: boolean;
  text: string;
}

export interface WmtDoc {
  id: string;
  /** Russian source text. */
  text: string;
  versions: EnglishVersion[];
}

type XmlNode = Record<string, unknown>;

const ARRAYS = new Set(['doc', 'src', 'ref', 'hyp', 'p', 'seg']);

const asArray = (x: unknown): XmlNode[] => (Array.isArray(x) ? (x as XmlNode[]) : x === undefined ? [] : [x as XmlNode]);

/** Text of a `<src>`, `<ref>` or `<hyp>`: segments joined by spaces within a paragraph, paragraphs by blank lines. */
function joinParagraphs(node: XmlNode): string {
  return asArray(node['p'])
    .map((p) =>
      asArray(p['seg'])
        .map((s) => String(s['#text'] ?? '').trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)
    .join('\n\n');
}

/** Parses the WMT "all" XML (source, references, system outputs per document). */
export function parseWmtXml(xml: string): WmtDoc[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    alwaysCreateTextNode: true,
    isArray: (name) => ARRAYS.has(name),
  });
  const root = parser.parse(xml) as XmlNode;
  const dataset = root['dataset'] as XmlNode | undefined;
  if (!dataset) return [];
  const out: WmtDoc[] = [];
  for (const d of asArray(dataset['doc'])) {
    const id = String(d['@_id'] ?? '');
    if (id === '' || id.startsWith('tsuite-')) continue;
    const src = asArray(d['src'])[0];
    if (!src) continue;
    const versions: EnglishVersion[] = [];
    for (const r of asArray(d['ref'])) versions.push({ system: `human-${String(r['@_translator'] ?? '?')}`, human: true, text: joinParagraphs(r) });
    for (const h of asArray(d['hyp'])) versions.push({ system: String(h['@_system'] ?? '?'), human: false, text: joinParagraphs(h) });
    out.push({ id, text: joinParagraphs(src), versions: versions.filter((v) => v.text !== '') });
  }
  return out;
}

/** Reads the WMT21 ru-en folder (or the XML file itself). */
export function loadWmt(folder: string): WmtDoc[] {
  const path = resolve(folder);
  if (!existsSync(path)) throw new SiftError('E_EVAL_DATA', { path, detail: 'no such folder' });
  let file = path;
  if (statSync(path).isDirectory()) {
    const dirs = [join(path, 'xml'), path];
    const found = dirs.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => /\.ru-en\.all\.xml$/.test(f)).map((f) => join(d, f)) : []));
    if (found.length === 0) throw new SiftError('E_EVAL_DATA', { path, detail: 'no *.ru-en.all.xml (expected xml/newstest2021.ru-en.all.xml)' });
    file = found[0]!;
  }
  const docs = parseWmtXml(readFileSync(file, 'utf8'));
  if (docs.length === 0) throw new SiftError('E_EVAL_DATA', { path: file, detail: 'no news documents in the XML' });
  return docs;
}

// ---------------------------------------------------------------------------------------------
// Ranking and metrics (pure)

/** Rank (1-based) of `scores[truth]` among all scores; ties count against it. */
export function rankOf(scores: readonly number[], truth: number): number {
  const own = scores[truth]!;
  let rank = 1;
  scores.forEach((s, i) => {
    if (i !== truth && s >= own) rank++;
  });
  return rank;
}

export interface Retrieval {
  versions: number;
  top1: number;
  top5: number;
  mrr: number;
}

export function retrieval(ranks: readonly number[]): Retrieval {
  const n = ranks.length;
  if (n === 0) return { versions: 0, top1: 0, top5: 0, mrr: 0 };
  return {
    versions: n,
    top1: ranks.filter((r) => r === 1).length / n,
    top5: ranks.filter((r) => r <= 5).length / n,
    mrr: ranks.reduce((s, r) => s + 1 / r, 0) / n,
  };
}

/** Number of fingerprints holding each anchor. */
export function documentFrequencies(fps: readonly Fingerprint[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const fp of fps) for (const a of new Set(fp.anchors)) df.set(a, (df.get(a) ?? 0) + 1);
  return df;
}

export interface Query {
  fp: Fingerprint;
  /** Index of its original among the targets. */
  truth: number;
  system: string;
  human: boolean;
}

export interface QueryResult {
  truth: number;
  system: string;
  human: boolean;
  rank: number;
  /** Score against its original, and the best score against any other target. */
  score: number;
  bestOther: number;
  bestOtherIndex: number;
  /** Other targets scoring at or above the threshold (false joins). */
  othersAtThreshold: number;
}

/** Scores every query against every target and ranks its original. */
export function rankQueries(
  queries: readonly Query[],
  targets: readonly Fingerprint[],
  idf: (anchor: string) => number,
  score: (a: Fingerprint, b: Fingerprint, idf: (anchor: string) => number) => number = sameStoryScore,
  threshold = JOIN_THRESHOLD,
): QueryResult[] {
  return queries.map((q) => {
    const scores = targets.map((t) => score(q.fp, t, idf));
    let bestOther = -Infinity;
    let bestOtherIndex = -1;
    let above = 0;
    scores.forEach((s, i) => {
      if (i === q.truth) return;
      if (s >= threshold) above++;
      if (s > bestOther) {
        bestOther = s;
        bestOtherIndex = i;
      }
    });
    return {
      truth: q.truth,
      system: q.system,
      human: q.human,
      rank: rankOf(scores, q.truth),
      score: scores[q.truth]!,
      bestOther: bestOther,
      bestOtherIndex: bestOtherIndex,
      othersAtThreshold: above,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The evaluation

export interface CrosslingualReport extends Retrieval {
  dataset: string;
  documents: number;
  englishVersions: number;
  humanVersions: number;
  machineVersions: number;
  human: Retrieval;
  machine: Retrieval;
  perSystem: Record<string, Retrieval>;
  /** At the matcher's join threshold: share of true pairs scoring at or above it, and of false pairs. */
  atThreshold: { threshold: number; truePairs: number; falsePairs: number };
  /** Mean score of each English version against its original, and against the best other document. */
  meanTrueScore: number;
  meanBestOtherScore: number;
  /** Versions whose original did not rank first (at most 20 listed, worst first). */
  misses: number;
  worst: Array<{ doc: string; system: string; rank: number; score: number; bestOther: string; bestOtherScore: number }>;
  documentsAnalysed: number;
  anchors: number;
  method: string;
  elapsedMs: number;
}

export interface CrosslingualOptions {
  /** Only the first n Russian documents (and their English versions). */
  limit?: number;
}

export const METHOD =
  'each English version (2 human, 10 MT per document) scored with sameStoryScore against every Russian document; ' +
  'idf = ln(1 + (N+1)/(df+1)) with df counted over all N documents involved, Russian and English together; ' +
  'rank of the true original with ties counted against it; top1/top5/MRR over English versions';

/** Runs the evaluation on parsed documents. */
export function evalCrosslingualDocs(docs: readonly WmtDoc[], dataset = '(in memory)'): CrosslingualReport {
  const started = performance.now();
  const fp = (text: string): Fingerprint => fingerprint(analyze({ format: 'text', text }));
  const targets = docs.map((d) => fp(d.text));
  const queries: Query[] = [];
  docs.forEach((d, i) => {
    for (const v of d.versions) queries.push({ fp: fp(v.text), truth: i, system: v.system, human: v.human });
  });
  const df = documentFrequencies([...targets, ...queries.map((q) => q.fp)]);
  const n = targets.length + queries.length;
  const idf = (a: string): number => idfOf(df.get(a) ?? 0, n);
  const results = rankQueries(queries, targets, idf);

  const ranks = results.map((r) => r.rank);
  const systems = [...new Set(results.map((r) => r.system))].sort((a, b) => (a.startsWith('human-') ? 0 : 1) - (b.startsWith('human-') ? 0 : 1) || a.localeCompare(b));
  const perSystem: Record<string, Retrieval> = {};
  for (const s of systems) perSystem[s] = retrieval(results.filter((r) => r.system === s).map((r) => r.rank));

  const truePairs = results.filter((r) => r.score >= JOIN_THRESHOLD).length;
  const falsePairs = results.reduce((sum, r) => sum + r.othersAtThreshold, 0);
  const totalFalse = queries.length * Math.max(0, targets.length - 1);
  const misses = results.filter((r) => r.rank > 1).sort((a, b) => b.rank - a.rank || b.bestOther - a.bestOther);
  const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);

  return {
    dataset,
    documents: docs.length,
    englishVersions: queries.length,
    humanVersions: queries.filter((q) => q.human).length,
    machineVersions: queries.filter((q) => !q.human).length,
    ...retrieval(ranks),
    human: retrieval(results.filter((r) => r.human).map((r) => r.rank)),
    machine: retrieval(results.filter((r) => !r.human).map((r) => r.rank)),
    perSystem: perSystem,
    atThreshold: {
      threshold: JOIN_THRESHOLD,
      truePairs: queries.length === 0 ? 0 : truePairs / queries.length,
      falsePairs: totalFalse === 0 ? 0 : falsePairs / totalFalse,
    },
    meanTrueScore: mean(results.map((r) => r.score)),
    meanBestOtherScore: mean(results.filter((r) => r.bestOtherIndex >= 0).map((r) => r.bestOther)),
    misses: misses.length,
    worst: misses.slice(0, 20).map((r) => ({
      doc: docs[r.truth]!.id,
      system: r.system,
      rank: r.rank,
      score: round(r.score),
      bestOther: r.bestOtherIndex >= 0 ? docs[r.bestOtherIndex]!.id : '',
      bestOtherScore: round(r.bestOther),
    })),
    documentsAnalysed: n,
    anchors: df.size,
    method: METHOD,
    elapsedMs: Math.round(performance.now() - started),
  };
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function evalCrosslingual(folder: string, opts: CrosslingualOptions = {}): CrosslingualReport {
  let docs = loadWmt(folder);
  if (opts.limit !== undefined) docs = docs.slice(0, opts.limit);
  return evalCrosslingualDocs(docs, resolve(folder));
}

const f3 = (x: number): string => x.toFixed(3);

export function crosslingualTable(r: CrosslingualReport): string {
  let out = `WMT21 ru→en retrieval: ${r.englishVersions} English versions (${r.humanVersions} human, ${r.machineVersions} MT) of ${r.documents} Russian documents\n`;
  out += `  ${''.padEnd(16)}${'n'.padStart(6)}${'top1'.padStart(8)}${'top5'.padStart(8)}${'MRR'.padStart(8)}\n`;
  const line = (label: string, x: Retrieval): string => `  ${label.padEnd(16)}${String(x.versions).padStart(6)}${f3(x.top1).padStart(8)}${f3(x.top5).padStart(8)}${f3(x.mrr).padStart(8)}\n`;
  out += line('all', r);
  out += line('human', r.human);
  out += line('machine', r.machine);
  for (const [s, x] of Object.entries(r.perSystem)) out += line(`  ${s}`, x);
  out += `  at the join threshold ${r.atThreshold.threshold}: ${f3(r.atThreshold.truePairs)} of true pairs, ${r.atThreshold.falsePairs.toFixed(5)} of false pairs\n`;
  out += `  mean score vs original ${f3(r.meanTrueScore)}, vs best other ${f3(r.meanBestOtherScore)}; ${r.misses} versions not ranked first\n`;
  for (const w of r.worst.slice(0, 5)) out += `    ${w.doc} (${w.system}): rank ${w.rank}, score ${f3(w.score)}; best other ${w.bestOther} ${f3(w.bestOtherScore)}\n`;
  out += `  (${r.documentsAnalysed} documents analysed, ${r.anchors} distinct anchors, ${r.elapsedMs} ms)\n`;
  return out;
}
