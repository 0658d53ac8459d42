/** The language of each sentence of a document, computed once per document (see sentenceLanguage). */
import type { Doc } from '../doc/types.js';
import { cyrillicLanguage, dominantScript, latinLanguage } from './identify.js';
import { language } from './index.js';
import type { Language } from './types.js';

/**
 * The language of one sentence of a document in `docLang`: the document's own when the sentence
 * is in that language's script; otherwise Russian or Ukrainian by letters (Russian when they do
 * not tell), or the registered Latin-script language whose function words it uses. Undefined
 * when no registered language fits.
 */
export function sentenceLanguage(sentence: string, docLang: string): Language | undefined {
  const doc = language(docLang);
  const script = dominantScript(sentence);
  if (script === undefined || (doc && doc.script === script)) return doc;
  if (script === 'Cyrl') return language(cyrillicLanguage(sentence) ?? 'ru');
  const latin = latinLanguage(sentence, 1);
  return latin === undefined ? undefined : language(latin);
}

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
