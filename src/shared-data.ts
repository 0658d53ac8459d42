/**
 * Where the shared datasets live: `$SIFT_SHARED_DIR`, else `../shared` beside the repository
 * (the layout of CI and of the development machines: `<dir>/main` and `<dir>/shared`).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (works from `src/` and from the compiled `dist/`). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function sharedDir(): string {
  const env = process.env['SIFT_SHARED_DIR'];
  return env ? resolve(env) : resolve(REPO_ROOT, '..', 'shared');
}

/** A dataset folder under the shared directory, e.g. `sharedDataset('polnear')`. */
export function sharedDataset(name: string): string {
  return join(sharedDir(), 'data', name);
}
