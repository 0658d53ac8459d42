/**
 * The user's own source entries: one JSON file (format sift.sources.user/1) in Sift's data folder —
 * the folder the store uses (`dataDir()`), or SIFT_SOURCES_FILE — kept apart from the shipped
 * knowledge base, so a rebuild never touches it. Entries come from `sift sources add` and
 * `sift sources import` (CSV, YAML or JSON) and leave with `sift sources export`.
 *
 * Bad rows in an import become typed issues (code, row, message) and are skipped; a broken user
 * file is E_SOURCES_FILE and is never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { dataDir, type UserEnvironment } from '../data-dir.js';
import { SiftError } from '../errors/catalogue.js';
import { nameKey } from '../mentions/keys.js';
import { csvLine, parseCsvRecords } from './csv.js';
import { normalizeHost } from './domain.js';
import type { Reliability } from './data/meanings.js';
import { ENTRY_KINDS, USER_FORMAT, type EntryKind, type UserEntry, type UserFile } from './types.js';

export const USER_SOURCES_FILE = 'sources.json';

/** Where the user's entries live: SIFT_SOURCES_FILE, else `sources.json` in the data folder. */
export function userSourcesPath(e: UserEnvironment = {}): string {
  const env = e.env ?? process.env;
  const explicit = env['SIFT_SOURCES_FILE']?.trim();
  if (explicit) return explicit;
  return join(dataDir(e), USER_SOURCES_FILE);
}

/** The user's entries ([] when the file does not exist). */
export function readUserSources(path: string): UserEntry[] {
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new SiftError('E_SOURCES_FILE', { path, detail: `not readable as JSON (${e instanceof Error ? e.message : String(e)})` });
  }
  const f = data as Partial<UserFile>;
  if (typeof data !== 'object' || data === null || f.format !== USER_FORMAT || !Array.isArray(f.entries)) {
    throw new SiftError('E_SOURCES_FILE', { path, detail: `expected {"format": "${USER_FORMAT}", "entries": [...]}` });
  }
  const out: UserEntry[] = [];
  f.entries.forEach((raw, i) => {
    const r = toUserEntry(raw, `entry ${i + 1}`);
    if (r.issues.length) throw new SiftError('E_SOURCES_FILE', { path, detail: r.issues.map((x) => x.message).join('; ') });
    out.push(r.entry!);
  });
  return out;
}

/** Writes the user's entries (atomically: a temporary file renamed over the old one). */
export function writeUserSources(path: string, entries: readonly UserEntry[]): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    const file: UserFile = { format: USER_FORMAT, entries: [...entries] };
    writeFileSync(tmp, `${JSON.stringify(file, null, 2)}\n`);
    renameSync(tmp, path);
  } catch (e) {
    throw new SiftError('E_SOURCES_FILE', { path, detail: `could not write it (${e instanceof Error ? e.message : String(e)})` });
  }
}

export interface EntryIssue {
  code: 'E_SOURCES_ENTRY';
  /** "row 3", "entry 2". */
  where: string;
  message: string;
}

const RELIABILITY: readonly Reliability[] = ['reliable', 'mixed', 'unreliable'];
const FIELDS = ['name', 'kind', 'domains', 'aliases', 'country', 'affiliation', 'state_affiliated', 'reliability', 'lists', 'role', 'note', 'added'] as const;

/** One user entry from a loosely typed record (CSV row, YAML/JSON object), or typed issues. */
export function toUserEntry(raw: unknown, where: string): { entry?: UserEntry; issues: EntryIssue[] } {
  const issues: EntryIssue[] = [];
  const issue = (message: string): { issues: EntryIssue[] } => {
    issues.push({ code: 'E_SOURCES_ENTRY', where, message: `${where}: ${message}` });
    return { issues };
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return issue('not an object with fields');
  const r = raw as Record<string, unknown>;
  const get = (k: string): unknown => r[k] ?? r[k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())];
  const text = (k: string): string | undefined => {
    const v = get(k);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' && typeof v !== 'number') {
      issue(`${k} must be text`);
      return undefined;
    }
    const s = String(v).trim();
    return s === '' ? undefined : s;
  };
  const list = (k: string): string[] | undefined => {
    const v = get(k);
    if (v === undefined || v === null || v === '') return undefined;
    const items = Array.isArray(v) ? v.map((x) => String(x)) : typeof v === 'string' ? v.split(/[;\n]/) : undefined;
    if (!items) {
      issue(`${k} must be a list or text separated by ";"`);
      return undefined;
    }
    const out = items.map((x) => x.trim()).filter(Boolean);
    return out.length ? out : undefined;
  };
  const name = text('name');
  if (!name) return issue('name is missing');
  const entry: UserEntry = { name };
  const kind = text('kind');
  if (kind !== undefined) {
    if (!(ENTRY_KINDS as readonly string[]).includes(kind)) issue(`kind must be one of ${ENTRY_KINDS.join(', ')}, not ${JSON.stringify(kind)}`);
    else entry.kind = kind as EntryKind;
  }
  const domains = list('domains');
  if (domains) {
    const hosts: string[] = [];
    for (const d of domains) {
      const h = normalizeHost(d);
      if (h) hosts.push(h);
      else issue(`${JSON.stringify(d)} is not a domain`);
    }
    if (hosts.length) entry.domains = [...new Set(hosts)];
  }
  const aliases = list('aliases');
  if (aliases) entry.aliases = aliases;
  for (const k of ['country', 'affiliation', 'role', 'note', 'added'] as const) {
    const v = text(k);
    if (v !== undefined) entry[k] = v;
  }
  const st = get('state_affiliated');
  if (st !== undefined && st !== null && st !== '') {
    const s = String(st).trim().toLowerCase();
    if (['true', 'yes', 'y', '1'].includes(s)) entry.stateAffiliated = true;
    else if (['false', 'no', 'n', '0'].includes(s)) entry.stateAffiliated = false;
    else issue(`state_affiliated must be yes or no, not ${JSON.stringify(st)}`);
  }
  const rel = text('reliability');
  if (rel !== undefined) {
    if ((RELIABILITY as readonly string[]).includes(rel.toLowerCase())) entry.reliability = rel.toLowerCase() as Reliability;
    else issue(`reliability must be one of ${RELIABILITY.join(', ')}, not ${JSON.stringify(rel)}`);
  }
  const lists = list('lists');
  if (lists) entry.lists = lists;
  const unknown = Object.keys(r).filter((k) => !(FIELDS as readonly string[]).includes(k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
  if (unknown.length) issue(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
  return issues.length ? { issues } : { entry, issues };
}

/** Entries from an import file's text: CSV (by extension or content), YAML or JSON. */
export function parseImport(text: string, path: string): { entries: UserEntry[]; issues: EntryIssue[] } {
  const lower = path.toLowerCase();
  const entries: UserEntry[] = [];
  const issues: EntryIssue[] = [];
  let rows: unknown[];
  let label = 'entry';
  let first = 1;
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) {
    rows = parseCsvRecords(text, lower.endsWith('.tsv') ? '\t' : ',');
    label = 'row';
    first = 2;
  } else {
    let data: unknown;
    try {
      data = lower.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    } catch (e) {
      throw new SiftError('E_SOURCES_IMPORT', { path, detail: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
    }
    if (data && typeof data === 'object' && !Array.isArray(data) && Array.isArray((data as { entries?: unknown }).entries)) data = (data as { entries: unknown[] }).entries;
    if (!Array.isArray(data)) throw new SiftError('E_SOURCES_IMPORT', { path, detail: 'expected a list of entries (or {entries: [...]})' });
    rows = data;
  }
  rows.forEach((row, i) => {
    const r = toUserEntry(row, `${label} ${i + first}`);
    issues.push(...r.issues);
    if (r.entry) entries.push(r.entry);
  });
  return { entries, issues };
}

/** `entries` merged into `existing`: an entry with the same name (by key) and kind replaces the old one. */
export function mergeUserEntries(existing: readonly UserEntry[], entries: readonly UserEntry[]): { merged: UserEntry[]; added: number; updated: number } {
  const merged = [...existing];
  let added = 0;
  let updated = 0;
  for (const e of entries) {
    const at = merged.findIndex((x) => nameKey(x.name) === nameKey(e.name) && (x.kind ?? 'outlet') === (e.kind ?? 'outlet'));
    if (at >= 0) {
      merged[at] = e;
      updated++;
    } else {
      merged.push(e);
      added++;
    }
  }
  return { merged, added, updated };
}

export type ExportFormat = 'csv' | 'yaml' | 'json';

/** The user's entries in an import-ready format. */
export function exportUserSources(entries: readonly UserEntry[], format: ExportFormat): string {
  if (format === 'json') return `${JSON.stringify({ format: USER_FORMAT, entries }, null, 2)}\n`;
  if (format === 'yaml') return stringifyYaml(entries.map(toSnake));
  const lines = [csvLine([...FIELDS])];
  for (const e of entries) {
    const s = toSnake(e);
    lines.push(csvLine(FIELDS.map((k) => {
      const v = s[k];
      return Array.isArray(v) ? v.join(';') : v === undefined ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
    })));
  }
  return `${lines.join('\n')}\n`;
}

function toSnake(e: UserEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (v !== undefined) out[k === 'stateAffiliated' ? 'state_affiliated' : k] = v;
  return out;
}
