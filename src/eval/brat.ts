/**
 * brat standoff (`.ann`) reading for attribution gold data (PolNeAR, PARC-style).
 *
 * T-lines: `T<n> <TAB> <Type> <start> <end>[;<start> <end>…] <TAB> <text>` — a text-bound
 * annotation, possibly discontinuous (several fragments). E-lines:
 * `E<n> <TAB> Attribution:T<a> Content:T<c> Cue:T<q> Source:T<s>` — an event tying the parts of
 * one attribution relation together. Offsets are `[start, end)` into the `.txt` file.
 *
 * Other lines (`#` notes, `A`/`R`/`N` lines) are ignored, and so are the continuation lines that
 * appear when an annotated span crosses a newline (brat writes the span text verbatim).
 */
import type { Span } from '../doc/types.js';

/** A text-bound annotation (T-line). Fragments are in the order written (not always sorted). */
export interface BratTextBound {
  id: string;
  type: string;
  fragments: Span[];
  /** The text as written in the `.ann` file (fragments joined by a space; may span lines). */
  text: string;
  line: number;
}

/** An event (E-line): a trigger plus role → text-bound id arguments, in file order. */
export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: { role: string; ref: string }[];
  line: number;
}

export interface BratDocument {
  textBounds: Map<string, BratTextBound>;
  events: BratEvent[];
  /** Lines that looked like T/E annotations but could not be parsed. */
  problems: string[];
}

/**
 * One attribution relation as a list of fragments per role. `source` is absent for
 * `Attribution-no-source` relations (and whenever the E-line names no source).
 */
export interface Relation {
  id: string;
  source?: Span[];
  cue: Span[];
  content: Span[];
}

export interface RelationSet {
  relations: Relation[];
  /** Events that are attributions but lack a cue or a content argument: not scored. */
  skipped: { id: string; reason: string }[];
}

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;
const E_LINE = /^(E\d+)\t(.*)$/;
/** Any brat annotation line: T, E, R, A, M, N, # (notes) or `*` (equivalence). */
const ANNOTATION_LINE = /^(?:[TERAMN]\d+|#\d*|\*)\t/;

/** Parses the text of one `.ann` file. Never throws; unparsable lines are listed in `problems`. */
export function parseBrat(ann: string): BratDocument {
  const textBounds = new Map<string, BratTextBound>();
  const events: BratEvent[] = [];
  const problems: string[] = [];
  const lines = ann.split(/\r?\n/);
  let last: BratTextBound | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!ANNOTATION_LINE.test(line)) {
      // Continuation of a span text that crosses a newline.
      if (last) last.text += `\n${line}`;
      continue;
    }
    last = undefined;
    if (/^T\d+\t/.test(line)) {
      const m = T_LINE.exec(line);
      if (!m) {
        problems.push(`line ${i + 1}: unparsable text-bound annotation`);
        continue;
      }
      const fragments = m[3]
        .split(';')
        .map((f) => {
          const [s, e] = f.split(' ').map(Number);
          return { start: s, end: e };
        });
      if (fragments.some((f) => f.end < f.start)) {
        problems.push(`line ${i + 1}: fragment with end before start`);
        continue;
      }
      last = { id: m[1], type: m[2], fragments, text: m[4], line: i + 1 };
      textBounds.set(m[1], last);
    } else if (/^E\d+\t/.test(line)) {
      const m = E_LINE.exec(line);
      if (!m) continue;
      const parts = m[2].trim().split(/\s+/).filter(Boolean);
      if (parts.length === 0) {
        problems.push(`line ${i + 1}: empty event`);
        continue;
      }
      const [type, trigger] = splitArg(parts[0]);
      const args = parts.slice(1).map((p) => {
        const [role, ref] = splitArg(p);
        return { role, ref };
      });
      events.push({ id: m[1], type, trigger, args, line: i + 1 });
    }
  }
  for (const tb of textBounds.values()) tb.text = stripNl(tb.text);
  return { textBounds, events, problems };
}

function splitArg(s: string): [string, string] {
  const at = s.lastIndexOf(':');
  return at < 0 ? [s, ''] : [s.slice(0, at), s.slice(at + 1)];
}

/**
 * The attribution relations of a parsed document. Events whose type starts with `Attribution`
 * (`Attribution`, `Attribution-no-source`) count. Roles are read by prefix, so `Content2`
 * (PolNeAR's second content argument) is merged into the content fragments.
 */
export function attributionRelations(doc: BratDocument): RelationSet {
  const relations: Relation[] = [];
  const skipped: RelationSet['skipped'] = [];
  for (const ev of doc.events) {
    if (!ev.type.startsWith('Attribution')) continue;
    const roles: Record<'source' | 'cue' | 'content', Span[]> = { source: [], cue: [], content: [] };
    let missing = '';
    for (const arg of ev.args) {
      const role = roleOf(arg.role);
      if (!role) continue;
      const tb = doc.textBounds.get(arg.ref);
      if (!tb) {
        missing = `argument ${arg.role}:${arg.ref} names no text-bound annotation`;
        continue;
      }
      roles[role].push(...tb.fragments);
    }
    if (missing) {
      skipped.push({ id: ev.id, reason: missing });
      continue;
    }
    if (roles.cue.length === 0 || roles.content.length === 0) {
      skipped.push({ id: ev.id, reason: roles.cue.length === 0 ? 'no cue' : 'no content' });
      continue;
    }
    const rel: Relation = { id: ev.id, cue: sortSpans(roles.cue), content: sortSpans(roles.content) };
    if (roles.source.length > 0) rel.source = sortSpans(roles.source);
    relations.push(rel);
  }
  return { relations, skipped };
}

function roleOf(role: string): 'source' | 'cue' | 'content' | undefined {
  let end = role.length;
  while (end > 0 && role.charCodeAt(end - 1) >= 48 && role.charCodeAt(end - 1) <= 57) end--; // Content2 → Content
  const r = role.slice(0, end).toLowerCase();
  return r === 'source' || r === 'cue' || r === 'content' ? r : undefined;
}

function sortSpans(spans: Span[]): Span[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Checks every text-bound annotation against the document text: its fragments' text, joined by
 * one space in the order written, must equal the annotation's own text. Returns the ids that
 * disagree — a sanity check that offsets index the text the way we read it (UTF-16 code units,
 * no newline conversion).
 */
export function verifyOffsets(doc: BratDocument, text: string): string[] {
  const bad: string[] = [];
  for (const tb of doc.textBounds.values()) {
    const ok =
      tb.fragments.every((f) => f.end <= text.length) &&
      stripNl(tb.fragments.map((f) => text.slice(f.start, f.end)).join(' ')) === stripNl(tb.text);
    if (!ok) bad.push(tb.id);
  }
  return bad;
}

/** Trailing newlines are ambiguous in the `.ann` format (a blank line may end the file). */
function stripNl(s: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === '\n') end--;
  return s.slice(0, end);
}
