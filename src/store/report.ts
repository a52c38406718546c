/**
 * SQL for the weekly report. A handful of set-based statements, none per
 * account from JavaScript (no N+1): per-account values come from correlated
 * subqueries that SQLite answers with one index seek each, and from GROUP BY
 * scans of covering indexes (migration 3). Table rows of assessments, with
 * their JSON blobs, are never read: `answers.buyingDriver` is served by an
 * index on that expression. The cost grows with the number of accounts
 * (seeks) and linearly with contacts and assessments (index scans).
 *
 * Bounds: `end` is the exclusive end of the window (the day after asOf, as
 * `YYYY-MM-DD`); `since` is the first day inside it. Timestamps compare
 * correctly against these dates as strings ('2026-03-09T08:00Z' >= '2026-03-09').
 * Two assessments of one account with the very same timestamp are ordered
 * arbitrarily.
 */
import type {
  AccountAssessments,
  ActivityAggregate,
  AssessmentKeys,
  CoverageAggregate,
  OverdueAction,
  ReportAccount,
} from '../domain/report.js';
import type { Database } from './db.js';

export interface ReportBounds {
  /** First day inside the window. */
  since: string;
  /** Last day inside the window ("today"). */
  asOf: string;
  /** Day after asOf: exclusive upper bound. */
  end: string;
}

export interface ReportData {
  accounts: ReportAccount[];
  assessments: Map<number, AccountAssessments>;
  coverage: Map<number, CoverageAggregate>;
  activity: Map<number, ActivityAggregate>;
  overdue: OverdueAction[];
}

/** ACCOUNTS_SQL columns, read as arrays (`raw`): cheaper than an object per row. */
type AccountRow = [
  id: number,
  name: string,
  owner: string | null,
  tier: string | null,
  position: string,
  stage: string,
  level: string,
  createdAt: string,
  lastActivity: string | null,
  lastOrder: string | null,
  /** Latest and previous assessment, packed (see PACKED). */
  recent: string | null,
];

interface WindowRow {
  account_id: number;
  baseline: string | null;
  first: string | null;
}

type CoverageRow = [accountId: number, contacts: number, strong: number, departments: number, hasExecutive: number];

interface OverdueRow {
  id: number;
  account_id: number;
  text: string;
  owner: string | null;
  due: string;
}

const FIELD = '\u001f';
const RECORD = '\u001e';

/*
 * One assessment's key results as one string, read from the covering index
 * `assessments_report` alone (the json_extract expression is indexed too).
 */
const PACKED = `s.assessed_at
  || char(31) || coalesce(s.stage, '') || char(31) || coalesce(s.level, '') || char(31) || coalesce(s.position, '')
  || char(31) || coalesce(s.criteria_fit, '') || char(31) || coalesce(s.risk_level, '')
  || char(31) || coalesce(s.experience_profile, '') || char(31) || coalesce(s.satisfaction, '')
  || char(31) || coalesce(json_extract(s.answers, '$.buyingDriver'), '')`;

/*
 * Accounts existing at the end of the window, each with its last activity,
 * last order, and its newest two assessments up to the end of the window.
 */
const ACCOUNTS_SQL = `
  SELECT a.id, a.name, a.owner, a.tier, a.position, a.stage, a.level, a.created_at,
    (SELECT max(v.date) FROM activities v WHERE v.account_id = a.id AND v.date < @end) AS last_activity,
    (SELECT max(v.date) FROM activities v INDEXED BY activities_account_type_date
      WHERE v.account_id = a.id AND v.type = 'order' AND v.date < @end) AS last_order,
    (SELECT group_concat(p, char(30)) FROM (
      SELECT ${PACKED} AS p FROM assessments s INDEXED BY assessments_report
      WHERE s.account_id = a.id AND s.assessed_at < @end
      ORDER BY s.assessed_at DESC LIMIT 2)) AS recent
  FROM accounts a
  WHERE a.created_at < @end`;

/*
 * Only for accounts assessed inside the window (the others' baseline is
 * their latest assessment): the newest assessment before the window and the
 * oldest inside it.
 */
const WINDOW_SQL = `
  WITH assessed AS (
    SELECT DISTINCT account_id FROM assessments INDEXED BY assessments_report
    WHERE assessed_at >= @since AND assessed_at < @end
  )
  SELECT w.account_id,
    (SELECT ${PACKED} FROM assessments s INDEXED BY assessments_report
      WHERE s.account_id = w.account_id AND s.assessed_at < @since
      ORDER BY s.assessed_at DESC LIMIT 1) AS baseline,
    (SELECT ${PACKED} FROM assessments s INDEXED BY assessments_report
      WHERE s.account_id = w.account_id AND s.assessed_at >= @since AND s.assessed_at < @end
      ORDER BY s.assessed_at LIMIT 1) AS first
  FROM assessed w`;

/* departments: 0, 1 or 2 (= two or more); no DISTINCT, so no temporary b-tree. */
const COVERAGE_SQL = `
  SELECT account_id,
    count(*) AS contacts,
    sum(coalesce(strength, 0) >= 2) AS strong,
    CASE WHEN count(department) = 0 THEN 0 WHEN min(department) = max(department) THEN 1 ELSE 2 END AS departments,
    max(seniority = 'executive' OR role = 'decision-maker') AS has_executive
  FROM contacts INDEXED BY contacts_report
  WHERE created_at < @end
  GROUP BY account_id`;

/*
 * Actions open at the end of asOf and due before it: still open (partial
 * index `actions_open_due`), or closed only after asOf, so a past week can
 * be regenerated (partial index `actions_closed`). The owner falls back to
 * the account owner in JavaScript, from the accounts already read.
 */
const OVERDUE_SQL = `
  SELECT id, account_id, text, owner, due FROM actions INDEXED BY actions_open_due
  WHERE status = 'open' AND due < @asOf AND created_at < @end
  UNION ALL
  SELECT id, account_id, text, owner, due FROM actions INDEXED BY actions_closed
  WHERE closed_at IS NOT NULL AND closed_at >= @end AND status <> 'open' AND due < @asOf AND created_at < @end`;

function unpack(packed: string): AssessmentKeys {
  const [assessedAt, stage, level, position, criteriaFit, riskLevel, experienceProfile, satisfaction, buyingDriver] =
    packed.split(FIELD);
  const text = (value: string | undefined): string | null => (value ? value : null);
  return {
    assessedAt: assessedAt ?? '',
    stage: text(stage),
    level: text(level),
    position: text(position),
    criteriaFit: text(criteriaFit),
    riskLevel: text(riskLevel),
    experienceProfile: text(experienceProfile),
    satisfaction: satisfaction ? Number(satisfaction) : null,
    buyingDriver: text(buyingDriver),
  };
}

export class ReportRepository {
  constructor(private readonly db: Database) {}

  /** All the per-account data the report needs, read in one consistent snapshot. */
  load(bounds: ReportBounds): ReportData {
    return this.db.transaction(() => {
      const data: ReportData = {
        accounts: [],
        assessments: new Map(),
        coverage: this.coverage(bounds),
        activity: new Map(),
        overdue: [],
      };
      const rows = this.db.prepare(ACCOUNTS_SQL).raw().all({ end: bounds.end }) as AccountRow[];
      for (const [id, name, owner, tier, position, stage, level, createdAt, lastActivity, lastOrder, recent] of rows) {
        data.accounts.push({ id, name, owner, tier, position, stage, level, createdAt });
        if (lastActivity !== null) data.activity.set(id, { lastActivity, lastOrder });
        if (recent !== null) {
          const [latest, previous] = recent.split(RECORD).map(unpack);
          data.assessments.set(id, {
            latest: latest ?? null,
            previous: previous ?? null,
            // Not assessed inside the window: the state at its start is the latest assessment.
            baseline: latest && latest.assessedAt < bounds.since ? latest : null,
            firstInWindow: null,
          });
        }
      }
      const inWindow = this.db.prepare(WINDOW_SQL).all({ since: bounds.since, end: bounds.end }) as WindowRow[];
      for (const row of inWindow) {
        const entry = data.assessments.get(row.account_id);
        if (!entry) continue;
        entry.baseline = row.baseline === null ? null : unpack(row.baseline);
        entry.firstInWindow = row.first === null ? null : unpack(row.first);
      }
      data.overdue = this.overdue(bounds, new Map(data.accounts.map((account) => [account.id, account.owner])));
      return data;
    })();
  }

  coverage(bounds: ReportBounds): Map<number, CoverageAggregate> {
    const rows = this.db.prepare(COVERAGE_SQL).raw().all({ end: bounds.end }) as CoverageRow[];
    const coverage = new Map<number, CoverageAggregate>();
    for (const [accountId, contacts, strongContacts, departments, hasExecutive] of rows) {
      coverage.set(accountId, { contacts, strongContacts, departments, hasExecutive: hasExecutive === 1 });
    }
    return coverage;
  }

  overdue(bounds: ReportBounds, accountOwner: ReadonlyMap<number, string | null>): OverdueAction[] {
    const rows = this.db.prepare(OVERDUE_SQL).all({ asOf: bounds.asOf, end: bounds.end }) as OverdueRow[];
    const actions: OverdueAction[] = [];
    for (const row of rows) {
      if (!accountOwner.has(row.account_id)) continue;
      actions.push({
        id: row.id,
        accountId: row.account_id,
        text: row.text,
        owner: row.owner ?? accountOwner.get(row.account_id) ?? null,
        due: row.due,
      });
    }
    return actions.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id - b.id));
  }
}
