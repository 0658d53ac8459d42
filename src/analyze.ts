/**
 * Single-article analysis: the default pipeline, from raw text to attributions.
 *
 *   lang → sentences → tokens → mentions → attributions → hedged → unsourced
 */
import type { Article } from './article/article.js';
import { Pipeline, type Stage } from './doc/pipeline.js';
import type { Doc } from './doc/types.js';
import { languageStage } from './text/lang.js';
import { sentenceStage } from './text/sentences.js';
import { tokenStage } from './text/tokens.js';
import { mentionStage } from './mentions/index.js';
import { attributionStage } from './attribution/index.js';
import { hedgeStage } from './attribution/hedges.js';
import { unsourcedStage } from './attribution/unsourced.js';

/** The stages of the default analysis pipeline, in order. */
export const DEFAULT_STAGES: readonly Stage[] = [
  languageStage,
  sentenceStage,
  tokenStage,
  mentionStage,
  attributionStage,
  hedgeStage,
  unsourcedStage,
];

let defaultPipeline: Pipeline | undefined;

/** Analyzes one article with the default pipeline. */
export function analyze(article: Article): Doc {
  defaultPipeline ??= new Pipeline(DEFAULT_STAGES);
  return defaultPipeline.run(article);
}

/** Convenience: analyzes a bare text. */
export function analyzeText(text: string, extra: Partial<Article> = {}): Doc {
  return analyze({ format: 'text', ...extra, text });
}
