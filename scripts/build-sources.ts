/**
 * Rebuilds the shipped sources knowledge base from the shared datasets.
 *
 *   node --import tsx scripts/build-sources.ts [--data ../shared/data]
 *       → src/sources/data/kb.ts (the compiled file, brotli-compressed, as a module)
 *   node --import tsx scripts/build-sources.ts --plain kb.json [--exclude source-reliability-idiap]...
 *       → the same knowledge base as plain text (one entry per line), e.g. to review a rebuild or
 *         to build one with a dataset left out
 *
 * Users' own entries live in a separate file (`sift sources add/import`) and are never touched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, sharedPath } from '../test/shared.js';
import { buildKb } from '../src/sources/build/index.js';
import { DATASET_IDS, isDatasetId, type DatasetId } from '../src/sources/data/datasets.js';
import { serializeKb } from '../src/sources/kb.js';
import { shippedModule } from '../src/sources/shipped.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    plain: { type: 'string' },
    exclude: { type: 'string', multiple: true },
  },
});

const dataDir = values.data ? resolve(values.data) : sharedPath('data');
if (!dataDir) {
  process.stderr.write('build-sources: ../shared/data not found; pass --data <folder>\n');
  process.exit(2);
}
const exclude: DatasetId[] = [];
for (const x of values.exclude ?? []) {
  if (!isDatasetId(x)) {
    process.stderr.write(`build-sources: unknown dataset ${x}; one of ${DATASET_IDS.join(', ')}\n`);
    process.exit(2);
  }
  exclude.push(x);
}
if (exclude.length > 0 && !values.plain) {
  process.stderr.write('build-sources: a build with --exclude is never shipped; give --plain <file> to write it\n');
  process.exit(2);
}
const t0 = performance.now();
const kb = buildKb((p) => readFileSync(join(dataDir, p), 'utf8'), { exclude });
const text = serializeKb(kb);
let out: string;
let bytes: number;
if (values.plain) {
  out = resolve(values.plain);
  writeFileSync(out, text);
  bytes = text.length;
} else {
  out = join(REPO_ROOT, 'src/sources/data/kb.ts');
  const module = shippedModule(text);
  writeFileSync(out, module);
  bytes = module.length;
}
const facts = new Map<string, number>();
for (const e of kb.entries) for (const f of e[3]) facts.set(f[0], (facts.get(f[0]) ?? 0) + 1);
process.stdout.write(
  `build-sources: ${kb.entries.length} entries, ${kb.entries.reduce((n, e) => n + e[1].length, 0)} domains, ` +
    `facts ${[...facts].map(([k, v]) => `${k}:${v}`).join(' ')}; ${(text.length / 1024).toFixed(0)} KiB of text, ` +
    `${(bytes / 1024).toFixed(0)} KiB written → ${out} ` +
    `(${(performance.now() - t0).toFixed(0)} ms)${exclude.length ? `; excluded ${exclude.join(', ')}` : ''}\n`,
);
