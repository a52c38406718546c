/**
 * Building INSERT and UPDATE statements from a domain patch and a
 * field -> column map, shared by the repositories whose records have many
 * optional fields. Column names come only from the map, never from input.
 */
import { nameKey } from '../domain/names.js';
import type { Driver } from './driver.js';

export type SqlValue = string | number | null;
export type Patch = Readonly<Record<string, SqlValue | undefined>>;

/** Inserts `values` (only keys in `columns`) plus fixed columns; keeps `name_key` in step with `name`. */
export function insertRow(
  db: Driver,
  table: string,
  columns: Readonly<Record<string, string>>,
  values: Patch & { name: string },
  fixed: Readonly<Record<string, SqlValue>>,
): number {
  const keys = Object.keys(values).filter((key) => key in columns);
  const names = [...Object.keys(fixed), 'name_key', ...keys.map((key) => columns[key]!)];
  const params = [...Object.values(fixed), nameKey(values.name), ...keys.map((key) => values[key] ?? null)];
  const info = db
    .prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
    .run(...params);
  return Number(info.lastInsertRowid);
}

/** Updates the given fields of one row and its `updated_at`; a new `name` also updates `name_key`. */
export function updateRow(
  db: Driver,
  table: string,
  columns: Readonly<Record<string, string>>,
  id: number,
  patch: Patch,
  now: string,
): void {
  const keys = Object.keys(patch).filter((key) => key in columns);
  const sets = keys.map((key) => `${columns[key]} = ?`);
  const params: SqlValue[] = keys.map((key) => patch[key] ?? null);
  if (typeof patch.name === 'string') {
    sets.push('name_key = ?');
    params.push(nameKey(patch.name));
  }
  sets.push('updated_at = ?');
  params.push(now);
  db.prepare(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
}
