/** SQL for contacts. A contact always belongs to one account. */
import type { Attitude, BuyingRole, Department, Seniority } from '../domain/enums.js';
import { hasHan, nameKey } from '../domain/names.js';
import { toSimplified } from './chinese.js';
import type { Contact } from '../domain/types.js';
import type { Driver } from './driver.js';
import { insertRow, updateRow } from './sql.js';

export interface ContactRow {
  id: number;
  account_id: number;
  name: string;
  title: string | null;
  department: string | null;
  role: string | null;
  attitude: string | null;
  strength: number | null;
  seniority: string | null;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  preferences: string | null;
  last_contacted: string | null;
  created_at: string;
  updated_at: string;
}

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    title: row.title,
    department: row.department as Department | null,
    role: row.role as BuyingRole | null,
    attitude: row.attitude as Attitude | null,
    strength: row.strength,
    seniority: row.seniority as Seniority | null,
    email: row.email,
    phone: row.phone,
    birthday: row.birthday,
    preferences: row.preferences,
    lastContacted: row.last_contacted,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const CONTACT_COLUMNS: Readonly<Record<string, string>> = {
  name: 'name',
  title: 'title',
  department: 'department',
  role: 'role',
  attitude: 'attitude',
  strength: 'strength',
  seniority: 'seniority',
  email: 'email',
  phone: 'phone',
  birthday: 'birthday',
  preferences: 'preferences',
  lastContacted: 'last_contacted',
};

export type ContactPatch = Partial<Record<string, string | number | null>>;

export class ContactRepository {
  constructor(private readonly db: Driver) {}

  byId(id: number): Contact | undefined {
    const row = this.db.prepare('SELECT * FROM contacts WHERE id = ?').get(id) as ContactRow | undefined;
    return row && toContact(row);
  }

  forAccount(accountId: number): Contact[] {
    return (
      this.db.prepare('SELECT * FROM contacts WHERE account_id = ? ORDER BY name_key').all(accountId) as ContactRow[]
    ).map(toContact);
  }

  /** Contacts of the account whose name matches exactly (normalised) or, failing that, by prefix. */
  find(accountId: number, name: string): Contact[] {
    const key = nameKey(name);
    const exact = this.db
      .prepare('SELECT * FROM contacts WHERE account_id = ? AND name_key = ?')
      .all(accountId, key) as ContactRow[];
    if (exact.length > 0) return exact.map(toContact);
    const prefixed = (
      this.db
        .prepare("SELECT * FROM contacts WHERE account_id = ? AND (name_key LIKE ? ESCAPE '\\' OR lower(email) = ?)")
        .all(accountId, `${key.replace(/[\\%_]/g, '\\$&')}%`, key) as ContactRow[]
    ).map(toContact);
    if (prefixed.length > 0 || !hasHan(key)) return prefixed;
    // Simplified and traditional characters are one name (docs/i18n.md, Names): exact first, then prefix.
    const wanted = toSimplified(key);
    const all = this.forAccount(accountId).map((contact) => ({ contact, folded: toSimplified(nameKey(contact.name)) }));
    const same = all.filter((entry) => entry.folded === wanted);
    return (same.length > 0 ? same : all.filter((entry) => entry.folded.startsWith(wanted))).map(
      (entry) => entry.contact,
    );
  }

  byEmail(accountId: number, email: string): Contact | undefined {
    const row = this.db
      .prepare('SELECT * FROM contacts WHERE account_id = ? AND lower(email) = lower(?)')
      .get(accountId, email) as ContactRow | undefined;
    return row && toContact(row);
  }

  insert(accountId: number, values: ContactPatch & { name: string }, now: string): Contact {
    const fixed = { account_id: accountId, created_at: now, updated_at: now };
    return this.byId(insertRow(this.db, 'contacts', CONTACT_COLUMNS, values, fixed))!;
  }

  update(id: number, patch: ContactPatch, now: string): Contact {
    updateRow(this.db, 'contacts', CONTACT_COLUMNS, id, patch, now);
    return this.byId(id)!;
  }

  /** Moves last_contacted forward only: logging an old activity never makes a contact look staler. */
  touch(ids: readonly number[], date: string): void {
    const statement = this.db.prepare(
      'UPDATE contacts SET last_contacted = ? WHERE id = ? AND (last_contacted IS NULL OR last_contacted < ?)',
    );
    for (const id of ids) statement.run(date, id, date);
  }

  remove(id: number): void {
    this.db.prepare('DELETE FROM contacts WHERE id = ?').run(id);
  }
}
