/**
 * Where the CLI writes and reads: the process's own streams by default, or others given to
 * `main(argv, io)` (tests run commands in-process this way and collect what they write).
 */

/** A stream the CLI writes text to; `isTTY` and `columns` as on process.stdout. */
export type CliWriter = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export interface CliIo {
  stdout: CliWriter;
  stderr: CliWriter;
  /** Read by `sift analyze -`. */
  stdin: NodeJS.ReadableStream;
}

/** The process's stdout, stderr and stdin. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}
