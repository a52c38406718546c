/**
 * The PostgreSQL facade: implements the Driver the repositories use
 * (src/store/driver.ts) over one connection held by a worker thread
 * (bridge.ts), so the store stays synchronous on both backends
 * (docs/postgres.md). Statements are translated once by the dialect and
 * cached; rows come back in better-sqlite3's shapes.
 */
import type { Dialect } from '../dialect.js';
import {
  asksForRetry,
  MAX_ATTEMPTS,
  retryPause,
  type BindParameters,
  type ColumnDefinition,
  type Driver,
  type RunResult,
  type Statement,
  type Transaction,
} from '../driver.js';
import { PgFailure, takeBridge, type SyncBridge } from './bridge.js';
import { postgresDialect, translate, type Translated } from './dialect.js';
import type { QueryAnswer } from './protocol.js';
import { refusal } from './team.js';

/** Tables whose rows have an `id`: an INSERT into one returns it, as SQLite's lastInsertRowid. */
const ID_TABLES = new Set(['accounts', 'contacts', 'activities', 'actions', 'assessments', 'account_changes']);

/** The advisory lock every write transaction takes (docs/postgres.md, "Writes"): "acct" in ASCII. */
export const WRITE_LOCK = 0x61636374;

/** PostgreSQL's constraint classes under SQLite's codes, which the repositories already understand. */
const SQLITE_CODES: Record<string, string> = {
  '23505': 'SQLITE_CONSTRAINT_UNIQUE',
  '23503': 'SQLITE_CONSTRAINT_FOREIGNKEY',
  '23514': 'SQLITE_CONSTRAINT_CHECK',
  '23502': 'SQLITE_CONSTRAINT_NOTNULL',
};

/** A statement's failure: `code` as SQLite would name it where one exists, PostgreSQL's in `sqlState`. */
export class PgStatementError extends Error {
  readonly code: string;
  constructor(
    failure: PgFailure,
    readonly sqlState = failure.code ?? '',
  ) {
    super(failure.message);
    this.name = 'PgStatementError';
    this.code = SQLITE_CODES[sqlState] ?? sqlState;
  }
}

function bind(translated: Translated, params: BindParameters): unknown[] {
  if (translated.names.length > 0) {
    const named = (params[0] ?? {}) as Record<string, unknown>;
    return translated.names.map((name) => value(named[name]));
  }
  // better-sqlite3 takes an array of values as well as the values themselves.
  return params.flatMap((param) => (Array.isArray(param) ? param.map(value) : [value(param)]));
}

function value(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v === undefined ? null : v;
}

class PgStatement implements Statement {
  private plucking = false;
  private rawRows = false;
  private fields: string[] | undefined;

  constructor(
    private readonly driver: PgDriver,
    private readonly translated: Translated,
    private readonly returnsId: boolean,
  ) {}

  private query(params: BindParameters): QueryAnswer {
    const answer = this.driver.statement(this.translated.text, bind(this.translated, params));
    this.fields = answer.fields;
    return answer;
  }

  private shape(answer: QueryAnswer): unknown[] {
    if (this.plucking) return answer.rows.map((row) => row[0]);
    if (this.rawRows) return answer.rows;
    return answer.rows.map((row) => {
      const object: Record<string, unknown> = {};
      answer.fields.forEach((name, i) => (object[name] = row[i]));
      return object;
    });
  }

  run(...params: BindParameters): RunResult {
    const answer = this.query(params);
    const last = this.returnsId ? answer.rows[answer.rows.length - 1] : undefined;
    return { changes: answer.rowCount, lastInsertRowid: last ? Number(last[0]) : 0 };
  }

  get(...params: BindParameters): unknown {
    return this.shape(this.query(params))[0];
  }

  all(...params: BindParameters): unknown[] {
    return this.shape(this.query(params));
  }

  iterate(...params: BindParameters): IterableIterator<unknown> {
    return this.all(...params)[Symbol.iterator]();
  }

  pluck(toggleState = true): this {
    this.plucking = toggleState;
    if (toggleState) this.rawRows = false;
    return this;
  }

  raw(toggleState = true): this {
    this.rawRows = toggleState;
    if (toggleState) this.plucking = false;
    return this;
  }

  columns(): ColumnDefinition[] {
    if (!this.fields) {
      // better-sqlite3 knows the columns before running; ask PostgreSQL for none of the rows.
      const probe = this.driver.query(
        `SELECT * FROM (${this.translated.text}) AS q LIMIT 0`,
        bind(this.translated, []),
      );
      this.fields = probe.fields;
    }
    return this.fields.map((name) => ({ name }));
  }
}

export interface PgDriverOptions {
  /** A postgres URL, or undefined for the PG* variables alone. */
  url: string | undefined;
  lockTimeoutMs: number;
  readonly?: boolean;
}

export class PgDriver implements Driver {
  readonly dialect: Dialect = postgresDialect;
  readonly readonly: boolean;
  private readonly bridge: SyncBridge;
  private readonly cache = new Map<string, { translated: Translated; returnsId: boolean }>();
  private depth = 0;
  private isOpen = true;

  constructor(options: PgDriverOptions) {
    this.readonly = Boolean(options.readonly);
    this.bridge = takeBridge();
    try {
      this.bridge.must({ op: 'connect', url: options.url, lockTimeoutMs: options.lockTimeoutMs });
    } catch (error) {
      this.isOpen = false;
      this.bridge.close();
      throw error;
    }
  }

  get open(): boolean {
    return this.isOpen;
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  /** Runs translated SQL; failures carry SQLite's constraint codes (PgStatementError). */
  query(text: string, values: unknown[]): QueryAnswer {
    try {
      return this.bridge.must({ op: 'query', text, values }) as QueryAnswer;
    } catch (error) {
      // A team database's guard refused the change: one line naming the account and its owner.
      if (error instanceof PgFailure) throw refusal(error) ?? new PgStatementError(error);
      throw error;
    }
  }

  /**
   * Runs one statement of the store's. Outside a transaction it is a transaction of its own, which
   * PostgreSQL may roll back asking for a retry (40001, 40P01): it is run again, as a write transaction
   * would be (docs/postgres.md, "Writes"). Inside one, the transaction's retry covers it.
   */
  statement(text: string, values: unknown[]): QueryAnswer {
    for (let attempt = 1; ; attempt++) {
      try {
        return this.query(text, values);
      } catch (error) {
        if (this.depth > 0 || attempt >= MAX_ATTEMPTS || !asksForRetry(error)) throw error;
        retryPause(attempt);
      }
    }
  }

  /**
   * `COPY table (columns) FROM STDIN` with `data` in COPY's text format (copy-text.ts): the bulk path of
   * the import and db copy (docs/postgres.md, "Bulk writes"). Returns the rows copied; failures as query's.
   */
  copyFrom(text: string, data: string): number {
    try {
      return (this.bridge.must({ op: 'copy', text, data }) as QueryAnswer).rowCount;
    } catch (error) {
      if (error instanceof PgFailure) throw refusal(error) ?? new PgStatementError(error);
      throw error;
    }
  }

  prepare(source: string): Statement {
    let entry = this.cache.get(source);
    if (!entry) {
      const translated = translate(source);
      const insert = /^\s*INSERT\s+INTO\s+(\w+)/i.exec(translated.text);
      const returnsId =
        Boolean(insert && ID_TABLES.has(insert[1]!.toLowerCase())) && !/\bRETURNING\b/i.test(translated.text);
      if (returnsId) translated.text += ' RETURNING id';
      entry = { translated, returnsId };
      this.cache.set(source, entry);
    }
    return new PgStatement(this, entry.translated, entry.returnsId);
  }

  exec(source: string): this {
    // A writer that opens its own transaction (the bulk import) says BEGIN IMMEDIATE, COMMIT, ROLLBACK.
    const control = /^\s*(BEGIN(?:\s+(IMMEDIATE|EXCLUSIVE|DEFERRED))?|COMMIT|END|ROLLBACK)\s*;?\s*$/i.exec(source);
    if (control) {
      const verb = control[1]!.split(/\s/)[0]!.toUpperCase();
      if (verb === 'BEGIN') {
        this.query('BEGIN', []);
        this.depth++;
        if (control[2] && control[2].toUpperCase() !== 'DEFERRED') {
          this.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`, []);
        }
      } else {
        this.depth = 0;
        this.query(verb === 'ROLLBACK' ? 'ROLLBACK' : 'COMMIT', []);
      }
      return this;
    }
    this.statement(translate(source).text, []);
    return this;
  }

  /** SQLite's pragmas tune its file; on PostgreSQL they have nothing to tune. */
  pragma(source: string, options?: { simple?: boolean }): unknown {
    const name = /^\s*(\w+)/.exec(source)?.[1]?.toLowerCase();
    if (name === 'foreign_keys' || name === 'cache_size' || name === 'temp_store' || name === 'busy_timeout') {
      return options?.simple ? undefined : [];
    }
    throw new Error(`PRAGMA ${name} has no PostgreSQL equivalent in acct`);
  }

  /**
   * better-sqlite3's transaction function: BEGIN/COMMIT around `work`, a
   * savepoint when nested; the whole work is run again when PostgreSQL asks
   * for it (40001, 40P01). `immediate()` is a writer's: READ COMMITTED, the
   * write lock taken first, so every statement after it sees what the
   * writers before committed. A plain call is a reader's: REPEATABLE READ,
   * one snapshot for all its statements, as SQLite's read transaction
   * (the report reads in one; docs/postgres.md, "Writes").
   */
  transaction<Result>(work: () => Result): Transaction<Result> {
    const run = (lock: boolean): Result => {
      if (this.depth > 0) return this.savepoint(work);
      for (let attempt = 1; ; attempt++) {
        this.query(lock ? 'BEGIN' : 'BEGIN ISOLATION LEVEL REPEATABLE READ', []);
        this.depth++;
        try {
          if (lock) this.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`, []);
          const result = work();
          this.query('COMMIT', []);
          return result;
        } catch (error) {
          this.rollback();
          if (attempt >= MAX_ATTEMPTS || !asksForRetry(error)) throw error;
          retryPause(attempt);
        } finally {
          this.depth = 0;
        }
      }
    };
    const transaction = (() => run(false)) as Transaction<Result>;
    transaction.immediate = () => run(true);
    return transaction;
  }

  private savepoint<Result>(work: () => Result): Result {
    const name = `acct_${this.depth}`;
    this.query(`SAVEPOINT ${name}`, []);
    this.depth++;
    try {
      const result = work();
      this.query(`RELEASE SAVEPOINT ${name}`, []);
      return result;
    } catch (error) {
      this.query(`ROLLBACK TO SAVEPOINT ${name}`, []);
      throw error;
    } finally {
      this.depth--;
    }
  }

  private rollback(): void {
    try {
      this.query('ROLLBACK', []);
    } catch {
      // The connection is gone: the server rolled back already.
    }
  }

  close(): this {
    if (this.isOpen) {
      this.isOpen = false;
      this.bridge.close();
    }
    return this;
  }
}
