/**
 * What differs in SQL between the backends (docs/postgres.md, "Dialects").
 * The repositories write SQLite's SQL once, in the forms both databases
 * share where they can; the PostgreSQL facade passes every statement
 * through its dialect's `translate` (src/store/pg/dialect.ts), which
 * rewrites the mechanical differences. Where a statement cannot be
 * rewritten mechanically, the repository asks `dialectOf(db)` for the
 * fragment.
 */
import type { Driver } from './driver.js';

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** `expr` (a comparison) as the integer 0/1, for sums and maxima: SQLite's booleans are integers already. */
  asInt(expr: string): string;
  /** A number column as text, where SQLite concatenates or coalesces it with text as it is. */
  asText(expr: string): string;
  /** The false of a condition (SQLite: 0). */
  readonly false: string;
}

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  asInt: (expr) => expr,
  asText: (expr) => expr,
  false: '0',
};

/** A driver that is not SQLite says so with a `dialect` property (the PostgreSQL facade). */
export function dialectOf(db: Driver): Dialect {
  return (db as { dialect?: Dialect }).dialect ?? sqliteDialect;
}

/** Largest part of a database file a long read maps into memory (SQLite's own cap is 2 GB). */
const READ_MAP_BYTES = 1024 * 1024 * 1024;

/**
 * Before a read that walks much of the file (acct export, the weekly report): SQLite reads pages
 * through a memory map instead of one read() call per page, which costs more CPU than stepping the
 * query (bench/RESULTS.md, bench/RESULTS-report.md). The map is read-only and ends with the
 * connection. PostgreSQL has nothing to map.
 */
export function readThroughMap(db: Driver): void {
  if (dialectOf(db).name === 'sqlite') db.pragma(`mmap_size = ${READ_MAP_BYTES}`);
}
