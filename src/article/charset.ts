/**
 * Bytes → text. Order of evidence: byte-order mark (definitive), the Content-Type
 * header's charset, `<meta charset>` / `http-equiv` (HTML only), then detection
 * (valid UTF-8, else chardet's guesses and a few fallbacks ranked by plausibility).
 *
 * Declared labels are checked, not trusted blindly: a page declared UTF-8 whose
 * bytes are not valid UTF-8, or declared ISO-8859-1 whose decoding reads as
 * mojibake while windows-1251 reads as Russian, is decoded by detection instead.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import {
  FALLBACK_CANDIDATES,
  LABEL_ALIASES,
  META_PRESCAN_BYTES,
  MIN_CHARDET_CONFIDENCE,
  MIN_MULTIBYTE_CONFIDENCE,
  MULTIBYTE_CHARSETS,
  OVERRIDE_MARGIN,
  TRUST_DECLARED_SCORE,
} from './data/charsets.js';
import { attribute, charsetParameter, findTags } from './markup.js';
import { plausibility } from './plausible.js';

export interface DecodeHints {
  /** The HTTP Content-Type header, if any. */
  contentType?: string | undefined;
  /** Look for `<meta charset>` in the bytes (HTML inputs). */
  html?: boolean;
}

export interface Decoded {
  text: string;
  /** The charset used, as iconv-lite names it. */
  charset: string;
  /** Where the charset came from. */
  source: 'bom' | 'header' | 'meta' | 'utf-8' | 'detected';
}

/** Bytes of text scored per candidate (enough to judge, cheap to decode). */
const SCORE_SAMPLE_BYTES = 64 * 1024;

/** Normalises a charset label to a name iconv-lite knows, or undefined when unknown. */
export function normaliseCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (l === '') return undefined;
  const name = LABEL_ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : undefined;
}

/** The `charset=` parameter of a Content-Type header. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  return contentType ? charsetParameter(contentType) : undefined;
}

/** The charset an HTML document declares in `<meta charset>` or `<meta http-equiv content="…; charset=…">`. */
export function charsetFromMeta(buf: Uint8Array): string | undefined {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, META_PRESCAN_BYTES)).toString('latin1');
  for (const tag of findTags(head, ['meta'])) {
    const charset = attribute(tag.text, 'charset') ?? charsetParameter(attribute(tag.text, 'content') ?? '');
    if (charset) return charset;
  }
  return undefined;
}

function bomOf(buf: Uint8Array): { charset: string; length: number } | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text when `buf` is valid UTF-8, else undefined. */
function tryUtf8(buf: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(buf);
  } catch {
    return undefined;
  }
}

function decodeWith(buf: Uint8Array, charset: string): string {
  return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.length), charset, { stripBOM: false });
}

function replacementShare(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return text.length === 0 ? 0 : n / text.length;
}

interface Candidate {
  charset: string;
  score: number;
}

/** Ranks candidate charsets for `buf` by the plausibility of their decodings (chardet's confidence breaks ties). */
function rankCandidates(buf: Uint8Array): Candidate[] {
  const sample = buf.subarray(0, SCORE_SAMPLE_BYTES);
  const guesses = chardet.analyse(sample);
  const top = guesses[0];
  const topName = top ? normaliseCharset(top.name) : undefined;
  if (top && topName && MULTIBYTE_CHARSETS.has(topName) && top.confidence >= MIN_MULTIBYTE_CONFIDENCE) {
    return [{ charset: topName, score: 1 }];
  }
  const confidence = new Map<string, number>();
  for (const m of guesses) {
    const name = normaliseCharset(m.name);
    if (!name || m.confidence < MIN_CHARDET_CONFIDENCE || name === 'utf-8' || MULTIBYTE_CHARSETS.has(name)) continue;
    if (!confidence.has(name)) confidence.set(name, m.confidence);
  }
  for (const name of FALLBACK_CANDIDATES) if (!confidence.has(name)) confidence.set(name, 0);
  const ranked = [...confidence].map(([charset, conf]) => ({
    charset,
    score: plausibility(decodeWith(sample, charset)) + 0.02 * (conf / 100),
  }));
  return ranked.sort((a, b) => b.score - a.score);
}

/** Decodes `buf` to text, choosing the charset as described at the top of this file. */
export function decodeBytes(buf: Uint8Array, hints: DecodeHints = {}): Decoded {
  const bom = bomOf(buf);
  if (bom) return { text: decodeWith(buf.subarray(bom.length), bom.charset), charset: bom.charset, source: 'bom' };

  const declared: Array<{ charset: string; source: 'header' | 'meta' }> = [];
  const fromHeader = normaliseCharset(charsetFromContentType(hints.contentType));
  if (fromHeader) declared.push({ charset: fromHeader, source: 'header' });
  const fromMeta = hints.html ? normaliseCharset(charsetFromMeta(buf)) : undefined;
  if (fromMeta && fromMeta !== fromHeader) declared.push({ charset: fromMeta, source: 'meta' });

  const utf8 = tryUtf8(buf);
  // Legacy-charset text is almost never valid UTF-8 by chance once it has non-ASCII bytes.
  const utf8Score = utf8 !== undefined && /[^\x00-\x7f]/.test(utf8) ? plausibility(utf8.slice(0, SCORE_SAMPLE_BYTES)) : undefined;
  let fallback: (Candidate & { source: 'header' | 'meta' }) | undefined;
  for (const d of declared) {
    if (d.charset === 'utf-8') {
      if (utf8 !== undefined) return { text: utf8, charset: 'utf-8', source: d.source };
      continue; // mislabelled: not valid UTF-8
    }
    const text = decodeWith(buf, d.charset);
    if (MULTIBYTE_CHARSETS.has(d.charset)) {
      if (replacementShare(text) < 0.005) return { text, charset: d.charset, source: d.source };
      continue;
    }
    const score = plausibility(decodeWith(buf.subarray(0, SCORE_SAMPLE_BYTES), d.charset));
    if (utf8 !== undefined && utf8Score !== undefined && utf8Score >= score) return { text: utf8, charset: 'utf-8', source: 'utf-8' };
    if (score >= TRUST_DECLARED_SCORE) return { text, charset: d.charset, source: d.source };
    if (!fallback || score > fallback.score) fallback = { charset: d.charset, score, source: d.source };
  }

  // Valid UTF-8 with no usable declaration (pure ASCII included) is UTF-8.
  if (utf8 !== undefined && (!fallback || (utf8Score ?? 1) >= fallback.score)) return { text: utf8, charset: 'utf-8', source: 'utf-8' };

  const best = rankCandidates(buf)[0];
  if (fallback && (!best || best.score <= fallback.score + OVERRIDE_MARGIN)) {
    return { text: decodeWith(buf, fallback.charset), charset: fallback.charset, source: fallback.source };
  }
  const charset = best?.charset ?? 'windows-1252';
  return { text: decodeWith(buf, charset), charset, source: 'detected' };
}
