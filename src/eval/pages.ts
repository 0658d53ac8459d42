/**
 * A labelled corpus of real pages (`pages.jsonl`, the shape of shared/data/netcorpus-dev) read
 * into the same `Corpus` the fictional sample uses (`articles.jsonl` + `labels.json`), so one
 * scorer serves both.
 *
 * One page a line: `id`, `url`, `domain`, `date` (YYYY-MM-DD or null), `lang`, `text`, `story`
 * (label or null), `role` (`rewrite` | `original` | `independent` | `negative`), `network`
 * (for copies: which network), `negative_type`, `related_story`, `cites`, `notes`.
 *
 * Pages without a story are stories of their own: an independent report is a story of kind
 * `independent` (it must not merge into a copy story), a negative one of kind `unrelated`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiftError } from '../errors/catalogue.js';
import type { ArticleKind, Corpus, CorpusArticle, CorpusLabels } from './corpus.js';

export const PAGES_FILE = 'pages.jsonl';

interface Page {
  id: string;
  url: string;
  domain?: string | null;
  date?: string | null;
  lang?: string | null;
  text: string;
  title?: string | null;
  story?: string | null;
  role: 'rewrite' | 'original' | 'independent' | 'negative';
  network?: string | null;
  related_story?: string | null;
}

const ROLE_KIND: Record<Page['role'], ArticleKind> = { rewrite: 'rewrite', original: 'original', independent: 'independent', negative: 'unrelated' };

/** Reads `<dir>/pages.jsonl` into articles and labels. */
export function loadPages(dir: string): Corpus {
  const file = join(dir, PAGES_FILE);
  const articles: CorpusArticle[] = [];
  const lines = new Map<string, number>();
  const labels: CorpusLabels = { articles: {}, stories: {}, networks: {} };
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const at = `${file}:${i + 1}`;
      let p: Page;
      try {
        p = JSON.parse(line) as Page;
      } catch {
        throw new SiftError('E_EVAL_DATA', { path: at, detail: 'not JSON' });
      }
      for (const k of ['id', 'url', 'text'] as const) {
        if (typeof p[k] !== 'string' || p[k] === '') throw new SiftError('E_EVAL_DATA', { path: at, detail: `no ${k}` });
      }
      const kind = ROLE_KIND[p.role];
      if (kind === undefined) throw new SiftError('E_EVAL_DATA', { path: at, detail: `unknown role "${String(p.role)}"` });
      if (lines.has(p.id)) throw new SiftError('E_EVAL_DATA', { path: at, detail: `duplicate id ${p.id}` });
      if ((p.role === 'rewrite' || p.role === 'original') && !p.story) throw new SiftError('E_EVAL_DATA', { path: at, detail: `a ${p.role} page needs a story` });
      lines.set(p.id, i + 1);

      const a: CorpusArticle = { id: p.id, url: p.url, domain: p.domain ?? '', lang: p.lang ?? '', text: p.text, title: p.title ?? '' };
      if (p.date) a.published = p.date;
      articles.push(a);

      const story = p.story ?? `${p.role}:${p.id}`;
      labels.articles[p.id] = { story, kind, network: p.network ?? null, ...(p.related_story ? { event: p.related_story } : {}) };
      const known = labels.stories[story];
      if (!known) {
        labels.stories[story] = {
          kind: p.story ? 'rewrite' : p.role === 'independent' ? 'independent' : 'unrelated',
          description: p.story ?? `${p.role} page ${p.id}`,
          original: p.role === 'original' ? p.id : null,
          articles: [p.id],
        };
      } else {
        known.articles!.push(p.id);
        if (p.role === 'original') known.original = p.id;
      }
      if (p.role === 'rewrite' && p.network && p.domain) {
        const net = (labels.networks![p.network] ??= { members: [] });
        if (!net.members.includes(p.domain)) net.members.push(p.domain);
      }
    });
  return { folder: dir, file, articles, lines, labels };
}
