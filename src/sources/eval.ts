/**
 * Coverage and agreement of the knowledge base against source-reliability-idiap's three-way
 * labels (reliable / mixed / unreliable; its -2 "deprecated" counts as unreliable), with that
 * dataset left out of the build so the figure is not circular.
 *
 * - coverage: share of the labelled domains that have an entry (own domain, or a parent domain);
 * - agreement: accuracy and macro-F1 of the entry's reliability field (from Wikipedia RSP and
 *   domain quality pc1, see data/meanings.ts) against the label, over the domains it rates, and
 *   over all labelled domains counting an unrated one as wrong.
 *
 * Domains are split in two by an FNV-1a hash: the dev half chose the pc1 thresholds and the
 * order of datasets (`calibrate`), the test half reports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiftError } from '../errors/catalogue.js';
import { buildKb } from './build/index.js';
import { IDIAP_GOLDEN_FILE } from './build/04-ratings.js';
import { parseCsvRecords } from './csv.js';
import type { DatasetId } from './data/datasets.js';
import { RELIABILITY_ORDER, idiapReliability, rspReliability, type Reliability } from './data/meanings.js';
import { deriveReliability } from './describe.js';
import { normalizeHost } from './domain.js';
import { SourceKB } from './kb.js';
import type { QualityFact, RspFact, SourceEntry } from './types.js';

export type Split = 'all' | 'dev' | 'test';
const CLASSES: readonly Reliability[] = ['reliable', 'mixed', 'unreliable'];

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface AgreementScore {
  /** Labelled domains in the split. */
  labelled: number;
  /** Labelled domains with an entry (own domain or a parent's). */
  covered: number;
  coveredExact: number;
  /** Covered domains whose entry has a reliability value. */
  rated: number;
  coverage: number;
  ratedShare: number;
  /** Over the rated domains. */
  accuracy: number;
  macroF1: number;
  perClass: Record<Reliability, ClassScore>;
  /** Over all labelled domains, an unrated one counting as a wrong answer. */
  accuracyAll: number;
  macroF1All: number;
  /** confusion[gold][predicted]. */
  confusion: Record<Reliability, Record<Reliability | 'unrated', number>>;
  /** Which dataset gave the rated domains their value. */
  ratedBy: Record<string, number>;
}

export interface SourcesEvalResult {
  excluded: DatasetId[];
  order: readonly DatasetId[];
  splits: Record<Split, AgreementScore>;
}

/** FNV-1a 32-bit hash; even → dev half. */
export function splitOf(domain: string): 'dev' | 'test' {
  let h = 0x811c9dc5;
  for (let i = 0; i < domain.length; i++) {
    h ^= domain.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'dev' : 'test';
}

/** The labelled domains of source-reliability-idiap. */
export function readIdiapLabels(dataDir: string): Map<string, Reliability> {
  const file = join(dataDir, IDIAP_GOLDEN_FILE);
  if (!existsSync(file)) throw new SiftError('E_EVAL_DATA', { path: file, detail: 'source-reliability-idiap golden_truth_dataset.csv not found' });
  const out = new Map<string, Reliability>();
  for (const r of parseCsvRecords(readFileSync(file, 'utf8'))) {
    const host = normalizeHost(r['domain'] ?? '');
    const label = Number(r['reliability_label']);
    if (host && Number.isInteger(label)) out.set(host, idiapReliability(label));
  }
  return out;
}

/** The knowledge base built from `dataDir` without `exclude`. */
export function buildWithout(dataDir: string, exclude: readonly DatasetId[]): SourceKB {
  return SourceKB.fromFile(buildKb((p) => readFileSync(join(dataDir, p), 'utf8'), { exclude }));
}

type Predict = (e: SourceEntry) => { value: Reliability; dataset: string } | undefined;

/** Scores `predict` over the labelled domains of one split. */
export function score(kb: SourceKB, labels: ReadonlyMap<string, Reliability>, split: Split, predict: Predict): AgreementScore {
  const confusion = Object.fromEntries(CLASSES.map((g) => [g, { reliable: 0, mixed: 0, unreliable: 0, unrated: 0 }])) as AgreementScore['confusion'];
  let labelled = 0;
  let covered = 0;
  let coveredExact = 0;
  let rated = 0;
  const ratedBy: Record<string, number> = {};
  for (const [domain, gold] of labels) {
    if (split !== 'all' && splitOf(domain) !== split) continue;
    labelled++;
    const m = kb.byDomain(domain);
    if (!m) {
      confusion[gold].unrated++;
      continue;
    }
    covered++;
    if (m.via === 'domain') coveredExact++;
    const p = predict(m.entry);
    if (!p) {
      confusion[gold].unrated++;
      continue;
    }
    rated++;
    ratedBy[p.dataset] = (ratedBy[p.dataset] ?? 0) + 1;
    confusion[gold][p.value]++;
  }
  const perClass = {} as Record<Reliability, ClassScore>;
  const perClassAll = {} as Record<Reliability, ClassScore>;
  let correct = 0;
  for (const c of CLASSES) {
    const tp = confusion[c][c];
    correct += tp;
    const predicted = CLASSES.reduce((n, g) => n + confusion[g][c], 0);
    const supportRated = CLASSES.reduce((n, p) => n + confusion[c][p], 0);
    const supportAll = supportRated + confusion[c].unrated;
    perClass[c] = prf(tp, predicted, supportRated);
    perClassAll[c] = prf(tp, predicted, supportAll);
  }
  const macro = (x: Record<Reliability, ClassScore>): number => round(CLASSES.reduce((n, c) => n + x[c].f1, 0) / CLASSES.length);
  return {
    labelled,
    covered,
    coveredExact,
    rated,
    coverage: round(covered / (labelled || 1)),
    ratedShare: round(rated / (labelled || 1)),
    accuracy: round(correct / (rated || 1)),
    macroF1: macro(perClass),
    perClass,
    accuracyAll: round(correct / (labelled || 1)),
    macroF1All: macro(perClassAll),
    confusion,
    ratedBy,
  };
}

function prf(tp: number, predicted: number, support: number): ClassScore {
  const precision = predicted ? tp / predicted : 0;
  const recall = support ? tp / support : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1), support };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Coverage and agreement with source-reliability-idiap left out of the build. */
export function evaluateSources(dataDir: string): SourcesEvalResult {
  const excluded: DatasetId[] = ['source-reliability-idiap'];
  const kb = buildWithout(dataDir, excluded);
  const labels = readIdiapLabels(dataDir);
  const order = RELIABILITY_ORDER.filter((d) => !excluded.includes(d));
  const predict: Predict = (e) => deriveReliability(e, order);
  return {
    excluded,
    order,
    splits: { all: score(kb, labels, 'all', predict), dev: score(kb, labels, 'dev', predict), test: score(kb, labels, 'test', predict) },
  };
}

export interface CalibrationRow {
  order: string;
  reliableAt: number;
  unreliableBelow: number;
  macroF1: number;
  accuracy: number;
  rated: number;
}

/**
 * The grid the shipped mapping was chosen from, on the dev half: pc1 thresholds × which of
 * Wikipedia RSP and pc1 decides first. Sorted best first.
 */
export function calibrate(dataDir: string, split: Split = 'dev'): CalibrationRow[] {
  const kb = buildWithout(dataDir, ['source-reliability-idiap']);
  const labels = readIdiapLabels(dataDir);
  const rows: CalibrationRow[] = [];
  for (const rspFirst of [true, false]) {
    for (let lo = 0.2; lo <= 0.55 + 1e-9; lo += 0.05) {
      for (let hi = lo + 0.05; hi <= 0.8 + 1e-9; hi += 0.05) {
        const pc1 = (e: SourceEntry): Reliability | undefined => {
          const q = e.facts.find((f): f is QualityFact => f.type === 'quality' && f.on.includes(e.domains[0]!)) ?? e.facts.find((f): f is QualityFact => f.type === 'quality');
          return q ? (q.pc1 >= hi ? 'reliable' : q.pc1 < lo ? 'unreliable' : 'mixed') : undefined;
        };
        const rsp = (e: SourceEntry): Reliability | undefined => {
          const v = [...new Set(e.facts.filter((f): f is RspFact => f.type === 'rsp').map((f) => rspReliability(f.status)).filter((x): x is Reliability => x !== undefined))];
          return v.length === 1 ? v[0] : v.length > 1 ? 'mixed' : undefined;
        };
        const predict: Predict = (e) => {
          const [a, b] = rspFirst ? [rsp(e), pc1(e)] : [pc1(e), rsp(e)];
          const value = a ?? b;
          return value ? { value, dataset: 'x' } : undefined;
        };
        const s = score(kb, labels, split, predict);
        rows.push({ order: rspFirst ? 'rsp,pc1' : 'pc1,rsp', reliableAt: round(hi), unreliableBelow: round(lo), macroF1: s.macroF1, accuracy: s.accuracy, rated: s.rated });
      }
    }
  }
  return rows.sort((x, y) => y.macroF1 - x.macroF1);
}
