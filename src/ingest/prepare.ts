/**
 * What ingest needs from an article's analysis, computed in one go (pure CPU, no store): the
 * language, what the store keeps (`analysisOf`) and the story fingerprint. Runs in the analysis
 * worker (analyzer.ts) or, without one, in the calling thread; results are plain data.
 */
import type { Article } from '../article/article.js';
import { analyze } from '../analyze.js';
import type { ArticleAnalysis } from '../store/types.js';
import { analysisOf } from '../stories/analysis.js';
import { fingerprint, type Fingerprint } from '../stories/fingerprint.js';

export interface Prepared {
  lang: string;
  analysis: ArticleAnalysis;
  fingerprint: Fingerprint;
  /** Wall-clock time of the analysis, ms. */
  ms: number;
}

/** A prepared article, or why its analysis failed (the message of the error thrown). */
export type PrepareResult = { ok: true; value: Prepared } | { ok: false; detail: string };

/** Analyses an article for the store; throws what the analysis throws. */
export function prepare(article: Article): Prepared {
  const started = performance.now();
  const doc = analyze(article);
  const value = { lang: doc.lang, analysis: analysisOf(doc), fingerprint: fingerprint(doc), ms: 0 };
  value.ms = performance.now() - started;
  return value;
}

/** `prepare`, with a failure as a value (the worker thread posts it back). */
export function prepareArticle(article: Article): PrepareResult {
  try {
    return { ok: true, value: prepare(article) };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
