/**
 * A declared pipeline: named stages, each stating the layers it requires and the layers it adds.
 * Building a pipeline whose needs are not met throws at once (spaCy's `requires`/`assigns`).
 */
import type { Article } from '../article/article.js';
import { SiftError } from '../errors/catalogue.js';
import type { Doc, LayerName } from './types.js';

export interface Stage {
  name: string;
  requires: readonly LayerName[];
  adds: readonly LayerName[];
  run(doc: Doc): void;
}

export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[]) {
    const have = new Set<LayerName>();
    for (const stage of stages) {
      for (const need of stage.requires) {
        if (!have.has(need)) {
          throw new SiftError('E_PIPELINE', {
            detail: `stage "${stage.name}" requires layer "${need}", which no earlier stage adds`,
          });
        }
      }
      for (const layer of stage.adds) have.add(layer);
    }
    this.stages = stages;
  }

  /** Runs every stage over a fresh document for `article`. */
  run(article: Article): Doc {
    const doc = emptyDoc(article);
    for (const stage of this.stages) stage.run(doc);
    return doc;
  }
}

export function emptyDoc(article: Article): Doc {
  return {
    text: article.text,
    article,
    lang: 'und',
    sentences: [],
    tokens: [],
    mentions: [],
    attributions: [],
    hedged: [],
    unsourced: [],
  };
}
