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
import { firstWhere } from '../doc/sorted.js';

export const mentionStage: Stage = {
  name: 'mentions',
  requires: ['sentences', 'tokens'],
  adds: ['mentions'],
  run(doc) {
    const dates = findDates(doc.text);
    // Dates come in text order and never overlap: the one that could hold `pos` is found by binary search.
    const inDate = (pos: number): boolean => {
      const d = dates[firstWhere(dates, (x) => x.end > pos)];
      return d !== undefined && d.start <= pos;
    };
    const names = findNames(doc.text, doc.tokens, doc.sentences).filter((m) => !inDate(m.start));
    const numbers = findNumbers(doc.text, doc.tokens, inDate, language(doc.lang)?.numberWords ?? {});
    const all: Mention[] = [...dates, ...names, ...numbers];
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    doc.mentions = all;
  },
};
