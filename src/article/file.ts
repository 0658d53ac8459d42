/**
 * A local file → Articles. The format comes from --format, else the extension
 * (.html/.htm, .jsonl/.ndjson, .txt), else the content. The size cap is checked with
 * stat before reading; JSONL files are streamed and capped per line instead.
 */
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { SiftError } from '../errors/catalogue.js';
import type { Article } from './article.js';
import { articleFromBytes } from './bytes.js';
import { SNIFF_BYTES } from './data/magic.js';
import { formatFromExtension, looksLikeJsonl, readFileHead } from './detect.js';
import { readJsonl } from './jsonl.js';
import { readCapped, type ByteSource } from './stream.js';

export interface FileOptions {
  format: 'auto' | 'text' | 'html' | 'jsonl';
  maxBytes: number;
  /** Receives W_JSONL_FIELD warnings (JSONL lines kept without a bad field). */
  onWarning?: ((warning: SiftError) => void) | undefined;
}

function readError(path: string, e: unknown): SiftError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new SiftError('E_FILE_NOT_FOUND', { path });
  if (code === 'EISDIR') return directoryError(path);
  const detail = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : e instanceof Error ? e.message : String(e);
  return new SiftError('E_FILE_READ', { path, detail });
}

function directoryError(path: string): SiftError {
  return new SiftError('E_USAGE', {
    detail: `${path} is a directory. Give one file (text, HTML or JSONL), a URL, or - for standard input; to analyze many articles, put them in a JSONL file.`,
  });
}

/** The file's bytes as a stream, with file-system errors turned into SiftErrors. */
async function* fileBytes(path: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of createReadStream(path)) yield chunk as Buffer;
  } catch (e) {
    throw readError(path, e);
  }
}

async function readHead(path: string): Promise<Buffer> {
  try {
    return await readFileHead(path);
  } catch (e) {
    throw readError(path, e);
  }
}

export async function* readFileInput(path: string, opts: FileOptions): AsyncGenerator<Article> {
  let st: Stats;
  try {
    st = await stat(path);
  } catch (e) {
    throw readError(path, e);
  }
  if (st.isDirectory()) throw directoryError(path);

  const jsonl = (source: ByteSource): AsyncGenerator<Article> => readJsonl(source, { what: path, maxLineBytes: opts.maxBytes, onWarning: opts.onWarning });
  const declared = opts.format === 'auto' ? formatFromExtension(path) : opts.format;
  if (declared === 'jsonl') {
    yield* jsonl(fileBytes(path));
    return;
  }
  const tooLarge = (size: number | string): SiftError => new SiftError('E_INPUT_TOO_LARGE', { what: path, size, limit: opts.maxBytes });
  if (st.isFile() && st.size > opts.maxBytes) {
    // Too large to read whole — unless the content turns out to be JSONL, which is streamed.
    if (declared === undefined && looksLikeJsonl((await readHead(path)).toString('utf8'))) {
      yield* jsonl(fileBytes(path));
      return;
    }
    throw tooLarge(st.size);
  }
  const buf = await readCapped(fileBytes(path), opts.maxBytes, () => tooLarge(`more than ${opts.maxBytes}`));
  if (declared === undefined && looksLikeJsonl(buf.subarray(0, SNIFF_BYTES).toString('utf8'))) {
    yield* jsonl([buf]);
    return;
  }
  yield articleFromBytes(buf, { what: path, id: path, format: declared, reader: { text: 'text', html: 'html' } });
}
