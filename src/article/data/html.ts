/** Tag lists and metadata selectors used by the HTML reader. */

/** Elements whose text forms its own paragraph. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre',
  'address', 'article', 'aside', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'legend', 'main', 'menu', 'nav', 'ol',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Table cells: inline within their row, separated by a space. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Elements whose content is never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'base',
]);

/** Page furniture skipped by the whole-body fallback extraction. */
export const BOILERPLATE_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);

/** Readability's text shorter than this many characters triggers the whole-body fallback. */
export const MIN_ARTICLE_CHARS = 250;

/**
 * Pages nested deeper than this (real pages stay well under 100 levels) or with more elements
 * skip Readability, whose recursion overflows the stack and whose running time grows with
 * depth; the body fallback (iterative) reads them instead.
 */
export const MAX_READABILITY_DEPTH = 400;
export const MAX_READABILITY_ELEMENTS = 150_000;

/** Elements that never have content (no end tag). */
export const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/**
 * Tag nesting (estimated from the raw markup) above which a page is not given to the DOM
 * parser at all — linkedom's parse time grows with the square of the depth — but read by the
 * linear tag stripper in `strip.ts`. Real pages stay in the hundreds.
 */
export const MAX_PARSE_DEPTH = 5_000;

/** Elements whose content the tag stripper drops. */
export const RAW_TEXT_TAGS: readonly string[] = ['script', 'style', 'noscript', 'template', 'textarea', 'title', 'svg', 'math'];

/** A paragraph of at least this many words counts as prose when comparing extraction attempts. */
export const PROSE_MIN_WORDS = 5;

/** Head elements moved out of the body after normalising a page (see `html.ts`). */
export const HEAD_ELEMENTS = 'meta, link, base';

/**
 * Metadata keys: a `<meta>` element's `property`, `name` or `itemprop`, lower-cased.
 * Publication time is looked for in `PUBLISHED_KEYS`, then any `[itemprop=datePublished]`,
 * then JSON-LD `datePublished`, then `PUBLISHED_KEYS_EXTRA`, then `<time datetime>`.
 */
export const PUBLISHED_KEYS: readonly string[] = ['article:published_time'];
export const PUBLISHED_KEYS_EXTRA: readonly string[] = [
  'og:published_time', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued',
  'dcterms.created', 'dcterms.issued', 'parsely-pub-date', 'sailthru.date',
];
export const TITLE_KEYS: readonly string[] = ['og:title', 'twitter:title', 'title'];
export const BYLINE_KEYS: readonly string[] = ['author', 'article:author', 'byl', 'sailthru.author', 'parsely-author'];
export const SITE_NAME_KEYS: readonly string[] = ['og:site_name', 'application-name'];
export const URL_KEYS: readonly string[] = ['og:url'];
export const LANG_KEYS: readonly string[] = ['content-language', 'og:locale', 'language'];

/** JSON-LD `@type`s that describe an article. */
export const ARTICLE_LD_TYPES = /(?:Article|Posting|Report)$/;
