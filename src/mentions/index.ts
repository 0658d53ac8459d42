/**
 * Mentions stage: names (people, outlets, organisations, places), dates, numbers — each with a
 * script-independent key. Mentions never overlap; dates win over numbers.
 */
import type { Stage } from '../doc/pipeline.js';
import type { Mention } from '../doc/types.js';
import { findDates } from './dates.js';
import { findNames } from './names.js';
import { findNumbers } from './numbers.js';
import { language } from '../lang/index.js';

export const mentionStage: Stage = {
  name: 'mentions',
  requires: ['sentences', 'tokens'],
  adds: ['mentions'],
  run(doc) {
    const dates = findDates(doc.text);
    const inDate = (pos: number): boolean => dates.some((d) => pos >= d.start && pos < d.end);
    const names = findNames(doc.text, doc.tokens, doc.sentences).filter((m) => !inDate(m.start));
    const numbers = findNumbers(doc.text, doc.tokens, inDate, language(doc.lang)?.numberWords ?? {});
    const all: Mention[] = [...dates, ...names, ...numbers];
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    doc.mentions = all;
  },
};
