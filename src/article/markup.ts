/**
 * Small linear-time scanners for raw markup, used before (or instead of) a DOM:
 * finding tags, reading an attribute, reading a `charset=` parameter.
 * Hand-written rather than regular expressions so no input can make them backtrack.
 */

export interface RawTag {
  /** Offset of `<`. */
  start: number;
  /** Offset just past `>`. */
  end: number;
  /** The tag's text, `<…>`. */
  text: string;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/**
 * Every tag whose text after `<` starts with one of `prefixes` (compared lower-case)
 * and then, for names, ends at a space, `/` or `>`. Scanning stops at a `<` with no `>` after it.
 */
export function findTags(html: string, prefixes: readonly string[], limit = Infinity): RawTag[] {
  const out: RawTag[] = [];
  const longest = Math.max(...prefixes.map((p) => p.length)) + 1;
  for (let i = html.indexOf('<'); i !== -1 && out.length < limit; ) {
    const ahead = html.slice(i + 1, i + 1 + longest).toLowerCase();
    const hit = prefixes.find((p) => ahead.startsWith(p) && (!/^[a-z/]/.test(p) || /^[\s/>]?$/.test(ahead.charAt(p.length))));
    if (hit === undefined) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const close = html.indexOf('>', i);
    if (close === -1) break;
    out.push({ start: i, end: close + 1, text: html.slice(i, close + 1) });
    i = html.indexOf('<', close + 1);
  }
  return out;
}

/** Reads a value at `i`: quoted with " or ', or unquoted up to a space or `>`. Returns [value, end]. */
function readValue(s: string, i: number): [string, number] {
  const q = s[i];
  if (q === '"' || q === "'") {
    const close = s.indexOf(q, i + 1);
    const end = close === -1 ? s.length : close;
    return [s.slice(i + 1, end), end + 1];
  }
  let j = i;
  while (j < s.length && !isSpace(s[j]) && s[j] !== '>') j++;
  return [s.slice(i, j), j];
}

/** The value of attribute `name` in a raw tag (`<meta charset="utf-8">`), or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  const wanted = name.toLowerCase();
  let i = 1;
  while (i < tag.length && !isSpace(tag[i]) && tag[i] !== '>' && tag[i] !== '/') i++; // the tag name
  while (i < tag.length) {
    while (isSpace(tag[i]) || tag[i] === '/') i++;
    if (i >= tag.length || tag[i] === '>') return undefined;
    const nameStart = i;
    while (i < tag.length && !isSpace(tag[i]) && tag[i] !== '=' && tag[i] !== '>' && tag[i] !== '/') i++;
    const attr = tag.slice(nameStart, i).toLowerCase();
    if (i === nameStart) i++; // a stray character such as a lone quote
    while (isSpace(tag[i])) i++;
    let value = '';
    if (tag[i] === '=') {
      i++;
      while (isSpace(tag[i])) i++;
      [value, i] = readValue(tag, i);
    }
    if (attr === wanted) return value;
  }
  return undefined;
}

const CHARSET_CHAR = /^[A-Za-z0-9_:.()+-]$/;

/** The `charset=` parameter in a Content-Type value (`text/html; charset=windows-1251`), or undefined. */
export function charsetParameter(value: string): string | undefined {
  const lower = value.toLowerCase();
  for (let i = lower.indexOf('charset'); i !== -1; i = lower.indexOf('charset', i + 1)) {
    let j = i + 'charset'.length;
    while (isSpace(value[j])) j++;
    if (value[j] !== '=') continue;
    j++;
    while (isSpace(value[j]) || value[j] === '"' || value[j] === "'") j++;
    let k = j;
    while (k < value.length && CHARSET_CHAR.test(value[k]!)) k++;
    if (k > j) return value.slice(j, k);
  }
  return undefined;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** The lower-cased tag name starting at `i` (just after `<` or `</`). */
export function tagNameAt(html: string, i: number): string {
  let j = i;
  while (j < html.length && (isLetter(html[j]) || (j > i && ((html[j]! >= '0' && html[j]! <= '9') || html[j] === '-')))) j++;
  return html.slice(i, j).toLowerCase();
}

/**
 * Maximum element nesting of raw markup, estimated in one pass: start tags open, end tags
 * close, void and self-closing tags do neither. Stops counting once past `stopAt`.
 */
export function roughNestingDepth(html: string, voidTags: ReadonlySet<string>, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  for (let i = html.indexOf('<'); i !== -1 && max <= stopAt; i = html.indexOf('<', i + 1)) {
    if (html[i + 1] === '/') {
      if (isLetter(html[i + 2]) && depth > 0) depth--;
      continue;
    }
    if (!isLetter(html[i + 1])) continue;
    const name = tagNameAt(html, i + 1);
    if (voidTags.has(name)) continue;
    const close = html.indexOf('>', i);
    if (close === -1) break;
    if (html[close - 1] === '/') continue;
    depth++;
    if (depth > max) max = depth;
    i = close;
  }
  return max;
}
