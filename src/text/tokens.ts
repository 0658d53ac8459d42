/**
 * Tokenization with lossless offsets: every non-space character belongs to exactly one
 * token, and the text between tokens is whitespace only.
 */
import type { Stage } from '../doc/pipeline.js';
import type { Token, TokenKind } from '../doc/types.js';

/**
 * Words (with inner hyphens, periods of abbreviations and apostrophes, possessive 's split off),
 * numbers (with separators and English ordinals), then any single non-space character.
 */
const TOKEN =
  /\p{L}[\p{L}\p{M}\p{N}]*(?:[-.](?=\p{L})[\p{L}\p{M}\p{N}]+|['’](?![sS](?![\p{L}\p{N}]))\p{L}+)*|\p{N}+(?:[.,:/](?=\p{N})\p{N}+)*(?:st|nd|rd|th)?|['’][sS](?![\p{L}\p{N}])|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const s = m[0];
    out.push({ start: m.index, end: m.index + s.length, kind: kindOf(s), norm: s.toLowerCase() });
  }
  return out;
}

function kindOf(s: string): TokenKind {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x4ff)) return 'word';
  if (/^\p{N}/u.test(s)) return 'number';
  if (/^[\p{L}'’]/u.test(s) && s.length > 1) return 'word';
  if (/^\p{L}/u.test(s)) return 'word';
  if (/^\p{P}/u.test(s)) return 'punct';
  return 'symbol';
}

export const tokenStage: Stage = {
  name: 'tokens',
  requires: [],
  adds: ['tokens'],
  run(doc) {
    doc.tokens = tokenize(doc.text);
  },
};
