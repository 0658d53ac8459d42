/**
 * Cyrillic → Latin letters used to build script-independent name keys. Russian and Ukrainian
 * letters map to one simplified romanisation; the key normaliser then folds the remaining
 * differences between romanisation systems (y/i/j, kh/h, g/h).
 */
export const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i',
  і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'iu', я: 'ia', "'": '', '’': '', ʼ: '',
};
