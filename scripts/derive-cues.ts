/**
 * Derives English attribution-cue statistics from the PolNeAR *train* split (never dev or test):
 * for each word form, how often an occurrence of it heads a gold cue. Writes
 * src/lang/en/cues-derived.json, which the cue lexicon reads.
 *
 *   node --import tsx scripts/derive-cues.ts [polnear-folder]
 *
 * Only counts and ratios are shipped, never text from the corpus.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../src/text/tokens.js';
import { attributionRelations, parseBrat } from '../src/eval/brat.js';

const folder = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'polnear');
const split = join(folder, 'data', 'train');
const AUX = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'also', 'not', 'did', 'does', 'do']);
const MIN_CUES = 4;
const MIN_RATIO = 0.15;

const asCue = new Map<string, number>();
const total = new Map<string, number>();
const seen = new Set<string>();
for (const ann of readdirSync(join(split, 'attributions')).sort()) {
  const base = ann.replace(/_[^_]+\.ann$/, '');
  if (seen.has(base)) continue; // one annotator per article, as the evaluation does
  seen.add(base);
  const text = readFileSync(join(split, 'text', `${base}.txt`), 'utf8');
  const tokens = tokenize(text).filter((t) => t.kind === 'word');
  for (const t of tokens) total.set(t.norm, (total.get(t.norm) ?? 0) + 1);
  const doc = parseBrat(readFileSync(join(split, 'attributions', ann), 'utf8'));
  for (const rel of attributionRelations(doc).relations) {
    const cue = rel.cue[0];
    if (!cue) continue;
    const head = tokens.find((t) => t.start >= cue.start && t.end <= cue.end && !AUX.has(t.norm) && !t.norm.endsWith('ly'));
    if (head) asCue.set(head.norm, (asCue.get(head.norm) ?? 0) + 1);
  }
}

const out: Record<string, { cue: number; total: number; ratio: number }> = {};
for (const [form, n] of [...asCue].sort((a, b) => b[1] - a[1])) {
  const all = total.get(form) ?? n;
  const ratio = Math.round((n / all) * 1000) / 1000;
  if (n >= MIN_CUES && ratio >= MIN_RATIO) out[form] = { cue: n, total: all, ratio };
}
const target = join(import.meta.dirname, '..', 'src', 'lang', 'en', 'cues-derived.json');
writeFileSync(target, `${JSON.stringify({ source: 'PolNeAR v1.0.0 train split (counts only)', minCues: MIN_CUES, minRatio: MIN_RATIO, forms: out }, null, 1)}\n`);
process.stdout.write(`${Object.keys(out).length} cue forms → ${target}\n`);
