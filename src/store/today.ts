/**
 * What `acct today` reads: per account its newest activity, order and
 * "last contacted" up to today, and its latest assessment's date and survey
 * answers; and the open actions. One statement per kind of record, each
 * answered from an index per account (migrations 1 and 3), none per account
 * from JavaScript.
 */
import { addDays } from '../domain/dates.js';
import type { TodayAccount, TodayAction } from '../domain/today.js';
import type { Driver } from './driver.js';

type AccountRow = [
  id: number,
  name: string,
  owner: string | null,
  tier: string | null,
  position: string,
  lastActivity: string | null,
  lastOrder: string | null,
  lastContacted: string | null,
  assessedAt: string | null,
  answers: string | null,
  answeredAt: string | null,
];

// `date < :end` (the day after today) keeps the (account_id, date) index usable; a timestamp on today sorts before :end.
const ACCOUNTS_SQL = `
  SELECT a.id, a.name, a.owner, a.tier, a.position,
    (SELECT max(x.date) FROM activities x WHERE x.account_id = a.id AND x.date < :end),
    (SELECT max(x.date) FROM activities x WHERE x.account_id = a.id AND x.type = 'order' AND x.date < :end),
    (SELECT max(c.last_contacted) FROM contacts c WHERE c.account_id = a.id AND c.last_contacted < :end),
    s.assessed_at, s.answers, json_extract(s.result, '$.answeredAt')
  FROM accounts a
  LEFT JOIN assessments s ON s.id = (
    SELECT t.id FROM assessments t WHERE t.account_id = a.id ORDER BY t.assessed_at DESC, t.id DESC LIMIT 1)
  ORDER BY a.name_key`;

const ACTIONS_SQL = `SELECT id, account_id, text, owner, due FROM actions WHERE status = 'open' AND due IS NOT NULL`;

function parsed(text: string | null): Record<string, unknown> {
  if (text === null) return {};
  const value = JSON.parse(text) as unknown;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export class TodayRepository {
  constructor(private readonly db: Driver) {}

  load(today: string): { accounts: TodayAccount[]; actions: TodayAction[] } {
    const end = addDays(today, 1);
    const rows = this.db.prepare(ACCOUNTS_SQL).raw().all({ end }) as AccountRow[];
    const accounts = rows.map(
      ([id, name, owner, tier, position, lastActivity, lastOrder, lastContacted, assessedAt, answers, answeredAt]) => ({
        id,
        name,
        owner,
        tier,
        position,
        lastActivity,
        lastOrder,
        lastContacted,
        latest:
          assessedAt === null
            ? null
            : { assessedAt, answers: parsed(answers), result: { answeredAt: parsed(answeredAt) } },
      }),
    );
    const actions = (this.db.prepare(ACTIONS_SQL).raw().all() as [number, number, string, string | null, string][]).map(
      ([id, accountId, text, owner, due]) => ({ id, accountId, text, owner, due }),
    );
    return { accounts, actions };
  }
}
