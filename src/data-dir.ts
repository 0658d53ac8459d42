/**
 * The folder Sift keeps its data in (the default store, the user's sources file), per platform
 * conventions. Neutral ground: the store and the sources knowledge base both use it.
 */
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';

/** What the data folder depends on; every field defaults to this process's. */
export interface UserEnvironment {
  /** Environment variables (default process.env): SIFT_DB, SIFT_SOURCES_FILE, XDG_DATA_HOME, APPDATA. */
  env?: Record<string, string | undefined>;
  /** Default process.platform. */
  platform?: NodeJS.Platform;
  /** Default os.homedir(). */
  home?: string;
}

/** The folder Sift keeps its data in, per platform conventions. */
export function dataDir(e: UserEnvironment = {}): string {
  const env = e.env ?? process.env;
  const platform = e.platform ?? process.platform;
  const home = e.home ?? homedir();
  if (platform === 'win32') {
    const appData = env['APPDATA'];
    return win32.join(appData && appData !== '' ? appData : win32.join(home, 'AppData', 'Roaming'), 'sift');
  }
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'sift');
  const xdg = env['XDG_DATA_HOME'];
  // The XDG spec says to ignore a relative XDG_DATA_HOME.
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'sift');
}
