/** Input formats and the file extensions that imply them. */

export type InputFormat = 'text' | 'html' | 'jsonl';

export const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.txt': 'text',
  '.text': 'text',
};
