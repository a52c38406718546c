/**
 * The per-account records behind the HTML review's account sections: the
 * account, its contacts, activities, actions and assessments, for the few
 * accounts the page shows (the ranked attention list), never the portfolio.
 * One statement per table for all of them (ids passed as one JSON array and
 * read with json_each), so the cost follows the number of sections, not the
 * number of accounts in the database.
 *
 * Records are as of the end of the window (`end`, exclusive): a report for a
 * past week does not show contacts, activities, actions or assessments that
 * did not exist yet. The account record itself is the present one.
 */
import type { StoredAssessment } from '../domain/assessment/index.js';
import type { Account, Action, Activity, Contact } from '../domain/types.js';
import { toAccount, type AccountRow } from './accounts.js';
import { toAction, type ActionRow } from './actions.js';
import { ACTIVITY_SELECT, toActivity, type ActivityRow } from './activities.js';
import { toRecord, type AssessmentRow } from './assessments.js';
import { toContact, type ContactRow } from './contacts.js';
import { dialectOf } from './dialect.js';
import type { Driver } from './driver.js';

/** Everything `acct brief` reads about one account (commands/brief.ts loadBriefing), as of the window's end. */
export interface AccountDetails {
  account: Account;
  contacts: Contact[];
  activities: Activity[];
  actions: Action[];
  /** The latest two as of the window's end, oldest first: all a briefing and the last plan read (RECENT_ASSESSMENTS). */
  assessments: StoredAssessment[];
}

/** The briefing reads at most this many activities per account, newest first (as ActivityRepository.forAccount). */
export const ACTIVITIES_PER_ACCOUNT = 1000;

// The cast is a no-op on SQLite; PostgreSQL reads the JSON array's elements as text.
const IDS = 'SELECT CAST(value AS INTEGER) FROM json_each(@ids)';

const ACCOUNTS_SQL = `SELECT * FROM accounts WHERE id IN (${IDS})`;
const CONTACTS_SQL = `
  SELECT * FROM contacts WHERE account_id IN (${IDS}) AND created_at < @end ORDER BY account_id, name_key`;
const ACTIVITIES_SQL = `
  SELECT * FROM (
    ${ACTIVITY_SELECT}
    WHERE a.account_id IN (${IDS}) AND a.date < @end
  ) ORDER BY account_id, date DESC, id DESC`;
/*
 * PostgreSQL plans the statement above with a scan of every activity (it takes the id list for 100
 * rows and the date for no filter: 230 ms at 200,000 activities); one index range per shown account,
 * newest first, each at most ACTIVITIES_PER_ACCOUNT, is what the page needs (LATERAL, which SQLite
 * lacks; its plan above already seeks the index per account).
 */
const ACTIVITIES_LATERAL_SQL = `
  SELECT x.* FROM json_each(@ids) AS j
  CROSS JOIN LATERAL (
    ${ACTIVITY_SELECT}
    WHERE a.account_id = CAST(j.value AS INTEGER) AND a.date < @end
    ORDER BY a.date DESC, a.id DESC LIMIT ${ACTIVITIES_PER_ACCOUNT}
  ) AS x ORDER BY x.account_id, x.date DESC, x.id DESC`;
const ACTIONS_SQL = `
  SELECT * FROM actions WHERE account_id IN (${IDS}) AND created_at < @end ORDER BY account_id, id`;
/*
 * A briefing compares the last assessment with the one before (domain/briefing.ts) and the page shows
 * the last plan: older assessments, each with its answers and plan as JSON, are not read (on PostgreSQL
 * every one crossed the bridge).
 */
const RECENT_ASSESSMENTS = 2;
const ASSESSMENTS_SQL = `
  SELECT * FROM (
    SELECT s.*, row_number() OVER (PARTITION BY s.account_id ORDER BY s.assessed_at DESC, s.id DESC) AS recency
    FROM assessments s WHERE s.account_id IN (${IDS}) AND s.assessed_at < @end
  ) AS latest WHERE recency <= ${RECENT_ASSESSMENTS} ORDER BY account_id, assessed_at, id`;

/** Groups rows by account id, keeping their order. */
function byAccount<T extends { accountId: number }>(records: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const record of records) {
    const group = groups.get(record.accountId);
    if (group) group.push(record);
    else groups.set(record.accountId, [record]);
  }
  return groups;
}

export class ReportDetailsRepository {
  constructor(private readonly db: Driver) {}

  /**
   * The records of the given accounts, in one read transaction; the map
   * follows the order of `ids` and leaves out ids with no account.
   * Actions are returned whatever their status today; an action closed
   * after `end` counts as open then.
   */
  load(ids: readonly number[], end: string): Map<number, AccountDetails> {
    const details = new Map<number, AccountDetails>();
    if (ids.length === 0) return details;
    const params = { ids: JSON.stringify([...new Set(ids)]), end };
    return this.db.transaction(() => {
      const accounts = new Map(
        (this.db.prepare(ACCOUNTS_SQL).all({ ids: params.ids }) as AccountRow[]).map((row) => {
          const account = toAccount(row);
          return [account.id, account] as const;
        }),
      );
      const contacts = byAccount((this.db.prepare(CONTACTS_SQL).all(params) as ContactRow[]).map(toContact));
      const activitiesSql = dialectOf(this.db).name === 'postgres' ? ACTIVITIES_LATERAL_SQL : ACTIVITIES_SQL;
      const activities = byAccount((this.db.prepare(activitiesSql).all(params) as ActivityRow[]).map(toActivity));
      const actions = byAccount(
        (this.db.prepare(ACTIONS_SQL).all(params) as ActionRow[]).map((row) => asOfEnd(toAction(row), end)),
      );
      const assessments = byAccount((this.db.prepare(ASSESSMENTS_SQL).all(params) as AssessmentRow[]).map(toRecord));
      for (const id of ids) {
        const account = accounts.get(id);
        if (!account || details.has(id)) continue;
        details.set(id, {
          account,
          contacts: contacts.get(id) ?? [],
          activities: (activities.get(id) ?? []).slice(0, ACTIVITIES_PER_ACCOUNT),
          actions: actions.get(id) ?? [],
          assessments: assessments.get(id) ?? [],
        });
      }
      return details;
    })();
  }
}

/** An action closed only after the window was still open at its end. */
function asOfEnd(action: Action, end: string): Action {
  if (action.status !== 'open' && action.closedAt !== null && action.closedAt >= end) {
    return { ...action, status: 'open', closedAt: null };
  }
  return action;
}
