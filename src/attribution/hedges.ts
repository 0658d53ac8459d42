/** Hedge stage (placeholder). */
import type { Stage } from '../doc/pipeline.js';

export const hedgeStage: Stage = {
  name: 'hedged',
  requires: ['sentences', 'tokens', 'attributions'],
  adds: ['hedged'],
  run() {},
};
