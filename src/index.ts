/** Sift's public API. */
export { analyze, analyzeText, DEFAULT_STAGES } from './analyze.js';
export { Pipeline, type Stage } from './doc/pipeline.js';
export type * from './doc/types.js';
export type { Article } from './article/article.js';
export { SiftError, ERRORS, isSiftError, type ErrorCode } from './errors/catalogue.js';
export { toJson, ANALYSIS_SCHEMA, type AnalysisJson } from './report/json.js';
export { summarize, type SourcingSummary } from './report/summary.js';
export { knowDoc, type DocKnowledge } from './sources/doc.js';
export { defaultSources, shippedSources } from './sources/default.js';
export { nameKey } from './mentions/keys.js';
