/** One article per file: HTML or plain text, through the article reader (charset detection, Readability …). */
import { readArticles } from '../../article/read.js';
import { issueItem } from '../issues.js';
import type { SourceItem, SourceOptions } from '../types.js';

export async function* singleFileSource(path: string, opts: Pick<SourceOptions, 'maxBytes'>): AsyncGenerator<SourceItem> {
  try {
    for await (const article of readArticles(path, { maxBytes: opts.maxBytes })) yield { kind: 'article', article, origin: path };
  } catch (e) {
    yield issueItem(e, path);
  }
}
