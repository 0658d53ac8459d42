/**
 * Throughput benchmark: Sift's full `analyze` against wink-nlp tokenization, in one process,
 * over the same fixed fictional corpus (bench/make-corpus.ts).
 *
 *   npm run bench [-- --reps 15 --budget 90 --out bench/results/latest.json]
 *
 * Per repetition every contender processes the whole corpus once; the order of contenders
 * rotates between repetitions so drift (thermal, GC, other load) spreads evenly. One untimed
 * warm-up pass each comes first. Reported: median, min/max and the mean with a 95% confidence
 * interval (Student t) of articles/s and tokens/s, the per-repetition ratio Sift / wink, and the
 * process's peak RSS, plus a per-stage breakdown of Sift's time. Target: Sift ≥ 40% of the wink reference's articles/s.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze, DEFAULT_STAGES } from '../src/analyze.js';
import { emptyDoc } from '../src/doc/pipeline.js';
import { corpusDigest, DEFAULT_SEED, makeCorpus, type BenchArticle } from './make-corpus.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const TARGET_RATIO = 0.4;

interface Options {
  reps: number;
  budgetS: number;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { reps: 30, budgetS: 90, out: resolve(HERE, 'results', 'latest.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--reps') o.reps = Math.max(3, Number(v));
    else if (a === '--budget') o.budgetS = Number(v);
    else if (a === '--out') o.out = resolve(v);
    else throw new Error(`unknown option ${a} (use --reps N, --budget seconds, --out file)`);
    i++;
  }
  if (!Number.isFinite(o.reps) || !Number.isFinite(o.budgetS)) throw new Error('--reps and --budget need numbers');
  return o;
}

interface Contender {
  key: string;
  label: string;
  /** Processes the corpus once; returns the number of tokens produced. */
  pass(corpus: readonly BenchArticle[]): { tokens: number; extra?: Record<string, number> };
}

// The wink reference exactly as specified: winkNLP(model) runs the model's default pipe
// (sentence boundaries, negation, sentiment, POS, NER, custom entities) besides tokenizing.
const winkDefault = winkNLP(model);
// Tokenization only: an empty pipe.
const winkTokens = winkNLP(model, []);

const CONTENDERS: Contender[] = [
  {
    key: 'wink_default',
    label: 'wink-nlp winkNLP(model) readDoc().tokens().out()',
    pass(corpus) {
      let tokens = 0;
      for (const a of corpus) tokens += winkDefault.readDoc(a.text).tokens().out().length;
      return { tokens };
    },
  },
  {
    key: 'wink_tokenize_only',
    label: 'wink-nlp winkNLP(model, []) readDoc().tokens().out()',
    pass(corpus) {
      let tokens = 0;
      for (const a of corpus) tokens += winkTokens.readDoc(a.text).tokens().out().length;
      return { tokens };
    },
  },
  {
    key: 'sift',
    label: 'sift analyze() (full pipeline)',
    pass(corpus) {
      let tokens = 0;
      let attributions = 0;
      let hedged = 0;
      let unsourced = 0;
      for (const a of corpus) {
        const doc = analyze({ format: 'text', id: a.id, text: a.text });
        tokens += doc.tokens.length;
        attributions += doc.attributions.length;
        hedged += doc.hedged.length;
        unsourced += doc.unsourced.length;
      }
      return { tokens, extra: { attributions, hedged, unsourced } };
    },
  },
];

interface Stat {
  median: number;
  min: number;
  max: number;
  mean: number;
  ci95: [number, number];
}

// Two-sided 97.5% Student t quantiles for df = 1..30 (df > 30: 2.0).
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const mean = s.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  const half = n > 1 ? (T975[n - 2] ?? 2.0) * (sd / Math.sqrt(n)) : 0;
  return { median, min: s[0], max: s[n - 1], mean, ci95: [mean - half, mean + half] };
}

const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
function roundStat(s: Stat, d = 1): Stat {
  return { median: round(s.median, d), min: round(s.min, d), max: round(s.max, d), mean: round(s.mean, d), ci95: [round(s.ci95[0], d), round(s.ci95[1], d)] };
}

function git(cmd: string): string | undefined {
  try {
    return execSync(`git ${cmd}`, { cwd: resolve(HERE, '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const corpus = makeCorpus();
  const words = corpus.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
  const byLang: Record<string, number> = {};
  for (const a of corpus) byLang[a.lang] = (byLang[a.lang] ?? 0) + 1;
  const log = (s: string) => process.stderr.write(`${s}\n`);
  log(`corpus: ${corpus.length} fictional articles (${Object.entries(byLang).map(([k, v]) => `${k} ${v}`).join(', ')}), ${words} words, digest ${corpusDigest(corpus)}`);

  // Warm-up: one untimed pass each (JIT, lazy tables, model load).
  const tokensPerPass: Record<string, number> = {};
  const extras: Record<string, Record<string, number>> = {};
  let warmMs = 0;
  for (const c of CONTENDERS) {
    const w0 = performance.now();
    const r = c.pass(corpus);
    warmMs += performance.now() - w0;
    tokensPerPass[c.key] = r.tokens;
    if (r.extra) extras[c.key] = r.extra;
  }
  // Fit the repetitions into the time budget (the warm-up pass is slower than a timed one).
  const reps = Math.max(3, Math.min(opts.reps, Math.floor((opts.budgetS * 1000) / Math.max(1, warmMs))));
  log(`warm-up ${Math.round(warmMs)} ms; ${reps} repetitions`);

  const secs: Record<string, number[]> = Object.fromEntries(CONTENDERS.map((c) => [c.key, []]));
  for (let i = 0; i < reps; i++) {
    for (let j = 0; j < CONTENDERS.length; j++) {
      const c = CONTENDERS[(i + j) % CONTENDERS.length];
      const s0 = performance.now();
      const r = c.pass(corpus);
      secs[c.key].push((performance.now() - s0) / 1000);
      if (r.tokens !== tokensPerPass[c.key]) throw new Error(`${c.key}: token count changed between passes`);
    }
  }

  // Where Sift's time goes: the default stages run one by one, timed, over 3 passes (median).
  const stageMs: Record<string, number[]> = Object.fromEntries(DEFAULT_STAGES.map((st) => [st.name, []]));
  for (let i = 0; i < 3; i++) {
    const acc: Record<string, number> = Object.fromEntries(DEFAULT_STAGES.map((st) => [st.name, 0]));
    for (const a of corpus) {
      const doc = emptyDoc({ format: 'text', id: a.id, text: a.text });
      for (const st of DEFAULT_STAGES) {
        const s0 = performance.now();
        st.run(doc);
        acc[st.name] += performance.now() - s0;
      }
    }
    for (const k of Object.keys(acc)) stageMs[k].push(acc[k]);
  }
  const stages = Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, round(stat(v).median)]));

  const results: Record<string, unknown> = {};
  const aps: Record<string, number[]> = {};
  for (const c of CONTENDERS) {
    aps[c.key] = secs[c.key].map((s) => corpus.length / s);
    results[c.key] = {
      label: c.label,
      articles_per_s: roundStat(stat(aps[c.key])),
      tokens_per_s: roundStat(stat(secs[c.key].map((s) => tokensPerPass[c.key] / s)), 0),
      tokens_per_pass: tokensPerPass[c.key],
      ...(extras[c.key] ? { per_pass: extras[c.key] } : {}),
    };
  }
  const ratio = (ref: string) => roundStat(stat(aps['sift'].map((x, i) => x / aps[ref][i])), 3);
  const ratioDefault = ratio('wink_default');
  const ratioTokens = ratio('wink_tokenize_only');
  const peakRssMb = round(process.resourceUsage().maxRSS / 1024);
  const cpu = cpus();
  const report = {
    schema: 'sift.bench/1',
    date: new Date().toISOString(),
    commit: git('rev-parse --short HEAD') ?? 'unknown',
    dirty: (git('status --porcelain -- src bench') ?? '') !== '',
    machine: { cpus: cpu.length, cpu_model: cpu[0]?.model ?? 'unknown', memory_gb: round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` },
    corpus: { articles: corpus.length, by_lang: byLang, words, chars: corpus.reduce((n, a) => n + a.text.length, 0), seed: DEFAULT_SEED, digest: corpusDigest(corpus), fictional: true },
    method: `${reps} timed repetitions after 1 warm-up pass each; each repetition = one pass over the whole corpus per contender, order rotated; stats over repetitions (median, min/max, mean with 95% t-interval); ratio computed per repetition`,
    repetitions: reps,
    results,
    ratio_sift_over_wink_default: ratioDefault,
    ratio_sift_over_wink_tokenize_only: ratioTokens,
    target: { ratio: TARGET_RATIO, reference: 'wink_default', met: ratioDefault.median >= TARGET_RATIO, met_against_tokenize_only: ratioTokens.median >= TARGET_RATIO },
    sift_stage_ms_per_pass: stages,
    peak_rss_mb: peakRssMb,
    elapsed_s: round((performance.now() - t0) / 1000),
  };
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);

  const line = (key: string) => {
    const r = results[key] as { articles_per_s: Stat; tokens_per_s: Stat };
    const a = r.articles_per_s;
    const t = r.tokens_per_s;
    return `  ${key.padEnd(20)} ${String(a.median).padStart(8)} art/s [${a.min}–${a.max}]  ${String(t.median).padStart(9)} tok/s [${t.min}–${t.max}]`;
  };
  const out = [
    `machine: ${report.machine.cpus} × ${report.machine.cpu_model}, node ${process.version}; commit ${report.commit}${report.dirty ? ' (uncommitted changes)' : ''}`,
    `${reps} repetitions over ${corpus.length} articles; median [min–max]`,
    ...CONTENDERS.map((c) => line(c.key)),
    `  sift / wink default         ${ratioDefault.median} [${ratioDefault.min}–${ratioDefault.max}]  (target ≥ ${TARGET_RATIO}: ${report.target.met ? 'met' : 'NOT met'})`,
    `  sift / wink tokenize-only   ${ratioTokens.median} [${ratioTokens.min}–${ratioTokens.max}]`,
    `  sift stages, ms per pass: ${Object.entries(stages).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  peak RSS ${peakRssMb} MB; ${report.elapsed_s} s; written to ${opts.out}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
