/**
 * Attribution stage: for each sentence, find attribution frames (see frames.ts), name each
 * source and resolve references (resolve.ts), then build chains: an inner "citing" link
 * extends its outer attribution's chain, and a later reference to a person first cited through
 * an outlet inherits that chain (`According to Marochko` → RIA Novosti → Andrei Marochko).
 */
import type { Stage } from '../doc/pipeline.js';
import type { Attribution, Doc, Mention, Span } from '../doc/types.js';
import { findCredits } from './credits.js';
import { findFrames } from './frames.js';
import { firstWhere } from '../doc/sorted.js';
import { findQuotes, QUOTE_CLOSERS, QUOTE_OPENERS, quoteAround, quoteEndingNear, quoteStartingAt } from './quotes.js';
import { nameSource, type SourceMemory } from './resolve.js';
import { SentenceView } from './sentence.js';
import { sentenceLanguages } from '../lang/sentences.js';

/** Tokens of one window of a run-on sentence (longer than any real sentence). */
export const MAX_FRAME_TOKENS = 400;

export function findAttributions(doc: Doc): Attribution[] {
  const out: Attribution[] = [];
  const memory: SourceMemory = { resolved: [] };
  const chainOf = new Map<string, string[]>(); // innermost name → the chain it was first cited through
  let ti = 0;
  let prev: Span | undefined;
  const langs = sentenceLanguages(doc);
  let mi = 0; // first mention not before the sentence (mentions are sorted by start)
  doc.sentences.forEach((s, si) => {
    while (ti < doc.tokens.length && doc.tokens[ti]!.start < s.start) ti++;
    let tj = ti;
    while (tj < doc.tokens.length && doc.tokens[tj]!.end <= s.end) tj++;
    const language = langs[si];
    if (!language) {
      // A language Sift has no cues for: no frames (never another language's cues).
      prev = s;
      ti = tj;
      return;
    }
    const views: SentenceView[] = [];
    // A run-on "sentence" (no break for thousands of words) is read in windows, so that no frame
    // search is quadratic in it; real sentences are far shorter than a window.
    for (let wa = ti; wa < tj || views.length === 0; wa += MAX_FRAME_TOKENS) views.push(new SentenceView(doc.text, doc.tokens, wa, Math.min(tj, wa + MAX_FRAME_TOKENS), si, language));
    while (mi < doc.mentions.length && doc.mentions[mi]!.start < s.start) mi++;
    const sentenceMentions: Mention[] = [];
    for (let x = mi; x < doc.mentions.length && doc.mentions[x]!.start < s.end; x++) if (doc.mentions[x]!.end <= s.end) sentenceMentions.push(doc.mentions[x]!);
    const block = doc.text[s.end - 1] === ':' ? blockAfter(doc, si) : undefined;
    for (const v of views) for (const raw of findFrames(v, prev, block)) {
      const srcSpan = { start: doc.tokens[raw.source.i]!.start, end: doc.tokens[raw.source.j - 1]!.end };
      const appositive = raw.source.appositive ? v.surface(raw.source.appositive.i, raw.source.appositive.j) : undefined;
      const source = nameSource(doc.text, srcSpan, sentenceMentions, memory, appositive);
      memory.resolved.push(source);
      const inherited = !raw.source.citing ? chainOf.get(source.name) : undefined;
      const outer: Attribution = {
        id: out.length,
        source,
        cue: { ...raw.cue, text: doc.text.slice(raw.cue.start, raw.cue.end) },
        content: contentOf(doc.text, raw.content, raw.more),
        chain: inherited ?? [source.name],
        rule: inherited ? `${raw.rule}+inherited-chain` : raw.rule,
        sentence: si,
      };
      out.push(outer);
      const c = raw.source.citing;
      if (c) {
        const innerSpan = { start: doc.tokens[c.i]!.start, end: doc.tokens[c.j - 1]!.end };
        const inner = nameSource(doc.text, innerSpan, sentenceMentions, memory);
        memory.resolved.push(inner);
        const chain = [...outer.chain, inner.name];
        if (!chainOf.has(inner.name)) chainOf.set(inner.name, chain);
        const cueSpan = { start: doc.tokens[c.cue.i]!.start, end: doc.tokens[c.cue.j - 1]!.end };
        out.push({
          id: out.length,
          source: inner,
          cue: { ...cueSpan, text: doc.text.slice(cueSpan.start, cueSpan.end) },
          content: outer.content,
          chain,
          parent: outer.id,
          rule: 'citing',
          sentence: si,
        });
      }
    }
    prev = s;
    ti = tj;
  });
  const quotes = findQuotes(doc.text);
  for (const c of findCredits(doc, quotes)) {
    const si = doc.sentences.findIndex((s) => s.end > c.cue.start);
    if (si >= 0 && !langs[si]) continue;
    const mentions = doc.mentions.filter((m) => m.start >= c.source.start && m.end <= c.source.end);
    const source = nameSource(doc.text, c.source, mentions, memory);
    memory.resolved.push(source);
    out.push({
      id: out.length,
      source,
      cue: { ...c.cue, text: doc.text.slice(c.cue.start, c.cue.end) },
      content: contentOf(doc.text, c.content),
      chain: [source.name],
      rule: 'credit',
      sentence: Math.max(0, si),
    });
  }
  extendSpeakerTurns(doc, out);
  endBeforeNextClause(doc, out);
  stretchQuotes(doc, out, quotes);
  nestChains(out);
  markQuoted(out, quotes);
  return out;
}

const MAX_BLOCK_PARAGRAPHS = 6;

/**
 * The paragraph after sentence `si` when that sentence ends its own paragraph with a colon:
 * "He said:" and the quotation below it. A quotation running over several paragraphs (each
 * opening with a quotation mark, only the last closing it) is taken whole.
 */
function blockAfter(doc: Doc, si: number): Span | undefined {
  const here = doc.sentences[si]!;
  let i = si + 1;
  const first = doc.sentences[i];
  if (!first || first.paragraph === here.paragraph) return undefined;
  let end = first.end;
  let paragraph = first.paragraph;
  const quoted = QUOTE_OPENERS.has(doc.text[first.start]!);
  for (; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    if (s.paragraph !== paragraph) {
      const closed = QUOTE_CLOSERS.has(doc.text[end - 1]!) && end - 1 > first.start;
      if (!quoted || closed || !QUOTE_OPENERS.has(doc.text[s.start]!) || s.paragraph - first.paragraph >= MAX_BLOCK_PARAGRAPHS) break;
      paragraph = s.paragraph;
    }
    end = s.end;
  }
  return { start: first.start, end };
}

function contentOf(text: string, first: Span, more?: Span): Attribution['content'] {
  if (!more) return { ...first, text: text.slice(first.start, first.end) };
  return {
    start: first.start,
    end: more.end,
    text: `${text.slice(first.start, first.end)} … ${text.slice(more.start, more.end)}`,
    fragments: [first, more],
  };
}

const CLAUSE_OPENERS = /(?:,|;|\band|\bbut|\bthough|\balthough|\bwhile|\bwhereas)\s*$/i;
const MAX_OPENER_CHARS = 12;
const TRAILING_SEPARATORS = new Set([' ', '\t', '\n', ',', ';', '\u00a0']);

/**
 * "Lynch said C, though she noted D": when another attribution's source opens a clause inside a
 * preposed content, the content ends before that clause (the second source says D, not the first).
 */
function endBeforeNextClause(doc: Doc, atts: Attribution[]): void {
  // Other sources by position: only those starting inside the content are read.
  const bySource = [...atts].sort((x, y) => x.source.start - y.source.start);
  for (const a of atts) {
    if (a.rule !== 'preposed' || a.content.fragments) continue;
    let end = a.content.end;
    for (let i = firstWhere(bySource, (b) => b.source.start > a.content.start); i < bySource.length && bySource[i]!.source.start < end; i++) {
      const b = bySource[i]!;
      if (b === a || b.cue.end > a.content.end) continue;
      const before = doc.text.slice(Math.max(a.content.start, b.source.start - MAX_OPENER_CHARS), b.source.start);
      const m = CLAUSE_OPENERS.exec(before);
      if (m) end = b.source.start - (before.length - m.index);
    }
    while (end > a.content.start && TRAILING_SEPARATORS.has(doc.text[end - 1]!)) end--;
    if (end < a.content.end && end > a.content.start) a.content = { start: a.content.start, end, text: doc.text.slice(a.content.start, end) };
  }
}

/** A transcript turn ("WALLACE: …") speaks until its paragraph ends or the next turn begins. */
function extendSpeakerTurns(doc: Doc, atts: Attribution[]): void {
  const turnSentences = new Set(atts.filter((a) => a.rule === 'speaker').map((a) => a.sentence));
  for (const a of atts) {
    if (a.rule !== 'speaker') continue;
    const paragraph = doc.sentences[a.sentence]!.paragraph;
    let last = a.sentence;
    while (doc.sentences[last + 1]?.paragraph === paragraph && !turnSentences.has(last + 1)) last++;
    if (last === a.sentence) continue;
    const end = doc.sentences[last]!.end; // sentences end trimmed
    if (end > a.content.end) a.content = { start: a.content.start, end, text: doc.text.slice(a.content.start, end) };
  }
}

/**
 * Stretches content to whole quotes: a quote opened in the content runs to its closing mark even
 * in a later sentence, and a postposed quote ("…,” she said.) starts where its quote opened.
 * A quote right after a postposed attribution's sentence continues its content.
 */
function stretchQuotes(doc: Doc, atts: Attribution[], quotes: readonly Span[]): void {
  if (quotes.length === 0) return;
  const cues = atts.map((a) => a.cue).sort((x, y) => x.start - y.start);
  /** Whether a cue starts in [from, to) and ends by `endBy`. */
  const cueWithin = (from: number, to: number, endBy: number): boolean => {
    for (let i = firstWhere(cues, (c) => c.start >= from); i < cues.length && cues[i]!.start < to; i++) if (cues[i]!.end <= endBy) return true;
    return false;
  };
  for (const a of atts) {
    if (a.content.fragments || a.rule === 'citing') continue;
    let { start, end } = a.content;
    const opened = quoteStartingAt(quotes, doc.text, start) ?? quoteStartingAt(quotes, doc.text, start - 1);
    if (opened && opened.end > end && !cueWithin(end + 1, opened.end, opened.end)) end = opened.end;
    if (opened && opened.start < start && opened.end >= end) start = opened.start; // keep the opening mark
    if (a.rule.startsWith('postposed')) {
      const closed = quoteEndingNear(quotes, end);
      if (closed && closed.start < start) start = closed.start;
      const sentence = doc.sentences[a.sentence]!;
      const next = doc.sentences[a.sentence + 1];
      const cont = next && next.paragraph === sentence.paragraph ? quoteStartingAt(quotes, doc.text, next.start) : undefined;
      if (cont && !cueWithin(cont.end, next!.end, Infinity)) {
        const first = { start, end };
        a.content = contentOf(doc.text, first, { start: cont.start, end: cont.end });
        continue;
      }
    }
    if (start !== a.content.start || end !== a.content.end) a.content = { start, end, text: doc.text.slice(start, end) };
  }
  for (const a of atts) if (a.rule === 'citing' && a.parent !== undefined) a.content = atts[a.parent]!.content;
}

/**
 * An attribution whose source and cue sit inside another's content is nested in it:
 * "RIA Novosti reported that expert X said C" → RIA Novosti → X.
 */
function nestChains(atts: Attribution[]): void {
  const byLength = [...atts].sort((x, y) => y.content.end - y.content.start - (x.content.end - x.content.start));
  // Candidates by content start, with the furthest content end so far: a backward scan stops
  // where no earlier content reaches the inner cue (linear for ordinary text).
  const byStart = [...atts].sort((x, y) => x.content.start - y.content.start);
  const reach: number[] = [];
  for (const a of byStart) reach.push(Math.max(reach[reach.length - 1] ?? -1, a.content.end));
  for (const inner of byLength) {
    if (inner.parent !== undefined || inner.rule === 'possessive') continue;
    let best: Attribution | undefined;
    for (let i = firstWhere(byStart, (o) => o.content.start > inner.source.start) - 1; i >= 0 && reach[i]! >= inner.cue.end; i--) {
      const outer = byStart[i]!;
      if (outer === inner || outer.parent === inner.id) continue;
      const c = outer.content;
      if (c.start <= inner.source.start && inner.cue.end <= c.end && !(c.start === inner.content.start && c.end === inner.content.end)) {
        const len = c.end - c.start;
        const bestLen = best ? best.content.end - best.content.start : Infinity;
        // The shortest enclosing content; among equals the earliest attribution.
        if (len < bestLen || (len === bestLen && outer.id < best!.id)) best = outer;
      }
    }
    if (!best) continue;
    inner.parent = best.id;
    const last = best.chain[best.chain.length - 1];
    inner.chain = last === inner.source.name ? [...best.chain] : [...best.chain, inner.source.name];
  }
}

/** Marks attributions whose cue is inside a quotation that another attribution's content covers. */
function markQuoted(atts: Attribution[], quotes: readonly Span[]): void {
  const byStart = [...atts].sort((x, y) => x.content.start - y.content.start);
  const reach: number[] = [];
  for (const o of byStart) reach.push(Math.max(reach[reach.length - 1] ?? -1, o.content.end));
  for (const a of atts) {
    const q = quoteAround(quotes, a.cue.start, a.cue.end);
    if (!q) continue;
    // the quote marks themselves may lie just outside a content that was trimmed of them
    for (let i = firstWhere(byStart, (o) => o.content.start > q.start + 1) - 1; i >= 0 && reach[i]! >= q.end - 1; i--) {
      const o = byStart[i]!;
      if (o !== a && o.content.end >= q.end - 1) {
        a.quoted = true;
        break;
      }
    }
  }
}

export const attributionStage: Stage = {
  name: 'attributions',
  requires: ['sentences', 'tokens', 'mentions'],
  adds: ['attributions'],
  run(doc) {
    doc.attributions = findAttributions(doc);
  },
};
