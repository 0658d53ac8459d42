/**
 * What sources resolution adds to `sift analyze` (issue 4: at most 10 %).
 *
 *   node --import tsx bench/sources.ts [--reps 15] [--out bench/results/sources-latest.json]
 *
 * Two corpora: the fixed fictional benchmark corpus (bench/make-corpus.ts; its outlets are
 * fictional, so lookups miss), and the same articles each opened by one paragraph citing real
 * outlets through chains ("Ria Novosti, citing military expert …", "TASS reported …", Reuters,
 * Interfax-Ukraine, РИА Новости …), so every article resolves several links. Per article:
 *
 *   A  analyze + toJson with an empty knowledge base (the lookups find nothing)
 *   B  analyze + toJson with the shipped knowledge base
 *
 * The overhead reported is the resolution step timed alone (knowDoc: every chain link and the
 * article's domain looked up and described; the resting shares; serialising what was found), warm
 * (names remembered across articles) and cold (lookup memo cleared per article), as a share of
 * the rest of analyze + toJson. End-to-end A/B passes (A with an empty knowledge base, B with the
 * shipped one) are reported too but are noisy on a shared machine. Loading the knowledge base,
 * once per process, is reported apart.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import type { Doc } from '../src/doc/types.js';
import { toJson } from '../src/report/json.js';
import { restingSummary } from '../src/report/summary.js';
import { knowDoc } from '../src/sources/doc.js';
import { SourceKB } from '../src/sources/kb.js';
import { loadShippedKb } from '../src/sources/shipped.js';
import { corpusDigest, DEFAULT_SEED, makeCorpus, type BenchArticle } from './make-corpus.js';

const HERE = dirname(fileURLToPath(import.meta.url));

const LEADS: Record<BenchArticle['lang'], string[]> = {
  en: [
    'Ria Novosti, citing military expert Andrei Marochko, reported that the convoy had turned back. According to TASS, the talks were postponed. Reuters and the Kyiv Independent could not confirm the account, while Interfax-Ukraine quoted a spokesman who denied it.',
    'TASS reported that the bridge was closed, citing the regional administration. The BBC and Ukrainska Pravda said the closure was temporary. RT claimed, citing Sputnik, that the repairs would take weeks.',
  ],
  ru: ['Как сообщает РИА Новости со ссылкой на военного эксперта Андрея Марочко, колонна повернула назад. По данным ТАСС, переговоры отложены. Об этом также сообщил Интерфакс.'],
  uk: ['Як повідомляє Українська правда з посиланням на речника, міст закрили. За даними Укрінформу, ремонт триватиме тиждень. Про це також повідомило Суспільне.'],
};

interface Options {
  reps: number;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { reps: 15, out: resolve(HERE, 'results', 'sources-latest.json') };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--reps') o.reps = Math.max(3, Number(argv[i + 1]));
    else if (argv[i] === '--out') o.out = resolve(argv[i + 1]!);
    else throw new Error(`unknown option ${argv[i]} (use --reps N, --out file)`);
  }
  return o;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function pass(corpus: readonly BenchArticle[], kb: SourceKB): number {
  const t0 = performance.now();
  for (const a of corpus) {
    const doc = analyze({ format: 'text', text: a.text, lang: a.lang });
    toJson(doc, knowDoc(doc, kb));
  }
  return (performance.now() - t0) / corpus.length;
}

function measure(name: string, corpus: readonly BenchArticle[], shipped: SourceKB, empty: SourceKB, reps: number) {
  // 1. end to end, A and B alternating (noisy on a shared machine: reported, not relied on)
  pass(corpus, empty);
  pass(corpus, shipped);
  const a: number[] = [];
  const b: number[] = [];
  const overheadEndToEnd: number[] = [];
  for (let r = 0; r < reps; r++) {
    const first = r % 2 === 0 ? empty : shipped;
    const t1 = pass(corpus, first);
    const t2 = pass(corpus, first === empty ? shipped : empty);
    const [ta, tb] = first === empty ? [t1, t2] : [t2, t1];
    a.push(ta);
    b.push(tb);
    overheadEndToEnd.push(tb / ta - 1);
  }
  // 2. the resolution step alone, on documents analysed once (a fresh object each time, so
  //    nothing is cached per document): resolving every chain link and the article's domain,
  //    the resting shares, and serialising what was found — warm (names remembered across
  //    articles, as in a corpus run) and cold (the lookup memo cleared before each article, as
  //    in a one-article `sift analyze`)
  const docs: Doc[] = corpus.map((x) => analyze({ format: 'text', text: x.text, lang: x.lang }));
  const resolveOne = (d: Doc): void => {
    const copy = { ...d };
    const k = knowDoc(copy, shipped);
    const textChars = copy.sentences.reduce((n, s) => n + (s.end - s.start), 0) || 1;
    restingSummary(copy, k, textChars, textChars);
    JSON.stringify([...k.known.values()]);
  };
  const resolvePass = (cold: boolean): number => {
    const t0 = performance.now();
    for (const d of docs) {
      if (cold) shipped.clearMemo();
      resolveOne(d);
    }
    return (performance.now() - t0) / docs.length;
  };
  const fullPass = (): number => {
    const t0 = performance.now();
    for (const x of corpus) {
      const doc = analyze({ format: 'text', text: x.text, lang: x.lang });
      JSON.stringify(toJson(doc, knowDoc(doc, shipped)));
    }
    return (performance.now() - t0) / corpus.length;
  };
  resolvePass(false);
  const warm: number[] = [];
  const cold: number[] = [];
  const full: number[] = [];
  for (let r = 0; r < reps; r++) {
    full.push(fullPass());
    warm.push(resolvePass(false));
    cold.push(resolvePass(true));
  }
  const links = docs.reduce((n, d) => n + d.attributions.reduce((m, x) => m + x.chain.length, 0), 0);
  const resolved = docs.reduce((n, d) => n + [...knowDoc({ ...d }, shipped).byName.values()].filter((l) => l.ref).length, 0);
  const fullMs = median(full);
  const warmMs = median(warm);
  const coldMs = median(cold);
  return {
    corpus: name,
    articles: corpus.length,
    chainLinksPerArticle: Math.round((links / docs.length) * 10) / 10,
    resolvedSourcesPerArticle: Math.round((resolved / docs.length) * 10) / 10,
    /** analyze + toJson + JSON.stringify with resolution, per article. */
    analyzeJsonMsPerArticle: round(fullMs),
    resolutionMsWarm: round(warmMs),
    resolutionMsCold: round(coldMs),
    /** Resolution's share of the rest of `sift analyze --json` (everything but resolution). */
    overheadWarm: round(warmMs / (fullMs - warmMs)),
    overheadCold: round(coldMs / (fullMs - warmMs)),
    endToEnd: { msWithout: round(median(a)), msWith: round(median(b)), overheadMedian: round(median(overheadEndToEnd)), overheadMin: round(Math.min(...overheadEndToEnd)), overheadMax: round(Math.max(...overheadEndToEnd)) },
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

const opts = parseArgs(process.argv.slice(2));
const t0 = performance.now();
const shipped = loadShippedKb();
const loadMs = performance.now() - t0;
const t1 = performance.now();
shipped.byName('RIA Novosti');
const indexMs = performance.now() - t1;
const empty = SourceKB.fromText('sift.sources/1\t{"datasets":[],"excluded":[]}\n');
const fictional = makeCorpus(DEFAULT_SEED);
const citing = fictional.map((a, i) => {
  const leads = LEADS[a.lang];
  return { ...a, text: `${leads[i % leads.length]}\n\n${a.text}` };
});
const results = [measure('fictional', fictional, shipped, empty, opts.reps), measure('fictional + real-outlet lead paragraph', citing, shipped, empty, opts.reps)];
const out = {
  date: new Date().toISOString(),
  node: process.version,
  corpusDigest: corpusDigest(fictional),
  reps: opts.reps,
  kbLoadMs: round(loadMs),
  kbNameIndexMs: round(indexMs),
  kbEntries: shipped.size,
  results,
};
mkdirSync(dirname(opts.out), { recursive: true });
writeFileSync(opts.out, `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`knowledge base: load ${loadMs.toFixed(1)} ms, name index ${indexMs.toFixed(1)} ms (${shipped.size} entries), once per process\n`);
for (const r of results) {
  process.stdout.write(
    `${r.corpus}: ${r.articles} articles, ${r.chainLinksPerArticle} chain links and ${r.resolvedSourcesPerArticle} resolved sources per article\n` +
      `  analyze + toJson ${r.analyzeJsonMsPerArticle.toFixed(3)} ms/article, of which resolution ${r.resolutionMsWarm.toFixed(3)} ms warm ` +
      `(+${(r.overheadWarm * 100).toFixed(1)}%), ${r.resolutionMsCold.toFixed(3)} ms cold (+${(r.overheadCold * 100).toFixed(1)}%)\n` +
      `  end to end (noisy): ${r.endToEnd.msWithout.toFixed(3)} → ${r.endToEnd.msWith.toFixed(3)} ms, overhead median ${(r.endToEnd.overheadMedian * 100).toFixed(1)}% ` +
      `(range ${(r.endToEnd.overheadMin * 100).toFixed(1)}…${(r.endToEnd.overheadMax * 100).toFixed(1)}%)\n`,
  );
}
process.stdout.write(`→ ${opts.out}\n`);
