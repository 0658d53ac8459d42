/**
 * Feed and sitemap documents, from a file or a URL: read (capped, gunzipped when compressed),
 * decoded and parsed. Which reader takes them is decided in xmldoc.ts.
 */
import { createReadStream } from 'node:fs';
import { createGunzip, gunzipSync } from 'node:zlib';
import { fetchUrl } from '../../article/fetch.js';
import { SiftError } from '../../errors/catalogue.js';
import { MAX_XML_BYTES } from '../data/limits.js';
import type { SourceOptions } from '../types.js';
import { decodeXml, parseXml, type XmlDoc } from '../xml.js';
import { fileReadError } from './files.js';
import { head, isGzip } from './sniff.js';

/** A loaded XML document and where it is (its final URL when fetched). */
export interface LoadedXml {
  doc: XmlDoc;
  /** Names it in origins and messages: the path, or the URL as given. */
  location: string;
  /** Base for relative links: the final URL after redirects, when fetched. */
  base?: string;
}

async function readCappedFile(path: string, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const tooLarge = (): SiftError => new SiftError('E_INPUT_TOO_LARGE', { what: path, size: `more than ${max}`, limit: max });
  const gzip = isGzip(await head(path));
  const raw = createReadStream(path);
  const stream = gzip ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (e) => stream.destroy(e));
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > max) {
        raw.destroy();
        throw tooLarge();
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (e instanceof SiftError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('Z_')) throw new SiftError('E_FEED_XML', { what: path, detail: `not valid gzip data (${code})` });
    throw fileReadError(path, e);
  }
  return Buffer.concat(chunks, size);
}

export async function loadXmlFile(path: string): Promise<LoadedXml> {
  const buf = await readCappedFile(path, MAX_XML_BYTES);
  return { doc: parseXml(decodeXml(buf), path), location: path };
}

/** A response body, decompressed when it is gzip data (up to MAX_XML_BYTES). */
export function gunzipIfCompressed(body: Buffer, what: string): Buffer {
  if (!isGzip(body)) return body;
  try {
    return gunzipSync(body, { maxOutputLength: MAX_XML_BYTES });
  } catch (e) {
    throw new SiftError('E_FEED_XML', { what, detail: `not valid gzip data, or more than ${MAX_XML_BYTES} bytes once decompressed (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
  }
}

/** Fetches a feed or sitemap document. Bodies that are gzip data are decompressed (capped). */
export async function fetchXml(url: string, opts: SourceOptions): Promise<LoadedXml> {
  const fetched = await fetchUrl(url, { allowPrivate: opts.allowPrivate, maxBytes: MAX_XML_BYTES, timeoutMs: opts.timeoutMs });
  const body = gunzipIfCompressed(fetched.body, url);
  return { doc: parseXml(decodeXml(body, fetched.contentType), url), location: url, base: fetched.url };
}
