/**
 * `sift eval networks`: network membership scored against a labelled corpus — any folder with a
 * `pages.jsonl` (shared/data/netcorpus-dev) or `articles.jsonl` + `labels.json` (samples/corpus).
 *
 * Two ways to get the stories the networks are built on:
 * - **pipeline** (default): the corpus is ingested into a fresh store in publication order, as
 *   `sift eval stories` does (`ingestCorpus`), and `sift networks`' statistic runs on the stories
 *   the store ends up with — what a user of `sift ingest` + `sift networks` gets;
 * - **gold stories** (`--gold-stories`): each page's story is its gold label (pages without one are
 *   stories of their own); every other step — dates, origins, the statistic — is the same. An
 *   upper bound that isolates the network statistic from story matching.
 *
 * Scoring, over the corpus's domains:
 * - a **positive** is a domain of a labelled network: a domain with at least one copy labelled with
 *   a network (for pages.jsonl: at least one `rewrite` page; each names its network);
 * - every other domain in a predicted network is a **false positive** — a domain of only
 *   original, independent or negative pages (an agency whose report the copies rewrite included);
 * - membership precision = positives in a network / domains in a network; recall = positives in
 *   a network / positives;
 * - **same-network pairs**: over every two domains, "in the same predicted network" against "in the
 *   same labelled network" (pairwise precision / recall): whether networks are found whole and
 *   kept apart.
 */
import { corpusArticle } from '../corpus/article.js';
import { analyze } from '../analyze.js';
import { detectNetworks, type NetworkOptions, type NetworkResult, type Publication } from '../networks/index.js';
import { domainOf, loadPublications, publicationOf } from '../networks/queries.js';
import { analysisOf } from '../stories/analysis.js';
import { loadCorpus } from '../corpus/load.js';
import type { ArticleKind, Corpus } from '../corpus/types.js';
import { ingestCorpus, type EvalStoriesOptions } from './stories.js';

export interface MembershipScores {
  /** Positive domains (in a labelled network) and domains placed in a predicted network. */
  positives: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface PairScores {
  /** Pairs of domains in the same labelled network, in the same predicted network, and both. */
  gold: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NetworkScores {
  domains: number;
  membership: MembershipScores;
  pairs: PairScores;
  /** Positives in no predicted network. */
  missed: Array<{ domain: string; network: string; copies: number }>;
  /** Other domains in a predicted network, with the kinds of their pages. */
  falsePositives: Array<{ domain: string; network: string; pages: Partial<Record<ArticleKind, number>> }>;
  /** Each predicted network, its members with their labelled network (null for a false positive). */
  networks: Array<{ id: number; label: string; members: Array<{ domain: string; gold: string | null }> }>;
}

export interface NetworksEvalReport extends NetworkScores {
  corpus: string;
  /** Where the stories came from. */
  stories: 'gold' | 'pipeline';
  /** How the pipeline stored the corpus (null with gold stories). */
  pipeline: 'ingest' | 'direct' | null;
  definitions: { positive: string; falsePositive: string; pairs: string };
  articles: number;
  undated: number;
  ingestIssues: number;
  interval: NetworkResult['interval'];
  options: NetworkResult['options'];
  stats: NetworkResult['stats'];
  elapsedMs: number;
}

export const DEFINITIONS = {
  positive: 'a domain with at least one copy labelled with a network (pages.jsonl: at least one rewrite page)',
  falsePositive: 'any other domain placed in a predicted network (only original, independent or negative pages)',
  pairs: 'two domains in the same predicted network vs in the same labelled network, over all pairs of domains',
} as const;

const COPY_KINDS: ReadonlySet<ArticleKind> = new Set(['rewrite', 'verbatim', 'translation']);

/**
 * Labelled network of each positive domain — a domain with at least one copy (rewrite, verbatim or
 * translation) labelled with a network — and how many of its copies are labelled; a domain with
 * copies in two networks belongs to the one most of them name.
 */
export function goldNetworks(corpus: Corpus): Map<string, { network: string; copies: number }> {
  const byDomain = new Map<string, Map<string, number>>();
  for (const a of corpus.articles) {
    const l = corpus.labels.articles[a.id]!;
    const d = domainOf(a);
    if (d === null || !l.network || !COPY_KINDS.has(l.kind)) continue;
    let m = byDomain.get(d);
    if (!m) byDomain.set(d, (m = new Map()));
    m.set(l.network, (m.get(l.network) ?? 0) + 1);
  }
  const out = new Map<string, { network: string; copies: number }>();
  for (const [d, counts] of byDomain) {
    const best = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    out.set(d, { network: best, copies: [...counts.values()].reduce((s, c) => s + c, 0) });
  }
  return out;
}

/** Scores predicted networks (domain → network id and label) against the corpus labels. */
export function scoreNetworks(corpus: Corpus, predicted: ReadonlyMap<string, { id: number; label: string }>): NetworkScores {
  const gold = goldNetworks(corpus);
  const pagesOf = new Map<string, Partial<Record<ArticleKind, number>>>();
  for (const a of corpus.articles) {
    const d = domainOf(a);
    if (d === null) continue;
    const kinds = pagesOf.get(d) ?? {};
    const k = corpus.labels.articles[a.id]!.kind;
    kinds[k] = (kinds[k] ?? 0) + 1;
    pagesOf.set(d, kinds);
  }
  const domains = [...new Set([...pagesOf.keys(), ...gold.keys(), ...predicted.keys()])].sort();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const missed: NetworkScores['missed'] = [];
  const falsePositives: NetworkScores['falsePositives'] = [];
  for (const d of domains) {
    const g = gold.get(d);
    const p = predicted.get(d);
    if (g && p) tp++;
    else if (p) {
      fp++;
      falsePositives.push({ domain: d, network: p.label, pages: pagesOf.get(d) ?? {} });
    } else if (g) {
      fn++;
      missed.push({ domain: d, network: g.network, copies: g.copies });
    }
  }
  let pg = 0;
  let pp = 0;
  let ptp = 0;
  for (let i = 0; i < domains.length; i++) {
    const gi = gold.get(domains[i]!)?.network;
    const pi = predicted.get(domains[i]!)?.id;
    if (gi === undefined && pi === undefined) continue;
    for (let j = i + 1; j < domains.length; j++) {
      const g = gi !== undefined && gold.get(domains[j]!)?.network === gi;
      const p = pi !== undefined && predicted.get(domains[j]!)?.id === pi;
      if (g) pg++;
      if (p) pp++;
      if (g && p) ptp++;
    }
  }
  const networks = new Map<number, NetworkScores['networks'][number]>();
  for (const [d, p] of predicted) {
    let n = networks.get(p.id);
    if (!n) networks.set(p.id, (n = { id: p.id, label: p.label, members: [] }));
    n.members.push({ domain: d, gold: gold.get(d)?.network ?? null });
  }
  for (const n of networks.values()) n.members.sort((x, y) => (x.domain < y.domain ? -1 : 1));
  return {
    domains: domains.length,
    membership: { positives: gold.size, predicted: predicted.size, tp, fp, fn, ...prf(tp, tp + fp, tp + fn) },
    pairs: { gold: pg, predicted: pp, tp: ptp, ...prf(ptp, pp, pg) },
    missed,
    falsePositives: falsePositives,
    networks: [...networks.values()].sort((x, y) => x.id - y.id),
  };
}

function prf(tp: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  return { precision: round(precision), recall: round(recall), f1: precision + recall === 0 ? 0 : round((2 * precision * recall) / (precision + recall)) };
}

/**
 * Publications on the gold stories: each article's story is its label (an unlabelled page is
 * already a story of its own, see pages.ts), its domain, date at its precision and the names it
 * gives from Sift's own analysis — only the story grouping comes from the labels.
 */
export function goldPublications(corpus: Corpus): Publication[] {
  const storyIndex = new Map<string, number>();
  const out: Publication[] = [];
  corpus.articles.forEach((a, i) => {
    const domain = domainOf(a);
    if (domain === null) return;
    const label = corpus.labels.articles[a.id]!.story;
    let s = storyIndex.get(label);
    if (s === undefined) storyIndex.set(label, (s = storyIndex.size + 1));
    const article = corpusArticle(corpus, a);
    const analysis = analysisOf(analyze(article));
    out.push(publicationOf(i + 1, s, domain, { published: a.published, url: a.url, title: a.title, text: a.text, analysis }));
  });
  return out;
}

export interface EvalNetworksOptions extends EvalStoriesOptions {
  /** Build the networks on the gold stories instead of the stories the pipeline finds. */
  goldStories?: boolean;
  /** Settings of the statistic (default: `sift networks`' defaults). */
  options?: NetworkOptions;
}

/** Networks of the pages of a labelled corpus, from gold stories or through a fresh store. */
export async function corpusNetworks(corpus: Corpus, opts: EvalNetworksOptions = {}): Promise<{ result: NetworkResult; pipeline: 'ingest' | 'direct' | null; issues: number; publications: Publication[] }> {
  if (opts.goldStories) {
    const publications = goldPublications(corpus);
    return { result: detectNetworks(publications, opts.options ?? {}), pipeline: null, issues: 0, publications };
  }
  const ing = await ingestCorpus(corpus, opts);
  try {
    const { publications } = await loadPublications(ing.store);
    return { result: detectNetworks(publications, opts.options ?? {}), pipeline: ing.pipeline, issues: ing.issues, publications };
  } finally {
    await ing.close();
  }
}

/** Predicted network of each domain. */
export function membershipOf(result: NetworkResult): Map<string, { id: number; label: string }> {
  const out = new Map<string, { id: number; label: string }>();
  for (const n of result.networks) for (const m of n.members) out.set(m.domain, { id: n.id, label: n.label });
  return out;
}

export async function evalNetworks(folder: string, opts: EvalNetworksOptions = {}): Promise<NetworksEvalReport> {
  const started = performance.now();
  const corpus = loadCorpus(folder);
  const { result, pipeline, issues } = await corpusNetworks(corpus, opts);
  const scores = scoreNetworks(corpus, membershipOf(result));
  return {
    corpus: corpus.folder,
    stories: opts.goldStories ? 'gold' : 'pipeline',
    pipeline,
    definitions: { ...DEFINITIONS },
    articles: corpus.articles.length,
    undated: corpus.articles.filter((a) => a.published === undefined).length,
    ingestIssues: issues,
    ...scores,
    interval: result.interval,
    options: result.options,
    stats: result.stats,
    elapsedMs: Math.round(performance.now() - started),
  };
}

// ---------------------------------------------------------------------------------------------
// Table

const f3 = (x: number): string => x.toFixed(3);

export function networksEvalTable(r: NetworksEvalReport): string {
  const m = r.membership;
  const p = r.pairs;
  let out = `Networks on ${r.corpus}: ${r.articles} articles (${r.undated} undated), ${r.domains} domains, ${m.positives} in labelled networks; stories: ${r.stories === 'gold' ? 'gold labels' : `pipeline (${r.pipeline})`}\n`;
  out += `  coordination interval ${r.interval.hours} h; ${r.stats.origins} copies set aside as origins; ${r.stats.significantEdges} edges of ${r.stats.candidatePairs} co-publishing pairs; ${r.stats.networks} networks\n`;
  out += `  ${''.padEnd(26)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}\n`;
  // From the counts, not the rounded fields (0.98148 prints 0.981, not 0.982).
  const row = (tp: number, predicted: number, gold: number): string => {
    const pr = prf(tp, predicted, gold);
    const exact = { p: predicted === 0 ? 0 : tp / predicted, r: gold === 0 ? 0 : tp / gold };
    return `${f3(exact.p).padStart(7)}${f3(exact.r).padStart(7)}${f3(pr.f1).padStart(7)}`;
  };
  out += `  ${'membership'.padEnd(26)}${row(m.tp, m.tp + m.fp, m.tp + m.fn)}  tp ${m.tp}, fp ${m.fp}, fn ${m.fn}\n`;
  out += `  ${'same-network pairs'.padEnd(26)}${row(p.tp, p.predicted, p.gold)}  tp ${p.tp}, gold ${p.gold}, predicted ${p.predicted}\n`;
  out += `  positive: ${r.definitions.positive}; false positive: ${r.definitions.falsePositive}\n`;
  if (r.missed.length > 0) out += `  missed (${r.missed.length}): ${r.missed.map((x) => `${x.domain} [${x.network}, ${x.copies}]`).join(', ')}\n`;
  if (r.falsePositives.length > 0) {
    out += `  false positives (${r.falsePositives.length}): ${r.falsePositives.map((x) => `${x.domain} [${Object.entries(x.pages).map(([k, c]) => `${c} ${k}`).join(', ')}]`).join(', ')}\n`;
  }
  for (const n of r.networks) {
    const byGold = new Map<string, number>();
    for (const x of n.members) byGold.set(x.gold ?? '(none)', (byGold.get(x.gold ?? '(none)') ?? 0) + 1);
    out += `  ${n.label}: ${n.members.length} domains — ${[...byGold].map(([g, c]) => `${c} ${g}`).join(', ')}\n`;
  }
  if (r.ingestIssues) out += `  warning: ingest reported ${r.ingestIssues} issue(s)\n`;
  out += `  (${r.elapsedMs} ms)\n`;
  return out;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
