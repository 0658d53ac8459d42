/** Mentions stage (placeholder until the recognisers land). */
import type { Stage } from '../doc/pipeline.js';

export const mentionStage: Stage = {
  name: 'mentions',
  requires: ['sentences', 'tokens'],
  adds: ['mentions'],
  run() {},
};
