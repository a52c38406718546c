/**
 * Reading playbook files safely. A playbook decides which actions acct
 * proposes, so a folder of them is code-like: acct reads one only when it is
 * the user's own (docs/playbooks.md §Where acct looks):
 *
 * - the folder, and each folder above it, belongs to the user or root and is
 *   not writable by group or others (a folder above may be writable by others
 *   when its sticky bit is set, like /tmp: then they cannot rename or replace
 *   what is in it);
 * - each file belongs to the user or root and is not writable by group or
 *   others;
 * - only regular files are read: no FIFOs, devices, sockets or folders, and a
 *   symbolic link only when it points to a file inside the same folder;
 * - a file is at most 1 MiB.
 * The shipped playbooks (the package's own folder) skip the owner and mode
 * checks: they are trusted as installed. Type and size checks apply to all.
 *
 * Each refusal is one problem naming the path and the fix; nothing from the
 * file's content is quoted.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { fsReason } from '../errors.js';
import { t } from '../i18n/index.js';

export const MAX_PLAYBOOK_FILE_BYTES = 1024 * 1024;

/** A refusal or read failure for one path; `line` 0 means the file as a whole. */
export interface FileProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

export interface ReadPolicy {
  /** Check owner and mode (false only for the shipped playbooks). */
  checkOwner: boolean;
}

function whole(file: string, message: string): FileProblem {
  return { file, line: 0, col: 0, message };
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return t('playbooks.file.kind.folder');
  if (stats.isFIFO()) return t('playbooks.file.kind.fifo');
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return t('playbooks.file.kind.device');
  if (stats.isSocket()) return t('playbooks.file.kind.socket');
  if (stats.isSymbolicLink()) return t('playbooks.file.kind.link');
  return t('playbooks.file.kind.other');
}

const octal = (mode: number): string => `0${(mode & 0o777).toString(8)}`;

/**
 * Why `stats` (of the folder or file `what` names) cannot be trusted, or
 * null. Without uids (Windows) there is nothing to check.
 */
function ownerProblem(stats: Stats, what: string, shown: string, allowSticky: boolean): string | null {
  const uid = process.getuid?.();
  if (uid === undefined) return null;
  if (stats.uid !== uid && stats.uid !== 0) {
    return t('playbooks.file.otherUser', { what, uid: stats.uid });
  }
  const sticky = allowSticky && (stats.mode & 0o1000) !== 0;
  if ((stats.mode & 0o022) !== 0 && !sticky) {
    const who = (stats.mode & 0o002) !== 0 ? t('playbooks.file.everyUser') : t('playbooks.file.itsGroup');
    return t('playbooks.file.writable', { what, who, mode: octal(stats.mode), path: shown });
  }
  return null;
}

/** The folders above `real` (a resolved path), nearest first, up to the root. */
function ancestors(real: string): string[] {
  const out: string[] = [];
  let current = path.dirname(real);
  for (;;) {
    out.push(current);
    const parent = path.dirname(current);
    if (parent === current) return out;
    current = parent;
  }
}

/** Checks the folders above a resolved path; the first problem, or null. */
function ancestorProblem(real: string, named: string): FileProblem | null {
  for (const folder of ancestors(real)) {
    let stats: Stats;
    try {
      stats = lstatSync(folder);
    } catch (error) {
      return whole(named, t('playbooks.file.cannotCheck', { folder, reason: fsReason(error) }));
    }
    const problem = ownerProblem(stats, t('playbooks.file.folderAbove', { folder }), folder, true);
    if (problem) return whole(named, problem);
  }
  return null;
}

/**
 * The .yaml/.yml files of a playbook folder (or the one file named), sorted
 * by name, after the checks above; refusals go to `problems`. A refused
 * folder yields no files at all.
 */
export function listPlaybookFiles(target: string, policy: ReadPolicy, problems: FileProblem[]): string[] {
  let real: string;
  let stats: Stats;
  try {
    real = realpathSync(target);
    stats = lstatSync(real);
  } catch (error) {
    problems.push(whole(target, t('playbooks.file.cannotRead', { reason: fsReason(error) })));
    return [];
  }
  if (!stats.isDirectory()) {
    if (policy.checkOwner) {
      const above = ancestorProblem(real, target);
      if (above) {
        problems.push(above);
        return [];
      }
    }
    return [target];
  }
  if (policy.checkOwner) {
    const refused = ownerProblem(stats, t('playbooks.file.theFolder'), target, false) ?? null;
    if (refused) {
      problems.push(whole(target, refused));
      return [];
    }
    const above = ancestorProblem(real, target);
    if (above) {
      problems.push(above);
      return [];
    }
  }
  let names: string[];
  try {
    names = readdirSync(target);
  } catch (error) {
    problems.push(whole(target, t('playbooks.file.cannotRead', { reason: fsReason(error) })));
    return [];
  }
  const files: string[] = [];
  for (const name of names.filter((entry) => /\.ya?ml$/i.test(entry)).sort()) {
    const file = path.join(target, name);
    let entry: Stats;
    try {
      entry = lstatSync(file);
    } catch (error) {
      problems.push(whole(file, t('playbooks.file.cannotRead', { reason: fsReason(error) })));
      continue;
    }
    if (entry.isSymbolicLink()) {
      let resolved: string;
      try {
        resolved = realpathSync(file);
      } catch (error) {
        problems.push(whole(file, t('playbooks.file.danglingLink', { reason: fsReason(error) })));
        continue;
      }
      if (path.dirname(resolved) !== real && !resolved.startsWith(real + path.sep)) {
        problems.push(whole(file, t('playbooks.file.linkOutside')));
        continue;
      }
    } else if (!entry.isFile()) {
      problems.push(whole(file, t('playbooks.file.notRegular', { kind: kindOf(entry) })));
      continue;
    }
    files.push(file);
  }
  return files;
}

/**
 * The text of one playbook file, or null with the reason in `problems`.
 * The file is opened without following a final link and without blocking,
 * then checked on the open descriptor, so what is checked is what is read.
 */
export function readPlaybookFile(file: string, policy: ReadPolicy, problems: FileProblem[]): string | null {
  let fd: number;
  try {
    const real = realpathSync(file);
    // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: `real` has no links left.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    problems.push(whole(file, t('playbooks.file.cannotRead', { reason: fsReason(error) })));
    return null;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      problems.push(whole(file, t('playbooks.file.notRegular', { kind: kindOf(stats) })));
      return null;
    }
    if (policy.checkOwner) {
      const refused = ownerProblem(stats, t('playbooks.file.theFile'), file, false);
      if (refused) {
        problems.push(whole(file, refused));
        return null;
      }
    }
    const tooBig = (): FileProblem => whole(file, t('playbooks.file.tooBig'));
    if (stats.size > MAX_PLAYBOOK_FILE_BYTES) {
      problems.push(tooBig());
      return null;
    }
    // Read what the size says plus one byte, and never more than one byte past the limit.
    let buffer = Buffer.alloc(stats.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > MAX_PLAYBOOK_FILE_BYTES) {
          problems.push(tooBig());
          return null;
        }
        const grown = Buffer.alloc(Math.min(buffer.length * 2, MAX_PLAYBOOK_FILE_BYTES + 1));
        buffer.copy(grown);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    problems.push(whole(file, t('playbooks.file.cannotRead', { reason: fsReason(error) })));
    return null;
  } finally {
    closeSync(fd);
  }
}
