/**
 * The error kinds a command can end with, and the exit code each maps to.
 * A UserError is something the user can fix: it prints as one line,
 * `acct: <what is wrong> (<how to fix>)`, never with a stack trace.
 */

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
  constructor(message = 'cancelled; nothing was changed', exitCode: number = EXIT.interrupted) {
    super(message, undefined, exitCode);
  }
}

/** A file-system error in words, for a message about a file the user named. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'a file is in the way of the folder';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return code ?? (error as Error).message;
  }
}

export function formatUserError(error: UserError): string {
  return error.hint ? `acct: ${error.message} (${error.hint})` : `acct: ${error.message}`;
}

/** Inquirer signals Ctrl-C with an error named ExitPromptError; match the name, not the class. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
