/**
 * Corpus store micro-benchmark: insert throughput and candidates() latency on synthetic articles.
 *
 *   node --import tsx bench/store.ts [--articles 100000] [--anchors 40] [--per-anchor 100]
 *        [--queries 2000] [--vocab 1000000] [--db <file | postgres://…>] [--keep] [--json out.json]
 *
 * Articles are synthetic (seeded PRNG): ~3 kB of filler text, `--anchors` anchors drawn from a
 * Zipf-like (1/rank, log-uniform) distribution over `--vocab` anchors, and 30 % of them retell a
 * recent article: they copy half its anchors and join its story. Inserts run one at a time through
 * `insertArticle` (one transaction each), as ingest does. Then `--queries` lookups, each with the
 * anchors of a random stored article, time `candidates()` (p50/p99) at `--per-anchor`.
 * Without --db the store is a fresh SQLite file in a temp folder (deleted unless --keep); with a
 * postgres:// URL, a fresh schema (dropped unless --keep).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { seededRandom } from '../src/random.js';
import { openStore } from '../src/store/open.js';
import type { ArticleAnalysis, Store } from '../src/store/types.js';

interface Options {
  articles: number;
  anchors: number;
  perAnchor: number;
  queries: number;
  vocab: number;
  db: string | undefined;
  keep: boolean;
  json: string | undefined;
  /** Number of the first article (to add to a store kept from an earlier run). */
  start: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { articles: 100_000, anchors: 40, perAnchor: 100, queries: 2000, vocab: 1_000_000, db: undefined, keep: false, json: undefined, start: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = (): string => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${a} needs a value`);
      return x;
    };
    if (a === '--articles') o.articles = Number(v());
    else if (a === '--anchors') o.anchors = Number(v());
    else if (a === '--per-anchor') o.perAnchor = Number(v());
    else if (a === '--queries') o.queries = Number(v());
    else if (a === '--vocab') o.vocab = Number(v());
    else if (a === '--db') o.db = v();
    else if (a === '--json') o.json = v();
    else if (a === '--keep') o.keep = true;
    else if (a === '--start') o.start = Number(v());
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const WORDS = 'the of report said according officials minister ministry agency source statement city region forces attack talks deal market prices company shares government court ruling election vote police border strike energy gas oil water crisis week year people'.split(' ');

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const rnd = seededRandom(20261126);
  const zipf = (): string => `a:${Math.floor(Math.exp(rnd() * Math.log(o.vocab)))}`;
  const filler = (): string => {
    const out: string[] = [];
    let len = 0;
    while (len < 3000) {
      const w = WORDS[Math.floor(rnd() * WORDS.length)]!;
      out.push(w);
      len += w.length + 1;
    }
    return `${out.join(' ')}.`;
  };

  let tmp: string | undefined;
  let spec = o.db;
  let schema: string | undefined;
  if (spec === undefined) {
    tmp = mkdtempSync(join(tmpdir(), 'sift-bench-store-'));
    spec = join(tmp, 'bench.db');
  } else if (/^postgres(ql)?:\/\//i.test(spec)) {
    schema = `sift_bench_${Date.now().toString(36)}`;
    const u = new URL(spec);
    u.searchParams.set('schema', schema);
    spec = u.toString();
  }

  const store: Store = await openStore(spec);
  console.error(`store: ${store.kind} at ${store.location}; ${o.articles} articles × ${o.anchors} anchors, vocab ${o.vocab}`);
  const analysis: ArticleAnalysis = { chains: [['Agency', 'Official']], sources: ['Agency', 'Official'], attributions: 2, hedged: 1, unsourced: 1, facts: [], sentences: 20 };

  // Anchors of recent articles (for retellings) and of a sample of all (for the queries).
  const recent: Array<{ anchors: string[]; storyId: number }> = [];
  const sample: string[][] = [];
  const windows: number[] = [];
  const started = process.hrtime.bigint();
  let windowStart = started;
  for (let i = o.start; i < o.start + o.articles; i++) {
    const anchors = new Set<string>();
    let story: { kind: 'new' } | { kind: 'join'; storyId: number; score: number } = { kind: 'new' };
    if (recent.length > 0 && rnd() < 0.3) {
      const src = recent[Math.floor(rnd() * recent.length)]!;
      for (const a of src.anchors) if (rnd() < 0.5) anchors.add(a);
      story = { kind: 'join', storyId: src.storyId, score: 0.8 };
    }
    while (anchors.size < o.anchors) anchors.add(zipf());
    const list = [...anchors];
    const r = await store.insertArticle(
      { key: `https://site${i % 500}.example/news/${i}`, url: `https://site${i % 500}.example/news/${i}`, domain: `site${i % 500}.example`, title: `Article ${i}`, published: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(), lang: 'en', text: filler(), analysis },
      list,
      story,
    );
    recent.push({ anchors: list, storyId: r.storyId });
    if (recent.length > 2000) recent.shift();
    if (rnd() < Math.min(1, (o.queries * 4) / o.articles)) sample.push(list);
    if ((i + 1 - o.start) % 10_000 === 0) {
      const now = process.hrtime.bigint();
      windows.push(10_000 / (Number(now - windowStart) / 1e9));
      windowStart = now;
      console.error(`  ${i + 1 - o.start} inserted, last 10k at ${windows.at(-1)!.toFixed(0)}/s`);
    }
  }
  const insertS = Number(process.hrtime.bigint() - started) / 1e9;
  const written = diskWrites();

  // Queries: the anchors of a random stored article, as the matcher would pass a new copy's.
  const lat: number[] = [];
  const sizes: number[] = [];
  for (let q = 0; q < o.queries + 50; q++) {
    const anchors = sample[Math.floor(rnd() * sample.length)]!;
    const t0 = process.hrtime.bigint();
    const c = await store.candidates(anchors, { perAnchor: o.perAnchor });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (q >= 50) {
      lat.push(ms); // the first 50 warm up
      sizes.push(c.length);
    }
  }
  lat.sort((a, b) => a - b);
  sizes.sort((a, b) => a - b);
  const df = await store.anchorFrequencies(['a:1', 'a:2', 'a:10', 'a:1000']);

  const result = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    node: process.version,
    store: store.kind,
    articles: o.articles,
    anchorsPerArticle: o.anchors,
    vocab: o.vocab,
    perAnchor: o.perAnchor,
    insertsPerSecond: Math.round(o.articles / insertS),
    insertsPerSecondLast10k: windows.length ? Math.round(windows.at(-1)!) : null,
    candidatesMs: { p50: +quantile(lat, 0.5).toFixed(3), p90: +quantile(lat, 0.9).toFixed(3), p99: +quantile(lat, 0.99).toFixed(3), max: +(lat.at(-1) ?? NaN).toFixed(3) },
    candidatesReturned: { p50: quantile(sizes, 0.5), p99: quantile(sizes, 0.99) },
    dfOfTopAnchors: Object.fromEntries(df),
    diskBytesWrittenPerInsert: written === undefined ? null : Math.round(written / o.articles),
    fileBytes: tmp ? statSync(spec).size + (statSafe(`${spec}-wal`) ?? 0) : null,
  };
  await store.close();
  console.log(JSON.stringify(result, null, 2));
  if (o.json) writeFileSync(o.json, `${JSON.stringify(result, null, 2)}\n`);

  if (tmp && !o.keep) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) console.error(`kept ${spec}`);
  if (schema && !o.keep && o.db) {
    const pool = new pg.Pool({ connectionString: o.db, max: 1 });
    await pool.query(`DROP SCHEMA "${schema}" CASCADE`);
    await pool.end();
  }
}

/** Bytes this process caused to be written to storage so far (Linux /proc/self/io), or undefined. */
function diskWrites(): number | undefined {
  try {
    const m = /^write_bytes: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function statSafe(p: string): number | undefined {
  try {
    return statSync(p).size;
  } catch {
    return undefined;
  }
}

await main();
