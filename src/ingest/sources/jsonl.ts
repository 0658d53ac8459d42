/**
 * JSONL / NDJSON files: one article per line (`url`, `text` or `html`, optional `id`, `title`,
 * `published` or `date`, `lang`, `domain`), parsed by the article reader's line parser. A line that
 * cannot be read (invalid JSON, no text, not UTF-8, too long) is an issue for that line; reading
 * goes on. A line with an unusable optional field (a date that cannot be read, a title that is not
 * a string, a URL that is not http(s) …) is stored without that field, after a W_JSONL_FIELD warning.
 */
import { createReadStream } from 'node:fs';
import { parseJsonlLine } from '../../article/jsonl.js';
import { sniffBinary } from '../../article/detect.js';
import type { SiftError } from '../../errors/catalogue.js';
import { issue, issueFrom, issueItem } from '../issues.js';
import { linesOf } from '../lines.js';
import type { SourceItem, SourceOptions } from '../types.js';
import { fileReadError } from './files.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export async function* jsonlSource(path: string, opts: Pick<SourceOptions, 'maxBytes'>): AsyncGenerator<SourceItem> {
  try {
    for await (const line of linesOf(createReadStream(path), opts.maxBytes)) {
      const origin = `${path}:${line.number}`;
      if (line.tooLong) {
        yield issue('E_INPUT_TOO_LARGE', origin, { what: `line ${line.number} of ${path}`, size: `more than ${opts.maxBytes}`, limit: opts.maxBytes });
        continue;
      }
      if (line.number === 1) {
        const binary = sniffBinary(line.bytes);
        if (binary) {
          yield issue('E_BINARY_INPUT', path, { what: path, detail: binary });
          return;
        }
      }
      let text: string;
      try {
        text = strictUtf8.decode(line.bytes);
      } catch {
        yield issue('E_JSONL_LINE', origin, { line: line.number, what: path, detail: 'not valid UTF-8 (JSONL must be UTF-8)' });
        continue;
      }
      if (line.number === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
      if (text.trim() === '') continue;
      const warnings: SiftError[] = [];
      let article;
      try {
        article = parseJsonlLine(text, line.number, path, (w) => warnings.push(w));
      } catch (e) {
        yield issueItem(e, origin);
        continue;
      }
      for (const w of warnings) yield { kind: 'warning', warning: issueFrom(w, origin) };
      yield { kind: 'article', article, origin };
    }
  } catch (e) {
    yield issueItem(fileReadError(path, e), path);
  }
}
