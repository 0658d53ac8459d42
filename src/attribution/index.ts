/**
 * Attribution stage: for each sentence, find attribution frames (see frames.ts), name each
 * source and resolve references (resolve.ts), then build chains: an inner "citing" link
 * extends its outer attribution's chain, and a later reference to a person first cited through
 * an outlet inherits that chain (`According to Marochko` → RIA Novosti → Andrei Marochko).
 */
import type { Stage } from '../doc/pipeline.js';
import type { Attribution, Doc, Span } from '../doc/types.js';
import { findFrames } from './frames.js';
import { nameSource, type SourceMemory } from './resolve.js';
import { SentenceView } from './sentence.js';

export function findAttributions(doc: Doc): Attribution[] {
  const out: Attribution[] = [];
  const memory: SourceMemory = { resolved: [] };
  const chainOf = new Map<string, string[]>(); // innermost name → the chain it was first cited through
  let ti = 0;
  let prev: Span | undefined;
  doc.sentences.forEach((s, si) => {
    while (ti < doc.tokens.length && doc.tokens[ti]!.start < s.start) ti++;
    let tj = ti;
    while (tj < doc.tokens.length && doc.tokens[tj]!.end <= s.end) tj++;
    const v = new SentenceView(doc.text, doc.tokens, ti, tj, si, doc.lang);
    const sentenceMentions = doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    for (const raw of findFrames(v, prev)) {
      const srcSpan = { start: doc.tokens[raw.source.i]!.start, end: doc.tokens[raw.source.j - 1]!.end };
      const appositive = raw.source.appositive ? v.surface(raw.source.appositive.i, raw.source.appositive.j) : undefined;
      const source = nameSource(doc.text, srcSpan, sentenceMentions, memory, appositive);
      memory.resolved.push(source);
      const inherited = !raw.source.citing ? chainOf.get(source.name) : undefined;
      const outer: Attribution = {
        id: out.length,
        source,
        cue: { ...raw.cue, text: doc.text.slice(raw.cue.start, raw.cue.end) },
        content: { ...raw.content, text: doc.text.slice(raw.content.start, raw.content.end) },
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
  return out;
}

export const attributionStage: Stage = {
  name: 'attributions',
  requires: ['sentences', 'tokens', 'mentions'],
  adds: ['attributions'],
  run(doc) {
    doc.attributions = findAttributions(doc);
  },
};
