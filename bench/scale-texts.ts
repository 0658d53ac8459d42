/**
 * The texts of the input-scaling benchmark (bench/scale-input.ts) and of the linear-time test
 * (test/scaling.test.ts): one article of `bytes` characters of a given kind, built from the
 * fictional samples or from a repeated unit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

export const SCALE_KINDS = ['prose', 'repeated', 'said', 'line', 'tiny'] as const;

export function textOf(kind: string, bytes: number): string {
  let unit: string;
  if (kind === 'prose' || kind === 'line') {
    const dir = join(HERE, '..', 'samples', 'articles');
    unit = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n');
    if (kind === 'line') unit = `${unit.replace(/\s*\n\s*/g, ' ')} `;
  } else if (kind === 'repeated') unit = 'The ministry said the convoy had turned back, according to RIA Novosti. ';
  else if (kind === 'said') unit = 'X said Y. ';
  else if (kind === 'tiny') unit = 'Yes.\n\n';
  else throw new Error(`unknown kind ${kind}`);
  const out = unit.repeat(Math.ceil(bytes / unit.length));
  return out.slice(0, bytes);
}

