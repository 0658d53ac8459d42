/**
 * Hand-built `Doc` objects for the report tests (used only by tests). Offsets are never typed by
 * hand: every span is found in the text with `find`, so editing the text cannot leave them stale.
 * The article and all names in it are fictional.
 */
import type { Article } from '../article/article.js';
import type { Attribution, Doc, Hedge, Mention, Sentence, SourceKind, Span, Unsourced } from '../doc/types.js';
import { nameKey } from '../mentions/keys.js';

export type SpanText = Span & { text: string };

/** The `nth` (0-based) occurrence of `needle` in `text` at or after `from`; throws when absent. */
export function find(text: string, needle: string, from = 0, nth = 0): SpanText {
  let at = from - 1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not found in text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/** Sentences from their exact strings, in order; paragraphs are counted from blank lines. */
export function sentencesOf(text: string, sentences: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (const s of sentences) {
    const span = find(text, s, from);
    const paragraph = (text.slice(0, span.start).match(/\n[ \t]*\n/g) ?? []).length;
    out.push({ start: span.start, end: span.end, paragraph });
    from = span.end;
  }
  return out;
}

export interface AttributionSpec {
  /** Source surface text, and which occurrence of it (default the first after `from`). */
  source: string;
  name?: string;
  kind: SourceKind;
  role?: string;
  /** Surface text of the reference that was resolved (the attribution stage sets the source's own "The expert"). */
  resolvedFrom?: string;
  cue: string;
  content: string;
  chain: string[];
  parent?: number;
  rule?: string;
  /** Search for source, cue and content from here (a substring marking the sentence). */
  from?: string;
}

/** Builds a `Doc` from text plus layer specs given as substrings. Attribution ids count from 0, as the stage's do. */
export function buildDoc(opts: {
  text: string;
  article?: Partial<Omit<Article, 'text'>>;
  lang?: string;
  sentences: readonly string[];
  mentions?: ReadonlyArray<{ text: string; type: Mention['type']; canonical?: string; role?: string; value?: string }>;
  attributions?: readonly AttributionSpec[];
  hedged?: ReadonlyArray<{ text: string; cue: string }>;
  unsourced?: ReadonlyArray<{ text: string; reasons: string[] }>;
}): Doc {
  const { text } = opts;
  const sentences = sentencesOf(text, opts.sentences);
  const sentenceOf = (pos: number): number => Math.max(0, sentences.findIndex((s) => pos >= s.start && pos < s.end));
  const mentions: Mention[] = (opts.mentions ?? []).map((m) => {
    const span = find(text, m.text);
    const key = m.type === 'date' || m.type === 'number' ? (m.value ?? m.text) : nameKey(m.text);
    const out: Mention = { ...span, type: m.type, key };
    if (m.canonical !== undefined) out.canonical = m.canonical;
    if (m.role !== undefined) out.role = m.role;
    if (m.value !== undefined) out.value = m.value;
    return out;
  });
  const attributions: Attribution[] = (opts.attributions ?? []).map((a, i) => {
    const from = a.from !== undefined ? find(text, a.from).start : 0;
    const source = find(text, a.source, from);
    const cue = find(text, a.cue, from);
    const content = find(text, a.content, from);
    const out: Attribution = {
      id: i,
      source: { start: source.start, end: source.end, text: source.text, name: a.name ?? a.source, kind: a.kind },
      cue,
      content,
      chain: a.chain,
      rule: a.rule ?? 'fixture',
      sentence: sentenceOf(cue.start),
    };
    if (a.role !== undefined) out.source.role = a.role;
    if (a.resolvedFrom !== undefined) out.source.resolvedFrom = find(text, a.resolvedFrom);
    if (a.parent !== undefined) out.parent = a.parent;
    return out;
  });
  const hedged: Hedge[] = (opts.hedged ?? []).map((h) => {
    const span = find(text, h.text);
    return { ...span, cue: find(text, h.cue, span.start), sentence: sentenceOf(span.start) };
  });
  const unsourced: Unsourced[] = (opts.unsourced ?? []).map((u) => {
    const span = find(text, u.text);
    return { ...span, reasons: u.reasons, sentence: sentenceOf(span.start) };
  });
  return {
    text,
    article: { format: 'text', ...opts.article, text },
    lang: opts.lang ?? 'en',
    sentences,
    tokens: [],
    mentions,
    attributions,
    hedged,
    unsourced,
  };
}

export const FIXTURE_TEXT = `Velmora bridge closed after night strike

The Velmora river bridge was closed to traffic on 12 March after a night strike damaged two spans.

RIA Novosti reported that military expert Andrei Marochko said the crossing had been used to move 40 armoured vehicles. The expert added that repairs would take "at least three weeks".

According to the regional governor, Olena Hrytsenko, no civilians were hurt.

Local residents reportedly saw smoke rising from the eastern bank until dawn.

The bridge, built in 1974, carries 9,000 vehicles a day.
`;

/**
 * The standard fixture: a nested chain (RIA Novosti → Andrei Marochko), a resolved reference
 * ("The expert" → Andrei Marochko), an "According to" attribution, a hedge and two unsourced
 * sentences. `text` and `article` may be overridden (the layer substrings must still occur).
 */
export function fixtureDoc(over: { text?: string; article?: Partial<Omit<Article, 'text'>> } = {}): Doc {
  return buildDoc({
    text: over.text ?? FIXTURE_TEXT,
    article: {
      id: 'fixture-velmora',
      url: 'https://example-news.test/2024/03/velmora-bridge',
      domain: 'example-news.test',
      title: 'Velmora bridge closed after night strike',
      published: '2024-03-13T08:00:00Z',
      publishedPrecision: 'time',
      publishedSource: 'metadata',
      ...over.article,
    },
    lang: 'en',
    sentences: [
      'Velmora bridge closed after night strike',
      'The Velmora river bridge was closed to traffic on 12 March after a night strike damaged two spans.',
      'RIA Novosti reported that military expert Andrei Marochko said the crossing had been used to move 40 armoured vehicles.',
      'The expert added that repairs would take "at least three weeks".',
      'According to the regional governor, Olena Hrytsenko, no civilians were hurt.',
      'Local residents reportedly saw smoke rising from the eastern bank until dawn.',
      'The bridge, built in 1974, carries 9,000 vehicles a day.',
    ],
    mentions: [
      { text: '12 March', type: 'date', value: '--03-12' },
      { text: 'RIA Novosti', type: 'outlet', canonical: 'RIA Novosti' },
      { text: 'Andrei Marochko', type: 'person', role: 'military expert' },
      { text: '40', type: 'number', value: '40' },
      { text: 'Olena Hrytsenko', type: 'person', role: 'regional governor' },
    ],
    attributions: [
      {
        source: 'RIA Novosti',
        kind: 'outlet',
        cue: 'reported',
        content: 'military expert Andrei Marochko said the crossing had been used to move 40 armoured vehicles',
        chain: ['RIA Novosti'],
        rule: 'outlet-reported-that',
      },
      {
        source: 'Andrei Marochko',
        kind: 'person',
        role: 'military expert',
        cue: 'said',
        content: 'the crossing had been used to move 40 armoured vehicles',
        chain: ['RIA Novosti', 'Andrei Marochko'],
        parent: 0,
        rule: 'person-said',
        from: 'RIA Novosti reported',
      },
      {
        source: 'The expert',
        name: 'Andrei Marochko',
        kind: 'descriptor',
        role: 'military expert',
        resolvedFrom: 'The expert',
        cue: 'added',
        content: 'that repairs would take "at least three weeks"',
        chain: ['RIA Novosti', 'Andrei Marochko'],
        rule: 'descriptor-added',
        from: 'The expert added',
      },
      {
        source: 'the regional governor, Olena Hrytsenko',
        name: 'Olena Hrytsenko',
        kind: 'person',
        role: 'regional governor',
        cue: 'According to',
        content: 'no civilians were hurt',
        chain: ['Olena Hrytsenko'],
        rule: 'according-to',
      },
    ],
    hedged: [{ text: 'Local residents reportedly saw smoke rising from the eastern bank until dawn.', cue: 'reportedly' }],
    unsourced: [
      {
        text: 'The Velmora river bridge was closed to traffic on 12 March after a night strike damaged two spans.',
        reasons: ['date', 'number'],
      },
      { text: 'The bridge, built in 1974, carries 9,000 vehicles a day.', reasons: ['number'] },
    ],
  });
}

/** A long article: `n` sentences each quoting a different source, plus hedges and unsourced claims. */
export function longFixtureDoc(n: number): Doc {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) {
    lines.push(`Agency ${i} reported that the convoy number ${i} had crossed the river near checkpoint ${i}.`);
    lines.push(`Ferry number ${i} reportedly left the harbour before dawn.`);
    lines.push(`Warehouse ${i} held ${i * 100} tonnes of grain in 2023.`);
  }
  const text = lines.join('\n\n');
  return buildDoc({
    text,
    article: { title: 'A long fictional wire round-up', domain: 'wire.example' },
    sentences: lines,
    attributions: Array.from({ length: n }, (_, k) => {
      const i = k + 1;
      const from = `Agency ${i} reported`;
      return {
        source: `Agency ${i}`,
        kind: 'outlet' as const,
        cue: 'reported',
        content: `the convoy number ${i} had crossed the river near checkpoint ${i}`,
        chain: [`Agency ${i}`],
        from,
      };
    }),
    hedged: Array.from({ length: n }, (_, k) => ({ text: `Ferry number ${k + 1} reportedly left the harbour before dawn.`, cue: 'reportedly' })),
    unsourced: Array.from({ length: n }, (_, k) => ({ text: `Warehouse ${k + 1} held ${(k + 1) * 100} tonnes of grain in 2023.`, reasons: ['number', 'date'] })),
  });
}

/** A three-sentence article: the example in docs/analysis-json.md is `toJson(miniDoc(), knowDoc(miniDoc(), shippedSources()))`. */
export function miniDoc(): Doc {
  return buildDoc({
    text: 'According to RIA Novosti, the ferry crossing at Dalsk was closed on 2 May. Ferries reportedly resumed a day later. The crossing carries 2,000 cars a day.',
    article: {
      id: 'https://news.example/dalsk-ferry',
      url: 'https://news.example/dalsk-ferry',
      domain: 'news.example',
      title: 'Dalsk ferry crossing closed',
      published: '2024-05-03T09:30:00Z',
      publishedPrecision: 'time',
      publishedSource: 'metadata',
    },
    lang: 'en',
    sentences: [
      'According to RIA Novosti, the ferry crossing at Dalsk was closed on 2 May.',
      'Ferries reportedly resumed a day later.',
      'The crossing carries 2,000 cars a day.',
    ],
    mentions: [
      { text: 'RIA Novosti', type: 'outlet', canonical: 'RIA Novosti' },
      { text: 'Dalsk', type: 'place' },
      { text: '2 May', type: 'date', value: '--05-02' },
      { text: '2,000', type: 'number', value: '2000' },
    ],
    attributions: [
      {
        source: 'RIA Novosti',
        kind: 'outlet',
        cue: 'According to',
        content: 'the ferry crossing at Dalsk was closed on 2 May',
        chain: ['RIA Novosti'],
        rule: 'according:before',
      },
    ],
    hedged: [{ text: 'Ferries reportedly resumed a day later.', cue: 'reportedly' }],
    unsourced: [{ text: 'The crossing carries 2,000 cars a day.', reasons: ['number'] }],
  });
}
