/**
 * Telling registered languages apart by their letters and function words — for a whole text
 * (text/lang.ts, which asks franc when these say nothing) and for one sentence (sentences.ts).
 */
import { LANGUAGES, language, type Script } from './index.js';

/** Share of a language's function words above which a Latin-script text is that language. */
const FUNCTION_SHARE = 0.12;
const UK_ONLY = new Set([...'іїєґІЇЄҐ']);
const RU_ONLY = new Set([...'ыэъёЫЭЪЁ']);

/** Latin and Cyrillic letters in `text` (Latin: A–Z, a–z and U+00C0–U+024F). */
export function scriptCounts(text: string): { latin: number; cyrillic: number } {
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
  }
  return { latin, cyrillic };
}

/** The script most letters of `text` are written in, if Latin or Cyrillic. */
export function dominantScript(text: string): Script | undefined {
  const { latin, cyrillic } = scriptCounts(text);
  if (latin + cyrillic === 0) return undefined;
  return cyrillic > latin ? 'Cyrl' : 'Latn';
}

/** Russian or Ukrainian by distinctive letters, then by function words; undefined on a tie. */
export function cyrillicLanguage(text: string): 'ru' | 'uk' | undefined {
  let uk = 0;
  let ru = 0;
  for (const ch of text) {
    if (UK_ONLY.has(ch)) uk++;
    else if (RU_ONLY.has(ch)) ru++;
  }
  if (uk !== ru) return uk > ru ? 'uk' : 'ru';
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const ruWords = words.filter((w) => language('ru')!.functionWords.has(w)).length;
  const ukWords = words.filter((w) => language('uk')!.functionWords.has(w)).length;
  if (ukWords !== ruWords) return ukWords > ruWords ? 'uk' : 'ru';
  return undefined;
}

/** The registered Latin-script language whose function words make up most of `text` (at least 12 %). */
export function latinLanguage(text: string, minWords: number): string | undefined {
  const words = text.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
  if (words.length < minWords) return undefined;
  let best: string | undefined;
  let bestShare = FUNCTION_SHARE;
  for (const l of LANGUAGES) {
    if (l.script !== 'Latn') continue;
    let n = 0;
    for (const w of words) if (l.functionWords.has(w)) n++;
    if (n / words.length >= bestShare) {
      best = l.code;
      bestShare = n / words.length;
    }
  }
  return best;
}
