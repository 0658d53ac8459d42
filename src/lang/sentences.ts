/** The language of each sentence of a document, computed once per document (see sentenceLanguage). */
import type { Doc } from '../doc/types.js';
import { sentenceLanguage } from './index.js';
import type { Language } from './types.js';

const CACHE = new WeakMap<Doc['sentences'], ReadonlyArray<Language | undefined>>();

/** Per sentence: its registered language, or undefined (mentions and numbers only). */
export function sentenceLanguages(doc: Pick<Doc, 'text' | 'lang' | 'sentences'>): ReadonlyArray<Language | undefined> {
  let langs = CACHE.get(doc.sentences);
  if (!langs) {
    langs = doc.sentences.map((s) => sentenceLanguage(doc.text.slice(s.start, s.end), doc.lang));
    CACHE.set(doc.sentences, langs);
  }
  return langs;
}

/**
 * What the reader must know when some of the text was read without cue lists: undefined when
 * every sentence's language is registered.
 */
export function languageNote(doc: Pick<Doc, 'text' | 'lang' | 'sentences'>): string | undefined {
  const langs = sentenceLanguages(doc);
  const unread = langs.filter((l) => !l).length;
  if (unread === 0) return undefined;
  const what = 'names, dates, numbers only; no attributions or hedges';
  if (unread === langs.length) return `No cue lists for "${doc.lang}": ${what}.`;
  return `${unread} of ${langs.length} sentences in a language without cue lists: ${what}.`;
}
