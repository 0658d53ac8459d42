/** Charset labels and detection candidates used by `charset.ts`. */

/**
 * Labels decoded differently from their literal name, as browsers do (WHATWG Encoding
 * Standard): pages labelled ISO-8859-1 or ASCII are really windows-1252.
 */
export const LABEL_ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'ansi_x3.4-1968': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'x-cp1251': 'windows-1251',
  'x-cp1250': 'windows-1250',
  'win-1251': 'windows-1251',
  'cp-1251': 'windows-1251',
  koi8: 'koi8-r',
  cskoi8r: 'koi8-r',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  // A page whose bytes we are reading as ASCII-compatible cannot really be UTF-16.
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
};

/** Multi-byte (CJK) charsets: trusted when declared, since the plausibility score is tuned for alphabets. */
export const MULTIBYTE_CHARSETS: ReadonlySet<string> = new Set([
  'shift_jis', 'sjis', 'euc-jp', 'iso-2022-jp', 'gbk', 'gb2312', 'gb18030', 'big5', 'big5-hkscs', 'euc-kr', 'iso-2022-kr', 'iso-2022-cn',
]);

/** Always tried, besides chardet's guesses, when a declared charset is missing or fails. */
export const FALLBACK_CANDIDATES: readonly string[] = ['windows-1251', 'koi8-r', 'koi8-u', 'windows-1252', 'windows-1250', 'iso-8859-5', 'cp866'];

/**
 * A multi-byte charset guessed by chardet is only taken when it is chardet's first guess
 * with at least this confidence (0–100); the plausibility score cannot judge CJK text.
 */
export const MIN_MULTIBYTE_CONFIDENCE = 50;

/** chardet's answers below this confidence (0–100) are not considered. */
export const MIN_CHARDET_CONFIDENCE = 5;

/** A declared single-byte charset is kept when its decoding scores at least this (0–1)… */
export const TRUST_DECLARED_SCORE = 0.9;
/** …or when no other candidate beats it by this margin. */
export const OVERRIDE_MARGIN = 0.15;

/** How many leading bytes are searched for `<meta charset>`. */
export const META_PRESCAN_BYTES = 16 * 1024;
