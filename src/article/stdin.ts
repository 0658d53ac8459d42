/**
 * Standard input (`-`): sniffed as JSONL, HTML or plain text. JSONL is streamed line by
 * line; anything else is read whole, up to the size cap.
 */
import { SiftError } from '../errors/catalogue.js';
import type { Article } from './article.js';
import { articleFromBytes } from './bytes.js';
import { SNIFF_BYTES } from './data/magic.js';
import { looksLikeJsonl } from './detect.js';
import { readJsonl } from './jsonl.js';
import { readCapped, type ByteSource } from './stream.js';

export interface StdinOptions {
  format: 'auto' | 'text' | 'html' | 'jsonl';
  maxBytes: number;
  /** Receives W_JSONL_FIELD warnings (JSONL lines kept without a bad field). */
  onWarning?: ((warning: SiftError) => void) | undefined;
}

const WHAT = 'standard input';

const toBuffer = (c: Uint8Array | string): Buffer => (typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c.buffer, c.byteOffset, c.byteLength));

export async function* readStdin(stream: NodeJS.ReadableStream, opts: StdinOptions): AsyncGenerator<Article> {
  const it = (stream as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < SNIFF_BYTES) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    const b = toBuffer(r.value);
    head.push(b);
    headLength += b.length;
  }
  // The head already read, then the rest of the stream.
  const all: ByteSource = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      while (!ended) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    },
  };

  const format = opts.format;
  if (format === 'jsonl' || (format === 'auto' && looksLikeJsonl(Buffer.concat(head).toString('utf8')))) {
    yield* readJsonl(all, { what: WHAT, maxLineBytes: opts.maxBytes, onWarning: opts.onWarning });
    return;
  }
  const tooLarge = (): SiftError => new SiftError('E_INPUT_TOO_LARGE', { what: WHAT, size: `more than ${opts.maxBytes}`, limit: opts.maxBytes });
  const buf = await readCapped(all, opts.maxBytes, tooLarge);
  yield articleFromBytes(buf, {
    what: WHAT,
    id: 'stdin',
    format: format === 'auto' ? undefined : format,
    reader: { text: 'stdin', html: 'stdin' },
  });
}
