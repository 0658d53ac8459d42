/**
 * Fetching a URL safely: http(s) only, a timeout for the whole fetch, a size cap on the
 * (decompressed) body, redirects followed by hand with a limit and every hop re-checked,
 * and the SSRF guard (`ssrf.ts`) on every address connected to.
 */
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { Agent, request } from 'undici';
import { SiftError } from '../errors/catalogue.js';
import { ACCEPTED_MEDIA_SUFFIX, ACCEPTED_MEDIA_TYPES, REDIRECT_STATUSES, REQUEST_HEADERS } from './data/fetch.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS } from './data/limits.js';
import { assertHostAllowed, BlockedAddressError, DEFAULT_POLICY, guardedLookup, hostOf, type NetPolicy } from './ssrf.js';

export interface FetchOptions {
  allowPrivate?: boolean | undefined;
  maxBytes?: number | undefined;
  timeoutMs?: number | undefined;
  maxRedirects?: number | undefined;
}

export interface Fetched {
  /** The URL finally read, after redirects. */
  url: string;
  status: number;
  contentType?: string;
  body: Buffer;
  /** Every URL requested, in order (the first is the input). */
  hops: string[];
}

/** Parses an input as an http(s) URL, or throws E_URL_INVALID. */
export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new SiftError('E_URL_INVALID', { url: input });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    throw new SiftError('E_URL_INVALID', { url: input });
  }
  return url;
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(contentType: string | undefined): string | undefined {
  const t = contentType?.split(';')[0]?.trim().toLowerCase();
  return t ? t : undefined;
}

function acceptedType(contentType: string | undefined): boolean {
  const t = mediaType(contentType);
  return t === undefined || ACCEPTED_MEDIA_TYPES.has(t) || t.endsWith(ACCEPTED_MEDIA_SUFFIX);
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Drops a response body we will not read. (undici reports destroying a body as an error: swallow it.) */
function discard(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

function decompressor(encoding: string | undefined, url: string): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined {
  const e = encoding?.trim().toLowerCase();
  if (!e || e === 'identity') return undefined;
  if (e === 'gzip' || e === 'x-gzip') return zlib.createGunzip();
  if (e === 'deflate') return zlib.createInflate();
  if (e === 'br') return zlib.createBrotliDecompress();
  throw new SiftError('E_URL_NETWORK', { url, detail: `unsupported content encoding "${encoding}"` });
}

/** Reads a body stream into a Buffer, aborting with E_URL_TOO_LARGE past `maxBytes`. */
async function readBody(body: Readable, encoding: string | undefined, maxBytes: number, url: string): Promise<Buffer> {
  const decoder = decompressor(encoding, url);
  const stream: Readable = decoder ? pipeline(body, decoder, () => {}) : body;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > maxBytes) throw new SiftError('E_URL_TOO_LARGE', { url, limit: maxBytes });
      chunks.push(buf);
    }
  } finally {
    if (size > maxBytes) {
      discard(body);
      if (decoder) discard(decoder);
    }
  }
  return Buffer.concat(chunks);
}

function causes(e: unknown): unknown[] {
  const out: unknown[] = [];
  for (let x = e, i = 0; x !== undefined && x !== null && i < 5; x = (x as { cause?: unknown }).cause, i++) out.push(x);
  return out;
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

/** Maps anything thrown while fetching to a SiftError. */
function toSiftError(e: unknown, url: string, currentUrl: string, timedOut: boolean, timeoutMs: number): SiftError {
  if (timedOut) return new SiftError('E_URL_TIMEOUT', { url, ms: timeoutMs });
  const chain = causes(e);
  const sift = chain.find((x): x is SiftError => x instanceof SiftError);
  if (sift) return sift;
  const blocked = chain.find((x): x is BlockedAddressError => x instanceof BlockedAddressError);
  if (blocked) return new SiftError('E_URL_PRIVATE', { url: currentUrl, address: `${blocked.address} (${blocked.reason})` });
  const codes = chain.map((x) => (x as { code?: unknown }).code).filter((c): c is string => typeof c === 'string');
  if (codes.some((c) => TIMEOUT_CODES.has(c))) return new SiftError('E_URL_TIMEOUT', { url, ms: timeoutMs });
  const first = chain[0];
  const message = first instanceof Error ? first.message : String(first);
  const detail = codes.includes('ENOTFOUND') || codes.includes('EAI_AGAIN') ? `could not resolve ${new URL(currentUrl).hostname}` : codes[0] ? `${message} (${codes[0]})` : message;
  return new SiftError('E_URL_NETWORK', { url: currentUrl, detail });
}

/**
 * Fetches `input` and returns the final response body. Errors: E_URL_INVALID,
 * E_URL_PRIVATE, E_URL_TIMEOUT, E_URL_TOO_LARGE, E_URL_REDIRECTS, E_URL_STATUS,
 * E_URL_CONTENT_TYPE, E_URL_NETWORK.
 */
export async function fetchUrl(input: string, opts: FetchOptions = {}, policy: NetPolicy = DEFAULT_POLICY): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let current = parseHttpUrl(input);
  const hops: string[] = [];

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const agent = new Agent({
    connect: opts.allowPrivate ? { timeout: timeoutMs } : { timeout: timeoutMs, lookup: guardedLookup(policy) },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });

  try {
    for (;;) {
      hops.push(current.href);
      if (!opts.allowPrivate) await assertHostAllowed(hostOf(current), policy);
      const res = await request(current, { method: 'GET', headers: REQUEST_HEADERS, dispatcher: agent, signal: controller.signal });
      const location = header(res.headers, 'location');

      if (REDIRECT_STATUSES.has(res.statusCode) && location) {
        discard(res.body);
        if (hops.length > maxRedirects) throw new SiftError('E_URL_REDIRECTS', { url: input, limit: maxRedirects });
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw new SiftError('E_URL_INVALID', { url: location });
        }
        current = parseHttpUrl(next.href);
        continue;
      }
      if (res.statusCode >= 400) {
        discard(res.body);
        throw new SiftError('E_URL_STATUS', { url: current.href, status: res.statusCode });
      }
      const contentType = header(res.headers, 'content-type');
      if (!acceptedType(contentType)) {
        discard(res.body);
        throw new SiftError('E_URL_CONTENT_TYPE', { url: current.href, type: mediaType(contentType) ?? String(contentType) });
      }
      const declaredLength = Number(header(res.headers, 'content-length'));
      if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        discard(res.body);
        throw new SiftError('E_URL_TOO_LARGE', { url: current.href, limit: maxBytes });
      }
      const body = await readBody(res.body, header(res.headers, 'content-encoding'), maxBytes, current.href);
      const out: Fetched = { url: current.href, status: res.statusCode, body, hops };
      if (contentType !== undefined) out.contentType = contentType;
      return out;
    }
  } catch (e) {
    throw toSiftError(e, input, current.href, timedOut, timeoutMs);
  } finally {
    clearTimeout(timer);
    agent.destroy().catch(() => {});
  }
}
