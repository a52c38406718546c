/** SQL for accounts: lookups by name (normalised), prefix or external id, and writes. */
import type { Account } from '../domain/types.js';
import type { Level, Stage, SupplierPosition, Tier } from '../domain/enums.js';
import { hasHan, nameKey } from '../domain/names.js';
import { toSimplified } from './chinese.js';
import type { Driver } from './driver.js';
import { insertRow, updateRow } from './sql.js';

export interface AccountRow {
  id: number;
  name: string;
  external_id: string | null;
  industry: string | null;
  owner: string | null;
  tier: string | null;
  city: string | null;
  address: string | null;
  revenue: number | null;
  currency: string | null;
  share: number | null;
  position: string;
  stage: string;
  level: string;
  target_level: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    name: row.name,
    externalId: row.external_id,
    industry: row.industry,
    owner: row.owner,
    tier: row.tier as Tier | null,
    city: row.city,
    address: row.address,
    revenue: row.revenue,
    currency: row.currency,
    share: row.share,
    position: row.position as SupplierPosition,
    stage: row.stage as Stage,
    level: row.level as Level,
    targetLevel: row.target_level as Level | null,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Domain field -> column. The only place that knows account column names. */
export const ACCOUNT_COLUMNS: Readonly<Record<string, string>> = {
  name: 'name',
  externalId: 'external_id',
  industry: 'industry',
  owner: 'owner',
  tier: 'tier',
  city: 'city',
  address: 'address',
  revenue: 'revenue',
  currency: 'currency',
  share: 'share',
  position: 'position',
  stage: 'stage',
  level: 'level',
  targetLevel: 'target_level',
  notes: 'notes',
};

export type AccountPatch = Partial<Record<keyof typeof ACCOUNT_COLUMNS, string | number | null>>;

export interface AccountFilter {
  owner?: string;
  tier?: string;
  stage?: string;
  level?: string;
}

export class AccountRepository {
  constructor(private readonly db: Driver) {}

  byId(id: number): Account | undefined {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
    return row && toAccount(row);
  }

  /** The account of that normalised name; in Chinese, simplified and traditional characters are one (華東機械 finds 华东机械). */
  byName(name: string): Account | undefined {
    const row = this.db.prepare('SELECT * FROM accounts WHERE name_key = ?').get(nameKey(name)) as
      AccountRow | undefined;
    if (row) return toAccount(row);
    const [folded] = this.byFoldedName(name, (key, wanted) => key === wanted, 1);
    return folded;
  }

  /**
   * Accounts whose name matches `name` once both are in simplified
   * characters: the lookup behind a miss on a name with Han characters.
   * Resolved here at lookup time rather than stored in name_key (docs/i18n.md,
   * Names): no migration, no clash for databases that hold both spellings,
   * and no cost for a hit or an import.
   */
  private byFoldedName(name: string, matches: (key: string, wanted: string) => boolean, limit: number): Account[] {
    if (!hasHan(name)) return [];
    const wanted = toSimplified(nameKey(name));
    const found: Account[] = [];
    const rows = this.db.prepare('SELECT id, name_key FROM accounts ORDER BY name_key').raw().all() as [
      number,
      string,
    ][];
    for (const [id, key] of rows) {
      if (found.length >= limit) break;
      if (hasHan(key) && matches(toSimplified(key), wanted)) found.push(this.byId(id)!);
    }
    return found;
  }

  /** The one account whose external id matches ignoring case (ka-1003 for KA-1003); none when two would. */
  byExternalIdAnyCase(externalId: string): Account | undefined {
    const rows = this.db
      .prepare('SELECT * FROM accounts WHERE lower(external_id) = lower(?) LIMIT 2')
      .all(externalId.trim()) as AccountRow[];
    return rows.length === 1 ? toAccount(rows[0]!) : undefined;
  }

  byExternalId(externalId: string): Account | undefined {
    const row = this.db.prepare('SELECT * FROM accounts WHERE external_id = ?').get(externalId.trim()) as
      AccountRow | undefined;
    return row && toAccount(row);
  }

  /** Accounts whose normalised name starts with the normalised prefix (uses the unique index). */
  byPrefix(prefix: string, limit = 10): Account[] {
    const key = nameKey(prefix);
    const rows = this.db
      .prepare('SELECT * FROM accounts WHERE name_key >= ? AND name_key < ? || char(1114111) ORDER BY name_key LIMIT ?')
      .all(key, key, limit) as AccountRow[];
    if (rows.length > 0) return rows.map(toAccount);
    return this.byFoldedName(prefix, (name, wanted) => name.startsWith(wanted), limit);
  }

  allNames(): string[] {
    return this.db.prepare('SELECT name FROM accounts').pluck().all() as string[];
  }

  list(filter: AccountFilter = {}): Account[] {
    const where: string[] = [];
    const params: string[] = [];
    if (filter.owner) {
      where.push('lower(owner) = lower(?)');
      params.push(filter.owner);
    }
    for (const key of ['tier', 'stage', 'level'] as const) {
      const value = filter[key];
      if (value) {
        where.push(`${key} = ?`);
        params.push(value);
      }
    }
    const sql = `SELECT * FROM accounts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name_key`;
    return (this.db.prepare(sql).all(...params) as AccountRow[]).map(toAccount);
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
  }

  insert(values: AccountPatch & { name: string }, now: string): Account {
    return this.byId(insertRow(this.db, 'accounts', ACCOUNT_COLUMNS, values, { created_at: now, updated_at: now }))!;
  }

  update(id: number, patch: AccountPatch, now: string): Account {
    updateRow(this.db, 'accounts', ACCOUNT_COLUMNS, id, patch, now);
    return this.byId(id)!;
  }

  /** Everyone who owns an account or an action, in name order. */
  owners(): string[] {
    return this.db
      .prepare(
        `SELECT owner FROM accounts WHERE owner IS NOT NULL UNION SELECT owner FROM actions WHERE owner IS NOT NULL
         ORDER BY 1`,
      )
      .pluck()
      .all() as string[];
  }

  /** What removing the account also removes (foreign keys cascade). */
  dependents(id: number): AccountDependents {
    return this.db
      .prepare(
        `SELECT (SELECT count(*) FROM contacts WHERE account_id = @id) AS contacts,
          (SELECT count(*) FROM activities WHERE account_id = @id) AS activities,
          (SELECT count(*) FROM actions WHERE account_id = @id) AS actions,
          (SELECT count(*) FROM assessments WHERE account_id = @id) AS assessments`,
      )
      .get({ id }) as AccountDependents;
  }

  remove(id: number): void {
    this.db.prepare('DELETE FROM accounts WHERE id = ?').run(id);
  }
}

export interface AccountDependents {
  contacts: number;
  activities: number;
  actions: number;
  assessments: number;
}
