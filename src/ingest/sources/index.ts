/**
 * The dispatcher: each command-line input → a stream of source items.
 *
 *   http(s)://…   fetched once: a feed or sitemap (by content type or root element) is read as
 *                 one, anything else is one article (url.ts's readers)
 *   a folder      walked recursively (files.ts), each file as below
 *   a file        by extension, then content (sniff.ts): JSONL, WARC, feed / sitemap XML,
 *                 URL list, or one HTML / text article
 *
 * Unusable inputs (missing, unreadable) are found by `checkInputs` before anything is read or
 * stored; everything that goes wrong later is an issue item.
 */
import { access, constants as fsConstants, opendir, stat } from 'node:fs/promises';
import { articleFromBytes } from '../../article/bytes.js';
import { isUrlLike } from '../../article/detect.js';
import { fetchUrl, mediaType, parseHttpUrl } from '../../article/fetch.js';
import { SiftError } from '../../errors/catalogue.js';
import { MAX_XML_BYTES } from '../data/limits.js';
import { issue, issueItem } from '../issues.js';
import type { SourceItem, SourceOptions } from '../types.js';
import { decodeXml, parseXml } from '../xml.js';
import { fileReadError, walkFolder } from './files.js';
import { jsonlSource } from './jsonl.js';
import { singleFileSource } from './single.js';
import { looksLikeFeedOrSitemap, sniffFile } from './sniff.js';
import { urlListSource } from './urllist.js';
import { warcSource } from './warc.js';
import { gunzipIfCompressed } from './xml-load.js';
import { xmlFileSource, xmlItems } from './xmldoc.js';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Throws the first unusable input: E_USAGE (empty string, `-`), E_URL_INVALID (a non-http URL),
 * E_FILE_NOT_FOUND, or E_FILE_READ (a file or folder that cannot be read).
 */
export async function checkInputs(inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    if (input === '' || input === '-') throw new SiftError('E_USAGE', { detail: `sift ingest reads files, folders and http(s) URLs, not "${input}"` });
    if (isUrlLike(input)) {
      parseHttpUrl(input);
      continue;
    }
    try {
      const st = await stat(input);
      if (st.isDirectory()) await (await opendir(input)).close();
      else await access(input, fsConstants.R_OK);
    } catch (e) {
      throw fileReadError(input, e);
    }
  }
}

/** One file, by kind. */
export async function* fileSource(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let kind;
  try {
    kind = await sniffFile(path);
  } catch (e) {
    yield issueItem(e, path);
    return;
  }
  if (kind === 'jsonl') yield* jsonlSource(path, opts);
  else if (kind === 'warc') yield* warcSource(path, opts);
  else if (kind === 'xml') yield* xmlFileSource(path, opts);
  else if (kind === 'urls') yield* urlListSource(path);
  else yield* singleFileSource(path, opts);
}

/** A URL given on the command line: a feed, a sitemap, or one article. */
export async function* urlInputSource(url: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  try {
    const fetched = await fetchUrl(url, { allowPrivate: opts.allowPrivate, maxBytes: Math.max(MAX_XML_BYTES, opts.maxBytes), timeoutMs: opts.timeoutMs });
    const type = mediaType(fetched.contentType);
    const body = gunzipIfCompressed(fetched.body, url);
    const xmlish = type === undefined || type.endsWith('xml') || type === 'text/plain';
    if (xmlish && !HTML_TYPES.has(type ?? '') && looksLikeFeedOrSitemap(body.subarray(0, 4096).toString('latin1'))) {
      yield* xmlItems({ doc: parseXml(decodeXml(body, fetched.contentType), url), location: url, base: fetched.url }, opts);
      return;
    }
    if (body.length > opts.maxBytes) {
      yield issue('E_INPUT_TOO_LARGE', url, { what: url, size: body.length, limit: opts.maxBytes });
      return;
    }
    const format = type && HTML_TYPES.has(type) ? 'html' : type === 'text/plain' ? 'text' : undefined;
    const article = articleFromBytes(body, { what: url, id: url, format, contentType: fetched.contentType, url: fetched.url, reader: { text: 'url', html: 'url' } });
    yield { kind: 'article', article, origin: url };
  } catch (e) {
    yield issueItem(e, url);
  }
}

/** All items of all inputs, input by input, in order. */
export async function* readInputs(inputs: readonly string[], opts: SourceOptions): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (isUrlLike(input)) {
      yield* urlInputSource(input, opts);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (e) {
      yield issueItem(fileReadError(input, e), input);
      continue;
    }
    if (!isDir) {
      yield* fileSource(input, opts);
      continue;
    }
    try {
      for await (const entry of walkFolder(input)) {
        if (entry.error) yield issueItem(entry.error, entry.path);
        else yield* fileSource(entry.path, opts);
      }
    } catch (e) {
      yield issueItem(fileReadError(input, e), input);
    }
  }
}
