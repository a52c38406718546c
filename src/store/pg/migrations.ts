/**
 * The PostgreSQL schema's versions after its base (docs/postgres.md, "Schema
 * and migrations"). SCHEMA (./schema.ts) creates PG_BASE_VERSION; each later
 * version is one step here, the PostgreSQL form of SQLite's migration with the
 * same number (src/store/migrations.ts), so both backends know the same
 * versions. A new database is SCHEMA and then every step; an old one runs the
 * steps after its version; either way in one transaction under an advisory
 * lock (./open.ts). Never edit a released step: add one.
 */
import { HISTORY_ACCOUNT_INSERT_9, PG_BASE_VERSION } from './schema.js';

export interface PgMigration {
  version: number;
  description: string;
  sql: string;
}

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 9,
    description: "a bulk import writes new accounts' history once per run instead of a trigger per row",
    sql: HISTORY_ACCOUNT_INSERT_9,
  },
];

/** The version `steps` lead to: the last step's, or the base's when there are none. */
export function latestPgVersion(steps: readonly PgMigration[] = PG_MIGRATIONS): number {
  return steps.length === 0 ? PG_BASE_VERSION : steps[steps.length - 1]!.version;
}

/** The steps that take a database at `version` (null: empty, SCHEMA first) to the latest, in order. */
export function stepsAfter(version: number | null, steps: readonly PgMigration[] = PG_MIGRATIONS): PgMigration[] {
  const from = version ?? PG_BASE_VERSION;
  if (from < PG_BASE_VERSION)
    throw new Error(`no PostgreSQL upgrade from schema ${from} (the first is ${PG_BASE_VERSION})`);
  return steps.filter((step) => step.version > from);
}
