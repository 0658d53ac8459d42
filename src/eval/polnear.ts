/**
 * PolNeAR evaluation: run `analyze` over each article of a split and score its attributions
 * against the brat gold (see score.ts for the matching rules).
 *
 * Layout expected: `<folder>/data/<split>/text/<name>.txt` and
 * `<folder>/data/<split>/attributions/<name>_<annotator>.ann` (`<folder>` may also be the `data`
 * folder itself). Some articles were annotated by several annotators; each text is scored once,
 * against the first `.ann` file in sorted (code-unit) order of its annotator ids.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyzeText } from '../analyze.js';
import type { Doc, Span } from '../doc/types.js';
import { SiftError } from '../errors/catalogue.js';
import { attributionRelations, parseBrat, verifyOffsets, type Relation } from './brat.js';
import {
  addCounts,
  emptyCounts,
  MATCHING_RULES,
  scoreDocument,
  spansExact,
  spansOverlap,
  summarize,
  type ScoreSummary,
} from './score.js';

export const SPLITS = ['train', 'dev'] as const;
export type Split = (typeof SPLITS)[number];

export const ANNOTATOR_CHOICE =
  'one annotator per article: the first .ann file in sorted order of annotator id (other annotators\' files are ignored)';

export interface PolnearItem {
  name: string;
  textPath: string;
  annPath: string;
  annotator: string;
  /** All annotators of this article, sorted; `annotator` is the first. */
  annotators: string[];
}

/** Finds the folder holding `<split>/text` and `<split>/attributions`, or throws E_EVAL_DATA. */
export function resolvePolnearData(folder: string, split: Split): string {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new SiftError('E_EVAL_DATA', { path: folder, detail: 'no such folder' });
  }
  for (const root of [join(folder, 'data'), folder]) {
    if (isDir(join(root, split, 'text')) && isDir(join(root, split, 'attributions'))) return root;
  }
  throw new SiftError('E_EVAL_DATA', {
    path: folder,
    detail: `expected data/${split}/text and data/${split}/attributions (a PolNeAR checkout)`,
  });
}

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** The articles of a split, sorted by name, each with its chosen annotator file. */
export function listPolnear(folder: string, split: Split): PolnearItem[] {
  const root = resolvePolnearData(folder, split);
  const textDir = join(root, split, 'text');
  const annDir = join(root, split, 'attributions');
  const anns = new Map<string, string[]>();
  for (const f of readdirSync(annDir)) {
    const m = /^(.*)_([^_]+)\.ann$/.exec(f);
    if (!m) continue;
    const list = anns.get(m[1]) ?? [];
    list.push(m[2]);
    anns.set(m[1], list);
  }
  const items: PolnearItem[] = [];
  for (const f of readdirSync(textDir).filter((x) => x.endsWith('.txt')).sort()) {
    const name = basename(f, '.txt');
    const annotators = (anns.get(name) ?? []).sort();
    if (annotators.length === 0) continue;
    const annotator = annotators[0];
    items.push({
      name,
      textPath: join(textDir, f),
      annPath: join(annDir, `${name}_${annotator}.ann`),
      annotator,
      annotators,
    });
  }
  if (items.length === 0) {
    throw new SiftError('E_EVAL_DATA', { path: folder, detail: `no text with a matching .ann file in ${split}` });
  }
  return items;
}

/** The relations Sift predicts for a document. A source with an empty span counts as absent. */
export function predictedRelations(doc: Doc): Relation[] {
  // PolNeAR annotates no attribution inside an attributed quotation (1 of 19,831 train relations):
  // Sift's `quoted` attributions are inner links there, not relations of the article.
  return doc.attributions.filter((a) => !a.quoted).map((a) => {
    const rel: Relation = {
      id: `P${a.id}`,
      cue: [{ start: a.cue.start, end: a.cue.end }],
      content: (a.content.fragments ?? [a.content]).map((f) => ({ start: f.start, end: f.end })),
    };
    if (a.source && a.source.end > a.source.start) rel.source = [{ start: a.source.start, end: a.source.end }];
    return rel;
  });
}

/** One line of the `--errors` JSONL file. */
export interface ErrorRecord {
  kind: 'false_negative' | 'false_positive' | 'source_mismatch' | 'content_boundary' | 'analyze_error';
  doc: string;
  id?: string;
  /** Why it did not match (for misses and false alarms). */
  why?: string;
  source?: PieceText | null;
  cue?: PieceText;
  content?: PieceText;
  /** For source_mismatch: the predicted source. */
  predictedSource?: PieceText | null;
  /** For content_boundary: the predicted content (`content` is the gold one). */
  predictedContent?: PieceText;
  rule?: string;
  /** The text around the relation; `[[`…`]]` marks the cue. */
  context?: string;
  message?: string;
}

interface PieceText {
  start: number;
  end: number;
  text: string;
}

export interface PolnearOptions {
  split: Split;
  limit?: number;
  /** Receives error-analysis records (false positives / negatives, source mismatches). */
  onError?: (r: ErrorRecord) => void;
  /** Replaces Sift's analysis (tests). */
  predict?: (text: string, name: string) => Relation[];
}

export interface PolnearReport extends ScoreSummary {
  split: Split;
  matching: string;
  annotators: string;
  data: string;
  /** Gold attribution events without a cue or content (not scored). */
  goldSkipped: number;
  /** Gold text-bound annotations whose offsets do not reproduce their text (should be 0). */
  offsetMismatches: number;
  analyzeErrors: number;
  elapsedMs: number;
}

export function evalPolnear(folder: string, opts: PolnearOptions): PolnearReport {
  const t0 = performance.now();
  let items = listPolnear(folder, opts.split);
  if (opts.limit !== undefined) items = items.slice(0, opts.limit);
  const total = emptyCounts();
  let skipped = 0;
  let mismatches = 0;
  let analyzeErrors = 0;
  for (const item of items) {
    const text = readFileSync(item.textPath, 'utf8');
    const brat = parseBrat(readFileSync(item.annPath, 'utf8'));
    mismatches += verifyOffsets(brat, text).length;
    const { relations: gold, skipped: sk } = attributionRelations(brat);
    skipped += sk.length;
    let pred: Relation[] = [];
    const rules = new Map<string, string>();
    try {
      if (opts.predict) pred = opts.predict(text, item.name);
      else {
        const doc = analyzeText(text, { id: item.name });
        pred = predictedRelations(doc);
        for (const a of doc.attributions) rules.set(`P${a.id}`, a.rule);
      }
    } catch (e) {
      analyzeErrors++;
      opts.onError?.({ kind: 'analyze_error', doc: item.name, message: e instanceof Error ? e.message : String(e) });
    }
    const res = scoreDocument(text, gold, pred);
    addCounts(total, res.counts);
    if (opts.onError) reportErrors(opts.onError, item.name, text, gold, pred, res, rules);
  }
  return {
    ...summarize(total),
    split: opts.split,
    matching: MATCHING_RULES,
    annotators: ANNOTATOR_CHOICE,
    data: folder,
    goldSkipped: skipped,
    offsetMismatches: mismatches,
    analyzeErrors: analyzeErrors,
    elapsedMs: Math.round(performance.now() - t0),
  };
}

/**
 * Inter-annotator agreement as a reference ceiling: on the articles that several annotators
 * labelled, each other annotator's relations are scored as predictions against the first
 * annotator's (the gold used by `evalPolnear`). `documents` counts annotator pairs.
 */
export function annotatorAgreement(folder: string, split: Split): PolnearReport {
  const t0 = performance.now();
  const total = emptyCounts();
  let skipped = 0;
  let mismatches = 0;
  for (const item of listPolnear(folder, split)) {
    if (item.annotators.length < 2) continue;
    const text = readFileSync(item.textPath, 'utf8');
    const read = (annotator: string) => {
      const brat = parseBrat(readFileSync(join(dirname(item.annPath), `${item.name}_${annotator}.ann`), 'utf8'));
      mismatches += verifyOffsets(brat, text).length;
      const rs = attributionRelations(brat);
      skipped += rs.skipped.length;
      return rs.relations;
    };
    const gold = read(item.annotator);
    for (const other of item.annotators.slice(1)) addCounts(total, scoreDocument(text, gold, read(other)).counts);
  }
  return {
    ...summarize(total),
    split,
    matching: MATCHING_RULES,
    annotators: 'agreement: every other annotator scored against the first (sorted) annotator, multi-annotated articles only',
    data: folder,
    goldSkipped: skipped,
    offsetMismatches: mismatches,
    analyzeErrors: 0,
    elapsedMs: Math.round(performance.now() - t0),
  };
}

function reportErrors(
  emit: (r: ErrorRecord) => void,
  doc: string,
  text: string,
  gold: Relation[],
  pred: Relation[],
  res: ReturnType<typeof scoreDocument>,
  rules: Map<string, string>,
): void {
  const matchedP = new Set(res.pairs.map((p) => p[1]));
  const matchedG = new Set(res.pairs.map((p) => p[0]));
  for (const gi of res.unmatchedGold) {
    const g = gold[gi];
    emit({
      kind: 'false_negative',
      doc,
      id: g.id,
      why: whyUnmatched(g, pred, matchedP),
      ...describe(g, text),
    });
  }
  for (const pi of res.unmatchedPred) {
    const p = pred[pi];
    const r: ErrorRecord = {
      kind: 'false_positive',
      doc,
      id: p.id,
      why: whyUnmatched(p, gold, matchedG),
      ...describe(p, text),
    };
    const rule = rules.get(p.id);
    if (rule !== undefined) r.rule = rule;
    emit(r);
  }
  for (const [gi, pi] of res.pairs) {
    const g = gold[gi];
    const p = pred[pi];
    const rule = rules.get(p.id);
    if (!spansExact(g.content, p.content, text)) {
      const r: ErrorRecord = { kind: 'content_boundary', doc, id: `${g.id}/${p.id}`, ...describe(g, text), predictedContent: piece(p.content, text) };
      if (rule !== undefined) r.rule = rule;
      emit(r);
    }
    const agree = g.source && p.source ? spansOverlap(g.source, p.source) : !g.source && !p.source;
    if (agree) continue;
    const r: ErrorRecord = {
      kind: 'source_mismatch',
      doc,
      id: `${g.id}/${p.id}`,
      ...describe(g, text),
      predictedSource: p.source ? piece(p.source, text) : null,
    };
    if (rule !== undefined) r.rule = rule;
    emit(r);
  }
}

/** Which matching condition failed against the other side's relations. */
function whyUnmatched(r: Relation, others: Relation[], taken: Set<number>): string {
  const content = others.map((o, i) => ({ o, i })).filter(({ o }) => spansOverlap(o.content, r.content));
  if (content.length === 0) return 'no content overlap';
  const both = content.filter(({ o }) => spansOverlap(o.cue, r.cue));
  if (both.length === 0) return `content overlaps ${content.map(({ o }) => o.id).join(',')} but the cue does not`;
  if (both.every(({ i }) => taken.has(i))) return `overlapping ${both.map(({ o }) => o.id).join(',')} already matched`;
  return 'unmatched';
}

function piece(spans: Span[], text: string): PieceText {
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return { start, end, text: spans.map((s) => text.slice(s.start, s.end)).join(' … ') };
}

function describe(r: Relation, text: string): Pick<ErrorRecord, 'source' | 'cue' | 'content' | 'context'> {
  const all = [...r.cue, ...r.content, ...(r.source ?? [])];
  return {
    source: r.source ? piece(r.source, text) : null,
    cue: piece(r.cue, text),
    content: piece(r.content, text),
    context: context(text, all, r.cue),
  };
}

const CONTEXT_CHARS = 80;
const CONTEXT_MAX = 700;

function context(text: string, spans: Span[], cue: Span[]): string {
  const from = Math.max(0, Math.min(...spans.map((s) => s.start)) - CONTEXT_CHARS);
  const to = Math.min(text.length, Math.max(...spans.map((s) => s.end)) + CONTEXT_CHARS);
  // Mark the cue with [[ ]], inserting from the right so offsets stay valid.
  let out = text.slice(from, to);
  for (const c of [...cue].sort((a, b) => b.start - a.start)) {
    if (c.start < from || c.end > to) continue;
    out = `${out.slice(0, c.start - from)}[[${out.slice(c.start - from, c.end - from)}]]${out.slice(c.end - from)}`;
  }
  out = out.replace(/\s+/g, ' ');
  if (out.length > CONTEXT_MAX) out = `${out.slice(0, CONTEXT_MAX / 2)} … ${out.slice(-CONTEXT_MAX / 2)}`;
  return out;
}
