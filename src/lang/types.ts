/**
 * One language, as every stage sees it: the words and cue lists that make Sift read text in that
 * language. Each language is one folder (`en/`, `ru/`, `uk/`, `de/`) exporting one `Language`;
 * `index.ts` registers them. A text in a language that is not registered is read for mentions and
 * numbers only, never through another language's cues.
 */

export type Script = 'Latn' | 'Cyrl';

/** What a speech-verb cue needs from the frames that use it. */
export interface VerbInfo {
  /** The verb takes an indirect object before its content ("told reporters that …"). */
  object: boolean;
  /** Forms that are often nouns or non-speech verbs: need "that"/":" or a clear frame. */
  weak: boolean;
  /** Found by the learned detector only, not by the lexicon. */
  learned?: boolean;
}

/** A multi-word cue whose source follows it: "according to X", "по словам X", "citing X". */
export interface PrepCue {
  words: string[];
  kind: 'according' | 'citing';
}

/** Speech cues: what attribution frames look up, token by token (all lower case). */
export interface SpeechCues {
  /** The speech verb a word form is, if any. */
  verb(norm: string): VerbInfo | undefined;
  /** English only: a learned cue detector and learned content boundaries refine the lexicon. */
  learned: boolean;
  /** Prepositional cues, longest first. */
  prep: readonly PrepCue[];
  /** Nouns that carry a possessive frame ("Putin's statements about C"). */
  nouns: ReadonlySet<string>;
  /** Whether a verb form may come before its source after a comma, quote or dash ("“C,” said X"). */
  inverts(norm: string): boolean;
  /** After a verb, a source need not look like a name (inverted order is ordinary: "заявил глава"). */
  anySourceAfter: boolean;
  /** Auxiliaries and adverbs between a source and its verb ("has also said"). */
  between: ReadonlySet<string>;
  /** Words that end a source phrase when walking back from a cue. */
  sourceStop: ReadonlySet<string>;
  /** Pronoun sources, resolved by coreference. */
  pronouns: ReadonlySet<string>;
  /** Two words before a verb that make the content the previous sentence ("Об этом сообщил X"). */
  anaphoric: ReadonlySet<string>;
  /**
   * Verb-second word order (German): after a sentence-initial prepositional cue the source is the
   * run of determiners and capitalised words, and the content follows without a comma.
   */
  verbSecond: boolean;
  /** Separable verb particles that close an inverted frame after its source ("teilte die Behörde mit"). */
  particles: ReadonlySet<string>;
  /** Articles that may open a source phrase in a verb-second language. */
  determiners: ReadonlySet<string>;
  /** Complementisers that open content after a verb ("что", "dass"); English uses the frames' own. */
  that: ReadonlySet<string>;
}

export interface Language {
  /** ISO 639-1 code, as the `lang` layer gives it. */
  code: string;
  name: string;
  script: Script;
  /** The most frequent function words: identification and mixed-text checks. */
  functionWords: ReadonlySet<string>;
  /** Words that end in a period without ending a sentence (lower case, without the period). */
  abbreviations: ReadonlySet<string>;
  /** Frequent words that carry no story identity (story fingerprints and diffs). */
  stopwords: ReadonlySet<string>;
  /** Month names (and their inflected forms) → month number. */
  months: Readonly<Record<string, number>>;
  /** Number words → value. */
  numberWords: Readonly<Record<string, number>>;
  /** Hedge cues: word sequences that present a claim as unconfirmed without naming who claims it. */
  hedges: readonly string[];
  /** Words opening a headline "Label: …" that name no speaker ("Breaking: …"). */
  headlineLabels: ReadonlySet<string>;
  /** Role nouns that describe a person source ("military expert", "Sprecher"). */
  descriptors: ReadonlySet<string>;
  /** Pronoun sources that refer back to a person ("he", "она", "er") or to an outlet or organisation ("it", "оно"). */
  references: { person: ReadonlySet<string>; thing: ReadonlySet<string> };
  speech: SpeechCues;
  /** Letters → Latin, for script-independent name keys (Cyrillic-script languages). */
  transliteration?: Readonly<Record<string, string>>;
}
