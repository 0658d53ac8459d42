/**
 * ADAQ check (Russian / Czech quotation attribution, sentence-level, token-tagged).
 *
 * `<lang>_tokens.tsv` tags every token of a sentence as source, cue, content or None;
 * `<lang>_sentences.tsv` holds the sentence text. Both are tab-separated with CSV-style quoting
 * (a field with a quote is wrapped in `"` and inner quotes doubled). Each sentence is analysed on
 * its own, the tokens are located in the sentence text, and a token gets predicted role R when it
 * overlaps any predicted R span. Scores are token-level per role, plus a sentence-level
 * "has an attribution" decision.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../analyze.js';
import type { Span } from '../doc/types.js';
import { SiftError } from '../errors/catalogue.js';
import { prf, type Prf } from './score.js';

export const ADAQ_LANGS = ['ru', 'cs'] as const;
export type AdaqLang = (typeof ADAQ_LANGS)[number];
export type Role = 'source' | 'cue' | 'content';
const ROLES: readonly Role[] = ['source', 'cue', 'content'];

export interface AdaqToken {
  text: string;
  tag: Role | 'None';
  /** Offsets in the sentence text; undefined when the token could not be located. */
  span?: Span;
}

export interface AdaqSentence {
  id: string;
  text: string;
  tokens: AdaqToken[];
  /** True when the text was rebuilt from the tokens (no entry in the sentences file). */
  rebuilt: boolean;
}

/** Unquotes one field of the CSV-style TSV files. */
export function unquote(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) return field.slice(1, -1).replace(/""/g, '"');
  return field;
}

function resolveFile(folder: string, name: string): string {
  for (const p of [join(folder, 'data', name), join(folder, name)]) if (existsSync(p)) return p;
  throw new SiftError('E_EVAL_DATA', { path: folder, detail: `no ${name} (expected data/${name}, an ADAQ checkout)` });
}

/** Reads the sentences of one language, in token-file order. */
export function loadAdaq(folder: string, lang: AdaqLang): AdaqSentence[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new SiftError('E_EVAL_DATA', { path: folder, detail: 'no such folder' });
  }
  const tokFile = resolveFile(folder, `${lang}_tokens.tsv`);
  const sentFile = resolveFile(folder, `${lang}_sentences.tsv`);
  const texts = new Map<string, string>();
  for (const line of readFileSync(sentFile, 'utf8').split(/\r?\n/).slice(1)) {
    if (!line) continue;
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    texts.set(unquote(cols[1]), unquote(cols[0]));
  }
  const order: string[] = [];
  const tokens = new Map<string, AdaqToken[]>();
  const lines = readFileSync(tokFile, 'utf8').split(/\r?\n/);
  if (!/^lemmas\ttext\tsentence_num\t/.test(lines[0] ?? '')) {
    throw new SiftError('E_EVAL_DATA', { path: tokFile, detail: 'unexpected header (want lemmas, text, sentence_num, index_of_token_sent, tags)' });
  }
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const cols = line.split('\t');
    if (cols.length < 5) continue;
    const id = unquote(cols[2]);
    const tag = cols[4].trim();
    let list = tokens.get(id);
    if (!list) {
      list = [];
      tokens.set(id, list);
      order.push(id);
    }
    list.push({ text: unquote(cols[1]), tag: tag === 'source' || tag === 'cue' || tag === 'content' ? tag : 'None' });
  }
  if (order.length === 0) throw new SiftError('E_EVAL_DATA', { path: tokFile, detail: 'no tokens' });
  return order.map((id) => {
    const toks = tokens.get(id) ?? [];
    const given = texts.get(id);
    const text = given ?? rebuild(toks);
    align(text, toks);
    return { id, text, tokens: toks, rebuilt: given === undefined };
  });
}

/** Joins tokens with spaces, without a space before closing punctuation. */
function rebuild(tokens: AdaqToken[]): string {
  let out = '';
  for (const t of tokens) {
    if (out && !/^[.,;:!?)\]»]/.test(t.text) && !/[(«[]$/.test(out)) out += ' ';
    out += t.text;
  }
  return out;
}

/**
 * Locates each token in order in the sentence text (left to right, never going back). A match
 * may not skip over letters or digits, except right after a token that could not be located
 * (a split contraction such as Czech "Kdyby" → "Když by"), and then by at most `RESYNC` chars.
 */
export function align(text: string, tokens: AdaqToken[]): void {
  const RESYNC = 12;
  let cursor = 0;
  let lost = false;
  for (const t of tokens) {
    if (!t.text) continue;
    const at = text.indexOf(t.text, cursor);
    const skipped = at < 0 ? '' : text.slice(cursor, at);
    const ok = at >= 0 && (!/[\p{L}\p{N}]/u.test(skipped) || (lost && skipped.length <= RESYNC));
    if (!ok) {
      lost = true;
      continue;
    }
    t.span = { start: at, end: at + t.text.length };
    cursor = t.span.end;
    lost = false;
  }
}

export interface AdaqReport {
  lang: AdaqLang;
  data: string;
  matching: string;
  sentences: number;
  tokens: number;
  unalignedTokens: number;
  rebuiltSentences: number;
  source: Prf;
  cue: Prf;
  content: Prf;
  /** Sentence has an attribution (gold: any tagged token; predicted: any attribution). */
  sentence: Prf;
  analyzeErrors: number;
  elapsedMs: number;
}

export interface PredictedSpans {
  source: Span[];
  cue: Span[];
  content: Span[];
  hasAttribution: boolean;
}

export interface AdaqOptions {
  lang: AdaqLang;
  limit?: number;
  /** Replaces Sift's analysis (tests). */
  predict?: (text: string, lang: AdaqLang) => PredictedSpans;
}

export const ADAQ_MATCHING =
  'token-level per role: a token is predicted as role R when it overlaps a predicted R span (roles independent); ' +
  'sentence-level: any predicted attribution vs any gold-tagged token; each sentence analysed alone with its declared language';

function siftPredict(text: string, lang: AdaqLang): PredictedSpans {
  const doc = analyzeText(text, { lang });
  const out: PredictedSpans = { source: [], cue: [], content: [], hasAttribution: doc.attributions.length > 0 };
  for (const a of doc.attributions) {
    if (a.source && a.source.end > a.source.start) out.source.push({ start: a.source.start, end: a.source.end });
    out.cue.push({ start: a.cue.start, end: a.cue.end });
    for (const f of a.content.fragments ?? [a.content]) out.content.push({ start: f.start, end: f.end });
  }
  return out;
}

export function evalAdaq(folder: string, opts: AdaqOptions): AdaqReport {
  const t0 = performance.now();
  let sentences = loadAdaq(folder, opts.lang);
  if (opts.limit !== undefined) sentences = sentences.slice(0, opts.limit);
  const predict = opts.predict ?? siftPredict;
  const counts: Record<Role, { tp: number; gold: number; pred: number }> = {
    source: { tp: 0, gold: 0, pred: 0 },
    cue: { tp: 0, gold: 0, pred: 0 },
    content: { tp: 0, gold: 0, pred: 0 },
  };
  const sent = { tp: 0, gold: 0, pred: 0 };
  let tokens = 0;
  let unaligned = 0;
  let errors = 0;
  for (const s of sentences) {
    let p: PredictedSpans;
    try {
      p = predict(s.text, opts.lang);
    } catch {
      errors++;
      p = { source: [], cue: [], content: [], hasAttribution: false };
    }
    for (const t of s.tokens) {
      tokens++;
      if (!t.span) unaligned++;
      for (const role of ROLES) {
        const g = t.tag === role;
        const hit = t.span !== undefined && p[role].some((x) => overlaps(x, t.span as Span));
        if (g) counts[role].gold++;
        if (hit) counts[role].pred++;
        if (g && hit) counts[role].tp++;
      }
    }
    const goldHas = s.tokens.some((t) => t.tag !== 'None');
    if (goldHas) sent.gold++;
    if (p.hasAttribution) sent.pred++;
    if (goldHas && p.hasAttribution) sent.tp++;
  }
  return {
    lang: opts.lang,
    data: folder,
    matching: ADAQ_MATCHING,
    sentences: sentences.length,
    tokens,
    unalignedTokens: unaligned,
    rebuiltSentences: sentences.filter((s) => s.rebuilt).length,
    source: prf(counts.source.tp, counts.source.gold, counts.source.pred),
    cue: prf(counts.cue.tp, counts.cue.gold, counts.cue.pred),
    content: prf(counts.content.tp, counts.content.gold, counts.content.pred),
    sentence: prf(sent.tp, sent.gold, sent.pred),
    analyzeErrors: errors,
    elapsedMs: Math.round(performance.now() - t0),
  };
}

function overlaps(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}
