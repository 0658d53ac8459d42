/**
 * Checks the settings of the network statistic (`rareShare`, `minOverlap`, `minStories`) by
 * cross-validation split by story, so that the defaults are not tuned to one corpus.
 *
 *   node --import tsx scripts/tune-networks.ts [--folds 3] [--repeats 5] [dev folder] [fictional folder]
 *
 * Defaults: ../shared/data/netcorpus-dev and samples/corpus. The publications are built once per
 * corpus both ways `sift eval networks` builds them — on the gold stories, and through a fresh
 * store (`sift ingest`'s loop) — and the statistic is re-run on subsets:
 *
 * - dev stories (each with the independent reports of its event) and the pages without a story are
 *   dealt into folds; for each fold, every setting of the grid is scored on the other folds' pages
 *   (the lower of membership precision and recall, gold and pipeline stories averaged), the best
 *   setting that keeps the fictional corpus at precision and recall 1.000 is chosen (the defaults
 *   unless another scores strictly better), and that setting is scored on the held-out fold's
 *   pages. Repeated over seeded deals; reported pooled (tp/fp/fn summed);
 * - next to it: the defaults and the best setting in-sample, on dev and fictional.
 *
 * Membership on a subset: positives are the domains with a copy among the subset's pages, false
 * positives any other domain of the subset placed in a network.
 */
import { join } from 'node:path';
import { corpusNetworks, membershipOf, scoreNetworks } from '../src/eval/networks.js';
import { loadCorpus } from '../src/corpus/load.js';
import type { Corpus } from '../src/corpus/types.js';
import { shuffled } from '../src/corpus/shuffle.js';
import { DEFAULTS, detectNetworks, type NetworkOptions, type Publication } from '../src/networks/index.js';
import { REPO_ROOT } from '../test/shared.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const K = opt('folds', 3);
const REPEATS = opt('repeats', 5);
const folders = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const devFolder = folders[0] ?? join(REPO_ROOT, '..', 'shared', 'data', 'netcorpus-dev');
const ficFolder = folders[1] ?? join(REPO_ROOT, 'samples', 'corpus');

const label = (o: NetworkOptions): string => `rareShare ${o.rareShare} minOverlap ${o.minOverlap} minStories ${o.minStories}`;
const GRID: NetworkOptions[] = [];
for (const rareShare of [0.05, 0.1, 0.2])
  for (const minOverlap of [0.1, 0.2, 0.3])
    for (const minStories of [1, 2, 3]) GRID.push({ rareShare, minOverlap, minStories });
const DEFAULT: NetworkOptions = { rareShare: DEFAULTS.rareShare, minOverlap: DEFAULTS.minOverlap, minStories: DEFAULTS.minStories };
// The defaults first: a setting replaces them only when it scores strictly better.
GRID.sort((x, y) => Number(label(y) === label(DEFAULT)) - Number(label(x) === label(DEFAULT)));

interface Prepared {
  corpus: Corpus;
  /** Publications per way of building stories, with the corpus id of each. */
  ways: Array<{ name: 'gold' | 'pipeline'; pubs: Publication[]; ids: string[] }>;
}

async function prepare(folder: string): Promise<Prepared> {
  const corpus = loadCorpus(folder);
  const byUrl = new Map(corpus.articles.map((a) => [a.url, a.id]));
  const ways: Prepared['ways'] = [];
  for (const name of ['gold', 'pipeline'] as const) {
    const { publications } = await corpusNetworks(corpus, { goldStories: name === 'gold' });
    const ids = publications.map((p) => byUrl.get(p.url ?? '') ?? '');
    ways.push({ name, pubs: publications, ids });
  }
  return { corpus, ways };
}

/** The corpus restricted to some articles. */
function subset(c: Corpus, keep: ReadonlySet<string>): Corpus {
  return { ...c, articles: c.articles.filter((a) => keep.has(a.id)) };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function run(p: Prepared, keep: ReadonlySet<string> | null, o: NetworkOptions): Array<Counts & { way: string }> {
  const corpus = keep ? subset(p.corpus, keep) : p.corpus;
  return p.ways.map((w) => {
    const pubs = keep ? w.pubs.filter((_, i) => keep.has(w.ids[i]!)) : w.pubs;
    const s = scoreNetworks(corpus, membershipOf(detectNetworks(pubs, o)));
    return { way: w.name, tp: s.membership.tp, fp: s.membership.fp, fn: s.membership.fn };
  });
}

const f1 = (c: Counts): number => (2 * c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
/** The objective: the lower of precision and recall (the acceptance asks for both). */
const minPR = (c: Counts): number => Math.min(c.tp / Math.max(1, c.tp + c.fp), c.tp / Math.max(1, c.tp + c.fn));
const pr = (c: Counts): string => `P ${(c.tp / Math.max(1, c.tp + c.fp)).toFixed(3)} R ${(c.tp / Math.max(1, c.tp + c.fn)).toFixed(3)} F1 ${f1(c).toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
const sum = (xs: Counts[]): Counts => xs.reduce((a, x) => ({ tp: a.tp + x.tp, fp: a.fp + x.fp, fn: a.fn + x.fn }), { tp: 0, fp: 0, fn: 0 });
const mean = (xs: number[]): number => xs.reduce((a, x) => a + x, 0) / xs.length;

const dev = await prepare(devFolder);
const fic = await prepare(ficFolder);
const ficPerfect = new Set(GRID.map((o, i) => (run(fic, null, o).every((c) => c.fp === 0 && c.fn === 0) ? i : -1)).filter((i) => i >= 0));
console.log(`grid: ${GRID.length} settings, ${ficPerfect.size} keep the fictional corpus at 1.000 / 1.000 (gold and pipeline stories)`);

// Units dealt into folds: a story with the independent reports of its event; a page without one alone.
const units = new Map<string, string[]>();
for (const a of dev.corpus.articles) {
  const l = dev.corpus.labels.articles[a.id]!;
  const key = l.event ?? l.story;
  units.set(key, [...(units.get(key) ?? []), a.id]);
}
const cv: Record<'gold' | 'pipeline', Counts[]> = { gold: [], pipeline: [] };
const chosen = new Map<string, number>();
for (let r = 1; r <= REPEATS; r++) {
  const dealt = shuffled([...units.keys()].sort(), r);
  for (let f = 0; f < K; f++) {
    const test = new Set(dealt.filter((_, i) => i % K === f).flatMap((u) => units.get(u)!));
    const train = new Set(dev.corpus.articles.map((a) => a.id).filter((id) => !test.has(id)));
    let best = -1;
    let bestScore = -1;
    GRID.forEach((o, i) => {
      if (!ficPerfect.has(i)) return;
      const score = mean(run(dev, train, o).map(minPR));
      if (score > bestScore + 1e-9) {
        best = i;
        bestScore = score;
      }
    });
    chosen.set(label(GRID[best]!), (chosen.get(label(GRID[best]!)) ?? 0) + 1);
    for (const c of run(dev, test, GRID[best]!)) cv[c.way as 'gold' | 'pipeline'].push(c);
  }
}
console.log(`\nstory-split CV, ${K} folds × ${REPEATS} deals (held-out folds pooled):`);
for (const way of ['gold', 'pipeline'] as const) console.log(`  dev ${way.padEnd(8)} ${pr(sum(cv[way]))}`);
console.log(`  settings chosen: ${[...chosen].map(([l, n]) => `${l} (${n}×)`).join('; ')}`);

const inSample = GRID.map((o, i) => ({ o, i, s: mean(run(dev, null, o).map(minPR)) })).filter((x) => ficPerfect.has(x.i));
console.log('\nin-sample, every setting (dev gold | dev pipeline):');
for (const o of GRID) console.log(`  ${label(o).padEnd(48)} ${run(dev, null, o).map(pr).join(' | ')}`);
inSample.sort((a, b) => b.s - a.s);
for (const [name, o] of [
  ['defaults', DEFAULT],
  ['best in-sample', inSample[0]!.o],
] as const) {
  console.log(`\n${name}: ${label(o)}`);
  for (const c of run(dev, null, o)) console.log(`  dev ${c.way.padEnd(8)} ${pr(c)}`);
  for (const c of run(fic, null, o)) console.log(`  fictional ${c.way.padEnd(8)} ${pr(c)}`);
}
