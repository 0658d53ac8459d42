/**
 * What kind of input a file is: by its name first (.jsonl/.ndjson, .warc/.warc.gz, .xml/.xml.gz,
 * .html/.htm), then by its first bytes (WARC header, gzip, XML root, JSONL object, URL list, HTML,
 * plain text).
 */
import { constants, gunzipSync } from 'node:zlib';
import { SNIFF_BYTES } from '../../article/data/magic.js';
import { looksLikeJsonl, readFileHead } from '../../article/detect.js';
import { URL_LIST_MIN_SHARE } from '../data/limits.js';
import { fileReadError } from './files.js';

export type FileKind = 'jsonl' | 'warc' | 'xml' | 'urls' | 'article';

const GZIP_MAGIC = [0x1f, 0x8b];
const HTTP_URL_LINE = /^https?:\/\/[^\s]+$/i;
const XML_ROOTS = /^<(?:rss|feed|rdf:RDF|urlset|sitemapindex)[\s>/]/;

export function isGzip(buf: Uint8Array): boolean {
  return buf[0] === GZIP_MAGIC[0] && buf[1] === GZIP_MAGIC[1];
}

/** A file's first bytes (article/detect.ts's readFileHead), file-system errors as SiftErrors. */
export async function head(path: string): Promise<Buffer> {
  try {
    return await readFileHead(path);
  } catch (e) {
    throw fileReadError(path, e);
  }
}

/** The first bytes of a gzip stream, decompressed as far as they go. */
function gunzipHead(buf: Buffer): Buffer {
  try {
    return gunzipSync(buf, { finishFlush: constants.Z_SYNC_FLUSH } /* tolerates the cut-off end */);
  } catch {
    return Buffer.alloc(0);
  }
}

/** The text after a BOM, leading whitespace, an XML declaration, comments and a doctype. */
function afterXmlPrologue(text: string): string {
  let s = text.replace(/^\uFEFF/, '').trimStart();
  for (let i = 0; i < 50; i++) {
    const end = s.startsWith('<?') ? s.indexOf('?>') : s.startsWith('<!--') ? s.indexOf('-->') : s.startsWith('<!DOCTYPE') ? s.indexOf('>') : -2;
    if (end === -2) return s;
    if (end === -1) return '';
    s = s.slice(end + (s.startsWith('<!--') ? 3 : s.startsWith('<?') ? 2 : 1)).trimStart();
  }
  return s;
}

/** True when a text's root element is an RSS, Atom, RDF or sitemap element. */
export function looksLikeFeedOrSitemap(text: string): boolean {
  return XML_ROOTS.test(afterXmlPrologue(text));
}

/** True when a text's first content line is an http(s) URL and most of its content lines are. */
export function looksLikeUrlList(text: string, complete: boolean): boolean {
  const lines = text.split('\n');
  if (!complete && lines.length > 1) lines.pop(); // the last line may be cut off
  const content = lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (content.length === 0 || !HTTP_URL_LINE.test(content[0]!)) return false;
  return content.filter((l) => HTTP_URL_LINE.test(l)).length / content.length >= URL_LIST_MIN_SHARE;
}

export async function sniffFile(path: string): Promise<FileKind> {
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.warc') || lower.endsWith('.warc.gz')) return 'warc';
  if (lower.endsWith('.xml') || lower.endsWith('.xml.gz')) return 'xml';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'article';

  const raw = await head(path);
  const bytes = isGzip(raw) ? gunzipHead(raw) : raw;
  const text = bytes.toString('utf8');
  if (text.startsWith('WARC/')) return 'warc';
  if (looksLikeFeedOrSitemap(text)) return 'xml';
  if (isGzip(raw)) return 'article'; // compressed and not a WARC or sitemap: the article reader reports it
  if (looksLikeJsonl(text)) return 'jsonl';
  if (looksLikeUrlList(text.replace(/\r/g, ''), raw.length < SNIFF_BYTES)) return 'urls';
  return 'article'; // HTML or plain text, read by the article reader
}
