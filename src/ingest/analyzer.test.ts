import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Analyzer } from './analyzer.js';
import { prepareArticle } from './prepare.js';

const TEXTS = [
  'The mayor of Otterby said on Monday that 12 ferries were cancelled, according to the Otterby Herald.',
  '«Паромы не ходят», — заявил мэр Оттербі Иван Петренко 10 июля.',
  '',
];

describe('Analyzer', () => {
  it('gives in a worker thread, in order, exactly what analysing in this thread gives', async () => {
    const analyzer = new Analyzer(1);
    try {
      const articles = TEXTS.map((text, i) => ({ format: 'text' as const, id: `a${i}`, text, html: '<p>not sent</p>' }));
      const results = await Promise.all(articles.map((a) => analyzer.run(a)));
      assert.equal(analyzer.threads, 1, 'the worker started and is still in use');
      const strip = (r: ReturnType<typeof prepareArticle>): unknown => (r.ok ? { ...r.value, ms: 0 } : r);
      assert.deepEqual(results.map(strip), articles.map(({ html: _html, ...a }) => strip(prepareArticle(a))));
    } finally {
      await analyzer.close();
    }
  });

  it('runs in this thread with threads: 0', async () => {
    const analyzer = new Analyzer(0);
    const r = await analyzer.run({ format: 'text', text: TEXTS[0]! });
    assert.equal(r.ok && r.value.lang, 'en');
    await analyzer.close();
  });
});
