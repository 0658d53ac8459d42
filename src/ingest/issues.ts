/** Turning what went wrong with one item into an `Issue` (code, origin, message). */
import { isSiftError, SiftError, type ErrorCode } from '../errors/catalogue.js';
import type { Issue, IssueItem } from './types.js';

/** An issue from anything thrown while reading one item. Unexpected errors keep E_INTERNAL. */
export function issueFrom(e: unknown, origin: string): Issue {
  if (isSiftError(e)) return { code: e.code, origin, message: e.message };
  const detail = e instanceof Error ? e.message : String(e);
  return { code: 'E_INTERNAL', origin, message: new SiftError('E_INTERNAL', { detail }).message };
}

export function issueItem(e: unknown, origin: string): IssueItem {
  return { kind: 'issue', issue: issueFrom(e, origin) };
}

/** An issue item from a catalogue code and its details. */
export function issue(code: ErrorCode, origin: string, details: Record<string, string | number>): IssueItem {
  return issueItem(new SiftError(code, details), origin);
}

/** One line for the terminal: `sift: E_CODE: origin: message` (control characters removed). */
export function issueLine(i: Issue): string {
  return `sift: ${i.code}: ${oneLine(i.origin)}: ${oneLine(i.message)}\n`;
}

function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
