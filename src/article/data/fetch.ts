/** HTTP details of the URL reader. */

/** Statuses whose `Location` is followed. */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Media types Sift reads (parameters stripped, lower-cased). A missing Content-Type is sniffed instead. */
export const ACCEPTED_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/xml',
  'application/xml',
]);
/** Also accepted: any `…+xml` type (RSS, Atom). */
export const ACCEPTED_MEDIA_SUFFIX = '+xml';

export const REQUEST_HEADERS: Readonly<Record<string, string>> = {
  'user-agent': 'sift-news/0.1 (+https://www.npmjs.com/package/sift-news)',
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
};
