/**
 * Story benchmarks on SQLite: ingest rate, matchStory latency, memory, store size and B-cubed
 * F1 over the fictional story stream of bench/stories-corpus.ts at given corpus sizes.
 *
 *   npm run bench:stories -- --sizes 10000,100000 [--sample 2000] [--db-dir DIR] [--keep]
 *   npm run bench:stories -- --sizes 1000000 --lookup-only [--bulk real|synthetic] [--workers 2]
 *        [--warmup 500] [--profile DIR] [--out bench/results/stories-latest.json]
 *
 * Every size runs against a fresh SQLite file, in fresh child processes (so peak RSS is that
 * size's own). Sizes accept 10k / 1m.
 *
 * **full** (default) — every article through `sift ingest`'s own loop (`ingestItems`, src/ingest/
 * run.ts): key check → `analyze` + `analysisOf` + `fingerprint` in a worker thread running ahead →
 * matching (`matchFingerprint`) → `insertArticle` in write batches, in input order. Generating the
 * articles (on the main thread) is excluded from the rates and reported apart.
 *
 * **lookup-only** — for sizes the full pipeline cannot reach in the time available. Two processes:
 *  1. bulk: the first N − sample − warmup articles are BULK-LOADED as fast as possible, each
 *     fingerprinted and inserted with its GOLD story (the generator's label — no matcher call):
 *       --bulk real       (default) `analyze` → `fingerprint` → `analysisOf` in worker threads, in
 *                         publication order: the store holds the real anchors and stored analysis;
 *       --bulk synthetic  no analysis at all: anchors from the generator's known facts
 *                         (bench/stories-synth.ts); their fidelity to real fingerprints is measured.
 *  2. measure: a fresh process opens that store and runs the real pipeline (ingestItems, as in
 *     full mode, with its analysis worker and write batches) over the remaining warmup + sample articles; the last `sample` give the latency,
 *     rate and time split at size N, and this process's peak RSS is the memory number.
 *
 * Results are merged by mode and size into --out, and printed as a table; every number says
 * which mode produced it.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ReadyItem } from '../src/ingest/types.js';
import type { StoredEvent } from '../src/ingest/run.js';
import type { ArticleAnalysis, NewArticle, Store, StoryAssignment } from '../src/store/types.js';
import { Digest, STORIES_SEED, stream, type GenArticle, type Kind } from './stories-corpus.js';
import { FidelityMeter, syntheticAnchors, type Fidelity } from './stories-synth.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');

/** Targets from issue 3 (2-core machine). */
export const TARGETS = { ingest_per_second: 500, lookup_p50_ms: 5, lookup_p99_ms: 50, peak_rss_mb: 2048, at_size: 1_000_000 } as const;

type Mode = 'full' | 'lookup-only';
type Bulk = 'real' | 'synthetic';
type Phase = 'full' | 'bulk' | 'measure';

interface Options {
  sizes: number[];
  sample: number;
  warmup: number;
  dbDir: string;
  keep: boolean;
  mode: Mode;
  bulk: Bulk;
  workers: number;
  out: string;
  seed: number;
  profile: string | undefined;
  /** Internal: the phase this child process runs, for one size, and where its result goes. */
  child: { phase: Phase; size: number; result: string } | undefined;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    sizes: [10_000],
    sample: 2000,
    warmup: 500,
    // Not named sift-*: a /tmp/sift-* folder vanished mid-run once (clean-ups of other jobs on a shared machine).
    dbDir: join(tmpdir(), 'bench-stories-sift'),
    keep: false,
    mode: 'full',
    bulk: 'real',
    workers: Math.max(1, cpus().length),
    out: resolve(HERE, 'results', 'stories-latest.json'),
    seed: STORIES_SEED,
    profile: undefined,
    child: undefined,
  };
  let phase: Phase | undefined;
  let result: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = (): string => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${a} needs a value`);
      return x;
    };
    if (a === '--sizes') o.sizes = v().split(',').map(parseSize);
    else if (a === '--sample') o.sample = Number(v());
    else if (a === '--warmup') o.warmup = Number(v());
    else if (a === '--db-dir') o.dbDir = resolve(v());
    else if (a === '--keep') o.keep = true;
    else if (a === '--lookup-only') o.mode = 'lookup-only';
    else if (a === '--bulk') {
      const b = v();
      if (b !== 'real' && b !== 'synthetic') throw new Error('--bulk is real or synthetic');
      o.bulk = b;
    } else if (a === '--workers') o.workers = Math.max(1, Number(v()));
    else if (a === '--out') o.out = resolve(v());
    else if (a === '--seed') o.seed = Number(v());
    else if (a === '--profile') o.profile = resolve(v());
    else if (a === '--child-phase') phase = v() as Phase;
    else if (a === '--child-result') result = v();
    else throw new Error(`unknown option ${a} (see the comment at the top of bench/stories.ts)`);
  }
  if (!o.sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error('--sizes needs positive integers, e.g. 10000,100000,1000000 (or 10k,100k,1m)');
  if (!Number.isInteger(o.sample) || o.sample < 1) throw new Error('--sample needs a positive integer');
  if (!Number.isInteger(o.warmup) || o.warmup < 0) throw new Error('--warmup needs a non-negative integer');
  if (phase !== undefined && result !== undefined) o.child = { phase, size: o.sizes[0], result };
  return o;
}

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) return NaN;
  const unit = m[2].toLowerCase();
  return Math.round(Number(m[1]) * (unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : 1));
}

// ------------------------------------------------------------------ result shape

interface Dist {
  n: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

interface Split {
  /** Mean wall-clock ms per article (see split()). */
  analyze: number;
  match: number;
  insert: number;
  other: number;
  total: number;
}

interface Machine {
  cpus: number;
  cpu: string;
  mem_gb: number;
  node: string;
  platform: string;
  loadavg_start: number[];
  loadavg_end?: number[];
}

interface Quality {
  /** Over all articles (full) or over the measured articles' decisions (lookup-only; the bulk is gold). */
  scope: 'all' | 'measured';
  bcubed?: { precision: number; recall: number; f1: number };
  stories_predicted?: number;
  /** Lookup-only: share of measured articles whose decision matched gold (joined the story their gold story is stored as, or started one when it had none). */
  decision_accuracy?: number;
  /** Share of rewrites / copies / translations placed in their original's predicted story. */
  joined_original: Record<string, { n: number; joined: number; share: number }>;
  /** Predicted stories holding two or more gold stories. */
  mixed_predicted: number;
  /** Independent reports (measured) whose predicted story also holds another gold story. */
  independent_merged: number;
}

export interface SizeResult {
  mode: Mode;
  size: number;
  sample: number;
  seed: number;
  corpus: { digest: string | null; words_mean: number | null; gold_stories: number; by_kind: Record<string, number>; by_lang: Record<string, number> };
  /** Lookup-only: how the first articles were loaded (gold stories, not the matcher's decisions). */
  bulk?: { fingerprints: Bulk; story_assignment: 'gold'; articles: number; seconds: number; rate: number; workers?: number; transactions: string; peak_rss_mb: number; fidelity?: Fidelity };
  /** Lookup-only: articles through the real pipeline before the measured sample (not measured). */
  warmup?: number;
  ingest: {
    /** Articles/s through sift ingest's loop (key check, analysis in a worker, match, batched insert; generation excluded). */
    measured_on: 'all' | 'sample';
    articles: number;
    rate: number;
    /** Over the last 10 % of the articles measured. */
    rate_last10: number;
    /** Articles per CPU second of this process (user + system, all threads: the analysis worker too). */
    cpu_rate: number;
    split_ms: Split;
    split_ms_last10: Split;
    /** Full mode: rate and mean matchStory ms in each tenth of the stream. */
    by_decile?: Array<{ upto: number; rate: number; match_ms: number; insert_ms: number }>;
    generation_ms_per_article: number;
    wall_seconds: number;
  };
  /** matchStory latency (wall-clock ms) over the last `sample` articles, at the target size. */
  match_ms: Dist;
  insert_ms: Dist;
  analyze_ms: Dist;
  /** Peak RSS of the process that ran the real pipeline (maxRSS). */
  peak_rss_mb: number;
  db: { bytes: number; mb: number; bytes_per_article: number };
  quality: Quality;
  profile?: string;
  machine: Machine;
  commit: string;
  dirty: string[];
  started: string;
  finished: string;
}

/** What one child process hands back. */
interface PhaseResult {
  phase: Phase;
  partial: Partial<SizeResult>;
}

function machine(): Machine {
  const c = cpus();
  return { cpus: c.length, cpu: c[0]?.model ?? 'unknown', mem_gb: Math.round((totalmem() / 2 ** 30) * 10) / 10, node: process.version, platform: `${process.platform}-${process.arch}`, loadavg_start: loadavg() };
}

function loadavg(): number[] {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  } catch {
    return [];
  }
}

function dist(xs: Float64Array): Dist {
  const s = Float64Array.from(xs).sort();
  const n = s.length;
  if (n === 0) return { n: 0, mean: 0, p50: 0, p90: 0, p99: 0, max: 0 };
  const q = (p: number): number => s[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))];
  let sum = 0;
  for (const x of s) sum += x;
  return { n, mean: r3(sum / n), p50: r3(q(0.5)), p90: r3(q(0.9)), p99: r3(q(0.99)), max: r3(s[n - 1]) };
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * The code measured: commit and uncommitted paths under src/ and bench/, read when the process
 * starts (the tree may change while a long run goes on). Runs from an export without .git
 * (e.g. `git archive`, to pin the code while others work in the tree) take SIFT_BENCH_COMMIT.
 */
function gitInfo(): { commit: string; dirty: string[] } {
  const pinned = process.env['SIFT_BENCH_COMMIT'];
  if (pinned) return { commit: pinned, dirty: [] };
  try {
    const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain -- src bench', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3));
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: [] };
  }
}

function log(msg: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

const dbPathOf = (o: Options, size: number): string => join(o.dbDir, `stories-${o.mode}${o.mode === 'lookup-only' ? `-${o.bulk}` : ''}-${size}.db`);
const dbFiles = (path: string): string[] => [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];
const bulkFile = (path: string): string => `${path}.bulk-stories.bin`;

// ------------------------------------------------------------------ quality

/** B-cubed (the definition of src/eval/bcubed.ts) over integer labels, without string maps. */
function bcubedInt(gold: Int32Array, pred: Int32Array, n: number): { precision: number; recall: number; f1: number } {
  const gSize = new Map<number, number>();
  const pSize = new Map<number, number>();
  const cell = new Map<number, number>();
  const key = (g: number, p: number): number => g * 4_294_967_296 + p;
  for (let i = 0; i < n; i++) {
    gSize.set(gold[i], (gSize.get(gold[i]) ?? 0) + 1);
    pSize.set(pred[i], (pSize.get(pred[i]) ?? 0) + 1);
    const k = key(gold[i], pred[i]);
    cell.set(k, (cell.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const c = cell.get(key(gold[i], pred[i]))!;
    p += c / pSize.get(pred[i])!;
    r += c / gSize.get(gold[i])!;
  }
  const precision = p / n;
  const recall = r / n;
  return { precision: r4(precision), recall: r4(recall), f1: r4(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)) };
}

const KIND_CODE: Record<Kind, number> = { original: 0, rewrite: 1, copy: 2, translation: 3, independent: 4, unrelated: 5 };
const KIND_NAME = Object.keys(KIND_CODE) as Kind[];
const FIRST_OF_STORY = new Set([KIND_CODE.original, KIND_CODE.independent, KIND_CODE.unrelated]);

/** Story-level checks; the per-article ones count articles in [from, n). */
function storyChecks(gold: Int32Array, pred: Int32Array, kind: Uint8Array, from: number, n: number): Pick<Quality, 'joined_original' | 'mixed_predicted' | 'independent_merged'> {
  const originalPred = new Map<number, number>();
  for (let i = 0; i < n; i++) if (FIRST_OF_STORY.has(kind[i]) && !originalPred.has(gold[i])) originalPred.set(gold[i], pred[i]);
  const joined: Record<string, { n: number; joined: number; share: number }> = {};
  for (const k of ['rewrite', 'copy', 'translation']) joined[k] = { n: 0, joined: 0, share: 0 };
  for (let i = from; i < n; i++) {
    const j = joined[KIND_NAME[kind[i]]];
    if (!j) continue;
    j.n++;
    if (pred[i] === originalPred.get(gold[i])) j.joined++;
  }
  for (const j of Object.values(joined)) j.share = j.n ? r4(j.joined / j.n) : 0;
  const goldOf = new Map<number, number>(); // predicted story → its one gold story, or −1 when it mixes several
  for (let i = 0; i < n; i++) {
    const g = goldOf.get(pred[i]);
    if (g === undefined) goldOf.set(pred[i], gold[i]);
    else if (g !== gold[i]) goldOf.set(pred[i], -1);
  }
  let mixed = 0;
  for (const g of goldOf.values()) if (g === -1) mixed++;
  let independentMerged = 0;
  for (let i = from; i < n; i++) if (kind[i] === KIND_CODE.independent && goldOf.get(pred[i]) === -1) independentMerged++;
  return { joined_original: joined, mixed_predicted: mixed, independent_merged: independentMerged };
}

/**
 * Share of articles in [lo, hi) whose decision was right: joined the story their gold story was
 * first stored as, or — for the first article of a gold story — started a story of its own.
 */
function decisionAccuracy(gold: Int32Array, pred: Int32Array, lo: number, hi: number): number {
  const storedAs = new Map<number, number>();
  const stories = new Set<number>();
  for (let i = 0; i < lo; i++) {
    if (!storedAs.has(gold[i])) storedAs.set(gold[i], pred[i]);
    stories.add(pred[i]);
  }
  let right = 0;
  for (let i = lo; i < hi; i++) {
    const s = storedAs.get(gold[i]);
    if (s === undefined) {
      if (!stories.has(pred[i])) right++;
      storedAs.set(gold[i], pred[i]);
    } else if (s === pred[i]) right++;
    stories.add(pred[i]);
  }
  return r4(right / Math.max(1, hi - lo));
}

// ------------------------------------------------------------------ shared per-process state

interface Labels {
  gold: Int32Array;
  pred: Int32Array;
  kind: Uint8Array;
  byKind: Record<string, number>;
  byLang: Record<string, number>;
}

function labels(size: number): Labels {
  return { gold: new Int32Array(size), pred: new Int32Array(size).fill(-1), kind: new Uint8Array(size), byKind: {}, byLang: {} };
}

/** The article stream with labels recorded and generation time and digest kept apart. */
class Source {
  genMs = 0;
  words = 0;
  rendered = 0;
  readonly digest = new Digest();
  private readonly gen: Generator<GenArticle>;
  constructor(
    seed: number,
    private readonly l: Labels,
    skipTextBelow = 0,
  ) {
    this.gen = stream(seed, { skipTextBelow });
  }
  next(): GenArticle {
    const t0 = performance.now();
    const a = this.gen.next().value as GenArticle;
    // The generator builds texts by concatenation (V8 ropes); real inputs arrive decoded from
    // bytes, as flat strings. Flattening here keeps that cost in generation, not in ingest (the
    // analysis worker's postMessage would otherwise flatten each text on the main thread).
    if (a.text !== '') a.text = Buffer.from(a.text, 'utf8').toString('utf8');
    this.genMs += performance.now() - t0;
    if (a.text !== '') {
      this.digest.add(a);
      this.words += a.words;
      this.rendered++;
    }
    const l = this.l;
    l.byKind[a.kind] = (l.byKind[a.kind] ?? 0) + 1;
    l.byLang[a.lang] = (l.byLang[a.lang] ?? 0) + 1;
    l.gold[a.n] = a.gold;
    l.kind[a.n] = KIND_CODE[a.kind];
    return a;
  }
}

function newArticleOf(a: GenArticle, analysis: ArticleAnalysis): NewArticle {
  return { key: a.url, url: a.url, domain: a.domain, title: a.title, published: a.published, lang: a.lang, text: a.text, origin: `bench:stories:${a.id}`, analysis };
}

/** What the store keeps of an analysis, built from the generator's facts (synthetic bulk only). */
function syntheticAnalysis(a: GenArticle): ArticleAnalysis {
  const facts: ArticleAnalysis['facts'] = [];
  const seen = new Set<string>();
  for (const [type, list] of [['name', a.facts.names], ['number', a.facts.numbers], ['date', a.facts.dates]] as const) {
    for (const text of list) {
      const k = `${type}:${text}`;
      if (seen.has(k)) continue;
      seen.add(k);
      facts.push({ type, text, key: text.toLowerCase() });
    }
  }
  return { chains: a.facts.chains, sources: [...new Set(a.facts.chains.flat())], attributions: a.facts.chains.length, hedged: 0, unsourced: 0, facts, sentences: a.text.split(/[.!?»"]\s/).length };
}

// ------------------------------------------------------------------ the real pipeline over [from, size)

interface Timings {
  /** Analysis wall ms per article, in the worker thread (overlapped with the main thread's work). */
  analyze: Float64Array;
  match: Float64Array;
  insert: Float64Array;
  /** When each article was stored (performance.now()), and the generation ms spent by then. */
  done: Float64Array;
  genAt: Float64Array;
  /** When the run started, and the generation ms spent by then. */
  t0: number;
  gen0: number;
}

/**
 * Mean wall ms per article over articles [from, to): total is the main thread's elapsed time per
 * article minus generation (what `sift ingest` would take); `other` is total − match − insert
 * (waiting for the analysis worker, key checks, the loop). `analyze` ran in the worker, overlapped.
 */
/** Latency distributions over the sampled articles, peak memory and database size: both modes report them. */
function sampleFields(t: Timings, sampleFrom: number, size: number, peak: number, bytes: number) {
  return {
    match_ms: dist(t.match.subarray(sampleFrom, size)),
    insert_ms: dist(t.insert.subarray(sampleFrom, size)),
    analyze_ms: dist(t.analyze.subarray(sampleFrom, size)),
    peak_rss_mb: Math.round(peak),
    db: { bytes, mb: Math.round(bytes / 2 ** 20), bytes_per_article: Math.round(bytes / size) },
  };
}

/** Which code on which machine, and when. */
function provenance(mach: Machine, started: string, git: ReturnType<typeof gitInfo>) {
  return { machine: mach, ...git, started, finished: new Date().toISOString() };
}

function split(t: Timings, from: number, to: number): Split {
  let a = 0;
  let m = 0;
  let s = 0;
  for (let i = from; i < to; i++) {
    a += t.analyze[i];
    m += t.match[i];
    s += t.insert[i];
  }
  const n = Math.max(1, to - from);
  const startAt = from === 0 || t.done[from - 1] === 0 ? t.t0 : t.done[from - 1];
  const genStart = from === 0 || t.done[from - 1] === 0 ? t.gen0 : t.genAt[from - 1];
  const total = t.done[to - 1] - startAt - (t.genAt[to - 1] - genStart);
  return { analyze: r3(a / n), match: r3(m / n), insert: r3(s / n), other: r3((total - m - s) / n), total: r3(total / n) };
}

const rateOf = (sp: Split): number => (sp.total > 0 ? Math.round((1000 / sp.total) * 10) / 10 : 0);

/**
 * Runs articles [from, size) through `sift ingest`'s own loop (`ingestItems`: key check →
 * analysis in a worker thread, running ahead → matchStory → insertArticle in write batches),
 * timing match and insert on the main thread and when each article is stored.
 */
async function pipeline(o: Options, store: Store, src: Source, l: Labels, from: number, size: number, label: string): Promise<{ t: Timings; cpuMsSample: number; cpuMsAll: number; cpuMsLast10: number; profile?: string }> {
  const { ingestItems } = await import('../src/ingest/run.js');
  const t: Timings = { analyze: new Float64Array(size), match: new Float64Array(size), insert: new Float64Array(size), done: new Float64Array(size), genAt: new Float64Array(size), t0: 0, gen0: 0 };
  const sampleFrom = size - Math.min(o.sample, size);
  const last10From = size - Math.max(1, Math.round((size - from) / 10));
  let session: Session | undefined;
  let cpuAt = process.cpuUsage();
  let cpuLast10 = 0;
  const cpuStart = process.cpuUsage();
  let chunk = { i: from, t: performance.now() };
  async function* items(): AsyncGenerator<ReadyItem> {
    for (let i = from; i < size; i++) {
      const a = src.next();
      yield { kind: 'article', article: { format: 'text', id: a.id, url: a.url, domain: a.domain, title: a.title, published: a.published, lang: a.lang, text: a.text }, origin: `bench:stories:${a.id}` };
    }
  }
  let i = from;
  const onStored = (e: StoredEvent): void => {
    t.analyze[i] = e.prepared.ms;
    t.match[i] = e.matchMs;
    t.insert[i] = e.insertMs;
    t.done[i] = performance.now();
    t.genAt[i] = src.genMs;
    l.pred[i] = e.storyId;
    i++;
    // Counted from when the article before the sample (or the last 10 %) was stored.
    if (i === sampleFrom) cpuAt = process.cpuUsage();
    if (i === last10From) cpuLast10 = -cpuMs(process.cpuUsage());
    if (i === sampleFrom && o.profile) {
      session = new Session();
      session.connect();
      session.post('Profiler.enable');
      session.post('Profiler.start');
    }
    if (i % 5000 === 0 || i === size) {
      const now = performance.now();
      const recent = split(t, Math.max(from, i - 5000), i);
      log(`${label} ${size}: ${i}/${size} (${Math.round(((i - chunk.i) / (now - chunk.t)) * 1000)}/s incl. generation; last 5000: ${rateOf(recent)}/s, match ${recent.match} insert ${recent.insert} other ${recent.other} ms, analyze ${recent.analyze} ms in the worker; rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB; load ${loadavg().join(' ')})`);
      chunk = { i, t: now };
    }
  };
  t.t0 = performance.now();
  t.gen0 = src.genMs;
  const summary = await ingestItems(items(), store, { onStored });
  if (summary.stored !== size - from || summary.issues.length > 0) throw new Error(`${label} ${size}: stored ${summary.stored} of ${size - from} (issues: ${summary.issues.map((x) => x.code).join(', ') || 'none'})`);
  const end = process.cpuUsage();
  cpuLast10 += cpuMs(end);
  let profile: string | undefined;
  if (session) {
    const { profile: p } = (await post(session, 'Profiler.stop')) as { profile: unknown };
    mkdirSync(o.profile!, { recursive: true });
    profile = join(o.profile!, `stories-${o.mode}-${size}-last${o.sample}.cpuprofile`);
    writeFileSync(profile, JSON.stringify(p));
    session.disconnect();
  }
  return { t, cpuMsSample: cpuMs(end) - cpuMs(cpuAt), cpuMsAll: cpuMs(end) - cpuMs(cpuStart), cpuMsLast10: cpuLast10, ...(profile ? { profile } : {}) };
}

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

function post(session: Session, method: string): Promise<unknown> {
  return new Promise((res, rej) => session.post(method, (err, out) => (err ? rej(err) : res(out))));
}

function dbBytes(path: string): number {
  let bytes = 0;
  for (const f of dbFiles(path)) if (existsSync(f)) bytes += statSync(f).size;
  return bytes;
}

// ------------------------------------------------------------------ phase: full

async function phaseFull(o: Options, size: number): Promise<PhaseResult> {
  const { openStore } = await import('../src/store/open.js');
  const mach = machine();
  const started = new Date().toISOString();
  const git = gitInfo(); // the code that runs, even if someone commits meanwhile
  const path = dbPathOf(o, size);
  mkdirSync(o.dbDir, { recursive: true });
  for (const f of dbFiles(path)) rmSync(f, { force: true });
  const store = await openStore(path);
  const l = labels(size);
  const src = new Source(o.seed, l);
  const wall0 = performance.now();
  const run = await pipeline(o, store, src, l, 0, size, 'full');
  const wall = (performance.now() - wall0) / 1000;
  await store.close();
  const peak = process.resourceUsage().maxRSS / 1024;
  const bytes = dbBytes(path);
  if (!o.keep) for (const f of dbFiles(path)) rmSync(f, { force: true });
  const last10 = size - Math.max(1, Math.round(size / 10));
  const sampleFrom = size - Math.min(o.sample, size);
  const deciles: NonNullable<SizeResult['ingest']['by_decile']> = [];
  for (let d = 1; d <= 10; d++) {
    const lo = Math.round(((d - 1) * size) / 10);
    const hi = Math.round((d * size) / 10);
    const sp = split(run.t, lo, hi);
    deciles.push({ upto: hi, rate: rateOf(sp), match_ms: sp.match, insert_ms: sp.insert });
  }
  mach.loadavg_end = loadavg();
  return {
    phase: 'full',
    partial: {
      mode: 'full',
      size,
      sample: Math.min(o.sample, size),
      seed: o.seed,
      corpus: { digest: src.digest.hex(), words_mean: Math.round(src.words / Math.max(1, src.rendered)), gold_stories: new Set(l.gold).size, by_kind: l.byKind, by_lang: l.byLang },
      ingest: {
        measured_on: 'all',
        articles: size,
        rate: rateOf(split(run.t, 0, size)),
        rate_last10: rateOf(split(run.t, last10, size)),
        cpu_rate: Math.round((size / (run.cpuMsAll - src.genMs)) * 1000 * 10) / 10,
        split_ms: split(run.t, 0, size),
        split_ms_last10: split(run.t, last10, size),
        by_decile: deciles,
        generation_ms_per_article: r3(src.genMs / size),
        wall_seconds: Math.round(wall),
      },
      ...sampleFields(run.t, sampleFrom, size, peak, bytes),
      quality: { scope: 'all', bcubed: bcubedInt(l.gold, l.pred, size), stories_predicted: new Set(l.pred).size, ...storyChecks(l.gold, l.pred, l.kind, 0, size) },
      ...(run.profile ? { profile: run.profile } : {}),
      ...provenance(mach, started, git),
    },
  };
}

// ------------------------------------------------------------------ phase: bulk (lookup-only)

async function phaseBulk(o: Options, size: number): Promise<PhaseResult> {
  const { openStore } = await import('../src/store/open.js');
  const path = dbPathOf(o, size);
  mkdirSync(o.dbDir, { recursive: true });
  for (const f of [...dbFiles(path), bulkFile(path)]) rmSync(f, { force: true });
  const store = await openStore(path);
  const count = bulkCount(o, size);
  const pred = new Int32Array(count);
  const storyOfGold = new Map<number, number>();
  const b0 = performance.now();
  let chunk = { i: 0, t: b0 };
  const progress = (i: number): void => {
    const now = performance.now();
    log(`bulk(${o.bulk}) ${size}: ${i}/${count} (${Math.round(((i - chunk.i) / (now - chunk.t)) * 1000)}/s; rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB; load ${loadavg().join(' ')})`);
    chunk = { i, t: now };
  };
  const batch = new Batcher(store);
  let words = 0;
  await bulkParallel(
    o,
    count,
    async (item) => {
      await batch.tick();
      const g = storyOfGold.get(item.gold);
      const story: StoryAssignment = g === undefined ? { kind: 'new' } : { kind: 'join', storyId: g, score: 1 };
      const res = await store.insertArticle(item.article, item.anchors, story);
      if (g === undefined) storyOfGold.set(item.gold, res.storyId);
      pred[item.n] = res.storyId;
      words += item.article.text.split(/\s+/).length;
    },
    progress,
  );
  await batch.end();
  const seconds = (performance.now() - b0) / 1000;
  await store.close();
  writeFileSync(bulkFile(path), Buffer.from(pred.buffer));
  log(`bulk done: ${count} articles in ${Math.round(seconds)} s`);
  return {
    phase: 'bulk',
    partial: {
      bulk: {
        fingerprints: o.bulk,
        story_assignment: 'gold',
        articles: count,
        seconds: Math.round(seconds),
        rate: Math.round(count / seconds),
        workers: o.workers,
        transactions: `${BULK_BATCH} articles per write batch`,
        peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      corpus: { digest: null, words_mean: Math.round(words / Math.max(1, count)), gold_stories: 0, by_kind: {}, by_lang: {} },
    },
  };
}

const bulkCount = (o: Options, size: number): number => Math.max(0, size - Math.min(o.sample, size) - o.warmup);

/** Articles per outer transaction during the bulk load. */
const BULK_BATCH = 1000;

/** Groups the bulk load's insertArticle calls into write batches of BULK_BATCH articles (Store.beginBatch). */
class Batcher {
  private n = 0;
  constructor(private readonly store: Store) {}
  async tick(): Promise<void> {
    if (this.n % BULK_BATCH === 0) {
      await this.store.commitBatch();
      await this.store.beginBatch();
    }
    this.n++;
  }
  async end(): Promise<void> {
    await this.store.commitBatch();
  }
}

// ------------------------------------------------------------------ phase: measure (lookup-only)

async function phaseMeasure(o: Options, size: number): Promise<PhaseResult> {
  const { openStore } = await import('../src/store/open.js');
  const { fingerprint } = await import('../src/stories/fingerprint.js');
  const mach = machine();
  const started = new Date().toISOString();
  const git = gitInfo(); // the code that runs, even if someone commits meanwhile
  const path = dbPathOf(o, size);
  const count = bulkCount(o, size);
  const l = labels(size);
  const bulkPred = new Int32Array(Uint8Array.from(readFileSync(bulkFile(path))).buffer);
  l.pred.set(bulkPred.subarray(0, count));
  const src = new Source(o.seed, l, count);
  for (let i = 0; i < count; i++) src.next(); // labels only: no text is rendered for the bulk part
  const store = await openStore(path);
  const wall0 = performance.now();
  const genBefore = src.genMs;
  const run = await pipeline(o, store, src, l, count, size, 'measure');
  const wall = (performance.now() - wall0) / 1000;
  await store.close();
  const peak = process.resourceUsage().maxRSS / 1024;
  const bytes = dbBytes(path);
  if (!o.keep) for (const f of [...dbFiles(path), bulkFile(path)]) rmSync(f, { force: true });

  // Fidelity of synthetic anchors, measured on the sample's real analyses.
  let fidelity: Fidelity | undefined;
  if (o.bulk === 'synthetic') {
    const meter = new FidelityMeter();
    const { analyze } = await import('../src/analyze.js');
    const again = new Source(o.seed, labels(size), size - Math.min(o.sample, size));
    for (let i = 0; i < size; i++) {
      const a = again.next();
      if (a.text === '') continue;
      meter.add(fingerprint(analyze({ format: 'text', url: a.url, title: a.title, published: a.published, lang: a.lang, text: a.text })).anchors, syntheticAnchors(a));
    }
    fidelity = meter.result();
  }
  const sampleFrom = size - Math.min(o.sample, size);
  const last10 = size - Math.max(1, Math.round((size - sampleFrom) / 10));
  mach.loadavg_end = loadavg();
  const genMs = src.genMs - genBefore;
  return {
    phase: 'measure',
    partial: {
      mode: 'lookup-only',
      size,
      sample: size - sampleFrom,
      warmup: sampleFrom - count,
      seed: o.seed,
      corpus: { digest: null, words_mean: null, gold_stories: new Set(l.gold).size, by_kind: l.byKind, by_lang: l.byLang },
      ingest: {
        measured_on: 'sample',
        articles: size - sampleFrom,
        rate: rateOf(split(run.t, sampleFrom, size)),
        rate_last10: rateOf(split(run.t, last10, size)),
        cpu_rate: Math.round(((size - sampleFrom) / Math.max(1, run.cpuMsSample - (genMs * (size - sampleFrom)) / Math.max(1, size - count))) * 1000 * 10) / 10,
        split_ms: split(run.t, sampleFrom, size),
        split_ms_last10: split(run.t, last10, size),
        generation_ms_per_article: r3(genMs / Math.max(1, size - count)),
        wall_seconds: Math.round(wall),
      },
      ...sampleFields(run.t, sampleFrom, size, peak, bytes),
      quality: { scope: 'measured', decision_accuracy: decisionAccuracy(l.gold, l.pred, count, size), ...storyChecks(l.gold, l.pred, l.kind, count, size) },
      ...(fidelity ? { bulk_fidelity: fidelity } : {}),
      ...(run.profile ? { profile: run.profile } : {}),
      ...provenance(mach, started, git),
    },
  };
}

// ------------------------------------------------------------------ bulk producers: worker threads

interface BulkItem {
  n: number;
  gold: number;
  kind: Kind;
  lang: string;
  /** The NewArticle fields, anchors and stored analysis. */
  article: NewArticle;
  anchors: string[];
}

interface ProducerData {
  role: 'bulk-producer';
  seed: number;
  count: number;
  workers: number;
  index: number;
  bulk: Bulk;
  /** Shared counter of articles inserted so far (back-pressure). */
  progress: SharedArrayBuffer;
  window: number;
}

/**
 * The bulk load's producers: `workers` threads each regenerate the stream (cheap without
 * rendering) and render and fingerprint every `workers`-th article — really (analyze) or
 * synthetically — in messages of 50; this thread only inserts, in publication order.
 */
async function bulkParallel(
  o: Options,
  count: number,
  onItem: (item: BulkItem) => Promise<void>,
  onProgress: (i: number) => void,
): Promise<void> {
  const entry = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const progress = new SharedArrayBuffer(4);
  const inserted = new Int32Array(progress);
  const window = 4000;
  const done = new Map<number, BulkItem>();
  let wake: (() => void) | undefined;
  let failure: unknown;
  const pool = Array.from({ length: o.workers }, (_, index) => {
    const data: ProducerData = { role: 'bulk-producer', seed: o.seed, count, workers: o.workers, index, bulk: o.bulk, progress, window };
    const w = new Worker(entry, { eval: true, workerData: data });
    w.on('message', (batch: BulkItem[]) => {
      for (const item of batch) done.set(item.n, item);
      wake?.();
    });
    w.on('error', (e) => {
      failure = e;
      wake?.();
    });
    return w;
  });
  let i = 0;
  while (i < count) {
    const item = done.get(i);
    if (item) {
      done.delete(i);
      await onItem(item);
      i++;
      if (i % 256 === 0) {
        Atomics.store(inserted, 0, i);
        Atomics.notify(inserted, 0);
      }
      if (i % 20_000 === 0) onProgress(i);
      continue;
    }
    if (failure) throw failure;
    Atomics.store(inserted, 0, i);
    Atomics.notify(inserted, 0);
    await new Promise<void>((res) => (wake = res));
    wake = undefined;
  }
  await Promise.all(pool.map((w) => w.terminate()));
}

async function producerMain(d: ProducerData): Promise<void> {
  const { analyze } = await import('../src/analyze.js');
  const { analysisOf } = await import('../src/stories/analysis.js');
  const { fingerprint } = await import('../src/stories/fingerprint.js');
  const inserted = new Int32Array(d.progress);
  const mine = (n: number): boolean => n % d.workers === d.index;
  let batch: BulkItem[] = [];
  for (const a of stream(d.seed, { renderIf: mine })) {
    if (a.n >= d.count) break;
    if (!mine(a.n)) continue;
    // Back-pressure: stay within `window` articles of the inserter.
    while (a.n - Atomics.load(inserted, 0) > d.window) Atomics.wait(inserted, 0, Atomics.load(inserted, 0), 50);
    let anchors: string[];
    let analysis: ArticleAnalysis;
    if (d.bulk === 'real') {
      const doc = analyze({ format: 'text', id: a.id, url: a.url, domain: a.domain, title: a.title, published: a.published, lang: a.lang, text: a.text });
      anchors = fingerprint(doc).anchors;
      analysis = analysisOf(doc);
    } else {
      anchors = syntheticAnchors(a);
      analysis = syntheticAnalysis(a);
    }
    batch.push({ n: a.n, gold: a.gold, kind: a.kind, lang: a.lang, article: newArticleOf(a, analysis), anchors });
    if (batch.length >= 50) {
      parentPort!.postMessage(batch);
      batch = [];
    }
  }
  if (batch.length) parentPort!.postMessage(batch);
}

// ------------------------------------------------------------------ parent: sizes, table, file

function runChild(o: Options, size: number, phase: Phase): Promise<PhaseResult> {
  mkdirSync(o.dbDir, { recursive: true });
  const resultFile = join(o.dbDir, `result-${phase}-${size}-${process.pid}.json`);
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--sizes', String(size), '--sample', String(o.sample), '--warmup', String(o.warmup), '--db-dir', o.dbDir, '--bulk', o.bulk, '--workers', String(o.workers), '--seed', String(o.seed), '--child-phase', phase, '--child-result', resultFile];
  if (o.mode === 'lookup-only') args.push('--lookup-only');
  if (o.keep) args.push('--keep');
  if (o.profile && phase !== 'bulk') args.push('--profile', o.profile);
  return new Promise((res, rej) => {
    const c = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    c.on('error', rej);
    c.on('exit', (code) => {
      if (code !== 0) return rej(new Error(`${phase} ${size} failed (exit ${code})`));
      const r = JSON.parse(readFileSync(resultFile, 'utf8')) as PhaseResult;
      rmSync(resultFile, { force: true });
      res(r);
    });
  });
}

async function runSize(o: Options, size: number): Promise<SizeResult> {
  if (o.mode === 'full') return (await runChild(o, size, 'full')).partial as SizeResult;
  const bulk = await runChild(o, size, 'bulk');
  const measure = await runChild(o, size, 'measure');
  const m = measure.partial as SizeResult & { bulk_fidelity?: Fidelity };
  const b = bulk.partial.bulk!;
  const out: SizeResult = { ...m, bulk: { ...b, ...(m.bulk_fidelity ? { fidelity: m.bulk_fidelity } : {}) } };
  delete (out as { bulk_fidelity?: Fidelity }).bulk_fidelity;
  out.corpus = { ...m.corpus, words_mean: bulk.partial.corpus?.words_mean ?? null };
  return out;
}

const fmt = (x: number, d = 1): string => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function table(results: SizeResult[]): string {
  const split4 = (s: Split): string => `${fmt(s.match, 2)} / ${fmt(s.insert, 2)} / ${fmt(s.other, 2)} (${fmt(s.analyze, 2)})`;
  const rows: string[][] = [
    ['', ...results.map((r) => `${r.size.toLocaleString('en-US')} — ${r.mode}${r.bulk ? ` (bulk: ${r.bulk.fingerprints} fingerprints, gold stories)` : ''}`)],
    ['ingest articles/s, measured on', ...results.map((r) => `${fmt(r.ingest.rate)} (${r.ingest.measured_on === 'all' ? 'every article' : `last ${r.sample} articles`})`)],
    ['  last 10 % / per CPU-second', ...results.map((r) => `${fmt(r.ingest.rate_last10)} / ${fmt(r.ingest.cpu_rate)}`)],
    ['  ms/article: match / insert / other (analyze, in the worker)', ...results.map((r) => split4(r.ingest.split_ms))],
    ['  same, last 10 %', ...results.map((r) => split4(r.ingest.split_ms_last10))],
    [`matchStory ms p50 / p90 / p99 / max (wall)`, ...results.map((r) => `${fmt(r.match_ms.p50, 2)} / ${fmt(r.match_ms.p90, 2)} / ${fmt(r.match_ms.p99, 2)} / ${fmt(r.match_ms.max, 1)} (last ${r.match_ms.n})`)],
    ['insertArticle ms p50 / p99', ...results.map((r) => `${fmt(r.insert_ms.p50, 2)} / ${fmt(r.insert_ms.p99, 2)}`)],
    ['peak RSS MB (pipeline process)', ...results.map((r) => `${r.peak_rss_mb}${r.bulk ? ` (bulk process ${r.bulk.peak_rss_mb})` : ''}`)],
    ['DB MB (bytes/article)', ...results.map((r) => `${r.db.mb} (${r.db.bytes_per_article})`)],
    ['B-cubed P / R / F1 (all articles)', ...results.map((r) => (r.quality.bcubed ? `${r.quality.bcubed.precision} / ${r.quality.bcubed.recall} / ${r.quality.bcubed.f1}` : '— (bulk is gold)'))],
    ['decision accuracy (measured articles)', ...results.map((r) => (r.quality.decision_accuracy !== undefined ? String(r.quality.decision_accuracy) : '—'))],
    ['joined original: rewrite / copy / translation', ...results.map((r) => ['rewrite', 'copy', 'translation'].map((k) => r.quality.joined_original[k]?.share ?? 0).join(' / '))],
    ['mixed predicted / independent merged', ...results.map((r) => `${r.quality.mixed_predicted} / ${r.quality.independent_merged}`)],
    ['bulk load', ...results.map((r) => (r.bulk ? `${r.bulk.articles} in ${r.bulk.seconds} s (${r.bulk.rate}/s)${r.bulk.fidelity ? `, anchor Jaccard vs real ${r.bulk.fidelity.jaccard}` : ''}` : '—'))],
    ['wall s / load avg start → end', ...results.map((r) => `${r.ingest.wall_seconds} / ${r.machine.loadavg_start[0] ?? '?'} → ${r.machine.loadavg_end?.[0] ?? '?'}`)],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows.map((row) => row.map((cell, c) => (cell ?? '').padEnd(widths[c])).join('  ')).join('\n');
}

/** Merges a result into the results file, keyed by mode and size (a later run replaces an earlier one). */
function save(path: string, r: SizeResult): void {
  let file: { schema: string; targets: typeof TARGETS; runs: Record<string, SizeResult> } = { schema: 'sift.bench.stories/1', targets: TARGETS, runs: {} };
  if (existsSync(path)) {
    try {
      file = JSON.parse(readFileSync(path, 'utf8')) as typeof file;
    } catch {
      // unreadable: start afresh
    }
  }
  file.targets = TARGETS;
  file.runs[`${r.mode}${r.bulk ? `-${r.bulk.fingerprints}` : ''}:${r.size}`] = r;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(file, null, 2) + '\n');
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.child) {
    const { phase, size, result } = o.child;
    const r = phase === 'full' ? await phaseFull(o, size) : phase === 'bulk' ? await phaseBulk(o, size) : await phaseMeasure(o, size);
    writeFileSync(result, JSON.stringify(r));
    return;
  }
  const results: SizeResult[] = [];
  for (const size of o.sizes) {
    log(`size ${size}: ${o.mode}${o.mode === 'lookup-only' ? ` (bulk ${o.bulk} fingerprints, gold story assignment; then warmup ${o.warmup} + sample ${o.sample} through the real pipeline)` : ''}; db in ${o.dbDir}`);
    const r = await runSize(o, size);
    results.push(r);
    save(o.out, r);
    process.stdout.write(`\n${table([r])}\n\n`);
  }
  if (results.length > 1) process.stdout.write(`${table(results)}\n`);
  process.stdout.write(`\nresults merged into ${o.out}\n`);
}

if (!isMainThread) {
  const d = workerData as ProducerData | undefined;
  if (d?.role === 'bulk-producer') void producerMain(d);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
