/**
 * What `sift ingest` shows: on a terminal a live line (cli-progress) with articles seen / stored /
 * skipped / issues and the rate; each issue as one line `sift: E_CODE: origin: message` on stderr
 * and each warning as `sift: W_CODE: origin: message` (unless --json); at the end a one-line
 * summary on a terminal, or the JSON summary on stdout with --json.
 */
import cliProgress from 'cli-progress';
import { issueLine } from './issues.js';
import type { IngestCounts, IngestSummary } from './run.js';
import type { Issue } from './types.js';

export interface ReporterOptions {
  json: boolean;
  quiet: boolean;
  /** Show the live progress line (stderr is a terminal and not --quiet). */
  progress: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const FORMAT = 'sift ingest | {seen} seen | {stored} stored | {skipped} skipped | {issues} issues | {rate} articles/s | {duration_formatted}';

export class IngestReporter {
  private readonly multi: cliProgress.MultiBar | undefined;
  private readonly bar: cliProgress.SingleBar | undefined;
  private stopped = false;

  constructor(private readonly opts: ReporterOptions) {
    if (opts.progress) {
      this.multi = new cliProgress.MultiBar({ format: FORMAT, stream: opts.stderr, fps: 10, gracefulExit: false, hideCursor: null, clearOnComplete: true, linewrap: null });
      this.bar = this.multi.create(0, 0, payload({ seen: 0, stored: 0, skippedExisting: 0, issues: 0, warnings: 0, storiesCreated: 0, elapsedMs: 0 }));
    }
  }

  issue(issue: Issue): void {
    if (this.opts.json) return;
    const line = issueLine(issue);
    if (this.multi) this.multi.log(line);
    else this.opts.stderr.write(line);
  }

  /** A warning (an article kept without a field) is shown like an issue; its code says W_…. */
  warning(warning: Issue): void {
    this.issue(warning);
  }

  progress(counts: IngestCounts): void {
    this.bar?.update(counts.seen, payload(counts));
  }

  /** Removes the live line (idempotent). */
  stop(): void {
    if (this.multi && !this.stopped) {
      this.multi.update(); // flushes issue lines still buffered (stop alone drops them)
      this.multi.stop();
    }
    this.stopped = true;
  }

  /** Prints the summary (after `stop`). */
  finish(summary: IngestSummary): void {
    this.stop();
    if (this.opts.json) this.opts.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else if (this.opts.progress && !this.opts.quiet) this.opts.stderr.write(`${summaryLine(summary)}\n`);
  }
}

function payload(c: IngestCounts): Record<string, string | number> {
  const rate = c.elapsedMs > 0 ? ((c.seen / c.elapsedMs) * 1000).toFixed(1) : '0.0';
  return { seen: c.seen, stored: c.stored, skipped: c.skippedExisting, issues: c.issues, rate };
}

/**
 * "sift ingest: 300 seen, 290 stored, 10 already stored, 2 issues, 288 new stories in 12.3 s (24.4 articles/s)",
 * with ", 3 warnings" after the issues when there are any.
 */
export function summaryLine(s: IngestSummary): string {
  const head = s.interrupted ? 'sift ingest (interrupted)' : 'sift ingest';
  const warnings = s.warnings.length > 0 ? `, ${s.warnings.length} warning${s.warnings.length === 1 ? '' : 's'}` : '';
  return `${head}: ${s.seen} seen, ${s.stored} stored, ${s.skippedExisting} already stored, ${s.issues.length} issue${s.issues.length === 1 ? '' : 's'}${warnings}, ${s.storiesCreated} new stor${s.storiesCreated === 1 ? 'y' : 'ies'} in ${(s.elapsedMs / 1000).toFixed(1)} s (${s.rate} articles/s)`;
}
