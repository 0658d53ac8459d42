/**
 * Input-scaling benchmark: how analysis time and memory grow with the size of one article.
 *
 *   npm run bench:scale-input [-- --sizes 10k,100k,1m,10m --kinds prose,repeated,said,line,tiny]
 *
 * Each (kind, size) runs in a child process of its own (so peak RSS is that input's): it builds
 * the text, warms up on a small piece of it, then analyses it with the default pipeline and
 * renders the JSON and terminal reports — the median of several runs for small inputs (at least
 * 2 MB analysed in all, at most 25 runs). Reported: analysis ms and ms per MB, report ms (the
 * terminal report has a line budget, so its cost is nearly fixed), peak RSS; per kind, the ratio
 * of the largest to the smallest per-MB analysis time (target: ≤ 2, linear within a factor of two).
 *
 * Kinds (all built here, none read from outside the repo except the fictional samples):
 *   prose     the fictional sample articles, concatenated
 *   repeated  one attributed sentence repeated
 *   said      "X said Y. " repeated (the splitter finds no sentence end: one run-on sentence)
 *   line      the prose with every line break removed (one line)
 *   tiny      one-word paragraphs ("Yes.\n\n" repeated)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../src/analyze.js';
import { textOf } from './scale-texts.js';
import { toJson } from '../src/report/json.js';
import { renderTerminal } from '../src/report/terminal.js';
import { defaultSources } from '../src/sources/default.js';
import { knowDoc } from '../src/sources/doc.js';

const MB = 1024 * 1024;
const TARGET_SPREAD = 2;

function parseSize(s: string): number {
  const m = /^(\d+)(k|m)?$/i.exec(s.trim());
  if (!m) throw new Error(`bad size ${s}`);
  return Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? MB : m[2] ? 1024 : 1);
}

/** Child: one run, printed as JSON. */
function one(kind: string, bytes: number): void {
  const text = textOf(kind, bytes);
  // Warm-up (lazy tables, JIT) outside the timing, so small inputs measure the work, not the start.
  for (let i = 0; i < 3; i++) {
    const warm = analyzeText(textOf(kind, 4096));
    const warmKnown = knowDoc(warm, defaultSources());
    JSON.stringify(toJson(warm, warmKnown));
    renderTerminal(warm, warmKnown, { color: false });
  }
  const runs = Math.max(1, Math.min(25, Math.floor((2 * MB) / bytes)));
  const analyzeMs: number[] = [];
  const reportMs: number[] = [];
  let attributions = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const doc = analyzeText(text);
    const analysed = performance.now();
    const known = knowDoc(doc, defaultSources());
    JSON.stringify(toJson(doc, known));
    renderTerminal(doc, known, { color: false });
    reportMs.push(performance.now() - analysed);
    analyzeMs.push(analysed - t);
    attributions = doc.attributions.length;
  }
  process.stdout.write(`${JSON.stringify({ kind, bytes, runs, analyzeMs: median(analyzeMs), reportMs: median(reportMs), rssMb: process.resourceUsage().maxRSS / 1024, attributions })}\n`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

if (process.argv[2] === '--one') {
  one(process.argv[3]!, Number(process.argv[4]));
} else {
  const sizes = arg('--sizes', '10k,100k,1m,10m').split(',').map(parseSize);
  const kinds = arg('--kinds', 'prose,repeated,said,line,tiny').split(',');
  console.log(`${'kind'.padEnd(9)}${'size'.padStart(10)}${'runs'.padStart(6)}${'analyze ms'.padStart(12)}${'ms/MB'.padStart(10)}${'report ms'.padStart(11)}${'RSS MB'.padStart(9)}${'attrs'.padStart(8)}`);
  let ok = true;
  for (const kind of kinds) {
    const perMb: number[] = [];
    for (const bytes of sizes) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--one', kind, String(bytes)], { encoding: 'utf8', maxBuffer: 1 << 24 });
      const r = JSON.parse(out.trim().split('\n').pop()!) as { runs: number; analyzeMs: number; reportMs: number; rssMb: number; attributions: number };
      const msPerMb = r.analyzeMs / (bytes / MB);
      perMb.push(msPerMb);
      const size = bytes >= MB ? `${bytes / MB} MB` : `${bytes / 1024} KB`;
      console.log(`${kind.padEnd(9)}${size.padStart(10)}${String(r.runs).padStart(6)}${r.analyzeMs.toFixed(1).padStart(12)}${msPerMb.toFixed(0).padStart(10)}${r.reportMs.toFixed(1).padStart(11)}${r.rssMb.toFixed(0).padStart(9)}${String(r.attributions).padStart(8)}`);
    }
    const spread = Math.max(...perMb) / Math.min(...perMb);
    if (spread > TARGET_SPREAD) ok = false;
    console.log(`${kind.padEnd(9)} per-MB spread (largest / smallest): ${spread.toFixed(2)} ${spread <= TARGET_SPREAD ? 'ok' : `> ${TARGET_SPREAD}`}`);
  }
  process.exitCode = ok ? 0 : 1;
}
