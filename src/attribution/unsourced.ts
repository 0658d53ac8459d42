/**
 * Unsourced claims: sentences that assert checkable facts (numbers, dates, named people, places
 * or organisations) without any attribution or hedge covering them. A listing for a reader to
 * check, not a judgement: "unsourced" means "no source in the text".
 */
import type { Stage } from '../doc/pipeline.js';
import type { Doc, Span, Unsourced } from '../doc/types.js';
import { sentenceLanguages } from '../lang/sentences.js';

const MIN_WORDS = 6;

export function findUnsourced(doc: Doc): Unsourced[] {
  // Covered spans by start, with the furthest end so far, and mentions (sorted by start) walked
  // with a pointer: one pass over sentences, spans and mentions.
  const covered: Span[] = [...doc.attributions.map((a) => a.content), ...doc.hedged].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const c of covered) reach.push(Math.max(reach[reach.length - 1] ?? -1, c.end));
  let ci = 0; // covered spans starting before the sentence's end: [0, ci)
  let mi = 0;
  const out: Unsourced[] = [];
  const langs = sentenceLanguages(doc);
  doc.sentences.forEach((s, si) => {
    // Without the language's cues no source could have been found: "unsourced" would say nothing.
    if (!langs[si]) return;
    const text = doc.text.slice(s.start, s.end);
    if (text.endsWith('?') || !/[.!…"”»]$/.test(text)) return; // questions and headlines assert nothing
    if (text.split(/\s+/).length < MIN_WORDS) return;
    while (ci < covered.length && covered[ci]!.start < s.end) ci++;
    if (ci > 0 && reach[ci - 1]! > s.start) return; // a covered span overlaps the sentence
    const reasons = new Set<string>();
    while (mi < doc.mentions.length && doc.mentions[mi]!.start < s.start) mi++;
    for (let x = mi; x < doc.mentions.length && doc.mentions[x]!.start < s.end; x++) {
      const m = doc.mentions[x]!;
      if (m.end > s.end) continue;
      if (m.type === 'number') reasons.add('number');
      else if (m.type === 'date') reasons.add('date');
      else if (m.type !== 'name') reasons.add(`names ${m.type}`);
    }
    if (reasons.size === 0) return;
    out.push({ start: s.start, end: s.end, text, sentence: si, reasons: [...reasons].sort() });
  });
  return out;
}

export const unsourcedStage: Stage = {
  name: 'unsourced',
  requires: ['sentences', 'mentions', 'attributions', 'hedged'],
  adds: ['unsourced'],
  run(doc) {
    doc.unsourced = findUnsourced(doc);
  },
};
