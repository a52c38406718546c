/**
 * SQL for the weekly report: a handful of set-based statements, none per
 * account from JavaScript (no N+1).
 *
 * The usual report (for today) reads one row per account from
 * `account_rollup`, which triggers keep current on every write (migration 4):
 * last activity and order, contact coverage, the newest two assessments. A
 * report for a past day, where records dated after its end exist, recomputes
 * the same values from the tables as of that end: correlated subqueries that
 * SQLite answers with an index seek each, and a GROUP BY over a covering
 * index (migration 3). Assessments' JSON blobs are never read:
 * `answers.buyingDriver` is served by an index on that expression.
 *
 * Bounds: `end` is the exclusive end of the window (the day after asOf, as
 * `YYYY-MM-DD`); `since` is the first day inside it. Timestamps compare
 * correctly against these dates as strings ('2026-03-09T08:00Z' >= '2026-03-09').
 * Two assessments of one account with the same timestamp are ordered by id.
 */
import {
  BUYING_DRIVERS,
  CRITERIA_FITS,
  EXPERIENCE_PROFILES,
  LEVELS,
  RISK_LEVELS,
  STAGES,
  SUPPLIER_POSITIONS,
} from '../domain/enums.js';
import type {
  AccountAssessments,
  ActivityAggregate,
  AssessmentKeys,
  CoverageAggregate,
  FieldChange,
  NextAction,
  OverdueAction,
  ReportAccount,
} from '../domain/report.js';
import type { Driver } from './driver.js';
import { HistoryRepository } from './history.js';
import { perAccountOrAll } from './lookup.js';
import { dialectOf, readThroughMap, type Dialect } from './dialect.js';
import { recentAssessments } from './migrations.js';
import { contactRulesSignature, executiveContactSql, strongContactSql } from './rules-sql.js';

export interface ReportBounds {
  /** First day inside the window. */
  since: string;
  /** Last day inside the window ("today"). */
  asOf: string;
  /** Day after asOf: exclusive upper bound. */
  end: string;
  /** First day of the change history to read (default `since`); the trends reach further back. */
  history?: string;
}

export interface ReportData {
  /** Where the per-account values came from: the trigger-kept rollup, or the tables as of the window's end. */
  source: 'rollup' | 'tables';
  accounts: ReportAccount[];
  assessments: Map<number, AccountAssessments>;
  coverage: Map<number, CoverageAggregate>;
  activity: Map<number, ActivityAggregate>;
  overdue: OverdueAction[];
  changes: FieldChange[];
  /** Lookups the domain calls only for the entries a report shows (valid while the store is open). */
  riskChangedAt: (accountId: number) => string | undefined;
  nextAction: (accountId: number) => NextAction | undefined;
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
  /** Latest and previous assessment, packed (see packedAssessment). */
  recent: string | null,
  updatedAt: string,
];

type CoverageRow = [
  accountId: number,
  contacts: number,
  strong: number,
  departments: number,
  hasExecutive: number,
  lastContacted: string | null,
];

interface OverdueRow {
  id: number;
  account_id: number;
  text: string;
  owner: string | null;
  due: string;
}

const FIELD_CODE = 0x1f;
const RECORD = '\u001e';

/*
 * Accounts existing at the end of the window, each with its last activity,
 * last order, and its newest two assessments up to the end of the window.
 * Used for a past day; for today the rollup below answers the same.
 */
const accountsSql = (dialect: Dialect) => `
  SELECT a.id, a.name, a.owner, a.tier, a.position, a.stage, a.level, a.created_at,
    (SELECT max(v.date) FROM activities v WHERE v.account_id = a.id AND v.date < @end) AS last_activity,
    (SELECT max(v.date) FROM activities v INDEXED BY activities_account_type_date
      WHERE v.account_id = a.id AND v.type = 'order' AND v.date < @end) AS last_order,
    ${recentAssessments('a.id', '@end', dialect)} AS recent, a.updated_at
  FROM accounts a
  WHERE a.created_at < @end
  ORDER BY a.id`;

/*
 * The same per account, plus contact coverage, from the rollup that triggers
 * keep current (migration 4): one row per account, no per-account seeks. It
 * holds everything up to now, so it answers only when nothing is dated at or
 * after the end of the window; `load` checks that on the rows it reads.
 * Both statements read the accounts by id: SQLite scans them in that order
 * anyway (no sort), PostgreSQL's join promises none, and the report must read
 * the same on both backends (docs/postgres.md).
 */
const ROLLUP_SQL = `
  SELECT a.id, a.name, a.owner, a.tier, a.position, a.stage, a.level, a.created_at,
    r.last_activity, r.last_order, r.recent, a.updated_at,
    r.contacts, r.strong, r.departments, r.has_executive, r.contacts_until, r.last_contacted
  FROM accounts a LEFT JOIN account_rollup r ON r.account_id = a.id
  WHERE a.created_at < @end
  ORDER BY a.id`;

type RollupRow = [
  ...AccountRow,
  contacts: number | null,
  strong: number | null,
  departments: number | null,
  hasExecutive: number | null,
  contactsUntil: string | null,
  lastContacted: string | null,
];

/*
 * departments: 0, 1 or 2 (= two or more); no DISTINCT, so no temporary
 * b-tree. Strong and executive contacts by the domain's rules (rules-sql.ts).
 */
const coverageSql = (dialect: Dialect) => `
  SELECT c.account_id,
    count(*) AS contacts,
    sum(${strongContactSql('c', dialect)}) AS strong,
    CASE WHEN count(c.department) = 0 THEN 0 WHEN min(c.department) = max(c.department) THEN 1 ELSE 2 END AS departments,
    max(${executiveContactSql('c', dialect)}) AS has_executive,
    max(CASE WHEN c.last_contacted < @end THEN substr(c.last_contacted, 1, 10) END) AS last_contacted
  FROM contacts c INDEXED BY contacts_report
  WHERE c.created_at < @end
  GROUP BY c.account_id`;

/** A statement built for a backend's dialect, once per dialect (SQLite's text is what it always was). */
function perDialect(build: (dialect: Dialect) => string): (dialect: Dialect) => string {
  const built = new Map<string, string>();
  return (dialect) => {
    let sql = built.get(dialect.name);
    if (sql === undefined) built.set(dialect.name, (sql = build(dialect)));
    return sql;
  };
}
const ACCOUNTS_SQL = perDialect(accountsSql);
const COVERAGE_SQL = perDialect(coverageSql);

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

/*
 * An account's first open action at the end of the window (by due date,
 * undated last): open then, whether still open or closed only later. Asked
 * per account, for the priorities a report shows only.
 */
const NEXT_ACTION_SQL = `
  SELECT text, due, play FROM actions INDEXED BY actions_account_status
  WHERE account_id = @account AND created_at < @end
    AND (status = 'open' OR (closed_at IS NOT NULL AND closed_at >= @end))
  ORDER BY due IS NULL, due, id LIMIT 1`;

/* The same for every account at once, for a report that shows many. */
const NEXT_ACTIONS_SQL = `
  SELECT account_id, text, due, play FROM (
    SELECT account_id, text, due, play,
      row_number() OVER (PARTITION BY account_id ORDER BY due IS NULL, due, id) AS n
    FROM actions
    WHERE created_at < @end AND (status = 'open' OR (closed_at IS NOT NULL AND closed_at >= @end))
  ) WHERE n = 1`;

/*
 * The loops below run once per account in a short-lived process, mostly
 * before V8 optimises them: they index arrays instead of destructuring them
 * (array destructuring goes through the iterator protocol, which is slow in
 * unoptimised code).
 */
/*
 * The packed assessments (see recentAssessments in migrations.ts): fields
 * separated by FIELD, in this order. Most are closed vocabularies; those are
 * read as the vocabulary's own string, compared in place, so 10,000 accounts
 * do not allocate 140,000 short strings (bench/RESULTS-report.md).
 */
const PACKED_VOCABULARIES: readonly (readonly string[] | null)[] = [
  null, // assessedAt
  STAGES,
  LEVELS,
  SUPPLIER_POSITIONS,
  CRITERIA_FITS,
  RISK_LEVELS,
  EXPERIENCE_PROFILES,
  null, // satisfaction
  BUYING_DRIVERS,
];
const PACKED_FIELDS = PACKED_VOCABULARIES.length;
/** Field values of the assessment being unpacked (reused: one at a time). */
const fields: (string | null)[] = new Array<string | null>(PACKED_FIELDS).fill(null);

/** `packed[from, to)` as field number `field`: null when empty, the vocabulary's string when it is one. */
function fieldValue(packed: string, from: number, to: number, field: number): string | null {
  if (from === to) return null;
  const words = PACKED_VOCABULARIES[field];
  if (words) {
    const length = to - from;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word.length === length && packed.startsWith(word, from)) return word;
    }
  }
  return packed.slice(from, to);
}

/** The assessment packed in `packed[start, end)`. */
function unpack(packed: string, start: number, end: number): AssessmentKeys {
  let field = 0;
  let from = start;
  for (let i = start; i < end && field < PACKED_FIELDS - 1; i++) {
    if (packed.charCodeAt(i) === FIELD_CODE) {
      fields[field] = fieldValue(packed, from, i, field);
      field++;
      from = i + 1;
    }
  }
  fields[field] = fieldValue(packed, from, end, field);
  for (let rest = field + 1; rest < PACKED_FIELDS; rest++) fields[rest] = null;
  return {
    assessedAt: fields[0] ?? '',
    stage: fields[1]!,
    level: fields[2]!,
    position: fields[3]!,
    criteriaFit: fields[4]!,
    riskLevel: fields[5]!,
    experienceProfile: fields[6]!,
    satisfaction: fields[7] ? Number(fields[7]) : null,
    buyingDriver: fields[8]!,
  };
}

export class ReportRepository {
  constructor(private readonly db: Driver) {}

  /**
   * All the per-account data the report needs, read in one consistent
   * snapshot: from the rollup when nothing is dated after the window (the
   * usual report for today), else recomputed from the tables as of its end.
   * `useRollup: false` forces the recomputation (tests compare the two).
   */
  load(bounds: ReportBounds, options: { useRollup?: boolean } = {}): ReportData {
    // Every account's row, the history and the overdue actions: pages from all over the file.
    readThroughMap(this.db);
    return this.db.transaction(() => {
      const data: ReportData = {
        source: 'rollup',
        accounts: [],
        assessments: new Map(),
        coverage: new Map(),
        activity: new Map(),
        overdue: [],
        changes: [],
        riskChangedAt: () => undefined,
        nextAction: () => undefined,
      };
      if (options.useRollup === false || !this.rollupFollowsRules() || !this.fromRollup(bounds, data)) {
        data.source = 'tables';
        data.accounts = [];
        data.assessments.clear();
        data.activity.clear();
        const lastContacted = new Map<number, string>();
        data.coverage = this.coverage(bounds, lastContacted);
        const rows = this.db
          .prepare(ACCOUNTS_SQL(dialectOf(this.db)))
          .raw()
          .all({ end: bounds.end }) as AccountRow[];
        for (const row of rows) this.addAccount(bounds, data, row, lastContacted.get(row[0]) ?? null);
      }
      // The state at the start and end of the window, replayed from the change history.
      const history = new HistoryRepository(this.db);
      data.changes = history.since(bounds.history ?? bounds.since);
      data.riskChangedAt = history.riskChangedAt(bounds.end);
      data.nextAction = this.nextAction(bounds.end);
      data.overdue = this.overdue(bounds, new Map(data.accounts.map((account) => [account.id, account.owner])));
      return data;
    })();
  }

  /**
   * Loads and hands the data to `build` inside one read transaction, so the
   * lookups `build` calls (riskChangedAt, nextAction) read what the load read.
   */
  read<Result>(bounds: ReportBounds, build: (data: ReportData) => Result): Result {
    return this.db.transaction(() => build(this.load(bounds)))();
  }

  /** An account's first open action at the end of the window, as a lookup. */
  private nextAction(end: string): (accountId: number) => NextAction | undefined {
    const one = this.db.prepare(NEXT_ACTION_SQL).raw();
    return perAccountOrAll(
      (accountId) => {
        const row = one.get({ account: accountId, end }) as [string, string | null, string | null] | undefined;
        return row === undefined ? undefined : { accountId, text: row[0], due: row[1], play: row[2] };
      },
      () => {
        const rows = this.db.prepare(NEXT_ACTIONS_SQL).raw().all({ end }) as [
          number,
          string,
          string | null,
          string | null,
        ][];
        return new Map(rows.map((row) => [row[0], { accountId: row[0], text: row[1], due: row[2], play: row[3] }]));
      },
    );
  }

  /** The rollup's contact columns follow the domain's rules as they are now (see migration 6). */
  private rollupFollowsRules(): boolean {
    const row = this.db.prepare('SELECT contacts FROM rollup_rule WHERE id = 1').pluck().get() as string | undefined;
    return row === contactRulesSignature();
  }

  /** Fills `data` from the rollup; false (data half filled) when some record is dated at or after the end. */
  private fromRollup(bounds: ReportBounds, data: ReportData): boolean {
    const { end } = bounds;
    // Row by row, not all(): each row dies young once read, so the collector never copies 10,000 of them.
    const rows = this.db.prepare(ROLLUP_SQL).raw().iterate({ end }) as IterableIterator<RollupRow>;
    for (const row of rows) {
      const lastActivity = row[8];
      const recent = row[10];
      const contactsUntil = row[16];
      const lastContacted = row[17];
      const future =
        (lastActivity !== null && lastActivity >= end) ||
        (recent !== null && recent.slice(0, 10) >= end) ||
        (contactsUntil !== null && contactsUntil.slice(0, 10) >= end) ||
        (lastContacted !== null && lastContacted >= end);
      if (future) return false;
      this.addAccount(bounds, data, row, lastContacted);
      const contacts = row[12];
      if (contacts !== null && contacts > 0) {
        data.coverage.set(row[0], {
          contacts,
          strongContacts: row[13] ?? 0,
          departments: row[14] ?? 0,
          hasExecutive: row[15] === 1,
        });
      }
    }
    return true;
  }

  /** Takes the first AccountRow columns of `row` (a RollupRow starts with them). */
  private addAccount(
    bounds: ReportBounds,
    data: ReportData,
    row: AccountRow | RollupRow,
    lastContacted: string | null,
  ): void {
    const id = row[0];
    data.accounts.push({
      id,
      name: row[1],
      owner: row[2],
      tier: row[3],
      position: row[4],
      stage: row[5],
      level: row[6],
      createdAt: row[7],
      updatedAt: row[11],
    });
    const lastActivity = row[8];
    if (lastActivity !== null || lastContacted !== null)
      data.activity.set(id, { lastActivity, lastOrder: row[9], lastContacted });
    const recent = row[10];
    if (recent !== null) {
      const split = recent.indexOf(RECORD);
      const latest = unpack(recent, 0, split < 0 ? recent.length : split);
      const previous = split < 0 ? null : unpack(recent, split + 1, recent.length);
      data.assessments.set(id, { latest, previous });
    }
  }

  /** Contact coverage as of the end of the window; each account's newest last-contacted date goes to `lastContacted`. */
  coverage(bounds: ReportBounds, lastContacted: Map<number, string> = new Map()): Map<number, CoverageAggregate> {
    const rows = this.db
      .prepare(COVERAGE_SQL(dialectOf(this.db)))
      .raw()
      .all({ end: bounds.end }) as CoverageRow[];
    const coverage = new Map<number, CoverageAggregate>();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      coverage.set(row[0], {
        contacts: row[1],
        strongContacts: row[2],
        departments: row[3],
        hasExecutive: row[4] === 1,
      });
      if (row[5] !== null) lastContacted.set(row[0], row[5]);
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
