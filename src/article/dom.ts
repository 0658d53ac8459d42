/**
 * HTML → a DOM (linkedom), made robust for real-world and malformed pages.
 *
 * linkedom's parser does not repair document structure the way browsers do: a page
 * without `<body>`, with text after `</html>` or with a `<head>` but no `<html>` loses
 * text or has no body at all. So the page's own `html`/`head`/`body` tags are dropped,
 * its content is parsed inside a fresh skeleton, and head elements are moved back to
 * `<head>`, where Readability and `document.title` look for them.
 */
import { parseHTML } from 'linkedom';
import { HEAD_ELEMENTS } from './data/html.js';
import { attribute, findTags } from './markup.js';

/** The part of the DOM the readers use (the project does not compile against lib.dom). */
export interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  closest(selectors: string): DomElement | null;
  appendChild(node: DomNode): DomNode;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly head: DomElement;
  readonly body: DomElement;
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Tags dropped before parsing: the document structure linkedom mishandles. */
const STRUCTURE_TAGS = ['html', '/html', 'head', '/head', 'body', '/body', '!doctype', '?xml'];

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `lang` attribute of the page's `<html>` element. */
export function htmlLang(html: string): string | undefined {
  const tag = findTags(html, ['html'], 1)[0];
  const lang = tag ? attribute(tag.text, 'lang')?.trim() : undefined;
  return lang ? lang : undefined;
}

/** `html` without its doctype, XML declaration and html/head/body tags. */
function stripStructure(html: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const tag of findTags(html, STRUCTURE_TAGS)) {
    parts.push(html.slice(last, tag.start));
    last = tag.end;
  }
  parts.push(html.slice(last));
  return parts.join('');
}

/** Parses an HTML page (or fragment, or broken page) into a document that always has a head and a body. */
export function parseDocument(html: string): DomDocument {
  const lang = htmlLang(html);
  const inner = stripStructure(html);
  const langAttr = lang ? ` lang="${escapeAttr(lang)}"` : '';
  const { document } = parseHTML(`<!DOCTYPE html><html${langAttr}><head></head><body>${inner}</body></html>`);
  const doc = document as unknown as DomDocument;
  const head = doc.head;
  const firstTitle = [...arrayOf(doc.body.querySelectorAll('title'))].find((t) => !t.closest('svg'));
  if (firstTitle) head.appendChild(firstTitle);
  for (const el of [...arrayOf(doc.body.querySelectorAll(HEAD_ELEMENTS))]) head.appendChild(el);
  return doc;
}

/** A real array of a DOM list (linkedom's lists are arrays, but typed as ArrayLike here). */
export function arrayOf<T>(list: ArrayLike<T>): T[] {
  return Array.from(list);
}
