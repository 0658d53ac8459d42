import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { IngestReporter, summaryLine } from './report.js';
import type { IngestSummary } from './run.js';

function sink(tty: boolean): PassThrough & { text: () => string } {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number; text: () => string };
  let out = '';
  s.on('data', (d: Buffer) => (out += d.toString()));
  if (tty) {
    s.isTTY = true;
    s.columns = 160;
  }
  s.text = () => out;
  return s;
}

const summary: IngestSummary = { inputs: ['a.jsonl'], seen: 3, stored: 2, skippedExisting: 1, issues: [{ code: 'E_JSONL_LINE', origin: 'a.jsonl:2', message: 'Line 2 of a.jsonl is not a valid article: invalid JSON' }], warnings: [], storiesCreated: 2, elapsedMs: 1500, rate: 2, interrupted: false };

describe('IngestReporter', () => {
  it('on a terminal: a live line with the counts, issue lines above it, a summary line at the end', async () => {
    const out = sink(false);
    const err = sink(true);
    const r = new IngestReporter({ json: false, quiet: false, progress: true, stdout: out, stderr: err });
    r.progress({ seen: 2, stored: 1, skippedExisting: 1, issues: 0, warnings: 0, storiesCreated: 1, elapsedMs: 1000 });
    r.issue(summary.issues[0]!);
    r.finish(summary);
    const text = err.text();
    assert.match(text, /sift ingest \| 2 seen \| 1 stored \| 1 skipped \| 0 issues \| 2\.0 articles\/s/);
    assert.match(text, /sift: E_JSONL_LINE: a\.jsonl:2: Line 2 of a\.jsonl is not a valid article: invalid JSON\n/);
    assert.ok(text.endsWith(`${summaryLine(summary)}\n`));
    assert.equal(out.text(), '');
  });

  it('elsewhere: issue lines only; with --json the summary on stdout and no issue lines', () => {
    const out = sink(false);
    const err = sink(false);
    const plain = new IngestReporter({ json: false, quiet: false, progress: false, stdout: out, stderr: err });
    plain.progress({ seen: 1, stored: 1, skippedExisting: 0, issues: 0, warnings: 0, storiesCreated: 1, elapsedMs: 5 });
    plain.issue(summary.issues[0]!);
    plain.finish(summary);
    assert.equal(err.text(), 'sift: E_JSONL_LINE: a.jsonl:2: Line 2 of a.jsonl is not a valid article: invalid JSON\n');
    assert.equal(out.text(), '');

    const jout = sink(false);
    const jerr = sink(false);
    const json = new IngestReporter({ json: true, quiet: false, progress: false, stdout: jout, stderr: jerr });
    json.issue(summary.issues[0]!);
    json.finish(summary);
    assert.equal(jerr.text(), '');
    assert.deepEqual(JSON.parse(jout.text()), summary);
  });

  it('keeps issue lines on one line', () => {
    const err = sink(false);
    new IngestReporter({ json: false, quiet: true, progress: false, stdout: sink(false), stderr: err }).issue({ code: 'E_X', origin: 'f\nx', message: 'a\r\nb\u001b[31m' });
    assert.equal(err.text(), 'sift: E_X: f x: a b [31m\n');
  });
});
