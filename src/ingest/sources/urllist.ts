/**
 * URL lists: a text file with one http(s) URL per line; blank lines and lines starting with `#`
 * are skipped. Each URL is fetched with the article URL reader; a line that is not an http(s)
 * URL is an issue (E_URL_INVALID).
 */
import { createReadStream } from 'node:fs';
import { parseHttpUrl } from '../../article/fetch.js';
import { issue, issueItem } from '../issues.js';
import { linesOf } from '../lines.js';
import type { SourceItem } from '../types.js';
import { fileReadError } from './files.js';

/** A URL list line is at most this long. */
const MAX_URL_LINE = 64 * 1024;

export async function* urlListSource(path: string): AsyncGenerator<SourceItem> {
  try {
    for await (const line of linesOf(createReadStream(path), MAX_URL_LINE)) {
      const origin = `${path}:${line.number}`;
      if (line.tooLong) {
        yield issue('E_URL_INVALID', origin, { url: `(a line of more than ${MAX_URL_LINE} bytes)` });
        continue;
      }
      const text = line.bytes.toString('utf8').replace(/^\uFEFF/, '').trim();
      if (text === '' || text.startsWith('#')) continue;
      try {
        yield { kind: 'fetch', url: parseHttpUrl(text).href, origin, why: `it is listed in ${path}` };
      } catch (e) {
        yield issueItem(e, origin);
      }
    }
  } catch (e) {
    yield issueItem(fileReadError(path, e), path);
  }
}
