/**
 * The error kinds a command can end with, and the exit code each maps to.
 * A UserError is something the user can fix: it prints as one line,
 * `acct: <what is wrong> (<how to fix>)`, never with a stack trace.
 */
import { accessSync, constants, existsSync, readFileSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Problem, ProblemKey, ProblemParam } from './domain/problem.js';
import { t, type MessageKey } from './i18n/index.js';
import { visible } from './render/safe-text.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}

/** Wrong flags or arguments: exit 2, like commander's own usage errors. */
export class UsageError extends UserError {
  override name = 'UsageError';
  constructor(message: string, hint?: string) {
    super(message, hint, EXIT.usage);
  }
}

/** The user pressed Ctrl-C or otherwise declined; nothing was stored. */
export class CancelledError extends UserError {
  override name = 'CancelledError';
  constructor(message = t('error.cancelled'), exitCode: number = EXIT.interrupted) {
    super(message, undefined, exitCode);
  }
}

/** The database file's pages do not read back as SQLite wrote them. */
export class DamagedDatabaseError extends UserError {
  override name = 'DamagedDatabaseError';
}

/** A file-system error in words, for a message about a file the user named. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'EACCES':
    case 'EISDIR':
    case 'ENOTDIR':
    case 'EROFS':
    case 'ENOSPC':
      return t(`error.fs.${code}`);
    case 'EPERM':
      return t('error.fs.EACCES');
    default:
      return code ?? (error as Error).message;
  }
}

/**
 * The one error line. Messages echo file names, values and account names, so
 * the text is made visible: an escape sequence in a name cannot act on the
 * terminal, and a line break in a value cannot split the line.
 */
export function formatUserError(error: UserError): string {
  const line = error.hint
    ? t('error.lineWithHint', { message: error.message, hint: error.hint })
    : t('error.line', { message: error.message });
  return visible(line);
}

// Every key the domain may return is a message of the catalogue: a missing one fails the typecheck here.
const domainKeysAreMessages: [Exclude<ProblemKey, MessageKey>] extends [never] ? true : never = true;
void domainKeysAreMessages;

/** A problem the domain found (src/domain/problem.ts), in the chosen language; problems inside it first. */
export function wordProblem(problem: Problem): string {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(problem.params ?? {})) params[name] = wordParam(value);
  return (t as (key: MessageKey, params?: unknown) => string)(problem.key, params);
}

function wordParam(value: ProblemParam): unknown {
  return value !== null && typeof value === 'object' && 'key' in value ? wordProblem(value) : value;
}

/** Inquirer signals Ctrl-C with an error named ExitPromptError; match the name, not the class. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/**
 * A SQLite or file-system failure on the database file in words: a full
 * disk, a read-only file or folder, a file-size limit, damaged pages and a
 * lock held too long each get their own line. Returns null for anything
 * else, so the caller can fall back to its own message. `path` is the
 * database file; the checks below look at the machine (free space, write
 * access, `ulimit -f`) because SQLite reports several of these causes with
 * one code.
 */
export function storageError(error: unknown, path: string): UserError | null {
  const code = String((error as { code?: unknown }).code ?? '');
  const reason = (error as Error).message;
  const dir = dirname(path);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    const damage = t(code === 'SQLITE_NOTADB' ? 'store.sqlite.notADatabase' : 'store.sqlite.corrupt', {
      message: reason,
    });
    return new DamagedDatabaseError(
      t('error.storage.damaged', { path, reason: damage }),
      t('error.storage.damaged.hint'),
    );
  }
  // PostgreSQL: the lock timeout passed (55P03), or a conflict it asked to retry outlasted the retries
  // (40001, 40P01; docs/postgres.md, "Writes"). Either way the transaction was rolled back.
  const pgBusy = code === '55P03' || code === '40001' || code === '40P01';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || pgBusy) {
    return new UserError(t('error.storage.locked', { path }), t('error.storage.locked.hint'));
  }
  // SQLite reports a full disk as SQLITE_FULL when a write comes up short, but as an I/O error when the
  // shared-memory file (-shm) or a write cannot even start; the free space tells them apart.
  const writeFailed =
    code.startsWith('SQLITE_FULL') ||
    code === 'SQLITE_IOERR_WRITE' ||
    code === 'ENOSPC' ||
    code === 'EFBIG' ||
    (code.startsWith('SQLITE_IOERR') && diskIsFull(dir));
  if (writeFailed) {
    const limit = fileSizeLimit();
    if (code === 'EFBIG' || (limit !== null && !diskIsFull(dir))) {
      return new UserError(t('error.storage.sizeLimit', { path, limit }), t('error.storage.sizeLimit.hint'));
    }
    if (code !== 'SQLITE_IOERR_WRITE' || diskIsFull(dir)) {
      return new UserError(t('error.storage.diskFull', { path }), t('error.storage.diskFull.hint'));
    }
    return new UserError(t('error.storage.writeFailed', { path, reason }), t('error.storage.writeFailed.hint'));
  }
  const denied =
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS';
  if (denied) {
    if (code === 'EROFS' || cannotWrite(dir) === 'EROFS') {
      return new UserError(t('error.storage.readOnlyFs', { path }), t('error.storage.readOnlyFs.hint'));
    }
    if (existsSync(path) && cannotWrite(path)) {
      return new UserError(t('error.storage.readOnlyFile', { path }), t('error.storage.readOnlyFile.hint', { path }));
    }
    if (cannotWrite(dir)) {
      return new UserError(t('error.storage.readOnlyDir', { path, dir }), t('error.storage.readOnlyDir.hint', { dir }));
    }
    return new UserError(t('error.storage.denied', { path, reason }), t('error.storage.denied.hint'));
  }
  return null;
}

/** The error code access(2) gives for writing `path`, or null when writing is allowed. */
function cannotWrite(path: string): string | null {
  try {
    accessSync(path, constants.W_OK);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'EACCES';
  }
}

/** Less than 64 KiB free for this user: SQLite needs at least a few pages of room. */
function diskIsFull(dir: string): boolean {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

/** The soft `ulimit -f` of this process in bytes, or null when unlimited (or not Linux). */
function fileSizeLimit(): number | null {
  try {
    const line = /^Max file size\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    return line && line[1] !== 'unlimited' ? Number(line[1]) : null;
  } catch {
    return null;
  }
}
