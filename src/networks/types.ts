/** Shapes shared by the network stages. */

/** One article placed on a story by a domain at a time (what the network stages read from the store). */
export interface Publication {
  articleId: number;
  storyId: number;
  domain: string;
  /** Publication time, ms since the epoch. */
  time: number;
  url?: string;
  title?: string;
  /** The outermost source of each attribution chain in the article (the outlet or person it cites). */
  sources: string[];
}

/**
 * Publications in columns, grouped by story: for each story, the first copy of each domain in
 * time order (`copies[storyStart[s] … storyStart[s+1])`). Built once by `buildTable`.
 */
export interface CopyTable {
  domains: string[];
  /** Stored story id of each dense story index. */
  storyIds: number[];
  /** Offsets into the copy arrays, one per story plus the end. */
  storyStart: Int32Array;
  /** Domain index, publication time (ms) and index in the input of each story's first copy per domain. */
  copyDomain: Int32Array;
  copyTime: Float64Array;
  copyRow: Int32Array;
  /** Number of stories each domain published. */
  domainStories: Int32Array;
}

/** Settings of the co-publication statistic (all optional; defaults in DEFAULTS). */
export interface NetworkOptions {
  /** Coordination interval in ms; default: estimated from the data (CooRnet's method). */
  intervalMs?: number;
  /** Share of quickest stories the interval is estimated on (CooRnet q, default 0.1). */
  quickest?: number;
  /** Share of a story's copies whose arrival time defines the interval (CooRnet p, default 0.5). */
  reach?: number;
  /** Coordinated co-publications a pair needs at least (default 3). */
  minRepeats?: number;
  /** False-discovery rate for the co-publication test (Benjamini–Hochberg, default 0.01). */
  alpha?: number;
  /** Smallest network reported (default 2 domains). */
  minMembers?: number;
  /** Louvain resolution (default 1). */
  resolution?: number;
  /** Seed of Louvain's random order, for reproducible output (default 1). */
  seed?: number;
  /** Keep the candidate pairs that were not significant in the result (for exports; default false). */
  keepCandidates?: boolean;
}

/** A pair of domains that published copies of the same stories within the coordination interval. */
export interface CoPublicationEdge {
  source: string;
  target: string;
  /** Stories both published within the coordination interval of each other. */
  coordinated: number;
  /** Σ over those stories of popularity weight × closeness to each other × closeness to the origin. */
  weight: number;
  /** Mean gap between the two copies over the coordinated stories, in hours. */
  meanGapHours: number;
  /** Hypergeometric P(overlap ≥ coordinated) given each domain's number of stories; BH-adjusted q. */
  p: number;
  q: number;
  significant: boolean;
}

export interface DomainNode {
  domain: string;
  /** Stories the domain published. */
  stories: number;
  /** Sum of the weights of its significant edges. */
  strength: number;
  /** Id of its network, or null. */
  network: number | null;
}

export interface MemberProfile {
  domain: string;
  stories: number;
  /** Of the network's shared stories, how many it published. */
  sharedStories: number;
  /** Median lag of its copies behind each story's earliest copy, in hours. */
  medianLagHours: number | null;
  /** Shared stories in which it was the first member to publish. */
  firstMover: number;
  strength: number;
}

export interface SharedStory {
  storyId: number;
  title: string | null;
  /** Earliest copy of the story anywhere in the store. */
  origin: { domain: string; published: string; url: string | null };
  /** Members that published it, in time order, with their lag behind the origin in hours. */
  copies: Array<{ domain: string; published: string; lagHours: number; url: string | null }>;
}

export interface NetworkProfile {
  id: number;
  /** "N1: harborcity-ledger.example +3". */
  label: string;
  members: MemberProfile[];
  /** Significant edges inside the network and their total weight. */
  edges: number;
  weight: number;
  /** Number of stories at least two members published, and the first `MAX_LISTED_STORIES` of them in time order. */
  sharedStoryCount: number;
  sharedStories: SharedStory[];
  /** Lag of members' copies behind each shared story's origin: quartiles in hours. */
  lagHours: { p25: number; median: number; p75: number } | null;
  /** Members that publish first, by number of shared stories. */
  firstMovers: Array<{ domain: string; stories: number }>;
  /** Domains outside the network that published shared stories first (where its stories come from). */
  origins: Array<{ domain: string; stories: number }>;
  /** Members' copies of shared stories per day (or per month when they span more than 60 days). */
  activity: Array<{ period: string; copies: number }>;
  /** Sources the members' copies cite (outermost link of each chain), merged across scripts. */
  citedSources: Array<{ name: string; copies: number }>;
}

export interface NetworkResult {
  /** The coordination interval and how it was set. */
  interval: { ms: number; hours: number; estimated: boolean; basis: string };
  options: Required<Omit<NetworkOptions, 'intervalMs' | 'keepCandidates'>>;
  stats: {
    publications: number;
    stories: number;
    multiDomainStories: number;
    domains: number;
    /** Pairs with at least one coordinated co-publication. */
    candidatePairs: number;
    /** Pairs with at least minRepeats, given a p-value. */
    testedPairs: number;
    significantEdges: number;
    networks: number;
  };
  /** Domains in at least one significant edge (plus, with keepCandidates, every candidate's domains). */
  nodes: DomainNode[];
  /** Significant edges (plus, with keepCandidates, the other candidate pairs). */
  edges: CoPublicationEdge[];
  networks: NetworkProfile[];
}
