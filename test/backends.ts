/**
 * The store on both backends (docs/postgres.md, "Tests"): a store test runs
 * its cases once per backend with
 *
 *   describe.each(backends)('$name', (backend) => { … await backend.open() … });
 *
 * SQLite opens a new file; PostgreSQL a new database on the run's throwaway
 * server (test/pg/database.ts), with the schema at the current version.
 */
import Database from 'better-sqlite3';
import { openDatabase } from '../src/store/db.js';
import { openStore, Store } from '../src/store/index.js';
import { tempDb } from './helpers.js';
import { freshPgDatabase } from './pg/database.js';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A new, empty store at the current schema. */
  open(): Promise<Store>;
  /** A new empty location acct can be pointed at (--db / ACCT_DB). */
  location(): Promise<string>;
}

export const sqlite: Backend = {
  name: 'sqlite',
  open: async () => new Store(openDatabase({ path: tempDb(), create: true, driver: Database }).db),
  location: async () => tempDb(),
};

export const postgres: Backend = {
  name: 'postgres',
  open: async () => openStore((await freshPgDatabase()).url, { create: true }),
  location: async () => (await freshPgDatabase()).url,
};

export const backends: readonly Backend[] = [sqlite, postgres];
