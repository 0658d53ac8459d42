/**
 * Credit lines after a quotation, as in collected reactions and pull quotes:
 * "“…shame.” ― Sonya Herridge". The dash is the cue, the name after it the source, and the
 * quotation (or, when its marks do not pair, the line up to the dash) the content.
 */
import type { Doc, Span } from '../doc/types.js';
import { QUOTE_CLOSERS, quoteEndingAt } from './quotes.js';

export interface Credit {
  source: Span;
  cue: Span;
  content: Span;
}

const DASHES = new Set(['―', '—', '–']);
const MAX_NAME_TOKENS = 5;
const INITIAL_LETTERS = 3;

export function findCredits(doc: Doc, quotes: readonly Span[]): Credit[] {
  const { text, tokens } = doc;
  const out: Credit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const dash = tokens[k]!;
    if (!DASHES.has(dash.norm)) continue;
    let before = dash.start;
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\u00a0')) before--;
    if (!QUOTE_CLOSERS.has(text[before - 1] ?? '')) continue;
    const name = nameAfter(doc, k + 1);
    if (!name) continue;
    const quote = quoteEndingAt(quotes, before);
    const lineStart = text.lastIndexOf('\n', before - 1) + 1;
    const content = quote ?? { start: lineStart, end: before };
    if (content.end - content.start < 2) continue;
    out.push({ source: name, cue: { start: dash.start, end: dash.end }, content });
  }
  return out;
}

/** A run of capitalized words (initials with their periods) right after `k`, ending the clause. */
function nameAfter(doc: Doc, k: number): Span | undefined {
  const { text, tokens } = doc;
  let j = k;
  while (j < tokens.length && j - k < MAX_NAME_TOKENS) {
    const t = tokens[j]!;
    const c = text[t.start]!;
    const capitalized = t.kind === 'word' && c !== c.toLowerCase();
    const initialDot = t.norm === '.' && j > k && tokens[j - 1]!.end - tokens[j - 1]!.start <= INITIAL_LETTERS && tokens[j + 1]?.kind === 'word';
    if (!capitalized && !initialDot) break;
    if (j > k && /\n/.test(text.slice(tokens[j - 1]!.end, t.start))) break;
    j++;
  }
  if (j === k) return undefined;
  const next = tokens[j];
  const gap = next ? text.slice(tokens[j - 1]!.end, next.start) : '\n';
  if (next && !gap.includes('\n') && !QUOTE_CLOSERS.has(next.norm) && next.norm !== '.' && next.norm !== ',') return undefined;
  return { start: tokens[k]!.start, end: tokens[j - 1]!.end };
}
