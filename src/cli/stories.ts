/**
 * Story commands over a store:
 *   sift stories [--since --until --min-domains --citing --limit] [--json]
 *   sift trace <article id | URL | file> [--json]
 *   sift similar <file> [--limit] [--json]
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { firstArticle } from '../app/analyze.js';
import { similarArticles } from '../app/similar.js';
import { listStories } from '../app/stories.js';
import { withStore } from '../app/store.js';
import { traceTarget, type TraceTarget } from '../app/trace.js';
import { SiftError } from '../errors/catalogue.js';
import { renderSimilar, renderStories, renderTrace } from '../report/stories.js';
import type { StoryFilter } from '../store/types.js';
import { isoTime, positiveInt } from './options.js';
import type { CliIo } from './io.js';

interface StoriesFlags {
  db?: string;
  since?: string;
  until?: string;
  minDomains?: string;
  citing?: string;
  limit: string;
  json?: boolean;
}

export function registerStories(program: Command, io: CliIo): void {
  program
    .command('stories')
    .description('List stories: groups of articles that retell the same source report')
    .option('--db <file|url>', 'store: SQLite file or postgres:// URL (default: $SIFT_DB or the user data folder)')
    .option('--since <time>', 'only stories with an article published at or after this ISO 8601 time')
    .option('--until <time>', 'only stories with an article published at or before this ISO 8601 time')
    .option('--min-domains <n>', 'only stories published by at least n distinct domains')
    .option('--citing <source>', 'only stories whose copies cite this source (e.g. "RIA Novosti")')
    .option('--limit <n>', 'at most n stories', '50')
    .option('--json', 'print JSON: { stories: [{ id, articles: [{ id, url, domain, published, … }] }] }')
    .action(async (flags: StoriesFlags) => {
      await withStore(flags.db, async (store) => {
        const filter: StoryFilter = { limit: positiveInt(flags.limit, '--limit') };
        if (flags.since) filter.since = isoTime(flags.since, '--since');
        if (flags.until) filter.until = isoTime(flags.until, '--until');
        if (flags.minDomains) filter.minDomains = positiveInt(flags.minDomains, '--min-domains');
        if (flags.citing) filter.citing = flags.citing;
        const withArticles = await listStories(store, filter);
        if (flags.json) {
          const out = withArticles.map(({ members, ...s }) => ({ ...s, articles: members }));
          io.stdout.write(`${JSON.stringify({ stories: out }, null, 2)}\n`);
        } else io.stdout.write(renderStories(withArticles, store.location));
      });
    });

  program
    .command('trace')
    .description("Show a story's family tree, origin first, and what each copy changed")
    .argument('<target>', 'stored article id, its URL, or a file to match against the store')
    .option('--db <file|url>', 'store (default: $SIFT_DB or the user data folder)')
    .option('--json', 'print JSON')
    .action(async (target: string, flags: { db?: string; json?: boolean }) => {
      await withStore(flags.db, async (store) => {
        const t = await traceTargetOf(target);
        const trace = t === null ? null : await traceTarget(store, t);
        if (!trace) throw new SiftError('E_NOT_FOUND', { what: target, detail: 'no stored article or matching story' });
        if (flags.json) io.stdout.write(`${JSON.stringify(trace, null, 2)}\n`);
        else io.stdout.write(renderTrace(trace));
      });
    });

  program
    .command('similar')
    .description('Stored articles that retell the same report as a file (nothing is stored)')
    .argument('<file>', 'article file (text, HTML) or URL')
    .option('--db <file|url>', 'store (default: $SIFT_DB or the user data folder)')
    .option('--limit <n>', 'at most n matches', '10')
    .option('--json', 'print JSON')
    .action(async (file: string, flags: { db?: string; limit: string; json?: boolean }) => {
      await withStore(flags.db, async (store) => {
        const limit = positiveInt(flags.limit, '--limit');
        const article = await firstArticle(file);
        if (!article) return;
        const rows = await similarArticles(store, article, { limit });
        if (flags.json) io.stdout.write(`${JSON.stringify({ matches: rows }, null, 2)}\n`);
        else io.stdout.write(renderSimilar(rows));
      });
    });
}

/** What `sift trace` was given: an article id, a URL, or a file (its first article); null for anything else. */
async function traceTargetOf(target: string): Promise<TraceTarget | null> {
  if (/^\d+$/.test(target)) return { articleId: Number(target) };
  if (/^https?:\/\//i.test(target)) return { url: target };
  if (!existsSync(target)) return null;
  const article = await firstArticle(target);
  return article ? { article } : null;
}
