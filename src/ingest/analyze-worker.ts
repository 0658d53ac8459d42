/** The analysis worker thread: `{ id, article }` in, `{ id, result }` out (see analyzer.ts). */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../article/article.js';
import { prepareArticle } from './prepare.js';

parentPort?.on('message', (job: { id: number; article: Article }) => {
  parentPort?.postMessage({ id: job.id, result: prepareArticle(job.article) });
});
