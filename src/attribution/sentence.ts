/** A view of one sentence's tokens, with the small helpers every attribution frame uses. */
import type { Token } from '../doc/types.js';
import type { Language } from '../lang/index.js';

export const OPEN_QUOTES = new Set(['"', '“', '«', '‘', "'", '„']);
export const CLOSE_QUOTES = new Set(['"', '”', '»', '’', "'", '“']);
const TERMINAL = new Set(['.', '!', '?', '…']);
const TRAILING = new Set([',', ';', ':', '—', '–', '-']);

export class SentenceView {
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    /** First token index of the sentence. */
    readonly a: number,
    /** One past the last token index. */
    readonly b: number,
    readonly index: number,
    /** The sentence's language (its cue lists). */
    readonly language: Language,
  ) {}

  tok(i: number): Token | undefined {
    return i >= this.a && i < this.b ? this.tokens[i] : undefined;
  }

  norm(i: number): string {
    return this.tok(i)?.norm ?? '';
  }

  /** Character span of tokens [i, j). */
  span(i: number, j: number): { start: number; end: number } {
    return { start: this.tokens[i]!.start, end: this.tokens[j - 1]!.end };
  }

  /** Tokens [i, j) are all words of two or more letters, written in capitals ("WALLACE"). */
  isUpperCase(i: number, j: number): boolean {
    for (let x = i; x < j; x++) {
      const t = this.tok(x);
      if (!t || t.kind !== 'word' || t.end - t.start < 2) return false;
      const s = this.text.slice(t.start, t.end);
      if (s !== s.toUpperCase()) return false;
    }
    return true;
  }

  surface(i: number, j: number): string {
    return this.text.slice(this.tokens[i]!.start, this.tokens[j - 1]!.end);
  }

  isComma(i: number): boolean {
    return this.norm(i) === ',';
  }

  isDash(i: number): boolean {
    const n = this.norm(i);
    return n === '—' || n === '–' || n === '-' || n === '―';
  }

  isCloseQuote(i: number): boolean {
    return CLOSE_QUOTES.has(this.norm(i));
  }

  isPunct(i: number): boolean {
    const t = this.tok(i);
    return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol');
  }

  isCapitalized(i: number): boolean {
    const t = this.tok(i);
    if (!t || t.kind !== 'word') return false;
    const c = this.text[t.start]!;
    return c !== c.toLowerCase();
  }

  /** Index of the sentence's last token that is not terminal punctuation. */
  lastContentToken(): number {
    let j = this.b - 1;
    while (j >= this.a && TERMINAL.has(this.norm(j))) j--;
    return j;
  }

  /**
   * Character span for content tokens [i, j): trims separators at both ends; a final period is
   * dropped unless it sits inside a closing quote (PolNeAR keeps `wraps.”`).
   */
  contentSpan(i: number, j: number): { start: number; end: number } | undefined {
    while (i < j && (TRAILING.has(this.norm(i)) || this.norm(i) === '—')) i++;
    while (j > i && (TRAILING.has(this.norm(j - 1)) || TERMINAL.has(this.norm(j - 1)))) j--;
    if (j <= i) return undefined;
    return { start: this.tokens[i]!.start, end: this.tokens[j - 1]!.end };
  }

  /** Like contentSpan, but keeps terminal punctuation that precedes a closing quote at the end. */
  contentSpanToEnd(i: number): { start: number; end: number } | undefined {
    const j = this.b;
    const lastIsQuote = this.isCloseQuote(j - 1) && TERMINAL.has(this.norm(j - 2));
    if (lastIsQuote) {
      while (i < j && TRAILING.has(this.norm(i))) i++;
      if (j <= i) return undefined;
      return { start: this.tokens[i]!.start, end: this.tokens[j - 1]!.end };
    }
    return this.contentSpan(i, j);
  }
}
