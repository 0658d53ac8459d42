/**
 * Networks benchmark: building the co-publication graph and its communities for 1M articles over
 * 10k domains (synthetic story → domain assignments; the store read is not timed).
 *
 *   node --import tsx bench/networks.ts [--articles 1000000] [--domains 10000] [--reps 3]
 *
 * The synthetic corpus: 50 planted networks of 8 domains, each network copying 300 stories within
 * 0.5–4 h of an origin outlet; 2,000 popular stories copied by 20–100 random domains over 48 h;
 * the rest single- to three-domain stories at random times over a year. One untimed warm-up run,
 * then `reps` timed runs of detectNetworks (table → interval → pairs → test → Louvain → profiles).
 * Reported: seconds per run (median, min), and how many planted network domains were found.
 * Target: ≤ 10 s.
 */
import { detectNetworks } from '../src/networks/index.js';
import type { PublicationColumns } from '../src/networks/01-table.js';
import { seededRandom } from '../src/random.js';

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

const ARTICLES = arg('articles', 1_000_000);
const DOMAINS = arg('domains', 10_000);
const REPS = arg('reps', 3);
const H = 3_600_000;
const YEAR = 365 * 24 * H;

function synth(): { cols: PublicationColumns; planted: Map<string, number> } {
  const rnd = seededRandom(42);
  const story: number[] = [];
  const domain: number[] = [];
  const time: number[] = [];
  let s = 0;
  const add = (st: number, d: number, t: number): void => {
    story.push(st);
    domain.push(d);
    time.push(t);
  };
  const planted = new Map<string, number>();
  const NETWORKS = 50;
  const SIZE = 8;
  for (let n = 0; n < NETWORKS; n++) {
    const origin = DOMAINS - 1 - (n % 10); // ten origin outlets
    for (let k = 0; k < SIZE; k++) planted.set(`d${n * SIZE + k}.example`, n);
    for (let j = 0; j < 300; j++) {
      const t = rnd() * YEAR;
      add(s, origin, t);
      for (let k = 0; k < SIZE; k++) add(s, n * SIZE + k, t + (0.5 + rnd() * 3.5) * H);
      s++;
    }
  }
  for (let j = 0; j < 2000; j++) {
    const t = rnd() * YEAR;
    const n = 20 + Math.floor(rnd() * 80);
    for (let k = 0; k < n; k++) add(s, Math.floor(rnd() * DOMAINS), t + rnd() * 48 * H);
    s++;
  }
  while (story.length < ARTICLES) {
    const t = rnd() * YEAR;
    const n = 1 + Math.floor(rnd() * rnd() * 3);
    for (let k = 0; k < n && story.length < ARTICLES; k++) add(s, NETWORKS * SIZE + Math.floor(rnd() * (DOMAINS - NETWORKS * SIZE)), t + rnd() * 72 * H);
    s++;
  }
  const names = Array.from({ length: DOMAINS }, (_, i) => `d${i}.example`);
  const st = Int32Array.from(story);
  const dm = Int32Array.from(domain);
  const tm = Float64Array.from(time);
  return { cols: { length: st.length, storyId: (i) => st[i]!, domain: (i) => names[dm[i]!]!, time: (i) => tm[i]! }, planted };
}

const { cols, planted } = synth();
console.log(`synthetic corpus: ${cols.length} articles, ${DOMAINS} domains`);
const warm = detectNetworks(cols);
const times: number[] = [];
for (let r = 0; r < REPS; r++) {
  const t0 = performance.now();
  detectNetworks(cols);
  times.push((performance.now() - t0) / 1000);
}
const found = new Set(warm.networks.flatMap((n) => n.members.map((m) => m.domain)));
const hit = [...planted.keys()].filter((d) => found.has(d)).length;
times.sort((a, b) => a - b);
const result = {
  articles: cols.length,
  domains: DOMAINS,
  stories: warm.stats.stories,
  multiDomainStories: warm.stats.multiDomainStories,
  candidatePairs: warm.stats.candidatePairs,
  significantEdges: warm.stats.significantEdges,
  networks: warm.stats.networks,
  intervalHours: warm.interval.hours,
  plantedFound: `${hit}/${planted.size}`,
  otherDomainsInNetworks: found.size - hit,
  secondsMedian: Number(times[Math.floor(times.length / 2)]!.toFixed(2)),
  secondsMin: Number(times[0]!.toFixed(2)),
  reps: REPS,
  peakRssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
  target: '≤ 10 s',
};
console.log(JSON.stringify(result, null, 2));
