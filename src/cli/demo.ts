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
import { analyzeInput } from '../app/analyze.js';
import { ingestInputs } from '../app/ingest.js';
import { listNetworks } from '../app/networks.js';
import { listStories } from '../app/stories.js';
import { traceTarget } from '../app/trace.js';
import { summaryLine } from '../ingest/report.js';
import { renderNetworks } from '../networks/render.js';
import { renderStories, renderTrace } from '../report/stories.js';
import { renderTerminal } from '../report/terminal.js';
import { defaultSources } from '../sources/default.js';
import { knowDoc } from '../sources/doc.js';
import { openStore } from '../store/open.js';
import type { CliIo } from './io.js';

export const SAMPLE_ARTICLE = fileURLToPath(new URL('../../samples/articles/desertion-report.txt', import.meta.url));
export const SAMPLE_CORPUS = fileURLToPath(new URL('../../samples/corpus/articles.jsonl', import.meta.url));

export function registerDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('Analyze a bundled fictional article, then ingest the bundled fictional corpus and show its stories and networks')
    .option('--db <file>', 'keep the demo store in this SQLite file (default: a temporary file, removed afterwards)')
    .action(async (flags: { db?: string }) => {
      const color = io.stdout.isTTY === true;
      const say = (s: string): boolean => io.stdout.write(s);
      say(`━━ 1. One article: ${SAMPLE_ARTICLE}\n\n`);
      for await (const doc of analyzeInput(SAMPLE_ARTICLE)) say(renderTerminal(doc, knowDoc(doc, defaultSources()), { color }));

      const tmp = flags.db ? undefined : mkdtempSync(join(tmpdir(), 'sift-demo-'));
      const db = flags.db ?? join(tmp!, 'demo.db');
      const store = await openStore(db);
      try {
        say(`\n━━ 2. A corpus: ingesting ${SAMPLE_CORPUS} into ${db}\n`);
        const summary = await ingestInputs(store, [SAMPLE_CORPUS]);
        say(`${summaryLine(summary)}\n\n`);
        say('━━ 3. Stories published by 3 or more domains\n\n');
        const stories = await listStories(store, { minDomains: 3, limit: 5 });
        say(renderStories(stories, store.location));
        const largest = stories[0];
        if (largest) {
          say(`━━ 4. Tracing story ${largest.id} to its origin (sift trace <article id> --db ${db})\n\n`);
          const trace = await traceTarget(store, { storyId: largest.id });
          if (trace) say(renderTrace(trace));
        }
        say(`\n━━ 5. Networks: domains that co-publish the same stories beyond chance (sift networks --db ${db})\n\n`);
        say(renderNetworks(await listNetworks(store), store.location));
        say(`\nNext: sift analyze <file|URL> · sift ingest <inputs…> · sift stories · sift trace <id> · sift networks · sift export --format gexf (see README.md)\n`);
      } finally {
        await store.close();
        if (tmp) rmSync(tmp, { recursive: true, force: true });
      }
    });
}
