/** Unsourced-claims stage (placeholder). */
import type { Stage } from '../doc/pipeline.js';

export const unsourcedStage: Stage = {
  name: 'unsourced',
  requires: ['sentences', 'mentions', 'attributions', 'hedged'],
  adds: ['unsourced'],
  run() {},
};
