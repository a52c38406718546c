/**
 * `acct import` of accounts writes new rows ACCOUNT_BATCH at a time
 * (src/domain/import.ts). Through the command, a file whose batches mix new
 * rows, rows that match stored accounts, duplicates inside one batch, rows
 * the domain refuses and a row the reader refuses, and that ends in the
 * middle of a batch, must report the counts, messages (in file order, with
 * their lines) and rejects file that handling the rows one by one gives.
 */
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_BATCH } from '../../src/domain/import.js';
import { run, tempDir } from '../helpers.js';

const HEADER = 'name,externalId,tier,owner';
const ROWS = 2 * ACCOUNT_BATCH + 22; // ends 22 rows into the third batch

const newRow = (i: number) => `New ${i},N-${i},${'ABC'[i % 3]},lin`;

/**
 * The file's data rows (line = index + 2). The first batch's 64 valid rows
 * are all new (it is inserted whole) around three refused rows; the second
 * mixes stored accounts and duplicates (it goes row by row).
 */
function mixedRows(): string[] {
  const rows = Array.from({ length: ROWS }, (_, i) => newRow(i));
  rows[20] = 'Bad Tier,N-20,Z,lin'; // refused by the domain
  rows[30] = 'Ragged,N-30'; // refused by the reader: too few cells
  rows[40] = ',N-40,A,lin'; // no name
  rows[70] = 'Stored 1,S-1,B,lin'; // a stored account, changed: updated
  rows[71] = 'Stored 2,S-2,A,lin'; // a stored account as it is: unchanged
  rows[80] = newRow(75); // the row of line 77 again, in the same batch
  rows[90] = newRow(10); // the row of line 12, inserted by the first batch
  return rows;
}

function accounts(path: string): { name: string; external_id: string; tier: string }[] {
  const handle = new Database(path, { readonly: true });
  try {
    return handle.prepare('SELECT name, external_id, tier FROM accounts ORDER BY id').all() as {
      name: string;
      external_id: string;
      tier: string;
    }[];
  } finally {
    handle.close();
  }
}

describe('account batches through acct import', () => {
  it('mixed batches: counts, messages in file order, rejects and stored rows as one row at a time', async () => {
    const dir = tempDir();
    const path = join(dir, 'acct.db');
    const stored = join(dir, 'stored.csv');
    writeFileSync(stored, `${HEADER}\n${[0, 1, 2, 3].map((i) => `Stored ${i},S-${i},A,lin`).join('\n')}\n`);
    expect((await run(path, ['import', stored])).code).toBe(0);

    const csv = join(dir, 'mixed.csv');
    const rows = mixedRows();
    writeFileSync(csv, `${HEADER}\n${rows.join('\n')}\n`);
    const result = await run(path, ['import', csv, '--skip-invalid', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      created: number;
      updated: number;
      unchanged: number;
      invalid: number;
      errors: { line: number; column: string | null; message: string }[];
    };
    expect({ ...report, errors: undefined }).toMatchObject({
      created: ROWS - 7,
      updated: 1,
      unchanged: 1,
      invalid: 5,
    });
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [22, 'tier'],
      [32, null],
      [42, 'name'],
      [82, 'externalId'],
      [92, 'externalId'],
    ]);

    const rejects = readFileSync(csv.replace(/\.csv$/, '.rejects.csv'), 'utf8').split('\r\n');
    expect(rejects[0]).toBe(`reason,${HEADER}`);
    expect(rejects.slice(1)).toEqual([
      '"tier: tier ""Z"" is not one of A, B, C",Bad Tier,N-20,Z,lin',
      'row has 2 fields but the header has 4,Ragged,N-30',
      'name: name is required,,N-40,A,lin',
      '"externalId: account ""New 75"" is also on line 77: lines 77 and 82 are the same record",New 75,N-75,A,lin',
      '"externalId: account ""New 10"" is also on line 12: lines 12 and 92 are the same record",New 10,N-10,B,lin',
      '',
    ]);

    // New accounts in file order after the stored ones; the stored ones changed only where the file said.
    const after = accounts(path);
    const created = rows.flatMap((row, i) =>
      [20, 30, 40, 70, 71, 80, 90].includes(i) ? [] : [row.split(',').slice(0, 3).join(',')],
    );
    expect(after.map((a) => `${a.name},${a.external_id},${a.tier}`)).toEqual([
      'Stored 0,S-0,A',
      'Stored 1,S-1,B',
      'Stored 2,S-2,A',
      'Stored 3,S-3,A',
      ...created,
    ]);

    // The same file again: every valid row is unchanged, the same five refused.
    const again = JSON.parse((await run(path, ['import', csv, '--skip-invalid', '--json'])).stdout) as {
      created: number;
      unchanged: number;
      invalid: number;
      errors: { line: number }[];
    };
    expect(again).toMatchObject({ created: 0, unchanged: ROWS - 5, invalid: 5 });
    expect(again.errors.map((e) => e.line)).toEqual([22, 32, 42, 82, 92]);
    expect(accounts(path)).toEqual(after);
  });

  it('a file that ends in the middle of a batch, with a refused row in the last one: every batch inserted whole', async () => {
    const dir = tempDir();
    const path = join(dir, 'acct.db');
    const csv = join(dir, 'clean.csv');
    const rows = Array.from({ length: 2 * ACCOUNT_BATCH + 5 }, (_, i) => newRow(i));
    rows[2 * ACCOUNT_BATCH + 2] = 'Late,N-late,Q,lin';
    writeFileSync(csv, `${HEADER}\n${rows.join('\n')}\n`);
    const result = await run(path, ['import', csv, '--skip-invalid', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      created: rows.length - 1,
      invalid: 1,
      errors: [{ line: 2 * ACCOUNT_BATCH + 4, column: 'tier' }],
    });
    expect(accounts(path).map((a) => a.name)).toEqual(
      rows.filter((row) => !row.startsWith('Late')).map((row) => row.split(',')[0]),
    );
  });
});
