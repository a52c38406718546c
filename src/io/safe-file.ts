/**
 * The one way acct writes a file the user sees (exports, rejects files):
 * the data goes to a temp file created 0600 in the target's folder, is
 * synced, and is renamed over the target only when complete. A failure, a
 * Ctrl-C or a kill leaves the previous file as it was; the temp file is
 * removed on every path that runs code (a kill -9 may leave one behind,
 * named `.<target>.<pid>-<random>.acct-tmp`, next to the target).
 *
 * It also refuses a target that is the database or one of its companion
 * files (-wal, -shm, -journal, migration backups), by real path, so
 * `acct export -o "$ACCT_DB"` cannot destroy the data it is exporting.
 */
import {
  closeSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fsReason, UserError } from '../errors.js';
import { t } from '../i18n/index.js';

/** Data files hold customer data: owner-only from the moment they exist. */
export const DATA_FILE_MODE = 0o600;

/** Suffixes SQLite adds to the database's name for its own files. */
const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'];

/**
 * Whether `name` (a file name, no folder) is the database `dbName` itself or
 * one of its companions: SQLite's -wal/-shm/-journal and the migration
 * backups, `<db>.v<N>-<stamp>.bak` (any suffix that starts with `.v` and ends
 * with `.bak`), and a backup still being written (`.bak.tmp`). Shared with
 * the store so both agree on what a backup is.
 */
export function isDatabaseCompanionName(name: string, dbName: string): boolean {
  if (!name.startsWith(dbName)) return false;
  const rest = name.slice(dbName.length);
  return rest === '' || SQLITE_COMPANIONS.includes(rest) || /^\.v.*\.bak(?:\.tmp)?$/s.test(rest);
}

/** The real path of `path`, also when it does not exist yet (its folder's real path + its name). */
export function realTarget(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Whether writing `target` would overwrite the database at `dbPath` or one of
 * its companion files. Follows symlinks on both sides and compares inodes,
 * so a symlink or hard link to the database is caught too.
 */
export function isDatabaseFile(target: string, dbPath: string): boolean {
  const realDb = realTarget(dbPath);
  const real = realTarget(target);
  if (dirname(real) === dirname(realDb) && isDatabaseCompanionName(basename(real), basename(realDb))) return true;
  const targetStat = statOrNull(real);
  const dbStat = statOrNull(realDb);
  return targetStat !== null && dbStat !== null && targetStat.dev === dbStat.dev && targetStat.ino === dbStat.ino;
}

/** Throws a UserError when `target` is the database or a companion file (see isDatabaseFile). */
export function refuseDatabaseTarget(target: string, dbPath: string, flag = '-o'): void {
  if (isDatabaseFile(target, dbPath)) {
    throw new UserError(t('io.file.isDatabase', { target, database: dbPath }), t('io.file.isDatabase.hint', { flag }));
  }
}

/** One line for a failed write, naming the path, the errno in words and the fix. */
export function writeError(target: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOSPC' ? t('io.file.diskFull') : code === 'EDQUOT' ? t('io.file.quota') : fsReason(error);
  const fix =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? t('io.file.full.hint', { target })
      : t('io.file.writeFailed.hint', { target });
  return new UserError(t('io.file.writeFailed', { target, reason }), fix);
}

// Temp files not yet renamed or removed; cleaned up on exit and on SIGINT/SIGTERM.
const pending = new Set<string>();
let hooked = false;

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or the folder vanished: nothing left to clean.
  }
}

function cleanUpAll(): void {
  for (const path of pending) removeQuietly(path);
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  cleanUpAll();
  // Another handler (bin/acct.js on SIGINT) decides how to exit; alone, die of the signal as usual.
  if (process.listenerCount(signal) === 1) {
    process.removeListener(signal, onSignal);
    process.kill(process.pid, signal);
  }
}

function track(path: string): void {
  pending.add(path);
  if (!hooked) {
    hooked = true;
    process.on('exit', cleanUpAll);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0 && hooked) {
    hooked = false;
    process.removeListener('exit', cleanUpAll);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

export interface AtomicFileOptions {
  /** The database in use: refuse to write over it or its companion files. */
  database?: string;
  /** The flag that named the target, for the refusal message (default -o). */
  flag?: string;
}

/**
 * A file being written: `write` appends, `commit` makes it the target in one
 * rename, `abort` removes it. Until `commit`, the target is untouched.
 * A target that is not a regular file (a FIFO, /dev/stdout) is written
 * directly: there is nothing to keep whole and nothing to rename over.
 */
export class AtomicFile {
  /** The file that `commit` replaces (symlinks followed: the link stays, its target is replaced). */
  readonly finalPath: string;
  private readonly tempPath: string | null;
  private fd: number | null;
  private done = false;

  private constructor(
    readonly target: string,
    finalPath: string,
    tempPath: string | null,
    fd: number,
  ) {
    this.finalPath = finalPath;
    this.tempPath = tempPath;
    this.fd = fd;
  }

  /** Opens a temp file for `target` (see the module comment); throws a UserError naming the target. */
  static open(target: string, options: AtomicFileOptions = {}): AtomicFile {
    if (options.database) refuseDatabaseTarget(target, options.database, options.flag);
    const finalPath = realTarget(target);
    const existing = statOrNull(finalPath);
    if (existing?.isDirectory()) {
      throw new UserError(
        t('io.file.isFolder', { target }),
        t('io.file.isFolder.hint', { flag: options.flag ?? '-o' }),
      );
    }
    try {
      if (existing && !existing.isFile()) return new AtomicFile(target, finalPath, null, openSync(finalPath, 'w'));
      const tempPath = join(
        dirname(finalPath),
        `.${basename(finalPath)}.${process.pid}-${randomBytes(4).toString('hex')}.acct-tmp`,
      );
      // 'wx' (O_EXCL): never follow or reuse a file someone placed there; 0600 from creation, not chmod-ed later.
      const fd = openSync(tempPath, 'wx', DATA_FILE_MODE);
      track(tempPath);
      return new AtomicFile(target, finalPath, tempPath, fd);
    } catch (error) {
      throw writeError(target, error);
    }
  }

  write(data: string | Uint8Array): void {
    if (this.fd === null) throw new Error(`AtomicFile ${this.target} is closed`);
    try {
      // writeSync may write less than asked (a pipe); loop until every byte is out.
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset);
    } catch (error) {
      this.abort();
      throw writeError(this.target, error);
    }
  }

  /** Syncs the data and renames the temp file over the target. */
  commit(): void {
    if (this.done) return;
    const fd = this.fd;
    if (fd === null) throw new Error(`AtomicFile ${this.target} is closed`);
    try {
      if (this.tempPath !== null) {
        fsyncSync(fd);
      }
      closeSync(fd);
      this.fd = null;
      if (this.tempPath !== null) {
        renameSync(this.tempPath, this.finalPath);
        untrack(this.tempPath);
        syncFolder(dirname(this.finalPath));
      }
      this.done = true;
    } catch (error) {
      this.abort();
      throw writeError(this.target, error);
    }
  }

  /** Removes the temp file; the target stays as it was. Safe to call twice. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // Closing can only fail on a bad fd; the file is removed below either way.
      }
      this.fd = null;
    }
    if (this.tempPath !== null) {
      removeQuietly(this.tempPath);
      untrack(this.tempPath);
    }
  }
}

/** Makes a rename durable: fsync of the folder (best effort; not every file system allows it). */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself is still atomic.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Writes a whole file atomically (see AtomicFile). */
export function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicFileOptions = {}): void {
  const file = AtomicFile.open(target, options);
  file.write(data);
  file.commit();
}
