/** Files as they are found in the wild: left by an older acct, or damaged on disk. */
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { APPLICATION_ID } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations.js';

/** A database as acct schema `version` left it, owner-only, with one account (Acme). */
export function databaseAtVersion(path: string, version: number): void {
  writeFileSync(path, '', { mode: 0o600 });
  const db = new Database(path);
  for (const migration of MIGRATIONS.filter((m) => m.version <= version)) db.exec(migration.sql);
  db.pragma(`user_version = ${version}`);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.prepare(
    "INSERT INTO accounts (name, name_key, created_at, updated_at) VALUES ('Acme', 'acme', '2025-01-01', '2025-01-01')",
  ).run();
  db.close();
}

/** Overwrites the b-tree page at the root of `table` with garbage, as a bad disk sector would. */
export function damageTable(path: string, table: string): void {
  const db = new Database(path);
  const page = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(path);
  bytes.fill(0xa5, (page - 1) * size, page * size);
  writeFileSync(path, bytes);
}
