/**
 * Opening the corpus store from a location: a file path (SQLite) or a postgres:// URL
 * (PostgreSQL); by default env SIFT_DB, else `sift.db` in the user's data folder.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, type UserEnvironment } from '../data-dir.js';
import { SiftError } from '../errors/catalogue.js';
import { errorDetail, redactUrl } from './common.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

/** What the default location depends on (SIFT_DB and the data folder's variables). */
export type StoreEnvironment = UserEnvironment;

export type StoreSpec = { kind: 'sqlite'; path: string; isDefault: boolean } | { kind: 'postgres'; url: string };

export const DEFAULT_STORE_FILE = 'sift.db';

/** The default store file: `sift.db` in `dataDir()`. */
export function defaultStorePath(e: StoreEnvironment = {}): string {
  const dir = dataDir(e);
  return (e.platform ?? process.platform) === 'win32' ? win32.join(dir, DEFAULT_STORE_FILE) : join(dir, DEFAULT_STORE_FILE);
}

/** What a location names, without touching it. Absent or empty → SIFT_DB → the default file. */
export function parseStoreSpec(spec?: string, e: StoreEnvironment = {}): StoreSpec {
  const env = e.env ?? process.env;
  let s = spec?.trim();
  if (s === undefined || s === '') s = env['SIFT_DB']?.trim();
  if (s === undefined || s === '') return { kind: 'sqlite', path: defaultStorePath(e), isDefault: true };
  if (/^postgres(?:ql)?:\/\//i.test(s)) {
    try {
      new URL(s);
    } catch {
      throw new SiftError('E_STORE_SPEC', { spec: redactUrl(s) });
    }
    return { kind: 'postgres', url: s };
  }
  if (/^file:/i.test(s)) {
    try {
      return { kind: 'sqlite', path: fileURLToPath(s), isDefault: false };
    } catch {
      throw new SiftError('E_STORE_SPEC', { spec: s });
    }
  }
  // Any other scheme (mysql://, http://, sqlite://, …) is a mistake, not a relative path.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) throw new SiftError('E_STORE_SPEC', { spec: redactUrl(s) });
  if (s === ':memory:') return { kind: 'sqlite', path: s, isDefault: false };
  if (s === '~' || s.startsWith('~/')) s = join(e.home ?? homedir(), s.slice(1));
  return { kind: 'sqlite', path: resolve(s), isDefault: false };
}

/** The location a spec names, for showing to a user (file path, or URL without its password). */
export function describeStore(spec?: string, e: StoreEnvironment = {}): string {
  const p = parseStoreSpec(spec, e);
  return p.kind === 'postgres' ? redactUrl(p.url) : p.path;
}

/**
 * Opens the store a spec names, creating the default folder when needed and bringing the schema
 * up to date. Failures are SiftErrors (E_STORE_SPEC, E_STORE_OPEN, E_STORE_NOT_SQLITE,
 * E_STORE_SCHEMA) that say what to do.
 */
export async function openStore(spec?: string, e: StoreEnvironment = {}): Promise<Store> {
  const p = parseStoreSpec(spec, e);
  if (p.kind === 'postgres') return PostgresStore.open(p.url);
  if (p.isDefault) {
    const dir = dataDir(e);
    try {
      mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new SiftError('E_STORE_OPEN', { location: p.path, detail: `could not create the folder ${dir}: ${errorDetail(err)}. Set SIFT_DB to a writable location` });
    }
  }
  return SqliteStore.open(p.path);
}
