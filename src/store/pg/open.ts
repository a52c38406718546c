/**
 * Opening a PostgreSQL database (docs/postgres.md, "Schema and migrations"):
 * connect through the bridge, check the schema's version, and when the
 * database is empty or older, in one transaction under an advisory lock (so
 * two acct processes starting at once cannot both create or upgrade), create
 * the base schema and run the steps up to the current version
 * (./migrations.ts). A newer schema is refused with the line SQLite uses.
 */
import { UserError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { OpenResult } from '../db.js';
import type { Driver } from '../driver.js';
import { PgFailure } from './bridge.js';
import { PgDriver } from './driver.js';
import { latestPgVersion, PG_MIGRATIONS, stepsAfter, type PgMigration } from './migrations.js';
import { META_TABLE, SCHEMA } from './schema.js';
import { connectionUrl, maskUrl } from './url.js';

/** The advisory lock creating or upgrading the schema takes: "acct" + 1. */
export const MIGRATION_LOCK = 0x61636375;
const BUSY_TIMEOUT_MS = 15_000;

export interface PgOpenOptions {
  location: string;
  busyTimeoutMs?: number;
  readOnly?: boolean;
  /** The steps after the base schema; tests pass their own (default PG_MIGRATIONS). */
  migrations?: readonly PgMigration[];
}

/** A connection failure in one line: where (masked), what PostgreSQL or the network said, and what to do. */
export function connectError(error: unknown, location: string): UserError {
  const url = maskUrl(location);
  const code = String((error as { code?: unknown }).code ?? '');
  const reason = String((error as Error).message ?? error).replace(location, url);
  const hint =
    code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ETIMEDOUT'
      ? t('store.pg.connect.refused.hint')
      : code === '28P01' || code === '28000'
        ? t('store.pg.connect.auth.hint')
        : code === '3D000'
          ? t('store.pg.connect.noDatabase.hint')
          : t('store.pg.connect.other.hint');
  const said = /^E[A-Z]+$/.test(code) && !reason.includes(code) ? `${reason} (${code})` : reason;
  return new UserError(t('store.pg.connect.failed', { url, reason: said }), hint);
}

export type PgOpenResult = Omit<OpenResult, 'db'> & { db: Driver };

export function openPostgres(options: PgOpenOptions): PgOpenResult {
  const { location } = options;
  let db: PgDriver;
  try {
    db = new PgDriver({
      url: connectionUrl(location),
      lockTimeoutMs: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
      readonly: options.readOnly,
    });
  } catch (error) {
    if (error instanceof PgFailure) throw connectError(error, location);
    throw error;
  }
  try {
    const migratedFrom = prepareSchema(db, location, options.migrations ?? PG_MIGRATIONS);
    return { db, backup: null, migratedFrom };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Creates the schema on an empty database, upgrades an older one, or checks
 * that an existing one is current; returns the version it upgraded from (0:
 * empty), or null when it changed nothing.
 */
function prepareSchema(db: PgDriver, location: string, steps: readonly PgMigration[]): number | null {
  const latest = latestPgVersion(steps);
  const version = (): number | null => {
    if (db.prepare(`SELECT to_regclass('${META_TABLE}') IS NOT NULL`).pluck().get() !== 1) return null;
    return db.prepare(`SELECT version FROM ${META_TABLE} WHERE id = 1`).pluck().get() as number;
  };
  /** Whether the schema needs creating or upgrading; throws when it is not acct's or is newer. */
  const behind = (found: number | null): boolean => {
    if (found === null) {
      if (db.prepare("SELECT to_regclass('accounts') IS NOT NULL").pluck().get() === 1) {
        throw new UserError(t('store.otherProgram', { path: maskUrl(location) }), t('store.otherProgram.hint'));
      }
      return true;
    }
    if (found > latest) {
      throw new UserError(t('store.newer', { path: maskUrl(location), version: found, latest }), t('store.newer.hint'));
    }
    return found < latest;
  };
  // Most runs find the schema current: look without a lock first.
  if (!behind(version())) return null;
  let from: number | null = null;
  // A writer's transaction (READ COMMITTED): after waiting for the lock, the re-read sees what another acct
  // committed meanwhile. All of it, or none: a step that fails leaves the database at its old version.
  db.transaction(() => {
    from = null;
    db.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`, []);
    const found = version();
    if (!behind(found)) return;
    if (found === null) db.query(SCHEMA, []);
    for (const step of stepsAfter(found, steps)) db.query(step.sql, []);
    db.query(`UPDATE ${META_TABLE} SET version = $1 WHERE id = 1`, [latest]);
    from = found ?? 0;
  }).immediate();
  return from;
}
