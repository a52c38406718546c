/**
 * Opening a PostgreSQL database (docs/postgres.md): connect through the
 * bridge, then, in one transaction under an advisory lock (so two acct
 * processes starting at once cannot both create or upgrade), create the
 * schema at the current version on an empty database, or check the version
 * of an existing one. A newer schema is refused with the line SQLite uses.
 */
import { UserError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { OpenResult } from '../db.js';
import type { Driver } from '../driver.js';
import { LATEST_VERSION } from '../migrations.js';
import { PgFailure } from './bridge.js';
import { PgDriver } from './driver.js';
import { META_TABLE, SCHEMA } from './schema.js';
import { connectionUrl, maskUrl } from './url.js';

/** The advisory lock creating or upgrading the schema takes: "acct" + 1. */
export const MIGRATION_LOCK = 0x61636375;
const BUSY_TIMEOUT_MS = 15_000;

export interface PgOpenOptions {
  location: string;
  busyTimeoutMs?: number;
  readOnly?: boolean;
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
    const migratedFrom = prepareSchema(db, location);
    return { db, backup: null, migratedFrom };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Creates the schema on an empty database or checks an existing one; returns the version it upgraded from. */
function prepareSchema(db: PgDriver, location: string): number | null {
  const version = (): number | null => {
    if (db.prepare(`SELECT to_regclass('${META_TABLE}') IS NOT NULL`).pluck().get() !== 1) return null;
    return db.prepare(`SELECT version FROM ${META_TABLE} WHERE id = 1`).pluck().get() as number;
  };
  const check = (found: number | null): boolean => {
    if (found === null) {
      if (db.prepare("SELECT to_regclass('accounts') IS NOT NULL").pluck().get() === 1) {
        throw new UserError(t('store.otherProgram', { path: maskUrl(location) }), t('store.otherProgram.hint'));
      }
      return true;
    }
    if (found > LATEST_VERSION) {
      throw new UserError(
        t('store.newer', { path: maskUrl(location), version: found, latest: LATEST_VERSION }),
        t('store.newer.hint'),
      );
    }
    return found < LATEST_VERSION;
  };
  // Most runs find the schema current: look without a lock first.
  if (!check(version())) return null;
  const before = version();
  db.transaction(() => {
    db.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`, []);
    // Re-read under the lock: another acct may have created the schema meanwhile.
    const found = version();
    if (!check(found)) return;
    if (found === null) db.query(SCHEMA, []);
    // Versions after the PostgreSQL schema's first one will add their PostgreSQL migrations here.
  }).immediate();
  return before ?? 0;
}
