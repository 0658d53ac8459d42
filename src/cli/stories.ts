/**
 * Story commands over a store:
 *   sift stories [--since --until --min-domains --citing --limit] [--json]
 *   sift trace <article id | URL | file> [--json]
 *   sift similar <file> [--limit] [--json]
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { analyze } from '../analyze.js';
import { readArticles } from '../article/read.js';
import { SiftError } from '../errors/catalogue.js';
import { openStore } from '../store/open.js';
import type { Store, StoryFilter } from '../store/types.js';
import { fingerprint } from '../stories/fingerprint.js';
import { findSimilar, JOIN_THRESHOLD, storyOfSimilar } from '../stories/match.js';
import { ref, traceStory } from '../stories/trace.js';
import { renderStories, renderTrace, renderSimilar } from '../report/stories.js';
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
        const stories = await store.listStories(filter);
        const withArticles = await Promise.all(
          stories.map(async (s) => ({ ...s, members: (await store.listArticles({ storyId: s.id, limit: 1000 })).map(ref) })),
        );
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
        const storyId = await storyOfTarget(store, target);
        const trace = storyId === null ? null : await traceStory(store, storyId);
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
        for await (const article of readArticles(file)) {
          const similar = await findSimilar(store, fingerprint(analyze(article)), { limit });
          const articles = new Map((await store.getArticles(similar.map((s) => s.articleId))).map((a) => [a.id, ref(a)]));
          const rows = similar.map((s) => ({
            article: articles.get(s.articleId)!,
            storyId: s.storyId,
            probability: Math.round(s.detail.probability * 1000) / 1000,
            shared: s.detail.shared,
          }));
          if (flags.json) io.stdout.write(`${JSON.stringify({ matches: rows }, null, 2)}\n`);
          else io.stdout.write(renderSimilar(rows));
          break;
        }
      });
    });
}

async function withStore(spec: string | undefined, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(spec);
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

/** Story id for an article id, a stored URL, or a file whose best match is stored. */
async function storyOfTarget(store: Store, target: string): Promise<number | null> {
  if (/^\d+$/.test(target)) return (await store.getArticle(Number(target)))?.storyId ?? null;
  if (/^https?:\/\//i.test(target)) {
    const hit = await store.findArticleByUrl(target);
    if (hit) return hit.storyId;
  }
  if (existsSync(target) || /^https?:\/\//i.test(target)) {
    for await (const article of readArticles(target)) {
      // The story ingest would have joined it to: the same candidates, the same rule.
      const chosen = storyOfSimilar(await findSimilar(store, fingerprint(analyze(article))));
      return chosen && chosen.probability >= JOIN_THRESHOLD ? chosen.storyId : null;
    }
  }
  return null;
}

function positiveInt(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new SiftError('E_USAGE', { detail: `${flag} needs a positive integer, got "${v}"` });
  return n;
}

function isoTime(v: string, flag: string): string {
  const t = Date.parse(v);
  if (!Number.isFinite(t)) throw new SiftError('E_USAGE', { detail: `${flag} needs an ISO 8601 time such as 2024-07-10 or 2024-07-10T12:00Z, got "${v}"` });
  return new Date(t).toISOString();
}
