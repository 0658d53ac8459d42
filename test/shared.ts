/** Locating `../shared` (datasets, seed) for tests that need it; they skip when it is absent. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared folder (env SIFT_SHARED_DIR, else ../shared beside the repo), or undefined. */
export function sharedDir(): string | undefined {
  const dir = process.env['SIFT_SHARED_DIR'] ?? join(REPO_ROOT, '..', 'shared');
  return existsSync(dir) ? dir : undefined;
}

/** A path inside shared/, or undefined when shared/ or the path is missing. */
export function sharedPath(...parts: string[]): string | undefined {
  const dir = sharedDir();
  if (!dir) return undefined;
  const p = join(dir, ...parts);
  return existsSync(p) ? p : undefined;
}
