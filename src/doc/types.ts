/**
 * The document model: the article text is never modified; every annotation is a
 * `[start, end)` range of UTF-16 code units into `Doc.text`.
 */
import type { Article } from '../article/article.js';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph (block of text separated by blank lines) holding the sentence. */
  paragraph: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  kind: TokenKind;
  /** Lower-cased surface form. */
  norm: string;
}

export type MentionType = 'person' | 'outlet' | 'organization' | 'place' | 'date' | 'number' | 'name';

export interface Mention extends Span {
  type: MentionType;
  text: string;
  /** Script-independent comparison key: `Марочко` and `Marochko` share one. */
  key: string;
  /** Normalised value: ISO-like date (`--07-10`, `2024-07-10`) or number (`12`). */
  value?: string;
  /** Canonical name when known from a gazetteer (`RIA Novosti` for `Ria Novosti`, `РИА Новости`). */
  canonical?: string;
  /** Role words the text gives a person ("military expert"). */
  role?: string;
}

export type SourceKind = 'person' | 'outlet' | 'organization' | 'pronoun' | 'descriptor' | 'unknown';

export interface SourceRef extends Span {
  /** Surface text of the source as written. */
  text: string;
  /** Display name after resolution ("Andrei Marochko" for "the expert"). */
  name: string;
  kind: SourceKind;
  /**
   * Set when the name was resolved by coreference: the referring expression as written
   * ("The expert", "he", "Marochko") whose name comes from an earlier mention.
   */
  resolvedFrom?: Span & { text: string };
  role?: string;
}

export interface Attribution {
  id: number;
  source: SourceRef;
  cue: Span & { text: string };
  /**
   * The attributed content. `start`/`end` cover it whole; when it is discontinuous (a quote
   * interrupted by "he said"), `fragments` lists its pieces and `text` joins them with " … ".
   */
  content: Span & { text: string; fragments?: Span[] };
  /** Source names from the outermost to the innermost: ["RIA Novosti", "Andrei Marochko"]. */
  chain: string[];
  /** Id of the attribution this one is nested in (its outer source), if any. */
  parent?: number;
  /**
   * The cue stands inside a direct quotation that another attribution reports: reported speech
   * within a quote ("“The engineers said it is safe,” the mayor said"). The quoting source
   * vouches for it, not the article.
   */
  quoted?: boolean;
  /** Which rule produced it, for explanation. */
  rule: string;
  sentence: number;
}

export interface Hedge extends Span {
  text: string;
  /** The hedge cue ("reportedly", "якобы"). */
  cue: Span & { text: string };
  sentence: number;
}

export interface Unsourced extends Span {
  text: string;
  sentence: number;
  /** Why it was judged a factual assertion (numbers, names, dates). */
  reasons: string[];
}

/** A document: an article plus its annotation layers. */
export interface Doc {
  text: string;
  article: Article;
  lang: string;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  attributions: Attribution[];
  hedged: Hedge[];
  unsourced: Unsourced[];
}

export type LayerName = 'lang' | 'sentences' | 'tokens' | 'mentions' | 'attributions' | 'hedged' | 'unsourced';
