/** Default limits for reading one input. */

/** Size cap for one input (a file, a response body, standard input, one JSONL line): 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** URL fetch timeout, for the whole fetch including redirects and the body. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** How many redirects a URL fetch follows. */
export const DEFAULT_MAX_REDIRECTS = 5;
