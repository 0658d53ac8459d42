/**
 * Colon frames: a headline "Name: claim" credits the claim to the name; in the body, an
 * all-capitals "SPEAKER:" opens a transcript turn (its content runs to the paragraph's end).
 */
import { cueScore, CUE_THRESHOLDS } from './cue-model.js';
import type { RawAttribution } from './raw.js';
import { OPEN_QUOTES, type SentenceView } from './sentence.js';

/** Headline attribution "Lynch: No outside influence on the probe". */
export function colonFrame(v: SentenceView, k: number): RawAttribution | undefined {
  const first = OPEN_QUOTES.has(v.norm(v.a)) ? v.a + 1 : v.a;
  if (first >= k || !v.isCapitalized(first)) return undefined;
  const content = v.contentSpanToEnd(k + 1);
  if (!content) return undefined;
  const source = { i: first, j: k };
  const cue = v.span(k, k + 1);
  // Transcript turns: "WALLACE: Let's start with …" (the content runs to the paragraph's end).
  // A capitalised label opening the headline ("BREAKING:", "FICTIONAL SAMPLE:") is none.
  if (v.isUpperCase(first, k)) return v.index > 0 ? { source, cue, content, rule: 'speaker' } : undefined;
  const score = cueScore(v.text, v.tokens, k, v.a, v.b);
  // The headline "Pence: Flowers won't be at debate" is a claim credited to its speaker.
  const headline = v.index === 0 && allCapitalized(v, first, k) && k - first <= MAX_HEADLINE_NAME && !v.language.headlineLabels.has(v.norm(first));
  if (score <= CUE_THRESHOLDS.high && !headline) return undefined;
  return { source, cue, content, rule: 'headline-colon' };
}

const MAX_HEADLINE_NAME = 3;

function allCapitalized(v: SentenceView, i: number, j: number): boolean {
  for (let x = i; x < j; x++) if (!v.isCapitalized(x)) return false;
  return true;
}
