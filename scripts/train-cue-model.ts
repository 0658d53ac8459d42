/**
 * Trains the English cue detector (src/attribution/cue-model.ts) on the PolNeAR *train* split:
 * an averaged perceptron labelling each word token "heads a gold cue" or not. Writes
 * src/attribution/data/cue-model.json (feature weights only; no corpus text).
 *
 *   node --import tsx scripts/train-cue-model.ts [polnear-folder]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributionRelations, parseBrat } from '../src/eval/brat.js';
import { cueFeatures } from '../src/attribution/cue-model.js';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokens.js';

const folder = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'polnear');
const split = join(folder, 'data', 'train');

const EPOCHS = 6;
const AUX = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'also', 'not', 'did', 'does', 'do']);

interface Example { f: string[]; y: number }

function examplesOf(split: string): Example[] {
const examples: Example[] = [];
const seen = new Set<string>();
for (const ann of readdirSync(join(split, 'attributions')).sort()) {
  const base = ann.replace(/_[^_]+\.ann$/, '');
  if (seen.has(base)) continue;
  seen.add(base);
  const text = readFileSync(join(split, 'text', `${base}.txt`), 'utf8');
  const tokens = tokenize(text);
  const heads = new Set<number>();
  for (const rel of attributionRelations(parseBrat(readFileSync(join(split, 'attributions', ann), 'utf8'))).relations) {
    const cue = rel.cue[0];
    if (!cue) continue;
    const head = tokens.findIndex((t) => t.start >= cue.start && t.end <= cue.end && t.kind === 'word' && !AUX.has(t.norm) && !t.norm.endsWith('ly'));
    if (head >= 0) heads.add(head);
  }
  let ti = 0;
  for (const s of splitSentences(text)) {
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.end <= s.end) tj++;
    for (let k = ti; k < tj; k++) {
      if (tokens[k]!.kind !== 'word' && tokens[k]!.norm !== ':') continue;
      examples.push({ f: cueFeatures(text, tokens, k, ti, tj), y: heads.has(k) ? 1 : -1 });
    }
    ti = tj;
  }
}
return examples;
}
const examples = examplesOf(split);

// Averaged perceptron with the lazy-update trick.
const w = new Map<string, number>();
const total = new Map<string, number>();
const stamp = new Map<string, number>();
let c = 1;
let seed = 42;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = examples.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [examples[i], examples[j]] = [examples[j]!, examples[i]!];
  }
  let errors = 0;
  for (const ex of examples) {
    let s = 0;
    for (const f of ex.f) s += w.get(f) ?? 0;
    if ((s > 0 ? 1 : -1) !== ex.y) {
      errors++;
      for (const f of ex.f) {
        const old = w.get(f) ?? 0;
        total.set(f, (total.get(f) ?? 0) + (c - (stamp.get(f) ?? 0)) * old);
        stamp.set(f, c);
        w.set(f, old + ex.y);
      }
    }
    c++;
  }
  process.stdout.write(`epoch ${epoch + 1}: ${errors} errors / ${examples.length}\n`);
}
const weights: Record<string, number> = {};
for (const [f, v] of w) {
  const avg = ((total.get(f) ?? 0) + (c - (stamp.get(f) ?? 0)) * v) / c;
  if (Math.abs(avg) >= 0.01) weights[f] = Math.round(avg * 1000) / 1000;
}
// Token-level detection on dev, at the thresholds the frames use: the number to compare feature sets by.
const dev = examplesOf(join(folder, 'data', 'dev'));
for (const threshold of [-3, -1, 0]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const ex of dev) {
    const s = ex.f.reduce((n, f) => n + (weights[f] ?? 0), 0);
    if (s > threshold && ex.y > 0) tp++;
    else if (s > threshold) fp++;
    else if (ex.y > 0) fn++;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  process.stdout.write(`dev at ${threshold}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}\n`);
}
const target = join(import.meta.dirname, '..', 'src', 'attribution', 'data', 'cue-model.json');
writeFileSync(target, `${JSON.stringify({ source: 'PolNeAR v1.0.0 train split, averaged perceptron', epochs: EPOCHS, weights })}\n`);
process.stdout.write(`${Object.keys(weights).length} weights → ${target}\n`);
