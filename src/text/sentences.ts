/**
 * Sentence segmentation with lossless offsets. Paragraphs are blocks separated by blank
 * lines; a single newline ends a sentence unless the next line starts in lower case.
 * Within a line, a run of `.!?…` (plus closing quotes) ends a sentence when the next
 * non-space character can start one and the word before is not a known abbreviation.
 */
import type { Stage } from '../doc/pipeline.js';
import type { Sentence } from '../doc/types.js';
import { ALL_ABBREVIATIONS } from '../lang/index.js';

/** Candidate end of sentence: terminal punctuation, closing quotes/brackets, then space and a sentence start (after an opening quote: “ « " ' or a doubled '' as some papers print it). */
const BOUNDARY = /(?<![.!?…])[.!?…]+[”"’'»)\]]*(?=[ \t\u00A0]+(?:''|["“«'‘(\[])?[\p{Lu}\p{N}—–])/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  let pendingBlank = false;
  let sentStart = -1; // start of the sentence being built across soft-wrapped lines
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      if (sentStart >= 0) {
        pushTrimmed(text, sentStart, lineStart, paragraph, out);
        sentStart = -1;
      }
      pendingBlank = true;
    } else {
      if (pendingBlank && out.length > 0) paragraph++;
      pendingBlank = false;
      const firstChar = line.trimStart()[0] ?? '';
      const continues = sentStart >= 0 && /\p{Ll}/u.test(firstChar);
      if (sentStart >= 0 && !continues) {
        pushTrimmed(text, sentStart, lineStart, paragraph, out);
        sentStart = -1;
      }
      if (sentStart < 0) sentStart = lineStart;
      BOUNDARY.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = BOUNDARY.exec(line))) {
        const endInLine = m.index + m[0].length;
        if (m[0][0] === '.' && isAbbreviation(line, m.index)) continue;
        pushTrimmed(text, sentStart, lineStart + endInLine, paragraph, out);
        sentStart = lineStart + endInLine;
      }
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  if (sentStart >= 0) pushTrimmed(text, sentStart, n, paragraph, out);
  return out;
}

/** The run of letters and periods right before the period at `period` ("U.S", "Sept", "т.е"); reads at most 40 characters back. */
function wordBeforePeriod(line: string, period: number): string {
  let i = period;
  const stop = Math.max(0, i - 40);
  while (i > stop && /[\p{L}.]/u.test(line[i - 1]!)) i--;
  return line.slice(i, period);
}

function isAbbreviation(line: string, period: number): boolean {
  const word = wordBeforePeriod(line, period);
  if (!word) return false;
  if (word.includes('.')) return true; // U.S., e.g., т.е.
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // initials: J. Smith
  return ALL_ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, paragraph });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

export const sentenceStage: Stage = {
  name: 'sentences',
  requires: [],
  adds: ['sentences'],
  run(doc) {
    doc.sentences = splitSentences(doc.text);
  },
};
