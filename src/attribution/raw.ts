/** What a frame finds in one sentence, before naming, chaining and resolution. */
import type { Span } from '../doc/types.js';
import type { Phrase } from './phrases.js';

export interface RawAttribution {
  source: Phrase;
  cue: Span;
  content: Span;
  /** Second piece of discontinuous content: "A, officials say, B." */
  more?: Span;
  rule: string;
}
