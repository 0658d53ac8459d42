/**
 * XML for feeds and sitemaps (fast-xml-parser): well-formedness is checked first (the parser
 * alone is lenient), entities are never expanded by the parser (no DTD entity blow-up), and the
 * text of every element Sift reads is kept raw and decoded here: CDATA sections as they are,
 * the five XML entities and numeric character references.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeBytes } from '../article/charset.js';
import { SiftError } from '../errors/catalogue.js';

/** Elements whose content is read raw (text fields, and HTML that may be escaped, in CDATA or inline). */
const RAW_ELEMENTS = [
  'title',
  'link',
  'guid',
  'id',
  'description',
  'content:encoded',
  'content',
  'summary',
  'pubDate',
  'dc:date',
  'published',
  'updated',
  'loc',
  'lastmod',
  'news:publication_date',
  'news:title',
];
/** Elements always read as arrays. */
const ARRAY_ELEMENTS = new Set(['item', 'entry', 'link', 'url', 'sitemap']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  trimValues: false,
  stopNodes: RAW_ELEMENTS.map((e) => `*.${e}`),
  isArray: (name) => ARRAY_ELEMENTS.has(name),
});

export type XmlNode = Record<string, unknown>;

export interface XmlDoc {
  /** Name of the root element, with its prefix (`rss`, `feed`, `rdf:RDF`, `urlset`, `sitemapindex`). */
  root: string;
  /** The root element. */
  node: XmlNode;
}

/** Decodes an XML document's bytes: BOM, then the HTTP charset, then the `<?xml encoding?>` declaration, then detection. */
export function decodeXml(buf: Uint8Array, contentType?: string): string {
  let type = contentType;
  if (!type || !/charset=/i.test(type)) {
    const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, 1024)).toString('latin1');
    const end = head.startsWith('<?xml') ? head.indexOf('?>') : -1;
    const enc = end === -1 ? undefined : /\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head.slice(0, end))?.[1];
    if (enc) type = `application/xml; charset=${enc}`;
  }
  const text = decodeBytes(buf, { contentType: type }).text;
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Parses a feed or sitemap document; throws E_FEED_XML when it is not well-formed XML. */
export function parseXml(text: string, what: string): XmlDoc {
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    throw new SiftError('E_FEED_XML', { what, detail: `${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})` });
  }
  let parsed: XmlNode;
  try {
    parsed = parser.parse(text) as XmlNode;
  } catch (e) {
    throw new SiftError('E_FEED_XML', { what, detail: e instanceof Error ? e.message : String(e) });
  }
  const root = Object.keys(parsed).find((k) => !k.startsWith('?') && !k.startsWith('#') && !k.startsWith('!'));
  if (root === undefined) throw new SiftError('E_FEED_XML', { what, detail: 'no root element' });
  const node = parsed[root];
  return { root, node: typeof node === 'object' && node !== null ? (node as XmlNode) : {} };
}

const ENTITY = /&(?:#x([0-9a-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? m;
    const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
  });
}

/** The character data of raw element content: CDATA sections kept as they are, entities decoded elsewhere. */
export function decodeXmlText(raw: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const c = raw.indexOf('<![CDATA[', i);
    if (c === -1) return out + decodeEntities(raw.slice(i));
    out += decodeEntities(raw.slice(i, c));
    const end = raw.indexOf(']]>', c + 9);
    if (end === -1) return out + raw.slice(c + 9);
    out += raw.slice(c + 9, end);
    i = end + 3;
  }
}

/** The raw content of an element read as text (first one when repeated), or undefined. */
export function rawOf(node: unknown): string | undefined {
  const v = Array.isArray(node) ? node[0] : node;
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null) {
    const t = (v as XmlNode)['#text'];
    return typeof t === 'string' ? t : '';
  }
  return undefined;
}

/** An attribute of an element (decoded), or undefined. */
export function attrOf(node: unknown, name: string): string | undefined {
  const v = Array.isArray(node) ? node[0] : node;
  if (typeof v !== 'object' || v === null) return undefined;
  const a = (v as XmlNode)[`@_${name}`];
  return typeof a === 'string' ? decodeEntities(a) : undefined;
}

/** An element's text content, decoded and with whitespace collapsed; undefined when empty. */
export function textOf(node: unknown): string | undefined {
  const raw = rawOf(node);
  if (raw === undefined) return undefined;
  const s = decodeXmlText(raw).replace(/\s+/g, ' ').trim();
  return s === '' ? undefined : s;
}

/**
 * An element holding HTML: escaped (`&lt;p&gt;`), in CDATA, or inline markup (Atom
 * `type="xhtml"`, and feeds that put raw tags in a description). Undefined when empty.
 */
export function htmlOf(node: unknown): string | undefined {
  const raw = rawOf(node);
  if (raw === undefined || raw.trim() === '') return undefined;
  const inline = attrOf(node, 'type') === 'xhtml' || (!raw.includes('<![CDATA[') && /<[a-z]/i.test(raw));
  const html = inline ? raw : decodeXmlText(raw);
  return html.trim() === '' ? undefined : html;
}

/** Child elements of a node as an array (missing → empty). */
export function childrenOf(node: unknown, name: string): unknown[] {
  if (typeof node !== 'object' || node === null) return [];
  const v = (node as XmlNode)[name];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** A child element (first when repeated). */
export function childOf(node: unknown, name: string): unknown {
  return childrenOf(node, name)[0];
}
