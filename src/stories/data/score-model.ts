/**
 * Weights of the same-story model (src/stories/score.ts), in the order of FEATURES, and the
 * probability at which an article joins a story. Written by scripts/fit-story-score.ts on
 * data/netcorpus-dev, samples/corpus; see docs/stories.md
 * for the cross-validation and the numbers.
 */
export const SCORE_MODEL = {
  features: ['bias', 'sameLang', 'names', 'skeletons', 'numbers', 'numbersAgree', 'dates', 'sources', 'quotes', 'terms', 'lead', 'evidence', 'daysApart', 'namesAcross', 'skeletonsAcross', 'numbersAcross', 'evidenceAcross'],
  weights: [-8.1067, -3.3293, 2.6177, 3.1914, -0.5264, 4.7809, 0.9646, -0.1021, 1.2346, 0.5852, 2.3268, 2.6653, -2.3395, -1.8459, 4.4347, -2.2727, 4.4268],
  threshold: 0.8,
} as const;
