/**
 * A linear-time HTML → paragraphs fallback that needs no DOM, for pages too hostile to parse
 * (see MAX_PARSE_DEPTH). Block tags break paragraphs, `<br>` breaks lines, script-like
 * elements are dropped with their content, common entities are decoded.
 */
import { BLOCK_TAGS, RAW_TEXT_TAGS } from './data/html.js';
import { tagNameAt } from './markup.js';

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', laquo: '«', raquo: '»' };

function decodeEntities(s: string): string {
  let out = '';
  let last = 0;
  for (let i = s.indexOf('&'); i !== -1; i = s.indexOf('&', i + 1)) {
    const semi = s.indexOf(';', i);
    if (semi === -1 || semi - i > 10) continue;
    const name = s.slice(i + 1, semi);
    let ch: string | undefined;
    if (name[0] === '#') {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      ch = Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
    } else ch = NAMED_ENTITIES[name];
    if (ch === undefined) continue;
    out += s.slice(last, i) + ch;
    last = semi + 1;
    i = semi;
  }
  return out + s.slice(last);
}

/** Offset just past the end tag `</name…>` at or after `from`, or the end of `html`. */
function skipPastEndTag(html: string, name: string, from: number): number {
  for (let i = html.indexOf('</', from); i !== -1; i = html.indexOf('</', i + 2)) {
    if (tagNameAt(html, i + 2) === name) {
      const close = html.indexOf('>', i);
      return close === -1 ? html.length : close + 1;
    }
  }
  return html.length;
}

/** The paragraphs of `html`, found without building a DOM. */
export function stripToParagraphs(html: string): string[] {
  const parts: string[] = [];
  let last = 0;
  let i = html.indexOf('<');
  while (i !== -1) {
    const closing = html[i + 1] === '/';
    const name = tagNameAt(html, i + (closing ? 2 : 1));
    const isComment = html.startsWith('<!--', i);
    if (name === '' && !isComment && html[i + 1] !== '!') {
      i = html.indexOf('<', i + 1); // a lone "<" is text
      continue;
    }
    parts.push(html.slice(last, i));
    let end: number;
    if (isComment) {
      const c = html.indexOf('-->', i + 4);
      end = c === -1 ? html.length : c + 3;
    } else {
      const close = html.indexOf('>', i);
      end = close === -1 ? html.length : close + 1;
      if (!closing && RAW_TEXT_TAGS.includes(name)) end = skipPastEndTag(html, name, end);
      if (name === 'br') parts.push('\n');
      else if (BLOCK_TAGS.has(name) || name === 'td' || name === 'th') parts.push(name === 'td' || name === 'th' ? ' ' : '\n\n');
    }
    last = end;
    i = html.indexOf('<', end);
  }
  parts.push(html.slice(last));
  return decodeEntities(parts.join(''))
    .split(/\n[ \t\r\f\v\u00a0]*\n/)
    .map((p) => p.split('\n').map((l) => l.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim()).filter((l) => l !== '').join('\n'))
    .filter((p) => p !== '');
}
