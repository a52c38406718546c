/** Files acct writes: temp + rename, 0600, and never over the database or its companion files. */
import { linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AtomicFile,
  isDatabaseCompanionName,
  isDatabaseFile,
  refuseDatabaseTarget,
  writeError,
  writeFileAtomic,
} from '../../src/io/safe-file.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

describe('AtomicFile', () => {
  it('leaves the old file whole until commit, then replaces it with a 0600 file', () => {
    const dir = tempDir();
    const target = join(dir, 'out.csv');
    writeFileSync(target, 'old\n', { mode: 0o644 });
    const file = AtomicFile.open(target);
    file.write('new ');
    file.write(Buffer.from('data\n'));
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toHaveLength(2);
    file.commit();
    expect(readFileSync(target, 'utf8')).toBe('new data\n');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('abort removes the temp file and keeps the old file', () => {
    const dir = tempDir();
    const target = join(dir, 'out.csv');
    writeFileSync(target, 'old\n');
    const file = AtomicFile.open(target);
    file.write('partial');
    file.abort();
    file.abort();
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('writes through a symlink: the link stays, the file it points to is replaced', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.csv'), 'old');
    symlinkSync('real.csv', join(dir, 'link.csv'));
    writeFileAtomic(join(dir, 'link.csv'), 'new');
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.csv', 'real.csv']);
  });

  it('names a folder, a missing folder and a full disk in one line each', () => {
    const dir = tempDir();
    expect(() => AtomicFile.open(dir)).toThrow(`cannot write ${dir}: it is a folder`);
    const missing = join(dir, 'no', 'such.csv');
    expect(() => AtomicFile.open(missing)).toThrow(`cannot write ${missing}: no such file or folder`);
    const full = writeError('out.csv', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
    expect([full.message, full.hint]).toEqual([
      'cannot write out.csv: the disk is full',
      'free some space and try again; out.csv was left as it was',
    ]);
  });
});

describe('refusing the database as a target', () => {
  it('knows the companion file names', () => {
    for (const name of [
      'acct.db',
      'acct.db-wal',
      'acct.db-shm',
      'acct.db-journal',
      'acct.db.v1-2026-03-15T10-00-00-000Z.bak',
      'acct.db.v12.bak',
      'acct.db.v1-2026-03-15T10-00-00-000Z.bak.tmp',
    ])
      expect(isDatabaseCompanionName(name, 'acct.db'), name).toBe(true);
    for (const name of [
      'acct.db.csv',
      'acct.dbx',
      'acct.db-wal.csv',
      'acct.db.bak',
      'acct.db.v1.bak.csv',
      'other.db-wal',
      'acct.d',
    ])
      expect(isDatabaseCompanionName(name, 'acct.db'), name).toBe(false);
  });

  it('catches the database by real path: relative, symlinked, hard-linked, through a linked folder', () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    writeFileSync(db, 'SQLite');
    symlinkSync(db, join(dir, 'link.db'));
    linkSync(db, join(dir, 'hard.db'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'up'));
    for (const target of [
      db,
      join(dir, '.', 'acct.db'),
      join(dir, 'link.db'),
      join(dir, 'hard.db'),
      join(dir, 'acct.db-wal'),
      join(dir, 'acct.db.v2-2026.bak'),
      join(dir, 'sub', 'up', 'acct.db-shm'),
    ])
      expect(isDatabaseFile(target, db), target).toBe(true);
    expect(isDatabaseFile(join(dir, 'accounts.csv'), db)).toBe(false);
    expect(isDatabaseFile(join(dir, 'sub', 'acct.db-wal'), db)).toBe(false);
    // A database reached through a symlink protects the real file's companions.
    expect(isDatabaseFile(join(dir, 'acct.db-wal'), join(dir, 'link.db'))).toBe(true);
  });

  it('refuses before creating anything, in one line naming the path and the fix', () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    writeFileSync(db, 'SQLite');
    let caught: unknown;
    try {
      AtomicFile.open(join(dir, 'acct.db-wal'), { database: db });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).message).toBe(
      `refusing to write ${join(dir, 'acct.db-wal')}: it is the database ${db} or one of its files`,
    );
    expect((caught as UserError).hint).toBe('give -o a different file; nothing was written');
    expect(readdirSync(dir)).toEqual(['acct.db']);
    expect(() => refuseDatabaseTarget(join(dir, 'x.csv'), db)).not.toThrow();
  });
});
