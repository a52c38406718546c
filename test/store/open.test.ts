import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase, resolveDbPath } from '../../src/store/db.js';
import { LATEST_VERSION, MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/index.js';
import { UserError } from '../../src/errors.js';
import { tempDb, tempDir } from '../helpers.js';
import { databaseAtVersion } from './faults.js';

const open = (path: string, create = true) => openDatabase({ path, create, driver: Database });
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('opening the database', () => {
  it('creates folder and file (owner-only) with WAL, foreign keys and the latest schema', () => {
    const path = join(tempDir(), 'nested', 'deeper', 'acct.db');
    const { db } = open(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('does not create a file for a read when none exists', () => {
    const path = join(tempDir(), 'acct.db');
    const { db } = open(path, false);
    expect(db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(0);
    db.close();
    expect(existsSync(path)).toBe(false);
  });

  it.each(MIGRATIONS.filter((m) => m.version < LATEST_VERSION).map((m) => m.version))(
    'migrates from schema %i, keeping the data and writing a backup first',
    (version) => {
      const path = tempDb();
      databaseAtVersion(path, version);
      const before = digest(path);
      const { db, backup, migratedFrom } = open(path);
      expect(migratedFrom).toBe(version);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT name FROM accounts').pluck().all()).toEqual(['Acme']);
      db.close();
      expect(backup).not.toBeNull();
      const old = new Database(backup!, { readonly: true });
      expect(old.pragma('user_version', { simple: true })).toBe(version);
      expect(old.prepare('SELECT name FROM accounts').pluck().all()).toEqual(['Acme']);
      old.close();
      expect(digest(path)).not.toBe(before);
    },
  );

  it('writes no backup when nothing needs migrating', () => {
    const path = tempDb();
    open(path).db.close();
    const { db, backup } = open(path);
    db.close();
    expect(backup).toBeNull();
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refuses a file that is not SQLite, leaving it untouched', () => {
    const path = tempDb();
    writeFileSync(path, 'name,owner\nAcme,lin\n');
    const before = digest(path);
    expect(() => open(path)).toThrow(/not an acct database \(not SQLite at all\)/);
    expect(digest(path)).toBe(before);
  });

  it("refuses another program's SQLite file, leaving it untouched", () => {
    const path = tempDb();
    const other = new Database(path);
    other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, url TEXT)');
    other.close();
    const before = digest(path);
    expect(() => open(path)).toThrow(/is not an acct database/);
    expect(digest(path)).toBe(before);
  });

  it('refuses a database from a newer acct, leaving it untouched', () => {
    const path = tempDb();
    databaseAtVersion(path, LATEST_VERSION);
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    const before = digest(path);
    expect(() => open(path)).toThrow(/newer acct/);
    expect(digest(path)).toBe(before);
  });

  it('explains a folder that cannot be created', () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, 'x');
    const error = (() => {
      try {
        open(join(blocker, 'acct.db'));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/cannot create database .*a file is in the way/);
    expect((error as UserError).hint).toMatch(/--db/);
  });

  it('resolves the path from --db, then ACCT_DB, then XDG_DATA_HOME', () => {
    expect(resolveDbPath('/x/flag.db', { ACCT_DB: '/x/env.db' })).toBe('/x/flag.db');
    expect(resolveDbPath(undefined, { ACCT_DB: '/x/env.db' })).toBe('/x/env.db');
    expect(resolveDbPath(undefined, { XDG_DATA_HOME: '/data' })).toBe('/data/acct/acct.db');
  });
});

describe('store writes', () => {
  it('cascades an account removal to contacts, activities and actions', async () => {
    const store = await openStore(tempDb(), { create: true });
    const now = '2026-01-01T00:00:00.000Z';
    const account = store.accounts.insert({ name: 'Acme' }, now);
    const contact = store.contacts.insert(account.id, { name: 'Wang' }, now);
    store.activities.insert(
      account.id,
      { date: '2026-01-01', type: 'visit', note: 'hi', contactIds: [contact.id] },
      now,
    );
    store.actions.insert(account.id, { text: 'call back' }, now);
    store.write(() => store.accounts.remove(account.id));
    for (const table of ['contacts', 'activities', 'activity_contacts', 'actions']) {
      expect(store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    store.close();
  });

  it('rolls back a write that fails half way', async () => {
    const store = await openStore(tempDb(), { create: true });
    const now = '2026-01-01T00:00:00.000Z';
    expect(() =>
      store.write(() => {
        store.accounts.insert({ name: 'First' }, now);
        store.accounts.insert({ name: 'first' }, now); // same normalised name: UNIQUE fails
      }),
    ).toThrow();
    expect(store.accounts.count()).toBe(0);
    store.close();
  });

  it('moves last contacted forward only', async () => {
    const store = await openStore(tempDb(), { create: true });
    const now = '2026-01-01T00:00:00.000Z';
    const account = store.accounts.insert({ name: 'Acme' }, now);
    const contact = store.contacts.insert(account.id, { name: 'Wang' }, now);
    store.contacts.touch([contact.id], '2026-02-01');
    store.contacts.touch([contact.id], '2026-01-15');
    expect(store.contacts.byId(contact.id)!.lastContacted).toBe('2026-02-01');
    store.close();
  });
});
