/** Shapes shared by the network stages. */
import type { DatePrecision, DateSource } from '../article/date.js';

/** One article placed on a story by a domain at a time (what the network stages read from the store). */
export interface Publication {
  articleId: number;
  storyId: number;
  domain: string;
  /**
   * Publication time, ms since the epoch: the start of the period the date names (a day for
   * `2025-06-21`), or null when the page gives no date — an undated copy still places its domain
   * on the story; only its time is unknown.
   */
  time: number | null;
  /** Length of that period in ms: 0 for a full timestamp, a day for a date (default 0). */
  precisionMs?: number;
  /**
   * How precise the stored date is (`year` | `month` | `day` | `time`), and where it came from
   * (`metadata` | `url` | `text`): src/article/date.ts. Absent for undated or synthetic input.
   */
  precision?: DatePrecision;
  dateSource?: DateSource;
  url?: string;
  title?: string;
  /** The outermost source of each attribution chain in the article (the outlet or person it cites). */
  sources: string[];
  /**
   * Every outlet, organisation or source the copy names (all links of its attribution chains and
   * the outlets and organisations it mentions): a copy of the story on the domain of one of them
   * is the story's origin, not a co-publisher (see origin.ts).
   */
  names?: string[];
  /** The outlet the page's wire dateline credits ("/TASS/"), if any: on that outlet's own site the page is the story's origin. */
  credit?: string;
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
  /**
   * Domain index, publication time (ms, start of its period; NaN when undated), length of that
   * period (ms, 0 for a timestamp) and index in the input of each story's first copy per domain.
   * Within a story the dated copies come first, by the middle of their period, then the undated.
   */
  copyDomain: Int32Array;
  copyTime: Float64Array;
  copyPrecision: Float64Array;
  copyRow: Int32Array;
  /** 1 when the copy is its story's origin: its domain belongs to an outlet another copy names. */
  copyOrigin: Uint8Array;
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
  /** Coordinated co-publications a pair needs at least on the repeated path (default 3). */
  minRepeats?: number;
  /**
   * A story is rare when at most this share of the store's other domains co-publish it
   * ((n − 1) ≤ share × (D − 1)); one rare shared story can make an edge (default 0.1).
   */
  rareShare?: number;
  /**
   * Rare path: shared stories / √(stories of a × stories of b) at least this (default 0.1) — the
   * overlap must be a real part of what both publish, so that busy outlets meeting once stay apart.
   */
  minOverlap?: number;
  /** Smallest number of stories a network's members share (at least two of them each; default 2). */
  minStories?: number;
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

/**
 * A pair of domains that published copies of the same stories, none of them known to be further
 * apart in time than the coordination interval.
 */
export interface CoPublicationEdge {
  source: string;
  target: string;
  /** Stories both published, not known to be further apart than the interval (undated copies count). */
  coordinated: number;
  /** Of those, stories where both copies are dated (and so shown to be within the interval). */
  dated: number;
  /** Of those, rare stories (co-published by at most `rareShare` of the store's domains). */
  rare: number;
  /** coordinated / √(stories of source × stories of target). */
  overlap: number;
  /** Σ over those stories of 1/(co-publishers − 1) × time factor (2 × closeness when both are dated, 1 when not). */
  weight: number;
  /** Mean gap between the two copies over the dated coordinated stories, in hours (null when none is dated). */
  meanGapHours: number | null;
  /** Coarsest precision of the dates behind that gap (a "0 h" gap between two dates given to the day means "the same day"). */
  gapPrecision: TimePrecision | null;
  /** Hypergeometric P(overlap ≥ coordinated) given each domain's number of stories; BH-adjusted q (1 when not tested). */
  p: number;
  q: number;
  significant: boolean;
  /** Why the pair is an edge: repeated co-publication beyond chance, or a rare story with a real overlap; null when not. */
  basis: 'repeated' | 'rare' | null;
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

/** Precision of a publication time: a full timestamp, or only the day, month or year. */
export type TimePrecision = 'exact' | 'day' | 'month' | 'year';

/** Stories a member shares with one other member. */
export interface PartnerShare {
  domain: string;
  /** Stories both published. */
  stories: number;
  /** Of those, stories where both copies are dated. */
  dated: number;
  /** Median gap between their dated copies, in hours, at the coarser precision of the two (null when none is dated). */
  medianGapHours: number | null;
}

export interface MemberProfile {
  domain: string;
  stories: number;
  /** Of the network's shared stories, how many it published. */
  sharedStories: number;
  /** Of those, how many of its copies are dated. */
  datedStories: number;
  /** Median lag of its dated copies behind each story's earliest dated copy, in hours (null when none is dated). */
  medianLagHours: number | null;
  /** Shared stories in which its copy came before every other member copy (all dated; a tie at the dates' precision counts for no one). */
  firstMover: number;
  strength: number;
  /** The other members it shares stories with, most stories first. */
  partners: PartnerShare[];
}

export interface SharedStory {
  storyId: number;
  title: string | null;
  /**
   * Where the story comes from: a copy on the domain of an outlet the other copies name (`cited`),
   * else its earliest dated copy anywhere in the store (`earliest`); null when neither is known.
   */
  origin: { domain: string; published: string | null; url: string | null; basis: 'cited' | 'earliest' } | null;
  /**
   * Members that published it — dated copies in time order, then the undated — with the date as
   * given (at its precision) and the lag behind the story's earliest dated copy in hours.
   */
  copies: Array<{ domain: string; published: string | null; precision: TimePrecision | null; lagHours: number | null; url: string | null }>;
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
  /** Members' copies of the shared stories, dated and undated, and the precision of the dated ones. */
  copies: { dated: number; undated: number; precision: Record<TimePrecision, number> };
  /** Lag of members' dated copies behind each shared story's earliest dated copy: quartiles in hours. */
  lagHours: { p25: number; median: number; p75: number } | null;
  /** Members that publish first, by number of shared stories. */
  firstMovers: Array<{ domain: string; stories: number }>;
  /** Domains outside the network its shared stories come from (cited origin, else earliest dated copy). */
  origins: Array<{ domain: string; stories: number }>;
  /** Members' dated copies of shared stories per day (or per month when they span more than 60 days). */
  activity: Array<{ period: string; copies: number }>;
  /** Sources the members' copies cite (outermost link of each chain), merged across scripts. */
  citedSources: Array<{ name: string; copies: number }>;
}

export interface NetworkResult {
  /**
   * The coordination interval and how it was set; `precisionFloorHours` is the date precision it
   * was not allowed to fall below (0 when the times it was estimated on are full timestamps).
   */
  interval: { ms: number; hours: number; estimated: boolean; basis: string; precisionFloorHours: number };
  options: Required<Omit<NetworkOptions, 'intervalMs' | 'keepCandidates'>>;
  stats: {
    publications: number;
    /** Publications without a date (placed on their story, time unknown). */
    undated: number;
    stories: number;
    multiDomainStories: number;
    domains: number;
    /** Copies set aside as their story's origin (on the domain of an outlet another copy names). */
    origins: number;
    /** Pairs with at least one co-published story not known to be apart in time. */
    candidatePairs: number;
    /** Pairs with at least minRepeats, given a BH-adjusted p-value. */
    testedPairs: number;
    significantEdges: number;
    /** Communities left out for sharing fewer than minStories stories. */
    smallCommunities: number;
    networks: number;
  };
  /** Domains in at least one significant edge (plus, with keepCandidates, every candidate's domains). */
  nodes: DomainNode[];
  /** Significant edges (plus, with keepCandidates, the other candidate pairs). */
  edges: CoPublicationEdge[];
  networks: NetworkProfile[];
}
