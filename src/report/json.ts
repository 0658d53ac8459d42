/**
 * The `--json` output of `sift analyze`, schema `sift.analysis/1` (documented in docs/analysis-json.md).
 * Additive changes keep the version; renaming or removing a field bumps it.
 */
import { languageNote } from '../lang/sentences.js';
import { precisionOf, type DatePrecision, type DateSource } from '../article/date.js';
import type { Doc, Mention, SourceKind } from '../doc/types.js';
import type { KnownSource } from '../sources/describe.js';
import type { DocKnowledge, LinkKnowledge } from '../sources/doc.js';
import { summarize, type SourcingSummary } from './summary.js';

export const ANALYSIS_SCHEMA = 'sift.analysis/1';

export interface SpanText {
  start: number;
  end: number;
  text: string;
}

export interface AnalysisJson {
  schema: typeof ANALYSIS_SCHEMA;
  article: {
    id?: string;
    url?: string;
    domain?: string;
    title?: string;
    byline?: string;
    published?: string;
    /** How precise `published` is: year, month, day or time. */
    publishedPrecision?: DatePrecision;
    /** Where `published` came from: metadata, url or text. */
    publishedSource?: DateSource;
    siteName?: string;
    lang: string;
    /** Present when some text is in a language Sift has no cue lists for (read for mentions and numbers only). */
    languageNote?: string;
    chars: number;
    /** The sources knowledge-base entry of the article's own domain (a key of `knownSources`). */
    domainSource?: { ref: string; via: string; matched: string };
  };
  summary: SourcingSummary;
  attributions: Array<{
    id: number;
    source: SpanText & { name: string; kind: SourceKind; role?: string; resolvedFrom?: SpanText };
    chain: string[];
    /** What is known about each link of `chain`, in order. */
    links: LinkKnowledge[];
    cue: SpanText;
    content: SpanText;
    parent?: number;
    quoted?: boolean;
    rule: string;
    sentence: number;
  }>;
  hedged: Array<SpanText & { cue: SpanText; sentence: number }>;
  unsourced: Array<SpanText & { reasons: string[]; sentence: number }>;
  mentions: Mention[];
  sentences: Array<{ start: number; end: number; paragraph: number }>;
  /** Knowledge-base entries the chain links and the article's domain resolve to (`ref` is what links point at). */
  knownSources: KnownSource[];
  /** Which knowledge base answered: datasets compiled in, datasets left out, number of your own entries. */
  sourcesKnowledgeBase: DocKnowledge['kb'];
}

/** The JSON of `doc`, with what the sources knowledge base says about its sources (`knowDoc`). */
export function toJson(doc: Doc, knowledge: DocKnowledge): AnalysisJson {
  const a = doc.article;
  const article: AnalysisJson['article'] = { lang: doc.lang, chars: doc.text.length };
  const note = languageNote(doc);
  if (note) article.languageNote = note;
  for (const key of ['id', 'url', 'domain', 'title', 'byline', 'published', 'siteName'] as const) {
    const v = a[key];
    if (v !== undefined) article[key] = v;
    if (key === 'published' && v !== undefined) {
      // The precision is the string's own unless the reader said otherwise.
      const precision = a.publishedPrecision ?? precisionOf(v);
      if (precision) article.publishedPrecision = precision;
      if (a.publishedSource) article.publishedSource = a.publishedSource;
    }
  }
  const domain = knowledge.article;
  if (domain?.ref && domain.via && domain.matched) article.domainSource = { ref: domain.ref, via: domain.via, matched: domain.matched };
  return {
    schema: ANALYSIS_SCHEMA,
    article,
    summary: summarize(doc, knowledge),
    attributions: doc.attributions.map((x) => ({
      id: x.id,
      source: {
        start: x.source.start,
        end: x.source.end,
        text: x.source.text,
        name: x.source.name,
        kind: x.source.kind,
        ...(x.source.role ? { role: x.source.role } : {}),
        ...(x.source.resolvedFrom ? { resolvedFrom: x.source.resolvedFrom } : {}),
      },
      chain: x.chain,
      links: knowledge.links.get(x.id) ?? x.chain.map((name) => ({ name, kind: 'unknown' as const })),
      cue: x.cue,
      content: x.content,
      ...(x.parent !== undefined ? { parent: x.parent } : {}),
      ...(x.quoted ? { quoted: true } : {}),
      rule: x.rule,
      sentence: x.sentence,
    })),
    hedged: doc.hedged.map((h) => ({ start: h.start, end: h.end, text: h.text, cue: h.cue, sentence: h.sentence })),
    unsourced: doc.unsourced.map((u) => ({ start: u.start, end: u.end, text: u.text, reasons: u.reasons, sentence: u.sentence })),
    mentions: doc.mentions,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })),
    knownSources: [...knowledge.known.values()],
    sourcesKnowledgeBase: { datasets: [...knowledge.kb.datasets], excluded: [...knowledge.kb.excluded], userEntries: knowledge.kb.userEntries },
  };
}
