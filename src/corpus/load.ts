/** Loading a labelled corpus folder (samples/corpus, or a `pages.jsonl` folder such as netcorpus-dev). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SiftError } from '../errors/catalogue.js';
import { loadPages, PAGES_FILE } from './pages.js';
import { ARTICLE_KINDS, type Corpus, type CorpusArticle, type CorpusLabels } from './types.js';

/**
 * Reads and checks a labelled corpus: `<folder>/articles.jsonl` with `<folder>/labels.json` (the
 * fictional sample), or `<folder>/pages.jsonl` (real pages labelled by story, see pages.ts).
 */
export function loadCorpus(folder: string): Corpus {
  const dir = resolve(folder);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new SiftError('E_EVAL_DATA', { path: dir, detail: 'no such folder' });
  if (existsSync(join(dir, PAGES_FILE)) && !existsSync(join(dir, 'articles.jsonl'))) return loadPages(dir);
  const file = join(dir, 'articles.jsonl');
  const labelsFile = join(dir, 'labels.json');
  for (const f of [file, labelsFile]) {
    if (!existsSync(f)) throw new SiftError('E_EVAL_DATA', { path: dir, detail: `no ${f.slice(dir.length + 1)} (expected articles.jsonl and labels.json, as in samples/corpus, or pages.jsonl)` });
  }
  let labels: CorpusLabels;
  try {
    labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as CorpusLabels;
  } catch (e) {
    throw new SiftError('E_EVAL_DATA', { path: labelsFile, detail: `not JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (!labels || typeof labels.articles !== 'object' || typeof labels.stories !== 'object') {
    throw new SiftError('E_EVAL_DATA', { path: labelsFile, detail: 'expected { articles: {...}, stories: {...} }' });
  }
  const articles: CorpusArticle[] = [];
  const lines = new Map<string, number>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let a: CorpusArticle;
      try {
        a = JSON.parse(line) as CorpusArticle;
      } catch {
        throw new SiftError('E_EVAL_DATA', { path: `${file}:${i + 1}`, detail: 'not JSON' });
      }
      for (const k of ['id', 'url', 'published', 'text'] as const) {
        if (typeof a[k] !== 'string' || a[k] === '') throw new SiftError('E_EVAL_DATA', { path: `${file}:${i + 1}`, detail: `no ${k}` });
      }
      if (lines.has(a.id)) throw new SiftError('E_EVAL_DATA', { path: `${file}:${i + 1}`, detail: `duplicate id ${a.id}` });
      const label = labels.articles[a.id];
      if (!label) throw new SiftError('E_EVAL_DATA', { path: labelsFile, detail: `no label for article ${a.id}` });
      if (!(ARTICLE_KINDS as readonly string[]).includes(label.kind)) throw new SiftError('E_EVAL_DATA', { path: labelsFile, detail: `article ${a.id}: unknown kind "${label.kind}"` });
      if (!labels.stories[label.story]) throw new SiftError('E_EVAL_DATA', { path: labelsFile, detail: `article ${a.id}: unknown story "${label.story}"` });
      lines.set(a.id, i + 1);
      articles.push(a);
    });
  const missing = Object.keys(labels.articles).filter((id) => !lines.has(id));
  if (missing.length > 0) throw new SiftError('E_EVAL_DATA', { path: labelsFile, detail: `labels for articles not in articles.jsonl: ${missing.slice(0, 5).join(', ')}` });
  return { folder: dir, file, articles, lines, labels };
}
