/**
 * New accounts are inserted ACCOUNT_BATCH at a time (one multi-row INSERT);
 * a batch with a taken name or external id is written nothing and goes row
 * by row. Every outcome, message and stored row must be what handling the
 * rows one at a time gives: each case runs through the batching store and
 * through the same store with batching off (as on PostgreSQL), and the two
 * must agree.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT_BATCH,
  RecordImporter,
  type Outcome,
  type RecordValues,
  type RowInput,
} from '../../src/domain/import.js';
import { wordProblem } from '../../src/errors.js';
import { openDatabase } from '../../src/store/db.js';
import { ImportRepository } from '../../src/store/import.js';
import { tempDb } from '../helpers.js';

const NOW = '2026-03-10T10:00:00.000Z';
const CLOCK = { today: '2026-03-10', now: NOW };

/** The same repository with batching off: every account goes through the one-row path. */
class RowByRow extends ImportRepository {
  batches = 0;
  override insertAccountsIfNew(): number | undefined {
    this.batches++;
    return undefined;
  }
}

class Counting extends ImportRepository {
  batches = 0;
  whole = 0;
  override insertAccountsIfNew(rows: readonly Readonly<RecordValues>[], defaults: Readonly<RecordValues>) {
    this.batches++;
    const first = super.insertAccountsIfNew(rows, defaults);
    if (first !== undefined) this.whole++;
    return first;
  }
}

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function database(): Database.Database {
  const db = openDatabase({ path: tempDb(), create: true, driver: Database }).db as Database.Database;
  open.push(db);
  return db;
}

/** Imports each file (rows of one handler call per slice of `slice` rows) in one transaction; the outcomes. */
async function importInto(
  repository: ImportRepository,
  files: readonly (readonly RowInput[])[],
  slice = 256,
): Promise<Outcome[][]> {
  const importer = new RecordImporter(repository, CLOCK, wordProblem);
  const all: Outcome[][] = [];
  await repository.transaction(async () => {
    for (const rows of files) {
      const handle = importer.forFile('accounts');
      const outcomes: Outcome[] = [];
      for (let start = 0; start < rows.length; start += slice) {
        const part = rows.slice(start, start + slice);
        outcomes.push(
          ...handle(
            part,
            part.map((_, i) => start + i + 2),
          ),
        );
      }
      all.push(outcomes);
    }
    return true;
  });
  return all;
}

function stored(db: Database.Database): unknown[] {
  return db
    .prepare(
      `SELECT id, name, name_key, external_id, owner, tier, revenue, stage, level, position, created_at, updated_at
       FROM accounts ORDER BY id`,
    )
    .raw()
    .all();
}

function history(db: Database.Database): unknown[] {
  return db
    .prepare('SELECT account_id, field, from_value, to_value, changed_at FROM account_changes ORDER BY id')
    .raw()
    .all();
}

/** Runs the files both ways: outcomes, accounts and history must be the same. */
async function bothWays(files: readonly (readonly RowInput[])[], slice?: number) {
  const batchedDb = database();
  const plainDb = database();
  const batched = new Counting(batchedDb, NOW);
  const plain = new RowByRow(plainDb, NOW);
  const outcomes = await importInto(batched, files, slice);
  expect(outcomes).toEqual(await importInto(plain, files, slice));
  expect(stored(batchedDb)).toEqual(stored(plainDb));
  expect(history(batchedDb)).toEqual(history(plainDb));
  return { outcomes, batched, db: batchedDb };
}

const account = (i: number, extra: Record<string, string> = {}): RowInput => ({
  name: `Account ${i}`,
  externalId: `EXT-${i}`,
  owner: ['lin', 'wang'][i % 2]!,
  tier: 'ABC'[i % 3]!,
  revenue: `${i}万`,
  ...extra,
});

describe('batched account inserts', () => {
  it('insert whole batches of new accounts, with ids in file order', async () => {
    const rows = Array.from({ length: 3 * ACCOUNT_BATCH + 5 }, (_, i) => account(i));
    const { outcomes, batched, db } = await bothWays([rows]);
    expect(outcomes[0]!.every((o) => o === 'created')).toBe(true);
    // 256 rows per call: batches of 64, 64, 64, 64 and the 5 + ... left over; every one inserted whole.
    expect(batched.whole).toBe(batched.batches);
    expect(batched.batches).toBeGreaterThanOrEqual(4);
    const names = db.prepare('SELECT name FROM accounts ORDER BY id').pluck().all();
    expect(names).toEqual(rows.map((r) => r.name));
  });

  it('a name or external id taken by an earlier row, of an earlier batch or the same: the same messages', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => account(i));
    rows[70] = account(3, { externalId: '' }); // Account 3, inserted by the first batch (line 5), again on line 72
    rows[90] = account(95); // EXT-95 and Account 95 on lines 92 and 97
    const { outcomes, batched } = await bothWays([rows]);
    const errors = outcomes[0]!.flatMap((o, i) => (typeof o === 'string' ? [] : [{ row: i, o }]));
    expect(errors).toEqual([
      {
        row: 70,
        o: [
          {
            line: 72,
            column: 'name',
            message: 'account "Account 3" is also on line 5: lines 5 and 72 are the same record',
          },
        ],
      },
      {
        row: 95,
        o: [
          {
            line: 97,
            column: 'externalId',
            message: 'account "Account 95" is also on line 92: lines 92 and 97 are the same record',
          },
        ],
      },
    ]);
    expect(batched.whole).toBeLessThan(batched.batches);
  });

  it('a re-import changes nothing, and a row that renames a stored account keeps its place in the order', async () => {
    const first = Array.from({ length: 70 }, (_, i) => account(i));
    const second = Array.from({ length: 70 }, (_, i) => account(i));
    // Line 12 renames EXT-10 to "Renamed"; line 22, a new account called "Renamed", then clashes with it,
    // as it would one row at a time (inserting the batch first would refuse line 12 instead).
    second[10] = account(10, { name: 'Renamed' });
    second[20] = account(1000, { name: 'Renamed', externalId: 'EXT-1000' });
    second[30] = account(30, { owner: 'zhao' });
    const { outcomes } = await bothWays([first, second]);
    expect(outcomes[1]![10]).toBe('updated');
    expect(outcomes[1]![20]).toEqual([
      { line: 22, column: 'name', message: 'an account named "Renamed" already exists with external id "EXT-10"' },
    ]);
    expect(outcomes[1]![30]).toBe('updated');
    expect(outcomes[1]!.filter((o) => o === 'unchanged')).toHaveLength(67);
  });

  it('invalid rows in a batch are reported at their own lines; the valid ones are inserted', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => account(i));
    rows[3] = account(3, { tier: 'Z' });
    rows[50] = account(50, { stage: 'strategic-alliance', position: 'none' });
    const { outcomes, db } = await bothWays([rows], 64);
    expect((outcomes[0]![3] as { line: number; column: string }[])[0]).toMatchObject({ line: 5, column: 'tier' });
    expect((outcomes[0]![50] as { line: number; column: string }[])[0]).toMatchObject({ line: 52, column: 'stage' });
    expect(db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(78);
  });

  it('after a batch that could not be inserted whole, later batches go row by row for a while, then batch again', async () => {
    const rows = Array.from({ length: 40 * ACCOUNT_BATCH }, (_, i) => account(i));
    rows[1] = account(0); // the first batch has a duplicate
    const { outcomes, batched } = await bothWays([rows], 40 * ACCOUNT_BATCH);
    expect(outcomes[0]!.filter((o) => o === 'created')).toHaveLength(rows.length - 1);
    // The first batch fails; the next 16 go row by row without trying; the rest are tried and inserted whole.
    expect(batched.batches).toBe(40 - 16);
    expect(batched.whole).toBe(40 - 16 - 1);
  });
});
