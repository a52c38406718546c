/**
 * The import's transaction (BulkWriter): the statement journal SQLite keeps
 * for each trigger-firing INSERT lives in memory, not in a temp file (a file
 * cost ~24 pwrite calls a row); statement rollback still works; the setting
 * does not outlive the run.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { BulkWriter } from '../../src/store/bulk.js';
import { tempDb } from '../helpers.js';

const NOW = '2026-01-01T09:00:00.000Z';
let db: Database.Database;

beforeEach(() => {
  db = openDatabase({ path: tempDb(), create: true, driver: Database }).db;
});
afterEach(() => db.close());

const tempStore = () => db.pragma('temp_store', { simple: true });
/** SQLite's temp files (statement journals) this process has open; Linux only. */
const openTempFiles = () =>
  readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).includes('etilqs_');
    } catch {
      return false;
    }
  });

function insertAccounts(writer: BulkWriter, count: number): void {
  for (let i = 0; i < count; i++) {
    writer.insert('accounts', ['name'], [`Account ${i}`], {
      name_key: `account ${i}`,
      created_at: NOW,
      updated_at: NOW,
    });
  }
}

describe('the import transaction', () => {
  it('keeps temp storage in memory during the run and restores the default after commit', () => {
    const writer = new BulkWriter(db);
    expect(tempStore()).toBe(0);
    writer.begin();
    expect(tempStore()).toBe(2);
    insertAccounts(writer, 10);
    writer.commit();
    expect(tempStore()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(10);
  });

  it('restores the default after a rollback, and nothing is written', () => {
    const writer = new BulkWriter(db);
    writer.begin();
    insertAccounts(writer, 10);
    writer.rollback();
    expect(tempStore()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(0);
  });

  it.runIf(existsSync('/proc/self/fd'))(
    'rolls back a failing statement alone, with its journal in memory rather than a temp file',
    () => {
      const writer = new BulkWriter(db);
      writer.begin();
      try {
        insertAccounts(writer, 3000);
        // Touches every leaf page of the table and its indexes (well over SQLite's 64 KiB in-memory
        // statement-journal limit), then fails on a duplicate name_key: only this statement is undone.
        const renameAll = db.prepare(
          "UPDATE accounts SET notes = 'touched', name_key = iif(id = 3000, 'account 0', name_key)",
        );
        expect(() => renameAll.run()).toThrow(/UNIQUE/);
        expect(openTempFiles()).toEqual([]);
        expect(db.prepare("SELECT count(*) FROM accounts WHERE notes = 'touched'").pluck().get()).toBe(0);
        writer.commit();
      } finally {
        writer.rollback();
      }
      expect(db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(3000);
    },
  );
});
