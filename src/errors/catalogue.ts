/**
 * One catalogue of every error Sift reports to a user, with stable codes.
 * Tests and scripts assert on `code`; the message says what was received and what to do.
 */
export const ERRORS = {
  E_USAGE: 'Invalid command usage: {detail}',
  E_FILE_NOT_FOUND: 'File not found: {path}. Check the path, or pass "-" to read standard input.',
  E_FILE_READ: 'Could not read {path}: {detail}',
  E_EMPTY_INPUT: 'The input {what} is empty (no text after extraction). Give Sift an article with some text.',
  E_BINARY_INPUT: 'The input {what} looks binary ({detail}), not text or HTML. Sift reads plain text, HTML, JSONL or a URL.',
  E_INPUT_TOO_LARGE: 'The input {what} is {size} bytes, above the limit of {limit} bytes. Split it, or raise the limit with --max-bytes.',
  E_CHARSET: 'Could not decode {what} as {charset}: {detail}',
  E_HTML_NO_TEXT: 'No article text could be extracted from the HTML in {what}.',
  E_JSONL_LINE: 'Line {line} of {what} is not a valid article: {detail}',
  /** A warning, not an error: the article is kept without the field. */
  W_JSONL_FIELD: 'Line {line} of {what}: ignoring "{field}", {detail}; the article is kept without it.',
  E_URL_INVALID: 'Not a fetchable URL: {url}. Sift fetches http:// and https:// URLs only.',
  E_URL_PRIVATE: 'Refusing to fetch {url}: it resolves to {address}, a private, loopback or link-local address. Pass --allow-private if you really mean to.',
  E_URL_TIMEOUT: 'Fetching {url} timed out after {ms} ms.',
  E_URL_TOO_LARGE: 'The response from {url} exceeds the size cap of {limit} bytes.',
  E_URL_REDIRECTS: 'Fetching {url} followed more than {limit} redirects.',
  E_URL_STATUS: 'Fetching {url} failed with HTTP status {status}.',
  E_URL_NETWORK: 'Fetching {url} failed: {detail}',
  E_URL_CONTENT_TYPE: 'The response from {url} has content type {type}, which is not text or HTML.',
  E_PIPELINE: 'Pipeline misconfigured: {detail}',
  E_EVAL_DATA: 'Evaluation data not usable at {path}: {detail}',
  E_NOT_FOUND: 'Nothing found for {what}: {detail}.',
  E_INTERNAL: 'Internal error: {detail}. This is a bug in Sift; please report it with the input that caused it.',
  E_STORE_SPEC: 'Not a store location: {spec}. Give a file path (e.g. ./sift.db) or a postgres://user:password@host:5432/database URL, for example in the environment variable SIFT_DB.',
  E_STORE_OPEN: 'Could not open the store at {location}: {detail}',
  E_STORE_NOT_SQLITE: 'The file {path} is not a SQLite database ({detail}). Sift left it untouched; give the path of a new file or of an existing Sift store.',
  E_STORE_SCHEMA: 'The store at {location} cannot be used: {detail}. Sift changed nothing in it.',
  E_STORE_IO: 'The store at {location} failed during {operation}: {detail}',
  E_FEED_XML: 'Could not read {what} as a feed or sitemap: {detail}',
  E_FEED_KIND: '{what} is XML but not an RSS, Atom or sitemap document (its root element is <{root}>).',
  E_FEED_ITEM: 'The feed item {what} has neither article content nor a link to fetch.',
  E_SITEMAP_DEPTH: 'Not reading the sitemap {url}: sitemap indexes nest deeper than {limit} levels.',
  E_NOT_FETCHED: 'Not fetching {url} ({why}) because of --no-fetch.',
  E_WARC_READ: 'Could not read the WARC file {what}: {detail}',
  E_WARC_RECORD: 'Skipping the WARC record {record}: {detail}',
  E_ANALYZE_FAILED: 'Analysing {what} failed: {detail}. This is a bug in Sift; please report it with the input that caused it.',
  E_SOURCES_KB: 'The shipped sources knowledge base is unusable: {detail}. Rebuild it with node --import tsx scripts/build-sources.ts (needs ../shared/data), or reinstall Sift.',
  E_SOURCES_FILE: 'Your sources file {path} cannot be used: {detail}. Sift left it untouched; fix or move it (set SIFT_SOURCES_FILE to use another file).',
  E_SOURCES_IMPORT: 'Could not import {path}: {detail}. Sift imports CSV (header row: name,kind,domains,aliases,country,affiliation,state_affiliated,reliability,lists,role,note) or YAML/JSON (a list of entries with those fields).',
  E_SOURCES_ENTRY: 'Not a valid source entry{where}: {detail}',
  E_EXPORT_WRITE: 'Could not write the export to {path}: {detail}. Check that the folder exists and is writable.',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** A user-facing error with a stable code (see `ERRORS`). */
export class SiftError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, string | number>;

  constructor(code: ErrorCode, details: Record<string, string | number> = {}) {
    super(format(ERRORS[code], details));
    this.name = 'SiftError';
    this.code = code;
    this.details = details;
  }
}

function format(template: string, details: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => String(details[key] ?? `<${key}>`));
}

/** True when `e` is a SiftError, optionally with the given code. */
export function isSiftError(e: unknown, code?: ErrorCode): e is SiftError {
  return e instanceof SiftError && (code === undefined || e.code === code);
}
