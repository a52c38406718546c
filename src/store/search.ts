/**
 * The texts `acct find` and the account picker search: account names,
 * external ids and notes, contact names and emails, logged notes. Matching
 * ignores case and full-width forms (domain/find.ts), which SQL cannot, so
 * this hands the texts over in a few set-based reads, none per account.
 */
import type { SearchText } from '../domain/find.js';
import type { Driver } from './driver.js';

export class SearchRepository {
  constructor(private readonly db: Driver) {}

  /** Each account's name and external id: what the picker offers. */
  accountNames(): SearchText[] {
    const rows = this.db.prepare('SELECT id, name, external_id FROM accounts ORDER BY name_key').raw().all() as [
      number,
      string,
      string | null,
    ][];
    const texts: SearchText[] = [];
    for (const [id, name, externalId] of rows) {
      texts.push({ accountId: id, account: name, field: 'name', text: name });
      if (externalId) texts.push({ accountId: id, account: name, field: 'externalId', text: externalId });
    }
    return texts;
  }

  /** Everything `acct find` searches. */
  all(): SearchText[] {
    const texts = this.accountNames();
    const names = new Map(texts.filter((t) => t.field === 'name').map((t) => [t.accountId, t.account]));
    const notes = this.db
      .prepare("SELECT id, notes FROM accounts WHERE notes IS NOT NULL AND notes != ''")
      .raw()
      .all() as [number, string][];
    for (const [id, text] of notes) texts.push({ accountId: id, account: names.get(id)!, field: 'notes', text });
    const contacts = this.db
      .prepare('SELECT account_id, name, email FROM contacts ORDER BY account_id, name_key')
      .raw()
      .all() as [number, string, string | null][];
    for (const [id, name, email] of contacts) {
      const account = names.get(id)!;
      texts.push({ accountId: id, account, field: 'contact', text: name });
      if (email) texts.push({ accountId: id, account, field: 'email', text: email, detail: name });
    }
    const activities = this.db
      .prepare("SELECT account_id, date, type, note FROM activities WHERE note != '' ORDER BY account_id, date DESC")
      .raw()
      .all() as [number, string, string, string][];
    for (const [id, date, type, note] of activities) {
      texts.push({
        accountId: id,
        account: names.get(id)!,
        field: 'activity',
        text: note,
        detail: `${date.slice(0, 10)} ${type}`,
      });
    }
    return texts;
  }
}
