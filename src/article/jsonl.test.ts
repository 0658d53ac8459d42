import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isSiftError, type ErrorCode, type SiftError } from '../errors/catalogue.js';
import { FIXTURE_DIR } from '../../test/fixtures/readers/make-fixtures.js';
import type { Article } from './article.js';
import { parseJsonlLine, readJsonl } from './jsonl.js';
import { splitLines } from './stream.js';

const BIG = 20 * 1024 * 1024;

async function collect(source: AsyncIterable<Article>): Promise<Article[]> {
  const out: Article[] = [];
  for await (const a of source) out.push(a);
  return out;
}

const isCode = (code: ErrorCode, check?: (details: Record<string, string | number>, message: string) => void) => (e: unknown): boolean => {
  assert.ok(isSiftError(e), String(e));
  assert.equal(e.code, code, e.message);
  check?.(e.details, e.message);
  return true;
};

describe('readJsonl', () => {
  it('reads every article of a JSONL file, skipping blank lines', async () => {
    const path = join(FIXTURE_DIR, 'articles.jsonl');
    const [a, b, c, ...rest] = await collect(readJsonl(createReadStream(path), { what: path, maxLineBytes: BIG }));
    assert.equal(rest.length, 0);

    assert.equal(a!.id, 'a1');
    assert.equal(a!.format, 'jsonl');
    assert.equal(a!.text, 'Ferry fares on the Fenwick crossing will rise by a fifth in June, the operator said on Monday.\n\nA union official claimed the rise would hit commuters hardest.');
    assert.equal(a!.title, 'Ferry fares to rise');
    assert.equal(a!.published, '2031-05-03T09:15:00.000Z');
    assert.equal(a!.lang, 'en');
    assert.equal(a!.domain, 'fenwick-gazette.example');

    // An html line goes through the HTML reader; the URL gives id and domain.
    assert.equal(b!.id, 'https://news.otterby.example/story/77');
    assert.equal(b!.title, 'Otterby library saved');
    assert.equal(b!.siteName, 'Otterby News');
    assert.equal(b!.domain, 'news.otterby.example');
    assert.equal(b!.lang, 'en');
    assert.equal(b!.text, 'The Otterby library will stay open after a late donation, the parish council announced.\n\nCouncillors said the gift would cover running costs for three more years.');
    assert.ok(b!.html?.startsWith('<html'));

    assert.equal(c!.id, '7', 'numeric ids become strings');
    assert.equal(c!.domain, 'quill-post.example');
  });

  it('reports the number of a bad line after yielding the good ones before it', async () => {
    const path = join(FIXTURE_DIR, 'bad-line.jsonl');
    const seen: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const a of readJsonl(createReadStream(path), { what: path, maxLineBytes: BIG })) seen.push(a.id!);
      })(),
      isCode('E_JSONL_LINE', (d, m) => {
        assert.equal(d['line'], 4);
        assert.match(m, /^Line 4 of .*bad-line\.jsonl is not a valid article: invalid JSON/);
      }),
    );
    assert.deepEqual(seen, ['ok1', 'ok2']);
  });

  it('streams: the first article arrives before the source is read to the end', async () => {
    let pulled = 0;
    async function* lines(): AsyncGenerator<string> {
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield `{"id":"n${i}","text":"Line ${i} of an endless feed, a clerk said."}\n`;
      }
    }
    for await (const a of readJsonl(lines(), { what: 'feed', maxLineBytes: BIG })) {
      assert.equal(a.id, 'n0');
      break;
    }
    assert.ok(pulled < 10, `pulled ${pulled} chunks for one article`);
  });

  it('handles CRLF, a BOM, lines split across chunks and a last line without newline', async () => {
    const bytes = Buffer.from('\uFEFF{"text":"Érsekújvár officials said"}\r\n\r\n{"text":"second, reportedly"}', 'utf8');
    // Feed it one byte at a time, splitting the multi-byte characters.
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    const arts = await collect(readJsonl(chunks, { what: 'chunks', maxLineBytes: BIG }));
    assert.deepEqual(arts.map((a) => a.text), ['Érsekújvár officials said', 'second, reportedly']);
    assert.deepEqual(arts.map((a) => a.id), ['chunks:1', 'chunks:3']);
  });

  it('passes the warnings of kept lines to onWarning, in line order', async () => {
    const src = ['{"text":"First fictional line.","title":1}\n{"text":"Second fictional line.","date":"2031-07"}\n{"text":"Third.","published":"soon","lang":7}\n'];
    const warnings: string[] = [];
    const arts = await collect(readJsonl(src, { what: 'w.jsonl', maxLineBytes: BIG, onWarning: (w) => warnings.push(`${w.details['line']} ${w.details['field']}`) }));
    assert.deepEqual(arts.map((a) => [a.text, a.title, a.published, a.publishedPrecision]), [
      ['First fictional line.', undefined, undefined, undefined],
      ['Second fictional line.', undefined, '2031-07', 'month'],
      ['Third.', undefined, undefined, undefined],
    ]);
    assert.deepEqual(warnings, ['1 title', '3 published', '3 lang']);
  });

  it('caps the length of one line', async () => {
    const src = [`{"text":"short"}\n{"text":"${'x'.repeat(500)}"}\n`];
    await assert.rejects(collect(readJsonl(src, { what: 'f.jsonl', maxLineBytes: 100 })), isCode('E_INPUT_TOO_LARGE', (d) => assert.match(String(d['what']), /^line 2 of f\.jsonl$/)));
  });

  it('refuses empty, binary and non-UTF-8 input', async () => {
    await assert.rejects(collect(readJsonl(['\n\n  \n'], { what: 'blank', maxLineBytes: BIG })), isCode('E_EMPTY_INPUT'));
    await assert.rejects(collect(readJsonl([Buffer.from('%PDF-1.4\n{"text":"x"}')], { what: 'pdf', maxLineBytes: BIG })), isCode('E_BINARY_INPUT'));
    await assert.rejects(collect(readJsonl([Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xcf, 0xf0, 0x22, 0x7d])], { what: 'cp1251', maxLineBytes: BIG })), isCode('E_JSONL_LINE', (_d, m) => assert.match(m, /UTF-8/)));
  });
});

describe('parseJsonlLine', () => {
  const bad = (line: string, detail: RegExp): void => {
    assert.throws(() => parseJsonlLine(line, 9, 'in.jsonl'), isCode('E_JSONL_LINE', (d, m) => {
      assert.equal(d['line'], 9);
      assert.match(m, detail);
    }));
  };

  it('names what is wrong with a line that cannot be read', () => {
    bad('[1,2]', /expected a JSON object/);
    bad('"text"', /expected a JSON object/);
    bad('{"title":"No body"}', /needs a non-empty "text" or "html"/);
    bad('{"text":"   "}', /needs a non-empty "text" or "html"/);
    bad('{"text":42}', /"text" must be a string/);
    bad('{"html":"<html><body><script>1</script></body></html>"}', /no article text could be extracted/);
  });

  it('keeps a line with one bad optional field, drops only that field, and warns once', () => {
    const base = { text: 'The Kelby ferry ran late on Sunday, the operator said. (Fictional.)', title: 'Kelby ferry late', lang: 'en', url: 'https://kelby-post.example/ferry-late' };
    // [the line's fields over `base`, the field dropped, what the warning says]
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ published: 'soon' }, 'published', /"soon" is not an ISO 8601 date/],
      [{ published: '2031-02-30' }, 'published', /"2031-02-30" is not an ISO 8601 date/],
      [{ published: 2031 }, 'published', /must be a string, not a number/],
      [{ date: 'last week' }, 'date', /"last week" is not an ISO 8601 date/],
      [{ title: 42 }, 'title', /must be a string, not a number/],
      [{ lang: ['en'] }, 'lang', /must be a string, not an array/],
      [{ domain: { host: 'x' } }, 'domain', /must be a string, not an object/],
      [{ url: 'ftp://kelby-post.example/a' }, 'url', /"ftp:\/\/kelby-post\.example\/a" is not an http\(s\) URL/],
      [{ id: true }, 'id', /must be a string or a number, not a boolean/],
      [{ text: 42, html: '<p>The Kelby ferry ran late on Sunday, the operator said.</p>' }, 'text', /must be a string, not a number/],
    ];
    for (const [over, field, detail] of cases) {
      const line = { ...base, ...over };
      const warnings: SiftError[] = [];
      const a = parseJsonlLine(JSON.stringify(line), 9, 'in.jsonl', (w) => warnings.push(w));
      assert.equal(warnings.length, 1, field);
      assert.equal(warnings[0]!.code, 'W_JSONL_FIELD');
      assert.deepEqual([warnings[0]!.details['field'], warnings[0]!.details['line']], [field, 9]);
      assert.match(warnings[0]!.message, detail);
      assert.match(warnings[0]!.message, new RegExp(`^Line 9 of in\\.jsonl: ignoring "${field}", .*; the article is kept without it\\.$`));
      // The field is gone; every other field is kept.
      assert.match(a.text, /Kelby ferry ran late on Sunday/, field);
      assert.equal(a.published, undefined, field);
      assert.equal(a.title, field === 'title' ? undefined : 'Kelby ferry late', field);
      assert.equal(a.lang, field === 'lang' ? undefined : 'en', field);
      assert.equal(a.url, field === 'url' ? undefined : base.url, field);
      assert.equal(a.id, field === 'url' ? 'in.jsonl:9' : base.url, field);
      assert.equal(a.domain, field === 'url' ? undefined : 'kelby-post.example', field);
    }
  });

  it('gives no warning for a line that is not kept, and none without a callback', () => {
    const warnings: SiftError[] = [];
    assert.throws(() => parseJsonlLine('{"text":42,"title":7}', 3, 'in.jsonl', (w) => warnings.push(w)), isCode('E_JSONL_LINE'));
    assert.deepEqual(warnings, []);
    assert.equal(parseJsonlLine('{"text":"A fictional line.","title":7}', 4, 'in.jsonl').title, undefined);
  });

  it('reads "published" or its alias "date" at any precision, and falls back to the URL and the text', () => {
    const text = 'The Kelby council met on Monday. (Fictional.)';
    // [the line, [published, precision, source] expected]
    const cases: Array<[Record<string, unknown>, [string | undefined, string | undefined, string | undefined]]> = [
      [{ published: '2031' }, ['2031', 'year', 'metadata']],
      [{ published: '2031-12' }, ['2031-12', 'month', 'metadata']],
      [{ published: '2031-12-14' }, ['2031-12-14', 'day', 'metadata']],
      [{ published: '2031-12-14T10:00:00+03:00' }, ['2031-12-14T07:00:00.000Z', 'time', 'metadata']],
      [{ date: '2031-06-21' }, ['2031-06-21', 'day', 'metadata']],
      [{ published: '2031-12', date: '2031-12-14' }, ['2031-12', 'month', 'metadata']],
      [{ published: null, date: '2031-12-14' }, ['2031-12-14', 'day', 'metadata']],
      [{ date: null, url: 'https://kelby-post.example/2031/07/18/council' }, ['2031-07-18', 'day', 'url']],
      [{ published: 'soon', url: 'https://kelby-post.example/2031/07/council' }, ['2031-07', 'month', 'url']],
      [{ text: `Published: 18 July 2031\n\n${text}` }, ['2031-07-18', 'day', 'text']],
      [{ url: 'https://kelby-post.example/?p=4411' }, [undefined, undefined, undefined]],
    ];
    for (const [over, want] of cases) {
      const a = parseJsonlLine(JSON.stringify({ text, ...over }), 1, 'x');
      assert.deepEqual([a.published, a.publishedPrecision, a.publishedSource], want, JSON.stringify(over));
    }
  });

  it('keeps text exactly as given and lets line fields override HTML metadata', () => {
    const text = '  Leading spaces, a tab\tand CRLF\r\nstay as they are.  ';
    assert.equal(parseJsonlLine(JSON.stringify({ text }), 1, 'x').text, text);
    const a = parseJsonlLine(JSON.stringify({ html: '<title>From HTML</title><p>The ferry sailed on time, the crew said.</p>', title: 'From the line', domain: 'given.example', url: 'https://www.other.example/a' }), 1, 'x');
    assert.equal(a.title, 'From the line');
    assert.equal(a.domain, 'given.example');
    assert.equal(a.url, 'https://www.other.example/a');
    assert.equal(a.text, 'The ferry sailed on time, the crew said.');
  });
});

describe('splitLines', () => {
  it('numbers lines and strips CR', async () => {
    const lines: Array<[number, string]> = [];
    for await (const l of splitLines(['a\r\nb', 'c\n\nd'], 100, () => new Error('long'))) lines.push([l.number, l.bytes.toString()]);
    assert.deepEqual(lines, [
      [1, 'a'],
      [2, 'bc'],
      [3, ''],
      [4, 'd'],
    ]);
  });
});

it('a JSONL text without "title" takes its headline line as the title; a given title wins', () => {
  const text = 'FICTIONAL: Ferry Returns to Lowmere\n\nThe ferry to Lowmere runs again from Monday, the operator said.';
  assert.equal(parseJsonlLine(JSON.stringify({ text }), 1, 'x').title, 'FICTIONAL: Ferry Returns to Lowmere');
  assert.equal(parseJsonlLine(JSON.stringify({ text, title: 'Given' }), 1, 'x').title, 'Given');
  assert.equal(parseJsonlLine(JSON.stringify({ text: 'One sentence only, with no headline.' }), 1, 'x').title, undefined);
});
