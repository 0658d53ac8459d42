/** Attribution stage (placeholder). */
import type { Stage } from '../doc/pipeline.js';

export const attributionStage: Stage = {
  name: 'attributions',
  requires: ['sentences', 'tokens', 'mentions'],
  adds: ['attributions'],
  run() {},
};
