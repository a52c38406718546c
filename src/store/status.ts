/** What `acct db status` shows about the open store: which backend, which schema, as whom (docs/postgres.md). */
import { dialectOf } from './dialect.js';
import type { Store } from './index.js';

export interface StoreStatus {
  backend: 'sqlite' | 'postgres';
  schema: number;
  /** PostgreSQL: the database and the role acct is connected as, and the server's version; SQLite: null. */
  database: string | null;
  user: string | null;
  server: string | null;
}

export function storeStatus(store: Store): StoreStatus {
  const db = store.db;
  if (dialectOf(db).name === 'postgres') {
    const row = db
      .prepare(
        `SELECT (SELECT version FROM acct_schema WHERE id = 1) AS schema, current_database() AS database,
           current_user AS "user", current_setting('server_version') AS server`,
      )
      .get() as { schema: number; database: string; user: string; server: string };
    return { backend: 'postgres', ...row };
  }
  const schema = db.pragma('user_version', { simple: true }) as number;
  return { backend: 'sqlite', schema, database: null, user: null, server: null };
}
