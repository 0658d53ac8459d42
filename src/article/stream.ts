/** Byte streams: reading with a size cap, and splitting into lines with a per-line cap. */

/** Anything `for await` can read bytes from: a Node stream, an async generator, an array of Buffers. */
export type ByteSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

function toBuffer(chunk: Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Reads a whole stream into one Buffer. Past `maxBytes` it stops reading and throws
 * `tooLarge()` (the caller's SiftError), so an endless stream cannot exhaust memory.
 */
export async function readCapped(source: ByteSource, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    const buf = toBuffer(chunk);
    size += buf.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line's bytes without the line break (LF or CRLF). */
  bytes: Buffer;
}

/**
 * Splits a byte stream into lines without holding more than one line in memory.
 * A line longer than `maxLineBytes` throws `tooLong(lineNumber)`.
 */
export async function* splitLines(source: ByteSource, maxLineBytes: number, tooLong: (line: number) => Error): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let number = 0;
  const stripCr = (b: Buffer): Buffer => (b.length > 0 && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b);

  for await (const chunk of source) {
    const buf = toBuffer(chunk);
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      const part = buf.subarray(start, nl);
      if (pendingLength + part.length > maxLineBytes) throw tooLong(number + 1);
      const line = pending.length > 0 ? Buffer.concat([...pending, part]) : part;
      pending = [];
      pendingLength = 0;
      number++;
      yield { number, bytes: stripCr(line) };
      start = nl + 1;
    }
    if (start < buf.length) {
      const rest = buf.subarray(start);
      pendingLength += rest.length;
      if (pendingLength > maxLineBytes) throw tooLong(number + 1);
      pending.push(rest);
    }
  }
  if (pendingLength > 0) yield { number: number + 1, bytes: stripCr(Buffer.concat(pending)) };
}
