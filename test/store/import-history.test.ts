/**
 * An import writes the history of the accounts it creates once per run
 * (migration 9: the per-row trigger is off while the import defers), and the
 * rows are the ones the trigger writes for `acct add`: one creation row per
 * field, by account then stage, level, position, dated at creation. An
 * account created and then changed in the same run is created with its first
 * values, then moves.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { run, tempDb } from '../helpers.js';

type Change = [string, string, string | null, string | null, string];

function changes(db: string): Change[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn
      .prepare(
        `SELECT a.name, c.field, c.from_value, c.to_value, c.changed_at FROM account_changes c
         JOIN accounts a ON a.id = c.account_id ORDER BY c.id`,
      )
      .raw()
      .all() as Change[];
  } finally {
    conn.close();
  }
}

const NOW = '2026-03-10T10:00:00.000Z';

async function acct(db: string, args: string[]): Promise<void> {
  const result = await run(db, args, { env: { ACCT_NOW: NOW } });
  expect(result.code, result.stderr).toBe(0);
}

describe('history of imported accounts', () => {
  it('is what acct add writes: three creation rows per account, in order, at its creation time', async () => {
    const db = tempDb();
    const csv = join(db, '..', 'accounts.csv');
    writeFileSync(
      csv,
      'name,position,stage,createdAt\n' +
        'Alpha,secondary,initial-cooperation,2025-01-02T03:04:05.000Z\n' +
        'Beta,,,\n' +
        'Gamma,primary,,\n',
    );
    await acct(db, ['import', csv]);
    await acct(db, ['add', 'Delta']);
    expect(changes(db)).toEqual([
      ['Alpha', 'stage', null, 'initial-cooperation', '2025-01-02T03:04:05.000Z'],
      ['Alpha', 'level', null, 'transactional', '2025-01-02T03:04:05.000Z'],
      ['Alpha', 'position', null, 'secondary', '2025-01-02T03:04:05.000Z'],
      ['Beta', 'stage', null, 'development', NOW],
      ['Beta', 'level', null, 'transactional', NOW],
      ['Beta', 'position', null, 'none', NOW],
      ['Gamma', 'stage', null, 'primary-supplier', NOW],
      ['Gamma', 'level', null, 'transactional', NOW],
      ['Gamma', 'position', null, 'primary', NOW],
      // After the import the trigger is live again.
      ['Delta', 'stage', null, 'development', NOW],
      ['Delta', 'level', null, 'transactional', NOW],
      ['Delta', 'position', null, 'none', NOW],
    ]);
  });

  it('records an account created by one file and changed by the next as a creation, then a move', async () => {
    const db = tempDb();
    const first = join(db, '..', 'first.csv');
    const second = join(db, '..', 'second.csv');
    writeFileSync(first, 'name,position\nAlpha,secondary\nBeta,\n');
    writeFileSync(second, 'name,position\nAlpha,primary\nGamma,\n');
    await acct(db, ['import', first, second, '--type', 'accounts']);
    expect(changes(db)).toEqual([
      ['Alpha', 'stage', null, 'initial-cooperation', NOW],
      ['Alpha', 'level', null, 'transactional', NOW],
      ['Alpha', 'position', null, 'secondary', NOW],
      ['Beta', 'stage', null, 'development', NOW],
      ['Beta', 'level', null, 'transactional', NOW],
      ['Beta', 'position', null, 'none', NOW],
      // The update triggers' own order (migration 7).
      ['Alpha', 'position', 'secondary', 'primary', NOW],
      ['Alpha', 'stage', 'initial-cooperation', 'primary-supplier', NOW],
      ['Gamma', 'stage', null, 'development', NOW],
      ['Gamma', 'level', null, 'transactional', NOW],
      ['Gamma', 'position', null, 'none', NOW],
    ]);
  });

  it('writes nothing when the import is refused', async () => {
    const db = tempDb();
    await acct(db, ['add', 'Alpha']);
    const csv = join(db, '..', 'accounts.csv');
    writeFileSync(csv, 'name,tier\nBeta,A\nGamma,Z\n');
    const result = await run(db, ['import', csv], { env: { ACCT_NOW: NOW } });
    expect(result.code).toBe(1);
    expect(changes(db).map((c) => c[0])).toEqual(['Alpha', 'Alpha', 'Alpha']);
  });
});
