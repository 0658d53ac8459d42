/**
 * Weights of the same-story model (src/stories/score.ts), in the order of FEATURES, and the
 * probability at which an article joins a story. Written by scripts/fit-story-score.ts on
 * data/netcorpus-dev; see docs/stories.md
 * for the cross-validation and the numbers.
 */
export const SCORE_MODEL = {
  features: ['bias', 'sameLang', 'names', 'skeletons', 'numbers', 'numbersAgree', 'dates', 'sources', 'quotes', 'terms', 'lead', 'evidence', 'daysApart', 'sameDay'],
  weights: [-7.9361, -4.4819, 0.2241, 4.6347, -1.0347, 3.9419, -0.1265, -0.1345, 0.3475, 0.1072, 1.7928, 3.3944, -1.4249, 2.0918],
  threshold: 0.6,
} as const;
