/**
 * Files and folders: a folder is walked recursively in a fixed order (names sorted by code unit,
 * files and folders alike), skipping hidden entries (names starting with "."), symbolic links to
 * folders (no cycles), and files whose extension Sift does not ingest.
 */
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SiftError } from '../../errors/catalogue.js';

/** Extensions taken from a folder (a `.gz` counts only as `.warc.gz` or `.xml.gz`). */
const FOLDER_EXTENSIONS = ['.txt', '.html', '.htm', '.jsonl', '.ndjson', '.xml', '.warc', '.warc.gz', '.xml.gz'];

export function ingestibleName(name: string): boolean {
  const lower = name.toLowerCase();
  return FOLDER_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A file-system error on `path` as a SiftError (E_FILE_NOT_FOUND or E_FILE_READ). */
export function fileReadError(path: string, e: unknown): SiftError {
  if (e instanceof SiftError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new SiftError('E_FILE_NOT_FOUND', { path });
  const detail = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : e instanceof Error ? e.message : String(e);
  return new SiftError('E_FILE_READ', { path, detail });
}

export type WalkEntry = { path: string; error?: undefined } | { path: string; error: SiftError };

/** Sorted names of a folder's entries, or throws E_FILE_READ. */
async function entries(dir: string): Promise<Array<{ name: string; dir: boolean; file: boolean; link: boolean }>> {
  const out: Array<{ name: string; dir: boolean; file: boolean; link: boolean }> = [];
  try {
    for await (const d of await opendir(dir)) out.push({ name: d.name, dir: d.isDirectory(), file: d.isFile(), link: d.isSymbolicLink() });
  } catch (e) {
    throw fileReadError(dir, e);
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The ingestible files under `dir`, depth first in sorted order. An unreadable sub-folder is
 * yielded as an error entry (the walk goes on); an unreadable `dir` itself throws.
 */
export async function* walkFolder(dir: string): AsyncGenerator<WalkEntry> {
  for (const e of await entries(dir)) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    let isDir = e.dir;
    let isFile = e.file;
    if (e.link) {
      // Follow links to files; never links to folders (they could loop).
      const st = await stat(path).catch(() => undefined);
      isDir = false;
      isFile = st?.isFile() ?? false;
    }
    if (isDir) {
      try {
        yield* walkFolder(path);
      } catch (err) {
        if (!(err instanceof SiftError)) throw err;
        yield { path, error: err };
      }
    } else if (isFile && ingestibleName(e.name)) yield { path };
  }
}
