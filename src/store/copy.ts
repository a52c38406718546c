/**
 * Copying a whole portfolio from one store to another, SQLite to
 * PostgreSQL or back (`acct db copy`, docs/postgres.md "Moving a
 * portfolio"): every table row for row (by COPY into PostgreSQL), ids kept, in one write transaction
 * on the target, into an empty target only. Triggers run deferred, as in a
 * bulk import, and the rollup is refreshed once at the end; the history is
 * the source's own, not what the triggers would write.
 */
import { dialectOf } from './dialect.js';
import type { Driver } from './driver.js';
import type { Store } from './index.js';
import { ROLLUP_DEFER, ROLLUP_FLUSH, rollupFlush } from './migrations.js';
import { copyLine } from './pg/copy-text.js';

/** In foreign-key order; `order` keeps ids and links as they were. */
const TABLES = [
  { table: 'accounts', order: 'id' },
  { table: 'contacts', order: 'id' },
  { table: 'activities', order: 'id' },
  { table: 'activity_contacts', order: 'activity_id, contact_id' },
  { table: 'assessments', order: 'id' },
  { table: 'actions', order: 'id' },
] as const;

/** Tables whose ids PostgreSQL hands out from a sequence, which must move past the copied ids. */
const ID_TABLES = ['accounts', 'contacts', 'activities', 'assessments', 'actions', 'account_changes'] as const;

export interface CopyCounts {
  accounts: number;
  contacts: number;
  activities: number;
  actions: number;
  assessments: number;
  changes: number;
}

/** Thrown (before anything is written) when the target already holds accounts. */
export class TargetNotEmpty extends Error {
  constructor(readonly accounts: number) {
    super(`the target holds ${accounts} accounts`);
  }
}

/** Rows sent per COPY (docs/postgres.md, "Bulk writes"): bounds the memory a large table holds. */
const COPY_ROWS = 10_000;

/** A PostgreSQL target that takes COPY: one whose row-level security does not apply to the person (COPY FROM refuses those). */
function copyTarget(to: Driver, table: string): { copyFrom(text: string, data: string): number } | undefined {
  if (dialectOf(to).name !== 'postgres') return undefined;
  const limited = to.prepare(`SELECT row_security_active('${table}')`).pluck().get();
  return limited ? undefined : (to as unknown as { copyFrom(text: string, data: string): number });
}

function copyTable(from: Driver, to: Driver, table: string, order: string): number {
  const read = from.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).raw();
  const columns = read.columns().map((column) => column.name);
  const bulk = copyTarget(to, table);
  if (bulk) {
    const text = `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
    let lines: string[] = [];
    let count = 0;
    for (const row of read.iterate()) {
      lines.push(copyLine(row as unknown[]));
      if (lines.length === COPY_ROWS) {
        count += bulk.copyFrom(text, lines.join(''));
        lines = [];
      }
    }
    if (lines.length > 0) count += bulk.copyFrom(text, lines.join(''));
    return count;
  }
  const insert = to.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  let count = 0;
  for (const row of read.iterate()) {
    insert.run(row as unknown[]);
    count++;
  }
  return count;
}

export function copyStore(source: Store, target: Store): CopyCounts {
  const from = source.db;
  const dialect = dialectOf(target.db);
  return target.write(() => {
    const to = target.db;
    const existing = to.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
    if (existing > 0) throw new TargetNotEmpty(existing);
    to.exec(ROLLUP_DEFER);
    const counts: Record<string, number> = {};
    for (const { table, order } of TABLES) counts[table] = copyTable(from, to, table, order);
    to.exec(dialect.name === 'sqlite' ? ROLLUP_FLUSH : rollupFlush(dialect));
    // The history is the source's: drop what the assessment triggers wrote while copying.
    to.exec('DELETE FROM account_changes');
    counts.changes = copyTable(from, to, 'account_changes', 'id');
    if (dialect.name === 'postgres') {
      for (const table of ID_TABLES) {
        to.prepare(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM ${table}), false)`,
        ).get();
      }
    }
    return {
      accounts: counts.accounts!,
      contacts: counts.contacts!,
      activities: counts.activities!,
      actions: counts.actions!,
      assessments: counts.assessments!,
      changes: counts.changes,
    };
  });
}
