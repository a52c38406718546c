/**
 * The messages between the PostgreSQL facade (driver.ts, on acct's thread)
 * and the worker that owns the `pg` client (worker.ts). Shared by both so
 * the two sides cannot drift apart.
 */

/** How the worker connects: a URL or nothing (then the PG* variables decide, as in libpq). */
export interface ConnectRequest {
  op: 'connect';
  url: string | undefined;
  /** Milliseconds a statement may wait for a lock before PostgreSQL gives up (acct's busy timeout). */
  lockTimeoutMs: number;
}

export interface QueryRequest {
  op: 'query';
  text: string;
  values: unknown[];
}

/** `COPY … FROM STDIN` with `data` (COPY's text format) as its input: the bulk path (docs/postgres.md, "Bulk writes"). */
export interface CopyRequest {
  op: 'copy';
  text: string;
  data: string;
}

export interface EndRequest {
  op: 'end';
}

export type Request = ConnectRequest | QueryRequest | CopyRequest | EndRequest;

/** One statement's answer: rows as arrays in column order, and the column names. */
export interface QueryAnswer {
  ok: true;
  fields: string[];
  rows: unknown[][];
  rowCount: number;
  command: string;
}

/** A failure as the worker saw it: PostgreSQL's SQLSTATE (`code`) or Node's errno code, and the text. */
export interface FailureAnswer {
  ok: false;
  message: string;
  code?: string;
  detail?: string;
  constraint?: string;
}

export type Answer = QueryAnswer | FailureAnswer | { ok: true };

/** Slots of the shared Int32Array: [0] answer ready, [1] the worker has exited. */
export const READY = 0;
export const EXITED = 1;
