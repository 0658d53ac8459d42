/**
 * DOM → readable paragraphs. Each block element (p, h1–h6, li, blockquote, pre, and
 * containers like div or section) starts a new paragraph; inline elements flow into the
 * current one; `<br>` is a line break; whitespace is collapsed except inside `<pre>`.
 * Paragraphs are joined with a blank line ("\n\n").
 *
 * The walk is iterative, so deeply nested (malformed) markup cannot overflow the stack.
 */
import { BLOCK_TAGS, CELL_TAGS, SKIP_TAGS } from './data/html.js';
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

export interface BlockOptions {
  /** Further tags to skip with their content (e.g. page furniture). */
  skip?: ReadonlySet<string>;
}

/** Stands for a `<br>` while whitespace is collapsed (a Unicode noncharacter, absent from real text). */
const BR = '\uFDD0';

type Step = { node: DomNode } | { end: 'block' | 'cell' };

function cleanParagraph(raw: string): string {
  return raw
    .replace(/[ \t\n\r\f\v\u00a0\u200b]+/g, ' ')
    .split(BR)
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function preText(el: DomElement): string {
  return (el.textContent ?? '').replace(/^[\r\n]+/, '').trimEnd();
}

/** The paragraphs of text under `root`, in document order. */
export function blockParagraphs(root: DomNode, opts: BlockOptions = {}): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const p = cleanParagraph(buf);
    if (p !== '') out.push(p);
    buf = '';
  };
  const stack: Step[] = [];
  const pushChildren = (node: DomNode): void => {
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]! });
  };
  pushChildren(root);

  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('end' in step) {
      if (step.end === 'block') flush();
      else buf += ' ';
      continue;
    }
    const node = step.node;
    if (node.nodeType === TEXT_NODE) {
      buf += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as DomElement;
    const tag = el.localName.toLowerCase();
    if (SKIP_TAGS.has(tag) || opts.skip?.has(tag)) continue;
    if (tag === 'br') {
      buf += BR;
    } else if (tag === 'pre') {
      flush();
      const text = preText(el);
      if (text.trim() !== '') out.push(text);
    } else if (CELL_TAGS.has(tag)) {
      buf += ' ';
      stack.push({ end: 'cell' });
      pushChildren(el);
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push({ end: 'block' });
      pushChildren(el);
    } else {
      pushChildren(el);
    }
  }
  flush();
  return out;
}

/** Paragraphs joined by blank lines. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}
