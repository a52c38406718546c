/**
 * The change history of the key results (migration 7): every change of
 * stage, level, position, risk, criteria fit and experience profile, with
 * its real date, written by triggers in the writer's own transaction whatever
 * made it (acct add, edit, import, an assessment). The weekly review replays
 * any past day from it (docs/domain.md §7).
 */
import type { ChangeKey } from '../domain/definitions.js';
import type { FieldChange } from '../domain/report.js';
import type { Driver } from './driver.js';
import { perAccountOrAll } from './lookup.js';

type ChangeRow = [accountId: number, field: ChangeKey, from: string | null, to: string | null, at: string];

/* Everything from a day on: enough to undo the present back to that day. */
const SINCE_SQL = `
  SELECT account_id, field, from_value, to_value, changed_at FROM account_changes INDEXED BY account_changes_time
  WHERE changed_at >= @since ORDER BY changed_at, id`;

/* When an account's risk last changed before the end of a day: "high since" (one covering-index seek). */
const RISK_SINCE_SQL = `
  SELECT max(changed_at) FROM account_changes INDEXED BY account_changes_field
  WHERE field = 'risk' AND account_id = @account AND changed_at < @end`;

/* The same for every account at once, for a report that shows many. */
const RISK_SINCE_ALL_SQL = `
  SELECT account_id, max(changed_at) FROM account_changes INDEXED BY account_changes_field
  WHERE field = 'risk' AND changed_at < @end GROUP BY account_id`;

const ACCOUNT_SQL = `
  SELECT account_id, field, from_value, to_value, changed_at FROM account_changes
  WHERE account_id = @account ORDER BY changed_at, id`;

const toChange = (row: ChangeRow): FieldChange => ({
  accountId: row[0],
  field: row[1],
  from: row[2],
  to: row[3],
  at: row[4],
});

export class HistoryRepository {
  constructor(private readonly db: Driver) {}

  /** Changes dated on or after `since` (YYYY-MM-DD), oldest first. */
  since(since: string): FieldChange[] {
    const rows = this.db.prepare(SINCE_SQL).raw().all({ since }) as ChangeRow[];
    const changes: FieldChange[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) changes[i] = toChange(rows[i]!);
    return changes;
  }

  /**
   * The timestamp of an account's last risk change before `end` (exclusive, YYYY-MM-DD), as a lookup:
   * the report asks it only for the high-risk accounts it shows.
   */
  riskChangedAt(end: string): (accountId: number) => string | undefined {
    const one = this.db.prepare(RISK_SINCE_SQL).pluck();
    return perAccountOrAll(
      (account) => (one.get({ account, end }) as string | null | undefined) ?? undefined,
      () => new Map(this.db.prepare(RISK_SINCE_ALL_SQL).raw().all({ end }) as [number, string][]),
    );
  }

  /** One account's whole history, oldest first. */
  forAccount(accountId: number): FieldChange[] {
    return (this.db.prepare(ACCOUNT_SQL).raw().all({ account: accountId }) as ChangeRow[]).map(toChange);
  }
}
