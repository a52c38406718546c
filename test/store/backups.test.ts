/**
 * Migration backups, owner-only files, secure delete and the database
 * commands (`acct db backups`, `acct db check`), on real SQLite files.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DamagedDatabaseError, storageError } from '../../src/errors.js';
import { KEEP_BACKUPS, listBackups, openDatabase } from '../../src/store/db.js';
import { run, setup, tempDb } from '../helpers.js';
import { damageTable, databaseAtVersion } from './faults.js';

const open = (path: string) => openDatabase({ path, create: true, driver: Database });

/** A file named like a backup acct wrote at `iso`. */
function fakeBackup(db: string, version: number, iso: string, suffix = ''): string {
  const path = `${db}.v${version}-${iso.replace(/[:.]/g, '-')}.bak${suffix}`;
  writeFileSync(path, 'old copy', { mode: 0o600 });
  return path;
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe('migration backups', () => {
  it('are owner-only, complete and listed with schema, date and size', () => {
    const path = tempDb();
    databaseAtVersion(path, 1);
    const { db, backup } = open(path);
    db.close();
    expect(mode(backup!)).toBe(0o600);
    expect(basename(backup!)).toMatch(/^acct\.db\.v1-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.bak$/);
    const copy = new Database(backup!, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM accounts').pluck().all()).toEqual(['Acme']);
    copy.close();
    const [listed] = listBackups(path);
    expect(listed).toMatchObject({ path: backup, version: 1, size: statSync(backup!).size });
    expect(Date.parse(listed!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(readdirSync(dirname(path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it(`keeps the newest ${KEEP_BACKUPS}, and only this database's`, () => {
    const path = tempDb();
    databaseAtVersion(path, 2);
    const oldest = fakeBackup(path, 1, '2025-01-01T00:00:00.000Z');
    const older = fakeBackup(path, 1, '2025-02-01T00:00:00.000Z');
    const old = fakeBackup(path, 1, '2025-03-01T00:00:00.000Z');
    const otherDatabase = fakeBackup(join(dirname(path), 'other.db'), 1, '2025-01-01T00:00:00.000Z');
    const { db, backup } = open(path);
    db.close();
    expect(listBackups(path).map((b) => b.path)).toEqual([backup, old, older]);
    expect(existsSync(oldest)).toBe(false);
    expect(existsSync(otherDatabase)).toBe(true);
  });

  it('sweeps a half-written copy a killed upgrade left, and never lists it', () => {
    const path = tempDb();
    open(path).db.close();
    const half = fakeBackup(path, 1, '2025-01-01T00:00:00.000Z', '.tmp');
    const othersHalf = fakeBackup(join(dirname(path), 'other.db'), 1, '2025-01-01T00:00:00.000Z', '.tmp');
    expect(listBackups(path)).toEqual([]);
    open(path).db.close();
    expect(existsSync(half)).toBe(false);
    expect(existsSync(othersHalf)).toBe(true);
  });
});

describe('removed records', () => {
  it('are overwritten in the file (secure_delete), not left in free pages', async () => {
    const path = tempDb();
    const marker = 'Confidential-rebate-terms-7731';
    await setup(path, ['add', 'Acme', '--notes', marker.repeat(20)], ['add', 'Beta']);
    expect(readFileSync(path).includes(marker)).toBe(true);
    await setup(path, ['remove', 'Acme', '--yes']);
    for (const file of [path, `${path}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(marker), file).toBe(false);
    }
  });

  it('remove and contact remove say that older backups still hold the data, and how to prune them', async () => {
    const path = tempDb();
    await setup(path, ['add', 'Acme'], ['add', 'Beta'], ['contact', 'add', 'Beta', 'Wang Li']);
    const quiet = await run(path, ['remove', 'Acme', '--yes']);
    expect(quiet.stderr).toBe('Removed Acme\n');
    fakeBackup(path, 1, '2025-01-01T00:00:00.000Z');
    fakeBackup(path, 2, '2025-02-01T00:00:00.000Z');
    const contact = await run(path, ['contact', 'remove', 'Beta', 'Wang Li', '--yes']);
    expect(contact.code).toBe(0);
    expect(contact.stderr).toContain(
      '2 older backups (see `acct db backups`) still hold the removed data; `acct db backups --prune --keep 0` deletes them\n',
    );
    const account = await run(path, ['remove', 'Beta', '--yes']);
    expect(account.stderr).toContain('2 older backups (see `acct db backups`) still hold the removed data');
  });
});

describe('acct db backups', () => {
  it('lists backups newest first: tab-separated when piped, and as JSON', async () => {
    const path = tempDb();
    await setup(path, ['add', 'Acme']);
    const older = fakeBackup(path, 1, '2025-01-01T00:00:00.000Z');
    const newer = fakeBackup(path, 3, '2025-06-01T08:30:00.000Z');
    const plain = await run(path, ['db', 'backups']);
    expect(plain).toMatchObject({ code: 0, stderr: '' });
    expect(plain.stdout).toBe(`${newer}\t3\t2025-06-01T08:30:00.000Z\t8\n${older}\t1\t2025-01-01T00:00:00.000Z\t8\n`);
    const json = JSON.parse((await run(path, ['--json', 'db', 'backups'])).stdout);
    expect(json).toEqual([
      { path: newer, version: 3, createdAt: '2025-06-01T08:30:00.000Z', size: 8 },
      { path: older, version: 1, createdAt: '2025-01-01T00:00:00.000Z', size: 8 },
    ]);
    const none = await run(tempDb(), ['db', 'backups']);
    expect(none).toMatchObject({ code: 0, stdout: '' });
    expect(none.stderr).toMatch(/^No backups of .*acct\.db\. acct writes one before each upgrade/);
  });

  it('prunes with --yes (keeping --keep N), and refuses to without it when piped', async () => {
    const path = tempDb();
    await setup(path, ['add', 'Acme']);
    const oldest = fakeBackup(path, 1, '2025-01-01T00:00:00.000Z');
    const middle = fakeBackup(path, 2, '2025-02-01T00:00:00.000Z');
    const newest = fakeBackup(path, 3, '2025-03-01T00:00:00.000Z');
    const refused = await run(path, ['db', 'backups', '--prune', '--keep', '1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('acct: --yes is required when not running interactively (add --yes to confirm)\n');
    expect([oldest, middle, newest].every((file) => existsSync(file))).toBe(true);
    // Without --keep, --prune would have deleted every backup: it must be asked for by name.
    const unsaid = await run(path, ['db', 'backups', '--prune', '--yes']);
    expect(unsaid.code).toBe(2);
    expect(unsaid.stderr).toBe(
      'acct: --prune needs --keep N: how many of the newest backups to keep (e.g. --prune --keep 3; --keep 0 deletes them all)\n',
    );
    expect([oldest, middle, newest].every((file) => existsSync(file))).toBe(true);
    const kept = await run(path, ['db', 'backups', '--prune', '--keep', '1', '--yes']);
    expect(kept).toMatchObject({ code: 0, stdout: '' });
    expect(kept.stderr).toMatch(/^Deleted 2 backups of .*acct\.db\n$/);
    expect(listBackups(path).map((b) => b.path)).toEqual([newest]);
    const all = await run(path, ['db', 'backups', '--prune', '--keep', '0', '--yes']);
    expect(all.code).toBe(0);
    expect(listBackups(path)).toEqual([]);
    expect((await run(path, ['db', 'backups', '--prune', '--keep', 'x'])).code).toBe(2);
  });
});

describe('acct db check', () => {
  it('says ok for a sound database', async () => {
    const path = tempDb();
    await setup(path, ['add', 'Acme'], ['contact', 'add', 'Acme', 'Wang Li']);
    expect(await run(path, ['db', 'check'])).toEqual({ code: 0, stdout: `${path}: ok\n`, stderr: '' });
    const json = JSON.parse((await run(path, ['--json', 'db', 'check'])).stdout);
    expect(json).toEqual({ path, ok: true, problems: [], backups: [] });
  });

  it('lists the damage, names the newest backup and exits 1', async () => {
    const path = tempDb();
    await setup(path, ['add', 'Acme'], ['add', 'Beta']);
    const backup = fakeBackup(path, 3, '2025-03-01T00:00:00.000Z');
    damageTable(path, 'accounts');
    const result = await run(path, ['db', 'check']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toBe('');
    expect(result.stderr).toBe(
      `acct: ${path} is damaged (${result.stdout.trim().split('\n').length} problems found) ` +
        `(copy a backup over it (newest: ${backup}, schema 3; see \`acct db backups\`), after moving the damaged file aside)\n`,
    );
  });

  it('says there is no database rather than checking an empty one', async () => {
    const result = await run(tempDb(), ['db', 'check']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^acct: no database at .*acct\.db \(check --db or ACCT_DB\)\n$/);
  });
});

describe('storage errors in words', () => {
  const path = join('/nonexistent-acct-test', 'acct.db');
  const fault = (code: string, message = 'fault') => Object.assign(new Error(message), { code });

  it.each([
    ['SQLITE_BUSY', /is locked: another acct \(or program\) is writing to it/],
    ['SQLITE_LOCKED', /is locked/],
    ['SQLITE_CORRUPT', /is damaged \(fault\)/],
    ['SQLITE_NOTADB', /is damaged/],
    ['EFBIG', /cannot grow: it reached the file-size limit/],
  ])('%s', (code, expected) => {
    const error = storageError(fault(code), path);
    expect(error?.message).toMatch(expected);
    expect(error?.message).not.toMatch(/not an acct database/);
  });

  it('marks damage so `acct db check` can report it', () => {
    expect(storageError(fault('SQLITE_CORRUPT'), path)).toBeInstanceOf(DamagedDatabaseError);
  });

  it('leaves other errors to the caller', () => {
    expect(storageError(fault('SQLITE_CONSTRAINT_UNIQUE'), path)).toBeNull();
    expect(storageError(new Error('plain'), path)).toBeNull();
  });
});

describe('acct db check on an older file', () => {
  it('checks it as it is, without upgrading it or writing a backup', async () => {
    const path = tempDb();
    databaseAtVersion(path, 1);
    expect(await run(path, ['db', 'check'])).toEqual({ code: 0, stdout: `${path}: ok\n`, stderr: '' });
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
    expect(listBackups(path)).toEqual([]);
  });
});
