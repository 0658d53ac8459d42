/** Limits and thresholds of `sift ingest`. */

/** Article pages fetched at the same time (feeds, sitemaps, URL lists). */
export const DEFAULT_CONCURRENCY = 4;
/** Items read ahead of the article being stored, per concurrent fetch. */
export const LOOKAHEAD_PER_FETCH = 4;
/** Articles analysed (or being analysed) ahead of the one being matched and stored. */
export const ANALYSIS_LOOKAHEAD = 8;

/** Size cap for one feed or sitemap document (the sitemap protocol allows 50 MB uncompressed). */
export const MAX_XML_BYTES = 50 * 1024 * 1024;
/** Sitemap indexes nested deeper than this are not followed. */
export const MAX_SITEMAP_DEPTH = 3;

/**
 * A feed's full-content element (`content:encoded`, Atom `content`) holds the article when its
 * text is at least this long; a `description` / `summary` only when it is at least the second.
 * Shorter ones are summaries: the item's link is fetched instead.
 */
export const FEED_CONTENT_MIN_CHARS = 400;
export const FEED_SUMMARY_MIN_CHARS = 1000;

/** A text file is a URL list when its first content line is a URL and at least this share of its content lines are. */
export const URL_LIST_MIN_SHARE = 0.8;
