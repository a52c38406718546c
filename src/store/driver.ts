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
