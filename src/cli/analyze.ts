/** `sift analyze <input>`: one article (or each line of a JSONL file) → report. */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { analyzeInput } from '../app/analyze.js';
import type { ReadOptions } from '../article/read.js';
import { SiftError } from '../errors/catalogue.js';
import { issueLine } from '../ingest/issues.js';
import { renderHtml } from '../report/html.js';
import { toJson } from '../report/json.js';
import { renderTerminal } from '../report/terminal.js';
import { positiveInt } from './options.js';
import type { CliIo } from './io.js';
import { defaultSources } from '../sources/default.js';
import { knowDoc } from '../sources/doc.js';

interface AnalyzeFlags {
  json?: boolean;
  html?: string | boolean;
  format: string;
  allowPrivate?: boolean;
  maxBytes?: string;
  timeout?: string;
}

export function registerAnalyze(program: Command, io: CliIo): void {
  program
    .command('analyze')
    .description('Analyze one article: attribution chains, hedged and unsourced claims')
    .argument('<input>', 'file (text, HTML, JSONL), URL, or - for standard input')
    .option('--json', 'print the analysis as JSON (schema sift.analysis/1)')
    .option('--html [file]', 'write a self-contained HTML report (to stdout when no file is given)')
    .option('--format <format>', 'input format: auto, text, html, jsonl', 'auto')
    .option('--allow-private', 'allow fetching URLs on private, loopback or link-local addresses')
    .option('--max-bytes <n>', 'size cap for one input in bytes')
    .option('--timeout <ms>', 'URL fetch timeout in milliseconds')
    .action(async (input: string, flags: AnalyzeFlags) => {
      await runAnalyze(input, flags, io);
    });
}

async function runAnalyze(input: string, flags: AnalyzeFlags, io: CliIo): Promise<void> {
  // A JSONL line kept without a bad field: one line on stderr, like sift ingest's warnings.
  const opts: ReadOptions = { format: parseFormat(flags.format), onWarning: (w) => io.stderr.write(issueLine({ code: w.code, origin: input, message: w.message })), stdin: io.stdin };
  if (flags.allowPrivate) opts.allowPrivate = true;
  if (flags.maxBytes !== undefined) opts.maxBytes = positiveInt(flags.maxBytes, '--max-bytes');
  if (flags.timeout !== undefined) opts.timeoutMs = positiveInt(flags.timeout, '--timeout');
  const jsonOut: unknown[] = [];
  for await (const doc of analyzeInput(input, opts)) {
    const known = knowDoc(doc, defaultSources());
    if (flags.json) jsonOut.push(toJson(doc, known));
    else if (flags.html !== undefined) {
      const html = renderHtml(doc, known);
      if (typeof flags.html === 'string') await writeFile(flags.html, html);
      else io.stdout.write(html);
    } else io.stdout.write(renderTerminal(doc, known, { color: io.stdout.isTTY === true }));
  }
  if (flags.json) {
    // One article (text, HTML, URL) → one object; JSONL input → always an array.
    const many = opts.format === 'jsonl' || /\.(jsonl|ndjson)$/i.test(input) || jsonOut.length !== 1;
    io.stdout.write(`${JSON.stringify(many ? jsonOut : jsonOut[0], null, 2)}\n`);
  }
}

function parseFormat(f: string): NonNullable<ReadOptions['format']> {
  if (f === 'auto' || f === 'text' || f === 'html' || f === 'jsonl') return f;
  throw new SiftError('E_USAGE', { detail: `unknown --format "${f}" (use auto, text, html or jsonl)` });
}
