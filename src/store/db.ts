/**
 * Opening the database: where it lives, the pragmas that make it safe to
 * share between processes, recognising files that are not ours, and running
 * migrations (with a backup copy first). Nothing else in acct opens SQLite.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type DatabaseConstructor from 'better-sqlite3';
import { DamagedDatabaseError, fsReason, storageError, UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { createRequire } from 'node:module';
import { canRequireSiblings } from '../load-later.js';
import type { Migration } from './migrations.js';
import { LATEST_VERSION } from './schema-version.js';
import { isPostgresUrl } from './pg/url.js';

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
  // A PostgreSQL location is a URL, not a path (docs/postgres.md).
  return isPostgresUrl(chosen) ? chosen : resolve(chosen);
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
  const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? t('error.fs.ENOTDIR') : fsReason(error);
  return new UserError(t('store.create.failed', { path, reason }), t('store.create.failed.hint'));
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
  /**
   * Open for reading only: works on a file or folder the user cannot write.
   * A file that still needs migrating is opened for writing anyway.
   */
  readOnly?: boolean;
  /** How long to wait for another process's write lock (default 15 s). */
  busyTimeoutMs?: number;
  /** Loaded lazily so that `--help` never pays for the native module. */
  driver: typeof DatabaseConstructor;
}

export interface OpenResult {
  db: Database;
  /** Path of the backup written before migrating, if any. */
  backup: string | null;
  migratedFrom: number | null;
}

export function openDatabase(options: OpenOptions): OpenResult {
  const { path, create, driver } = options;
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) {
      throw new UserError(t('store.isFolder', { path }), t('store.passFile.hint'));
    }
    if (!statSync(path).isFile()) {
      throw new UserError(t('store.notRegular', { path }), t('store.passFile.hint'));
    }
    const header = readHeader(path);
    if (header.length > 0 && header.toString('latin1') !== SQLITE_MAGIC) {
      throw new UserError(t('store.notSqlite', { path }), t('store.notSqlite.hint'));
    }
    if (options.readOnly && header.length > 0) {
      const reader = openForReading(options);
      if (reader) return { db: reader, backup: null, migratedFrom: null };
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
    throw (
      storageError(error, path) ??
      new UserError(t('store.open.failed', { path, reason: (error as Error).message }), t('store.open.failed.hint'))
    );
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    checkIdentity(db, path);
    configure(db, true, options.busyTimeoutMs);
    sweepUnfinishedBackups(path);
    const from = db.pragma('user_version', { simple: true }) as number;
    let backup: string | null = null;
    if (from > 0 && from < LATEST_VERSION) {
      backup = writeBackup(db, path, from);
      pruneBackups(path, KEEP_BACKUPS);
    }
    migrate(db, path);
    return { db, backup, migratedFrom: from < LATEST_VERSION ? from : null };
  } catch (error) {
    db.close();
    throw storageError(error, path) ?? error;
  }
}

/**
 * A read-only connection, or null when the file needs migrating (the caller
 * then opens it for writing). In WAL mode SQLite keeps its shared index in
 * the `-shm` file beside the database; in a folder the user cannot write,
 * and with no `-shm` left there (or on a disk too full to make one), SQLite
 * cannot read at all. With the write-ahead log empty the main file holds
 * every committed change, and nobody can be writing it (a writer needs that
 * folder and that room too), so a snapshot of it in memory is exactly what
 * is on disk (https://sqlite.org/wal.html, "Read-Only
 * Databases").
 */
function openForReading(options: OpenOptions): Database | null {
  const { driver } = options;
  const db = readOnlyConnection(options);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version < LATEST_VERSION && version > 0) {
    db.close();
    return null;
  }
  if (version === 0) {
    // A blank file that another acct has not yet set up reads as an empty portfolio.
    db.close();
    const memory = new driver(':memory:');
    configure(memory, false);
    migrate(memory, null);
    return memory;
  }
  return db;
}

/** A read-only connection to an existing file that is ours (the native one, or a snapshot). */
function readOnlyConnection(options: OpenOptions): Database {
  const { path, driver } = options;
  let db: Database | undefined;
  try {
    db = new driver(path, { readonly: true, fileMustExist: true });
    configure(db, false, options.busyTimeoutMs);
    // The first read sets up the WAL index; its raw error says whether a snapshot can stand in.
    db.pragma('schema_version');
  } catch (error) {
    db?.close();
    if (!needsSnapshot(error, path)) throw storageError(error, path) ?? error;
    db = snapshot(options, error);
  }
  try {
    checkIdentity(db, path);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * SQLite could not set up the `-shm` index: the folder is read-only and
 * there is none, or the disk is too full to make one.
 */
function needsSnapshot(error: unknown, path: string): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code.startsWith('SQLITE_IOERR_SHM')) return true;
  return !existsSync(`${path}-shm`) && (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'));
}

function snapshot({ path, driver }: OpenOptions, cause: unknown): Database {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    const code = String((cause as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_IOERR')) throw storageError(cause, path) ?? cause;
    throw new UserError(t('store.walStuck', { path, wal }), t('store.walStuck.hint', { dir: dirname(path) }));
  }
  const image = readFileSync(path);
  // Bytes 18 and 19 say "WAL mode"; an in-memory copy has no WAL, so mark it a plain rollback-journal file.
  if (image.length > 19) image[18] = image[19] = 1;
  const db = new driver(image, { readonly: true });
  configure(db, false);
  return db;
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
    // The header said SQLite, so a failure here is the disk, the folder, a lock or damage: never "not ours".
    throw (
      storageError(error, path) ??
      new UserError(t('store.read.failed', { path, reason: (error as Error).message }), t('store.read.failed.hint'))
    );
  }
  const blank = applicationId === 0 && version === 0 && tables === 0;
  if (!blank && applicationId !== APPLICATION_ID) {
    throw new UserError(t('store.otherProgram', { path }), t('store.otherProgram.hint'));
  }
  if (version > LATEST_VERSION) {
    throw new UserError(t('store.newer', { path, version, latest: LATEST_VERSION }), t('store.newer.hint'));
  }
}

function configure(db: Database, onDisk: boolean, busyTimeoutMs = BUSY_TIMEOUT_MS): void {
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('foreign_keys = ON');
  if (onDisk) {
    // WAL lets readers run beside one writer; NORMAL sync is durable in WAL mode except on power loss.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Removed records are overwritten with zeros, not left readable in free pages of the file.
    db.pragma('secure_delete = ON');
  }
}

/**
 * The migrations' SQL, loaded only when a file needs upgrading or creating: opening an
 * up-to-date file, what nearly every run does, needs only LATEST_VERSION (start-up, issue 10).
 * require() loads the built ES module synchronously, as the open is; a Node without it, or
 * tests on the sources, load them with this module (as src/i18n/index.ts and src/render/table.ts).
 */
let migrations: readonly Migration[] | undefined = canRequireSiblings(import.meta.url)
  ? undefined
  : (await import('./migrations.js')).MIGRATIONS;

function allMigrations(): readonly Migration[] {
  migrations ??= (createRequire(import.meta.url)('./migrations.js') as typeof import('./migrations.js')).MIGRATIONS;
  return migrations;
}

function migrate(db: Database, path: string | null): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  if (version() >= LATEST_VERSION) return;
  const pending = () => allMigrations().filter((m) => m.version > version());
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
    if (path) {
      const known = storageError(error, path);
      if (known) throw new UserError(t('store.upgrade.failed', { path, reason: known.message }), known.hint);
    }
    throw new UserError(
      t('store.upgrade.failed', { path, reason: (error as Error).message }),
      t('store.upgrade.failed.hint'),
    );
  }
}

// Backups ------------------------------------------------------------------

/** Migration backups kept beside the database; older ones are deleted after a new one is written. */
export const KEEP_BACKUPS = 3;

export interface Backup {
  path: string;
  /** Schema version of the copy (the version it was migrated from). */
  version: number;
  /** When it was written (ISO 8601). */
  createdAt: string;
  size: number;
}

/** `acct.db.v3-2026-03-15T10-00-00-000Z.bak`: the file name says whose copy, which schema and when. */
const BACKUP_NAME = /^(.*)\.v(\d+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.bak$/;

export function backupPath(path: string, fromVersion: number, at: Date): string {
  return `${path}.v${fromVersion}-${at.toISOString().replace(/[:.]/g, '-')}.bak`;
}

/**
 * Writes the copy under `<name>.tmp`, created owner-only before SQLite sees
 * it (VACUUM INTO accepts an empty file and keeps its mode), flushes it and
 * only then renames it: a kill part way leaves a `.tmp`, never a `.bak`
 * that looks complete. The next open sweeps the `.tmp` away.
 */
function writeBackup(db: Database, path: string, fromVersion: number): string {
  const backup = backupPath(path, fromVersion, new Date());
  const temp = `${backup}.tmp`;
  closeSync(openSync(temp, 'wx', 0o600));
  try {
    // VACUUM INTO writes a consistent copy even while the WAL holds recent pages.
    db.prepare('VACUUM INTO ?').run(temp);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, backup);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
  return backup;
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot fsync a folder; the rename is still atomic.
  }
}

/** Backups of the database at `path`, newest first (unfinished `.tmp` copies are not backups). */
export function listBackups(path: string): Backup[] {
  const dir = dirname(path);
  const base = basename(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const backups: Backup[] = [];
  for (const name of names) {
    const match = BACKUP_NAME.exec(name);
    if (!match || match[1] !== base) continue;
    const [, , version, day, hours, minutes, seconds, millis] = match;
    const full = join(dir, name);
    let size: number;
    try {
      size = statSync(full).size;
    } catch {
      continue;
    }
    backups.push({
      path: full,
      version: Number(version),
      createdAt: `${day}T${hours}:${minutes}:${seconds}.${millis}Z`,
      size,
    });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.path.localeCompare(a.path));
}

/** Deletes all but the newest `keep` backups; returns the deleted ones. */
export function pruneBackups(path: string, keep: number): Backup[] {
  const doomed = listBackups(path).slice(Math.max(0, keep));
  for (const backup of doomed) rmSync(backup.path, { force: true });
  return doomed;
}

/** Removes copies a killed migration left half written (`<backup>.bak.tmp`). */
function sweepUnfinishedBackups(path: string): void {
  const dir = dirname(path);
  const base = basename(path);
  try {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.bak.tmp') && BACKUP_NAME.exec(name.slice(0, -'.tmp'.length))?.[1] === base) {
        rmSync(join(dir, name), { force: true });
      }
    }
  } catch {
    // A folder we cannot list or write: the copies stay, and are never listed as backups.
  }
}

// Checking -----------------------------------------------------------------

export interface CheckResult {
  ok: boolean;
  /** integrity_check and foreign_key_check findings, or why the file could not be read at all. */
  problems: string[];
}

/**
 * Reads every page (`PRAGMA integrity_check`) and every reference
 * (`PRAGMA foreign_key_check`) of an existing database, read-only and
 * without upgrading it.
 */
export function checkDatabase(path: string, driver: typeof DatabaseConstructor): CheckResult {
  const header = readHeader(path);
  if (header.length === 0) return { ok: true, problems: [] };
  if (header.toString('latin1') !== SQLITE_MAGIC) {
    throw new UserError(t('store.notSqlite', { path }), t('store.notSqlite.checkHint'));
  }
  let db: Database | undefined;
  try {
    db = readOnlyConnection({ path, create: false, readOnly: true, driver });
    const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const problems = integrity.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const orphan of orphans) {
      problems.push(t('store.check.orphan', orphan));
    }
    return { ok: problems.length === 0, problems };
  } catch (error) {
    if (error instanceof DamagedDatabaseError) return { ok: false, problems: [error.message] };
    const code = String((error as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      return { ok: false, problems: [(error as Error).message] };
    }
    throw error;
  } finally {
    db?.close();
  }
}
