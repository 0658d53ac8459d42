/** `sift demo`: analyze the bundled fictional sample article. */
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { analyze } from '../analyze.js';
import { readArticles } from '../article/read.js';
import { renderTerminal } from '../report/terminal.js';

export const SAMPLE_ARTICLE = fileURLToPath(new URL('../../samples/articles/desertion-report.txt', import.meta.url));

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Analyze the bundled fictional sample article')
    .action(async () => {
      for await (const article of readArticles(SAMPLE_ARTICLE)) {
        process.stdout.write(`Sample: ${SAMPLE_ARTICLE}\n\n`);
        process.stdout.write(renderTerminal(analyze(article), { color: process.stdout.isTTY === true }));
      }
    });
}
