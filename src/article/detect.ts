/**
 * Sniffing: is an input binary, and is it HTML, JSONL or plain text?
 * Works on raw bytes (before charset decoding) so every reader can use it; `readFileHead` reads
 * the bytes a file is sniffed by (the article reader's and ingest's alike).
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { FORMAT_BY_EXTENSION, type InputFormat } from './data/formats.js';
import { MAGIC_SIGNATURES, MAX_CONTROL_SHARE, SNIFF_BYTES, type MagicSignature } from './data/magic.js';

export type { InputFormat };

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
] as const;

function matches(buf: Uint8Array, sig: MagicSignature): boolean {
  if (buf.length < sig.offset + sig.bytes.length) return false;
  return sig.bytes.every((b, i) => buf[sig.offset + i] === b);
}

/** True for control bytes that do not occur in text: all below 0x20 except tab, LF, VT, FF, CR and ESC. */
function isControlByte(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

/**
 * Returns what a binary input looks like ("a PDF document", "binary data (NUL bytes)"),
 * or null when it may be text. UTF-16 with a byte-order mark counts as text.
 */
export function sniffBinary(buf: Uint8Array): string | null {
  if (buf.length === 0) return null;
  for (const sig of MAGIC_SIGNATURES) if (!sig.weak && matches(buf, sig)) return sig.what;
  if (UTF16_BOMS.some(([a, b]) => buf[0] === a && buf[1] === b)) return null;

  const head = buf.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) if (isControlByte(b)) control++;
  const hasNul = buf.indexOf(0) !== -1;
  if (!hasNul && control / head.length <= MAX_CONTROL_SHARE) return null;

  const named = MAGIC_SIGNATURES.find((sig) => sig.weak && matches(buf, sig));
  if (named) return named.what;
  return hasNul ? 'it contains NUL bytes' : `${Math.round((100 * control) / head.length)}% of it is control characters`;
}

const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|base|link|article|main|section|div|p|h[1-6]|table|ul|ol|script|style|header|nav)[\s>/]/i;
const HTML_TAG_ANYWHERE = /<(?:html|body|head)[\s>]/i;

/** `text` after leading whitespace, comments and an XML declaration. */
function skipPrologue(text: string): string {
  let s = text.trimStart();
  for (;;) {
    const close = s.startsWith('<!--') ? s.indexOf('-->') : s.startsWith('<?xml') ? s.indexOf('?>') : -1;
    if (close === -1) return s;
    s = s.slice(close + (s.startsWith('<!--') ? 3 : 2)).trimStart();
  }
}

/** True when a text (its first few KB are enough) looks like an HTML document or fragment. */
export function looksLikeHtml(text: string): boolean {
  const head = skipPrologue(text.slice(0, 4096).replace(/^\uFEFF/, ''));
  if (HTML_START.test(head)) return true;
  // A text that opens with some stray bytes before <html> (some CMS emit a blank line, a BOM or a PHP notice first).
  return head.startsWith('<') ? false : HTML_TAG_ANYWHERE.test(head.slice(0, 512));
}

/**
 * True when the first non-blank line of a text (or of its first bytes) parses as a JSON
 * object, or starts like one (`{"`).
 */
export function looksLikeJsonl(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const index = lines.findIndex((l) => l.trim() !== '');
  if (index === -1) return false;
  const line = lines[index]!.trim();
  // An object's first key: JSONL even when the line is cut off by the sniffing window or broken
  // (a broken first line is then reported as E_JSONL_LINE, not read as prose).
  if (/^\{\s*"/.test(line)) return true;
  if (!line.startsWith('{') || !line.endsWith('}')) return false;
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** The first SNIFF_BYTES of a file (fewer when it is shorter). File-system errors are thrown as they are. */
export async function readFileHead(path: string): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Guesses the format of an input from its first bytes (decoded leniently as latin1/utf-8). */
export function sniffFormat(head: string): InputFormat {
  if (looksLikeJsonl(head)) return 'jsonl';
  if (looksLikeHtml(head)) return 'html';
  return 'text';
}

/** Format implied by a file name's extension, or undefined when the content must decide. */
export function formatFromExtension(path: string): InputFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

/** True when an input string is written as a URL (`scheme://…`), as opposed to a file path. */
export function isUrlLike(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}
