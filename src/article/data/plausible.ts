/** Non-ASCII symbols common in real text, which the plausibility score does not count against a decoding. */
export const COMMON_SYMBOLS: ReadonlySet<string> = new Set([
  '€', '£', '¥', '₽', '₴', '₹', '¢', '©', '®', '™', '°', '№', '§', '¶', '•', '·', '×', '±', '÷', '²', '³', '½', '¼', '¾',
  '←', '→', '↑', '↓', '✓', '★',
]);

/**
 * The most frequent letters of Russian, Ukrainian, Belarusian, Bulgarian and Serbian text
 * (about 55–65 % of their letters). A Cyrillic single-byte text decoded with the wrong
 * Cyrillic charset (ISO-8859-5 for windows-1251, say) keeps its case pattern but shifts
 * its letters, so these become rare.
 */
export const COMMON_CYRILLIC_LETTERS: ReadonlySet<string> = new Set([...'оеаинтсрвлі']);
/** Share of common letters at or above which a Cyrillic text is not penalised. */
export const COMMON_CYRILLIC_SHARE = 0.45;
/** Fewer Cyrillic letters than this are too few to judge letter frequencies. */
export const MIN_CYRILLIC_FOR_FREQUENCY = 40;
