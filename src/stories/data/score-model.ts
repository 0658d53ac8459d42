/**
 * Weights of the same-story model (src/stories/score.ts), in the order of FEATURES, and the
 * probability at which an article joins a story. Written by scripts/fit-story-score.ts on
 * data/netcorpus-dev; see docs/stories.md
 * for the cross-validation and the numbers.
 */
export const SCORE_MODEL = {
  features: ['bias', 'sameLang', 'names', 'skeletons', 'numbers', 'numbersAgree', 'dates', 'sources', 'quotes', 'terms', 'lead', 'evidence', 'daysApart', 'sameDay'],
  weights: [-7.9371, -4.5983, 0.6381, 4.7383, -1.0411, 3.9931, -0.0283, -0.1844, 0.7289, -0.7145, 0.4556, 3.3112, -1.4221, 2.1278],
  threshold: 0.5,
} as const;
