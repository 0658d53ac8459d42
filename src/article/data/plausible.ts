/** Non-ASCII symbols common in real text, which the plausibility score does not count against a decoding. */
export const COMMON_SYMBOLS: ReadonlySet<string> = new Set([
  '€', '£', '¥', '₽', '₴', '₹', '¢', '©', '®', '™', '°', '№', '§', '¶', '•', '·', '×', '±', '÷', '²', '³', '½', '¼', '¾',
  '←', '→', '↑', '↓', '✓', '★',
]);
