/** Files as they are found in the wild: left by an older acct, or damaged on disk. */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ID } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { tempDir } from '../helpers.js';

/** A database as acct schema `version` left it, owner-only, with one account (Acme). */
export function databaseAtVersion(path: string, version: number): void {
  writeFileSync(path, '', { mode: 0o600 });
  const db = new Database(path);
  for (const migration of MIGRATIONS.filter((m) => m.version <= version)) db.exec(migration.sql);
  db.pragma(`user_version = ${version}`);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.prepare(
    "INSERT INTO accounts (name, name_key, created_at, updated_at) VALUES ('Acme', 'acme', '2025-01-01', '2025-01-01')",
  ).run();
  db.close();
}

/** Overwrites the b-tree page at the root of `table` with garbage, as a bad disk sector would. */
export function damageTable(path: string, table: string): void {
  const db = new Database(path);
  const page = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(path);
  bytes.fill(0xa5, (page - 1) * size, page * size);
  writeFileSync(path, bytes);
}

/** Whether this process may mount a tmpfs (root with mount(8)); a full disk can only be made so. */
export const canMountSmallDisk = ((): boolean => {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const mountedDisks: string[] = [];

/** Mounts a 1 MiB tmpfs in a fresh temp folder, to fill; null where mounting fails. Undo with `unmountSmallDisks`. */
export function smallDisk(): string | null {
  if (!canMountSmallDisk) return null;
  const dir = join(tempDir(), 'disk');
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  mountedDisks.push(dir);
  return dir;
}

/** Lazily unmounts every disk `smallDisk` mounted (call from afterEach). */
export function unmountSmallDisks(): void {
  while (mountedDisks.length > 0) execFileSync('umount', ['-l', mountedDisks.pop()!]);
}
