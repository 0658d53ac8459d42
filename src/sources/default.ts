/**
 * The knowledge base analyses use by default: the shipped one plus the user's own entries
 * (`userSourcesPath()`), loaded once on first use. Tests and library users can set another.
 */
import type { SourceKB } from './kb.js';
import { loadShippedKb } from './shipped.js';
import { readUserSources, userSourcesPath } from './user.js';

let current: SourceKB | undefined;
let shippedOnly: SourceKB | undefined;

/** The shipped knowledge base with the user's entries (loaded once). */
export function defaultSources(): SourceKB {
  current ??= shippedSources().withUser(readUserSources(userSourcesPath()));
  return current;
}

/** The shipped knowledge base alone (loaded once). */
export function shippedSources(): SourceKB {
  shippedOnly ??= loadShippedKb();
  return shippedOnly;
}

/** Uses `kb` for every later analysis; `undefined` reloads the default (e.g. after the user file changed). */
export function setDefaultSources(kb: SourceKB | undefined): void {
  current = kb;
}
