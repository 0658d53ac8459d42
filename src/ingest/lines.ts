/**
 * Splitting a byte stream into lines for line-based inputs (JSONL, URL lists). Unlike the
 * article reader's splitter, a line over the cap does not end the input: it is reported as
 * too long (its bytes dropped as they come) and reading goes on with the next line.
 */

export type LineOf = { number: number; bytes: Buffer; tooLong?: undefined } | { number: number; tooLong: true; bytes?: undefined };

export async function* linesOf(source: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<LineOf> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let overflow = false;
  let number = 0;
  const stripCr = (b: Buffer): Buffer => (b.length > 0 && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b);

  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      const part = buf.subarray(start, nl);
      number++;
      if (overflow || pendingLength + part.length > maxLineBytes) yield { number, tooLong: true };
      else yield { number, bytes: stripCr(pending.length > 0 ? Buffer.concat([...pending, part]) : Buffer.from(part)) };
      pending = [];
      pendingLength = 0;
      overflow = false;
      start = nl + 1;
    }
    if (start < buf.length && !overflow) {
      const rest = buf.subarray(start);
      pendingLength += rest.length;
      if (pendingLength > maxLineBytes) {
        overflow = true;
        pending = [];
      } else pending.push(Buffer.from(rest));
    }
  }
  if (overflow) yield { number: number + 1, tooLong: true };
  else if (pendingLength > 0) yield { number: number + 1, bytes: stripCr(Buffer.concat(pending)) };
}
