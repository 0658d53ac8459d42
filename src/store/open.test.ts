/** openStore / describeStore: locations, defaults, and every refusal as one-line SiftError. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { isSiftError, type ErrorCode } from '../errors/catalogue.js';
import { dataDir } from '../data-dir.js';
import { defaultStorePath, describeStore, openStore, parseStoreSpec } from './open.js';

const dir = mkdtempSync(join(tmpdir(), 'sift-store-open-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const oneLine = (code: ErrorCode, also?: RegExp) => (e: unknown) => isSiftError(e, code) && !e.message.includes('\n') && (also === undefined || also.test(e.message));

test('the default data folder follows each platform', () => {
  assert.equal(dataDir({ platform: 'linux', env: {}, home: '/home/ann' }), '/home/ann/.local/share/sift');
  assert.equal(dataDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data/x' }, home: '/home/ann' }), '/data/x/sift');
  assert.equal(dataDir({ platform: 'linux', env: { XDG_DATA_HOME: 'relative' }, home: '/home/ann' }), '/home/ann/.local/share/sift', 'a relative XDG_DATA_HOME is ignored');
  assert.equal(dataDir({ platform: 'darwin', env: {}, home: '/Users/ann' }), '/Users/ann/Library/Application Support/sift');
  assert.equal(dataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, home: 'C:\\Users\\ann' }), 'C:\\Users\\ann\\AppData\\Roaming\\sift');
  assert.equal(defaultStorePath({ platform: 'win32', env: {}, home: 'C:\\Users\\ann' }), 'C:\\Users\\ann\\AppData\\Roaming\\sift\\sift.db');
  assert.equal(defaultStorePath({ platform: 'linux', env: {}, home: '/home/ann' }), '/home/ann/.local/share/sift/sift.db');
});

test('spec, then SIFT_DB, then the default file', () => {
  const env = { SIFT_DB: '/srv/corpus.db' };
  assert.deepEqual(parseStoreSpec(undefined, { env, platform: 'linux', home: '/h' }), { kind: 'sqlite', path: '/srv/corpus.db', isDefault: false });
  assert.deepEqual(parseStoreSpec('/tmp/x.db', { env, platform: 'linux', home: '/h' }), { kind: 'sqlite', path: '/tmp/x.db', isDefault: false });
  assert.deepEqual(parseStoreSpec('  ', { env: {}, platform: 'linux', home: '/h' }), { kind: 'sqlite', path: '/h/.local/share/sift/sift.db', isDefault: true });
  assert.deepEqual(parseStoreSpec(undefined, { env: { SIFT_DB: 'postgresql://u:p@db:5433/sift' } }), { kind: 'postgres', url: 'postgresql://u:p@db:5433/sift' });
  assert.deepEqual(parseStoreSpec('~/c.db', { env: {}, home: '/home/ann' }), { kind: 'sqlite', path: '/home/ann/c.db', isDefault: false });
  assert.deepEqual(parseStoreSpec('file:///var/c.db', { env: {} }), { kind: 'sqlite', path: '/var/c.db', isDefault: false });
  assert.equal(parseStoreSpec('rel/c.db', { env: {} }).kind, 'sqlite');
  assert.equal((parseStoreSpec('rel/c.db', { env: {} }) as { path: string }).path, join(process.cwd(), 'rel/c.db'));
});

test('describeStore shows the location without the password', () => {
  assert.equal(describeStore('postgres://sift:s3cr3t@db.example:5432/corpus?sslmode=require', { env: {} }), 'postgres://sift@db.example:5432/corpus?sslmode=require');
  assert.equal(describeStore('postgres://db.example/corpus?password=s3cr3t&schema=s', { env: {} }), 'postgres://db.example/corpus?schema=s');
  assert.equal(describeStore('/srv/c.db', { env: {} }), '/srv/c.db');
  assert.equal(describeStore(undefined, { env: {}, platform: 'linux', home: '/h' }), '/h/.local/share/sift/sift.db');
});

test('other schemes and malformed URLs: E_STORE_SPEC, without the password', async () => {
  await assert.rejects(openStore('mysql://root:hunter2@db/sift', { env: {} }), oneLine('E_STORE_SPEC', /^Not a store location: mysql:\/\/root@db\/sift\./));
  await assert.rejects(openStore('mysql://root:hunter2@db/sift', { env: {} }), (e: unknown) => !(e as Error).message.includes('hunter2'));
  await assert.rejects(openStore('http://example.org/db', { env: {} }), oneLine('E_STORE_SPEC'));
  await assert.rejects(openStore('postgres://u:pw@[bad/x', { env: {} }), oneLine('E_STORE_SPEC'));
});

test('the default file: the data folder is created, the store opened and reopened', async () => {
  const env = { XDG_DATA_HOME: join(dir, 'xdg') };
  const s = await openStore(undefined, { env, platform: 'linux' });
  try {
    assert.equal(s.kind, 'sqlite');
    assert.equal(s.location, join(dir, 'xdg', 'sift', 'sift.db'));
    await s.insertArticle({ key: 'a', lang: 'en', text: 't', analysis: { chains: [], sources: [], attributions: 0, hedged: 0, unsourced: 0, facts: [], sentences: 1 } }, ['x'], { kind: 'new' });
  } finally {
    await s.close();
  }
  assert.ok(existsSync(join(dir, 'xdg', 'sift', 'sift.db')));
  const again = await openStore(undefined, { env, platform: 'linux' });
  assert.equal(await again.countArticles(), 1);
  await again.close();
});

test('SIFT_DB names the file; an explicit spec wins over it', async () => {
  const viaEnv = join(dir, 'env.db');
  const s = await openStore(undefined, { env: { SIFT_DB: viaEnv } });
  assert.equal(s.location, viaEnv);
  await s.close();
  const explicit = join(dir, 'explicit.db');
  const t = await openStore(explicit, { env: { SIFT_DB: viaEnv } });
  assert.equal(t.location, explicit);
  await t.close();
});

test('a file that is not a SQLite database: E_STORE_NOT_SQLITE, file untouched', async () => {
  const p = join(dir, 'article.txt');
  writeFileSync(p, 'An article, not a database. '.repeat(10));
  await assert.rejects(openStore(p, { env: {} }), oneLine('E_STORE_NOT_SQLITE', /Sift left it untouched/));
  assert.equal(readFileSync(p, 'utf8'), 'An article, not a database. '.repeat(10));
  assert.equal(existsSync(`${p}-wal`), false);
});

test('a folder or a missing folder: E_STORE_OPEN with what to do', async () => {
  await assert.rejects(openStore(dir, { env: {} }), oneLine('E_STORE_OPEN', /folder/));
  await assert.rejects(openStore(join(dir, 'no', 'such', 'c.db'), { env: {} }), oneLine('E_STORE_OPEN', /Create the folder first/));
});

test('an unreachable PostgreSQL server: E_STORE_OPEN, no password, no stack', async () => {
  await assert.rejects(openStore('postgres://sift:pw123secret@127.0.0.1:1/sift', { env: {} }), (e: unknown) =>
    oneLine('E_STORE_OPEN', /127\.0\.0\.1:1.*PostgreSQL running/)(e) && !(e as Error).message.includes('pw123secret'));
});
