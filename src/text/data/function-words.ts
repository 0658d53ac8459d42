/** Frequent function words that tell Russian from Ukrainian when no distinctive letter does. */
export const RU_WORDS: ReadonlySet<string> = new Set([
  'что', 'это', 'как', 'был', 'была', 'было', 'были', 'его', 'от', 'или', 'уже', 'только', 'после', 'также',
  'который', 'которые', 'во', 'со', 'он', 'она', 'они', 'но', 'же', 'бы', 'при', 'чтобы', 'если', 'когда',
]);

export const UK_WORDS: ReadonlySet<string> = new Set([
  'що', 'це', 'як', 'був', 'була', 'було', 'були', 'його', 'від', 'або', 'вже', 'тільки', 'після', 'також',
  'який', 'які', 'у', 'і', 'та', 'він', 'вона', 'вони', 'але', 'ж', 'би', 'при', 'щоб', 'якщо', 'коли',
]);

/** The most frequent English function words (none of them common words in other Latin-script languages). */
export const EN_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'it', 'as', 'on', 'by', 'from', 'this',
  'which', 'have', 'has', 'had', 'were', 'are', 'be', 'been', 'their', 'they', 'he', 'she', 'his', 'her',
  'said', 'not', 'but', 'or', 'an', 'at', 'its', 'who', 'will', 'would', 'there', 'after', 'about',
]);
