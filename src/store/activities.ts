/** SQL for the interaction log. */
import type { ActivityType } from '../domain/enums.js';
import type { Activity } from '../domain/types.js';
import type { Driver } from './driver.js';

export interface ActivityRow {
  id: number;
  account_id: number;
  date: string;
  type: string;
  note: string;
  amount: number | null;
  currency: string | null;
  created_at: string;
  contact_ids: string | null;
}

export function toActivity(row: ActivityRow): Activity {
  return {
    id: row.id,
    accountId: row.account_id,
    date: row.date,
    type: row.type as ActivityType,
    note: row.note,
    contactIds: row.contact_ids ? row.contact_ids.split(',').map(Number) : [],
    amount: row.amount,
    currency: row.currency,
    createdAt: row.created_at,
  };
}

export const ACTIVITY_SELECT = `
  SELECT a.*, (SELECT group_concat(contact_id) FROM activity_contacts ac WHERE ac.activity_id = a.id) AS contact_ids
  FROM activities a`;

export class ActivityRepository {
  constructor(private readonly db: Driver) {}

  insert(
    accountId: number,
    values: {
      date: string;
      type: ActivityType;
      note: string;
      contactIds: readonly number[];
      amount?: number | null;
      currency?: string | null;
    },
    now: string,
  ): Activity {
    // Columns of migration 8 only when there is a value: the plain insert is the one every schema has.
    const priced = (values.amount ?? null) !== null || (values.currency ?? null) !== null;
    const info = priced
      ? this.db
          .prepare(
            'INSERT INTO activities (account_id, date, type, note, amount, currency, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          )
          .run(accountId, values.date, values.type, values.note, values.amount ?? null, values.currency ?? null, now)
      : this.db
          .prepare('INSERT INTO activities (account_id, date, type, note, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(accountId, values.date, values.type, values.note, now);
    const id = Number(info.lastInsertRowid);
    const link = this.db.prepare('INSERT OR IGNORE INTO activity_contacts (activity_id, contact_id) VALUES (?, ?)');
    for (const contactId of values.contactIds) link.run(id, contactId);
    return this.byId(id)!;
  }

  byId(id: number): Activity | undefined {
    const row = this.db.prepare(`${ACTIVITY_SELECT} WHERE a.id = ?`).get(id) as ActivityRow | undefined;
    return row && toActivity(row);
  }

  /** How many logged activities name this contact. */
  countWithContact(contactId: number): number {
    return this.db
      .prepare('SELECT count(*) FROM activity_contacts WHERE contact_id = ?')
      .pluck()
      .get(contactId) as number;
  }

  /** Newest first. */
  forAccount(accountId: number, limit = 1000): Activity[] {
    return (
      this.db
        .prepare(`${ACTIVITY_SELECT} WHERE a.account_id = ? ORDER BY a.date DESC, a.id DESC LIMIT ?`)
        .all(accountId, limit) as ActivityRow[]
    ).map(toActivity);
  }

  /** Every order of an account, oldest first (orders to date, lifetime value). */
  orders(accountId: number): Activity[] {
    return (
      this.db
        .prepare(`${ACTIVITY_SELECT} WHERE a.account_id = ? AND a.type = 'order' ORDER BY a.date, a.id`)
        .all(accountId) as ActivityRow[]
    ).map(toActivity);
  }

  /** Every activity in a stable order, for export. */
  all(): Activity[] {
    return (this.db.prepare(`${ACTIVITY_SELECT} ORDER BY a.account_id, a.date, a.id`).all() as ActivityRow[]).map(
      toActivity,
    );
  }
}
