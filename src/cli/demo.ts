/**
 * `sift demo`: Sift's main job on bundled, fictional material, with nothing to install:
 *   1. analyze one sample article (attribution chains, hedges, unsourced claims);
 *   2. ingest the sample corpus into an embedded SQLite store;
 *   3. show the stories it forms and trace the largest one to its origin;
 *   4. show the networks of domains that co-publish those stories.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { analyze } from '../analyze.js';
import { readArticles } from '../article/read.js';
import { ingest } from '../ingest/run.js';
import { summaryLine } from '../ingest/report.js';
import { networksWithEvidence } from '../networks/evidence.js';
import { renderNetworks } from '../networks/render.js';
import { renderStories, renderTrace } from '../report/stories.js';
import { renderTerminal } from '../report/terminal.js';
import { defaultSources } from '../sources/default.js';
import { knowDoc } from '../sources/doc.js';
import { openStore } from '../store/open.js';
import { ref, traceStory } from '../stories/trace.js';

export const SAMPLE_ARTICLE = fileURLToPath(new URL('../../samples/articles/desertion-report.txt', import.meta.url));
export const SAMPLE_CORPUS = fileURLToPath(new URL('../../samples/corpus/articles.jsonl', import.meta.url));

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Analyze a bundled fictional article, then ingest the bundled fictional corpus and show its stories and networks')
    .option('--db <file>', 'keep the demo store in this SQLite file (default: a temporary file, removed afterwards)')
    .action(async (flags: { db?: string }) => {
      const color = process.stdout.isTTY === true;
      const say = (s: string): boolean => process.stdout.write(s);
      say(`━━ 1. One article: ${SAMPLE_ARTICLE}\n\n`);
      for await (const article of readArticles(SAMPLE_ARTICLE)) {
        const doc = analyze(article);
        say(renderTerminal(doc, knowDoc(doc, defaultSources()), { color }));
      }

      const tmp = flags.db ? undefined : mkdtempSync(join(tmpdir(), 'sift-demo-'));
      const db = flags.db ?? join(tmp!, 'demo.db');
      const store = await openStore(db);
      try {
        say(`\n━━ 2. A corpus: ingesting ${SAMPLE_CORPUS} into ${db}\n`);
        const summary = await ingest([SAMPLE_CORPUS], store);
        say(`${summaryLine(summary)}\n\n`);
        say('━━ 3. Stories published by 3 or more domains\n\n');
        const stories = await store.listStories({ minDomains: 3, limit: 5 });
        const withArticles = await Promise.all(stories.map(async (s) => ({ ...s, members: (await store.listArticles({ storyId: s.id, limit: 1000 })).map(ref) })));
        say(renderStories(withArticles, store.location));
        const largest = stories[0];
        if (largest) {
          say(`━━ 4. Tracing story ${largest.id} to its origin (sift trace <article id> --db ${db})\n\n`);
          const trace = await traceStory(store, largest.id);
          if (trace) say(renderTrace(trace));
        }
        say(`\n━━ 5. Networks: domains that co-publish the same stories beyond chance (sift networks --db ${db})\n\n`);
        say(renderNetworks(await networksWithEvidence(store, {}, {}), store.location));
        say(`\nNext: sift analyze <file|URL> · sift ingest <inputs…> · sift stories · sift trace <id> · sift networks · sift export --format gexf (see README.md)\n`);
      } finally {
        await store.close();
        if (tmp) rmSync(tmp, { recursive: true, force: true });
      }
    });
}
