/**
 * WARC files (plain or gzipped, read as a stream with warcio): each `response` record with HTTP
 * status 200 and an HTML or plain-text payload becomes an Article, with url = WARC-Target-URI and
 * `published` from the page's metadata, else its URL or a dateline in its text (marked
 * `publishedSource: 'url'` / `'text'`), else the record's WARC-Date, marked as such
 * (`publishedFrom: 'warc-date'`). Other records (requests, metadata, revisits, redirects, errors,
 * images, scripts …) are skipped without an issue. A file that ends inside a record gives one
 * E_WARC_READ issue after the records before it.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import type { Article } from '../../article/article.js';
import { articleFromBytes } from '../../article/bytes.js';
import { normaliseDate, setPublished } from '../../article/date.js';
import { mediaType } from '../../article/fetch.js';
import { absoluteHttpUrl } from '../../article/meta.js';
import { SiftError } from '../../errors/catalogue.js';
import { issue, issueItem } from '../issues.js';
import type { SourceItem, SourceOptions } from '../types.js';
import { fileReadError } from './files.js';
import { isGzip } from './sniff.js';

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
/** Read size for gzipped WARC files. */
const GZIP_READ_BYTES = 8 * 1024;

/** Reads a record's decoded payload (HTTP chunking and gzip/deflate undone), or throws E_WARC_RECORD past `maxBytes`. */
async function payloadOf(record: WARCRecord, maxBytes: number, origin: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > maxBytes) throw new SiftError('E_WARC_RECORD', { record: origin, detail: `its payload is larger than ${maxBytes} bytes` });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads what is left of a record's block and tells whether the file held all of it.
 *
 * warcio skips an unread record with a loop that never ends when the file stops inside it (it
 * keeps skipping zero bytes), so every record is drained here first — reading stops at the end
 * of the data — and then marked as skipped.
 */
async function finishRecord(record: WARCRecord): Promise<boolean> {
  const block = record._reader as AsyncIterable<Uint8Array> & { limit?: number };
  for await (const _chunk of block); // drain the rest of the record
  if (!record.consumed) record.consumed = 'skipped';
  return !(typeof block.limit === 'number' && block.limit > 0);
}

async function recordItem(record: WARCRecord, path: string, n: number, opts: Pick<SourceOptions, 'maxBytes'>): Promise<SourceItem | undefined> {
  if (record.warcType !== 'response') return undefined;
  const status = record.httpHeaders?.statusCode;
  if (Number(status) !== 200) return undefined;
  const contentType = record.httpHeaders?.headers.get('content-type') ?? undefined;
  const type = mediaType(contentType);
  if (type === undefined || !PAGE_TYPES.has(type)) return undefined;

  const id = record.warcHeader('WARC-Record-ID')?.replace(/^<|>$/g, '');
  const origin = `${path}#${id ?? `record-${n}`}`;
  const declared = Number(record.warcHeader('Content-Length'));
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    return issue('E_WARC_RECORD', origin, { record: origin, detail: `it is ${declared} bytes, above the limit of ${opts.maxBytes}` });
  }
  try {
    const body = await payloadOf(record, opts.maxBytes, origin);
    if (!(await finishRecord(record))) return undefined; // cut off: the caller reports the file
    const target = record.warcTargetURI ?? undefined;
    const url = absoluteHttpUrl(target);
    const article: Article = articleFromBytes(body, { what: origin, id: url ?? origin, contentType, url, reader: { text: 'text', html: 'html' } });
    // The page's metadata, URL and dateline come first (articleFromBytes); the capture time last.
    if (!article.published) {
      const captured = normaliseDate(record.warcDate);
      if (captured) {
        setPublished(article, captured, 'metadata');
        return { kind: 'article', article, origin, publishedFrom: 'warc-date' };
      }
    }
    return { kind: 'article', article, origin };
  } catch (e) {
    return issueItem(e, origin);
  }
}

/** The file's WARC bytes: gzipped files (one gzip member per record, or one for the whole file) are decompressed with zlib, which reports a cut-off end. */
async function openWarc(path: string): Promise<{ source: AsyncIterable<Uint8Array>; close: () => void }> {
  const raw = createReadStream(path);
  const head = await new Promise<Buffer>((resolve, reject) => {
    const onReadable = (): void => {
      const chunk = raw.read(2) as Buffer | null;
      if (chunk === null && !raw.readableEnded) return;
      raw.off('readable', onReadable);
      raw.off('error', reject);
      if (chunk) raw.unshift(chunk);
      resolve(chunk ?? Buffer.alloc(0));
    };
    raw.on('readable', onReadable);
    raw.once('end', () => resolve(Buffer.alloc(0)));
    raw.once('error', reject);
  });
  if (!isGzip(head)) return { source: raw, close: () => raw.destroy() };
  raw.destroy();
  // Small reads: zlib drops the output of the write that fails, so a cut-off end loses at most this much.
  const compressed = createReadStream(path, { highWaterMark: GZIP_READ_BYTES });
  const gunzip = createGunzip();
  compressed.on('error', (e) => gunzip.destroy(e));
  return { source: dataThenError(compressed.pipe(gunzip)), close: () => (compressed.destroy(), gunzip.destroy()) };
}

/**
 * A stream's chunks, with its error (a cut-off gzip member) thrown only after every chunk
 * decoded before it — a plain async iterator drops those, losing the complete records.
 */
async function* dataThenError(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let ended = false;
  let error: unknown;
  let wake: (() => void) | undefined;
  const poke = (): void => {
    wake?.();
    wake = undefined;
  };
  stream.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    if (queue.length >= 16) stream.pause();
    poke();
  });
  stream.on('end', () => {
    ended = true;
    poke();
  });
  stream.on('error', (e: unknown) => {
    error = e;
    ended = true;
    poke();
  });
  for (;;) {
    const chunk = queue.shift();
    if (chunk) {
      if (queue.length < 4 && stream.isPaused()) stream.resume();
      yield chunk;
      continue;
    }
    if (ended) {
      if (error !== undefined) throw error;
      return;
    }
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

export async function* warcSource(path: string, opts: Pick<SourceOptions, 'maxBytes'>): AsyncGenerator<SourceItem> {
  let n = 0;
  let close = (): void => {};
  try {
    const warc = await openWarc(path);
    close = warc.close;
    for await (const record of new WARCParser(warc.source)) {
      n++;
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        yield issue('E_WARC_READ', path, { what: path, detail: `record ${n} does not start with a WARC/ version line` });
        return;
      }
      const item = await recordItem(record, path, n, opts);
      if (!(await finishRecord(record))) {
        yield issue('E_WARC_READ', path, { what: path, detail: `the file ends inside record ${n} (${n - 1} complete records before it)` });
        return;
      }
      if (item) yield item;
    }
    if (n === 0) yield issue('E_WARC_READ', path, { what: path, detail: 'it holds no WARC records' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && !code.startsWith('Z_')) yield issueItem(fileReadError(path, e), path);
    else {
      const detail = code === 'Z_BUF_ERROR' ? 'the gzip data is cut off' : e instanceof Error ? e.message : String(e);
      yield issue('E_WARC_READ', path, { what: path, detail: `${detail} (after ${n} records)` });
    }
  } finally {
    close();
  }
}
