/**
 * The part of a database connection the repositories use: the subset of
 * better-sqlite3's Database they call, so that a better-sqlite3 Database is
 * a Driver as it is (no wrapper, no cost on SQLite), and the PostgreSQL
 * facade (src/store/pg/) implements the same calls synchronously.
 * Opening, pragmas that tune SQLite's files, backups and checks stay in
 * db.ts, which alone knows it is SQLite.
 */

/** A value bound to a `?` (positional) or a named parameter (`@name`, `:name`, `$name`). */
export type BindValue = string | number | bigint | null | Buffer;
/** Positional values, or one object of named values. */
export type BindParameters = unknown[];

export interface RunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface ColumnDefinition {
  name: string;
}

/** A prepared statement; `pluck` and `raw` change the shape of the rows it returns. */
export interface Statement {
  run(...params: BindParameters): RunResult;
  get(...params: BindParameters): unknown;
  all(...params: BindParameters): unknown[];
  iterate(...params: BindParameters): IterableIterator<unknown>;
  /** Rows come back as their first column's value. */
  pluck(toggleState?: boolean): this;
  /** Rows come back as arrays of values in column order. */
  raw(toggleState?: boolean): this;
  columns(): ColumnDefinition[];
}

/**
 * SQLSTATEs with which PostgreSQL rolls a transaction back and asks the client to run it again:
 * serialization failure and deadlock (docs/postgres.md, "Writes"). SQLite never raises them.
 */
const RETRY_SQLSTATES: ReadonlySet<string> = new Set(['40001', '40P01']);

/** How many times a transaction PostgreSQL asks to retry is run, in all. */
export const MAX_ATTEMPTS = 5;

/** Whether the database rolled back the work that raised `error` and asks for it to be run again. */
export function asksForRetry(error: unknown): boolean {
  const state = (error as { sqlState?: unknown } | null | undefined)?.sqlState;
  return typeof state === 'string' && RETRY_SQLSTATES.has(state);
}

/** Waits a few milliseconds (more after each attempt, with jitter) before running the work again. */
export function retryPause(attempt: number): void {
  const ms = Math.round(attempt * 10 * (0.5 + Math.random()));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A function wrapped in a transaction: calling it runs it in one (nested calls use a savepoint). */
export interface Transaction<Result> {
  (): Result;
  /** Takes the write lock at BEGIN, so a read-then-write never interleaves with another writer. */
  immediate(): Result;
}

export interface Driver {
  readonly open: boolean;
  readonly readonly: boolean;
  readonly inTransaction: boolean;
  prepare(source: string): Statement;
  exec(source: string): this;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction<Result>(work: () => Result): Transaction<Result>;
  close(): this;
}
