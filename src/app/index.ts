/**
 * The application layer: Sift's use cases as functions over a `Store` (opened by `withStore`) and
 * plain option objects, returning plain data. No printing, no process access: the CLI
 * (src/cli/) parses flags, calls these and renders; another face (an HTTP API) can do the same.
 */
export { analyzeArticle, analyzeInput, firstArticle } from './analyze.js';
export { checkInputs, ingestInputs, type IngestOptions, type IngestSummary } from './ingest.js';
export { domainProfile, exportNetworkFiles, listNetworks, type NetworkExport, type NetworkQuery } from './networks.js';
export { similarArticles, type SimilarMatch } from './similar.js';
export { lookupSource, type SourceLookup } from './sources.js';
export { listStories, STORY_ARTICLES_LISTED, type StoryWithArticles } from './stories.js';
export { withStore } from './store.js';
export { storyOf, traceTarget, type TraceTarget } from './trace.js';
