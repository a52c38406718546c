/**
 * Opening the database: where it lives, the pragmas that make it safe to
 * share between processes, recognising files that are not ours, and running
 * migrations (with a backup copy first). Nothing else in acct opens SQLite.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type DatabaseConstructor from 'better-sqlite3';
import { fsReason, UserError } from '../errors.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations.js';

export type Database = DatabaseConstructor.Database;

/** "ACCT" in ASCII: marks a SQLite file as ours in its header. */
export const APPLICATION_ID = 0x41434354;
const BUSY_TIMEOUT_MS = 15_000;
const SQLITE_MAGIC = 'SQLite format 3\0';

export function defaultDbPath(env: NodeJS.ProcessEnv): string {
  const dataHome = env.XDG_DATA_HOME?.trim() ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(dataHome, 'acct', 'acct.db');
}

export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = flag?.trim() || env.ACCT_DB?.trim() || defaultDbPath(env);
  return resolve(chosen);
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function describeFsError(error: unknown, path: string): UserError {
  const why =
    (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a file is in the way of the folder' : fsReason(error);
  return new UserError(
    `cannot create database ${path}: ${why}`,
    'choose a writable location with --db PATH or ACCT_DB',
  );
}

/** Creates the folder and an empty owner-only file, so SQLite inherits the mode for -wal and -shm. */
function createEmptyFile(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && existsSync(path) && statSync(path).isFile()) return;
    throw describeFsError(error, path);
  }
}

export interface OpenOptions {
  path: string;
  /** Read-only commands do not create a missing file: they see an empty in-memory database. */
  create: boolean;
  /** Loaded lazily so that `--help` never pays for the native module. */
  driver: typeof DatabaseConstructor;
}

export interface OpenResult {
  db: Database;
  /** Path of the backup written before migrating, if any. */
  backup: string | null;
  migratedFrom: number | null;
}

export function openDatabase({ path, create, driver }: OpenOptions): OpenResult {
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) {
      throw new UserError(`${path} is a folder, not a database file`, 'pass a file path with --db');
    }
    if (!statSync(path).isFile()) {
      throw new UserError(`${path} is not a regular file (a device or pipe)`, 'pass a file path with --db');
    }
    const header = readHeader(path);
    if (header.length > 0 && header.toString('latin1') !== SQLITE_MAGIC) {
      throw new UserError(
        `${path} is not an acct database (not SQLite at all)`,
        'point --db at an acct database or a new file',
      );
    }
  } else if (create) {
    createEmptyFile(path);
  } else {
    const db = new driver(':memory:');
    configure(db, false);
    migrate(db, null);
    return { db, backup: null, migratedFrom: null };
  }

  let db: Database;
  try {
    db = new driver(path, { fileMustExist: true });
  } catch (error) {
    throw new UserError(`cannot open ${path}: ${(error as Error).message}`, 'check the path and its permissions');
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    checkIdentity(db, path);
    configure(db, true);
    const from = db.pragma('user_version', { simple: true }) as number;
    let backup: string | null = null;
    if (from > 0 && from < LATEST_VERSION) backup = writeBackup(db, path, from);
    migrate(db, path);
    return { db, backup, migratedFrom: from < LATEST_VERSION ? from : null };
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkIdentity(db: Database, path: string): void {
  let applicationId: number;
  let version: number;
  let tables: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
    tables = (
      db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as { n: number }
    ).n;
  } catch (error) {
    throw new UserError(
      `${path} is not an acct database (${(error as Error).message})`,
      'point --db at an acct database or a new file',
    );
  }
  const blank = applicationId === 0 && version === 0 && tables === 0;
  if (!blank && applicationId !== APPLICATION_ID) {
    throw new UserError(
      `${path} is not an acct database`,
      'it belongs to another program; point --db at an acct database or a new file',
    );
  }
  if (version > LATEST_VERSION) {
    throw new UserError(
      `${path} was written by a newer acct (schema ${version}, this acct knows up to ${LATEST_VERSION})`,
      'upgrade acct; the file was left untouched',
    );
  }
}

function configure(db: Database, onDisk: boolean): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  if (onDisk) {
    // WAL lets readers run beside one writer; NORMAL sync is durable in WAL mode except on power loss.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
}

function writeBackup(db: Database, path: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backup = `${path}.v${fromVersion}-${stamp}.bak`;
  // VACUUM INTO writes a consistent copy even while the WAL holds recent pages.
  db.prepare('VACUUM INTO ?').run(backup);
  return backup;
}

function migrate(db: Database, path: string | null): void {
  const pending = () => MIGRATIONS.filter((m) => m.version > (db.pragma('user_version', { simple: true }) as number));
  if (pending().length === 0) return;
  const run = db.transaction(() => {
    // Re-read inside the write lock: another acct process may have migrated meanwhile.
    for (const migration of pending()) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  });
  try {
    run.immediate();
  } catch (error) {
    throw new UserError(
      `could not upgrade ${path ?? 'the database'}: ${(error as Error).message}`,
      'the file was left as it was; report this with ACCT_DEBUG=1 output',
    );
  }
}
