/**
 * Ordered schema migrations. `PRAGMA user_version` records how many have run.
 * Never edit a released migration: add a new one (and raise LATEST_VERSION in
 * schema-version.ts, which opening reads alone). Each runs inside one
 * immediate transaction together with the version bump.
 */

import { sqliteDialect, type Dialect } from './dialect.js';
import { LATEST_VERSION } from './schema-version.js';
import { contactRulesSignature, executiveContactSql, strongContactSql } from './rules-sql.js';

const sqlText = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/**
 * One assessment's key results packed into one string (fields joined by
 * U+001F), read from the covering index `assessments_report` alone (the
 * json_extract expression is indexed too). Frozen with migration 4: the
 * rollup triggers store it, and the report's as-of path computes it the same
 * way, so both are unpacked by one function (src/store/report.ts).
 */
export function packedAssessment(alias: string, dialect: Dialect = sqliteDialect): string {
  const s = alias;
  return `${s}.assessed_at
    || char(31) || coalesce(${s}.stage, '') || char(31) || coalesce(${s}.level, '') || char(31) || coalesce(${s}.position, '')
    || char(31) || coalesce(${s}.criteria_fit, '') || char(31) || coalesce(${s}.risk_level, '')
    || char(31) || coalesce(${s}.experience_profile, '') || char(31) || coalesce(${dialect.asText(`${s}.satisfaction`)}, '')
    || char(31) || coalesce(json_extract(${s}.answers, '$.buyingDriver'), '')`;
}

/** The newest two assessments of account `a`, packed and joined by U+001E, newest first. */
export function recentAssessments(account: string, end?: string, dialect: Dialect = sqliteDialect): string {
  const before = end === undefined ? '' : ` AND s.assessed_at < ${end}`;
  return `(SELECT group_concat(p, char(30)) FROM (
      SELECT ${packedAssessment('s', dialect)} AS p FROM assessments s INDEXED BY assessments_report
      WHERE s.account_id = ${account}${before}
      ORDER BY s.assessed_at DESC, s.id DESC LIMIT 2))`;
}

/*
 * Migration 4's per-account refreshes. \`ids\` is a condition on \`a.id\`;
 * selecting FROM accounts keeps a trigger fired by a cascading delete of the
 * account itself from re-creating its rollup row.
 */
export const refreshActivity = (ids: string) => `
  INSERT INTO account_rollup (account_id, last_activity, last_order)
  SELECT a.id,
    (SELECT max(v.date) FROM activities v WHERE v.account_id = a.id),
    (SELECT max(v.date) FROM activities v INDEXED BY activities_account_type_date
      WHERE v.account_id = a.id AND v.type = 'order')
  FROM accounts a WHERE ${ids}
  ON CONFLICT (account_id) DO UPDATE SET last_activity = excluded.last_activity, last_order = excluded.last_order;`;

const refreshContacts = (ids: string) => `
  INSERT INTO account_rollup (account_id, contacts, strong, departments, has_executive, contacts_until)
  SELECT a.id, count(c.id), coalesce(sum(coalesce(c.strength, 0) >= 2), 0),
    CASE WHEN count(c.department) = 0 THEN 0 WHEN min(c.department) = max(c.department) THEN 1 ELSE 2 END,
    coalesce(max(c.seniority = 'executive' OR c.role = 'decision-maker'), 0), max(c.created_at)
  FROM accounts a LEFT JOIN contacts c INDEXED BY contacts_report ON c.account_id = a.id
  WHERE ${ids} GROUP BY a.id
  ON CONFLICT (account_id) DO UPDATE SET contacts = excluded.contacts, strong = excluded.strong,
    departments = excluded.departments, has_executive = excluded.has_executive,
    contacts_until = excluded.contacts_until;`;

/*
 * Migration 6's contact refresh: the rules come from the domain
 * (src/store/rules-sql.ts), and the newest "last contacted" date joins the
 * rollup, because the last contact counts it (docs/domain.md §7).
 */
export const refreshContactsByRules = (ids: string, dialect: Dialect = sqliteDialect) => `
  INSERT INTO account_rollup (account_id, contacts, strong, departments, has_executive, contacts_until, last_contacted)
  SELECT a.id, count(c.id), coalesce(sum(${strongContactSql('c', dialect)}), 0),
    CASE WHEN count(c.department) = 0 THEN 0 WHEN min(c.department) = max(c.department) THEN 1 ELSE 2 END,
    coalesce(max(${executiveContactSql('c', dialect)}), 0), max(c.created_at), max(substr(c.last_contacted, 1, 10))
  FROM accounts a LEFT JOIN contacts c INDEXED BY contacts_report ON c.account_id = a.id
  WHERE ${ids} GROUP BY a.id
  ON CONFLICT (account_id) DO UPDATE SET contacts = excluded.contacts, strong = excluded.strong,
    departments = excluded.departments, has_executive = excluded.has_executive,
    contacts_until = excluded.contacts_until, last_contacted = excluded.last_contacted;`;

/** Triggers that refresh the rollup of the account(s) a changed row of `table` belongs to. */
const refreshTriggers = (
  name: string,
  table: string,
  refresh: (ids: string) => string,
  columns: string,
  onInsert = true,
) => `
  ${onInsert ? `CREATE TRIGGER rollup_${name}_insert AFTER INSERT ON ${table} BEGIN ${refresh('a.id = NEW.account_id')} END;` : ''}
  CREATE TRIGGER rollup_${name}_delete AFTER DELETE ON ${table} BEGIN ${refresh('a.id = OLD.account_id')} END;
  CREATE TRIGGER rollup_${name}_update AFTER UPDATE OF ${columns} ON ${table} BEGIN
    ${refresh('a.id IN (NEW.account_id, OLD.account_id)')}
  END;`;

export const refreshAssessments = (ids: string, dialect: Dialect = sqliteDialect) => `
  INSERT INTO account_rollup (account_id, recent)
  SELECT a.id, ${recentAssessments('a.id', undefined, dialect)} FROM accounts a WHERE ${ids}
  ON CONFLICT (account_id) DO UPDATE SET recent = excluded.recent;`;

/*
 * Migration 5: a bulk writer (acct import) may defer the refreshes. While
 * `rollup_deferral` holds a row (only ever inside the writer's own
 * transaction), the triggers note the account in `rollup_pending` instead of
 * recomputing its aggregate on every row, which made importing n contacts
 * into one account O(n²); the writer then refreshes each noted account once,
 * before COMMIT (ROLLUP_FLUSH). Everyone else sees the table empty.
 */
const WHEN_LIVE = 'WHEN NOT EXISTS (SELECT 1 FROM rollup_deferral)';
const WHEN_DEFERRED = 'WHEN EXISTS (SELECT 1 FROM rollup_deferral)';
const note = (part: string, ids: string[]) =>
  ids.map((id) => `INSERT OR IGNORE INTO rollup_pending (part, account_id) VALUES ('${part}', ${id});`).join(' ');

/** Migration 5's version of refreshTriggers: live refresh, or a note in rollup_pending while deferred. */
const deferrableTriggers = (
  name: string,
  table: string,
  refresh: (ids: string) => string,
  columns: string,
  onInsert = true,
) => `
  ${
    onInsert
      ? `CREATE TRIGGER rollup_${name}_insert AFTER INSERT ON ${table} ${WHEN_LIVE} BEGIN ${refresh('a.id = NEW.account_id')} END;
  CREATE TRIGGER rollup_${name}_insert_deferred AFTER INSERT ON ${table} ${WHEN_DEFERRED} BEGIN ${note(name, ['NEW.account_id'])} END;`
      : ''
  }
  CREATE TRIGGER rollup_${name}_delete AFTER DELETE ON ${table} ${WHEN_LIVE} BEGIN ${refresh('a.id = OLD.account_id')} END;
  CREATE TRIGGER rollup_${name}_delete_deferred AFTER DELETE ON ${table} ${WHEN_DEFERRED} BEGIN ${note(name, ['OLD.account_id'])} END;
  CREATE TRIGGER rollup_${name}_update AFTER UPDATE OF ${columns} ON ${table} ${WHEN_LIVE} BEGIN
    ${refresh('a.id IN (NEW.account_id, OLD.account_id)')}
  END;
  CREATE TRIGGER rollup_${name}_update_deferred AFTER UPDATE OF ${columns} ON ${table} ${WHEN_DEFERRED} BEGIN
    ${note(name, ['NEW.account_id', 'OLD.account_id'])}
  END;`;

export const ACTIVITY_COLUMNS = 'account_id, date, type';
const CONTACT_COLUMNS = 'account_id, created_at, strength, department, seniority, role';
export const CONTACT_COLUMNS_6 = `${CONTACT_COLUMNS}, last_contacted`;
export const ASSESSMENT_COLUMNS =
  'account_id, assessed_at, stage, level, position, criteria_fit, risk_level, experience_profile, satisfaction, answers';

const pendingIds = (part: string) => `a.id IN (SELECT account_id FROM rollup_pending WHERE part = '${part}')`;

/**
 * Run by a writer that deferred the rollup (see migration 5), inside its
 * transaction, before COMMIT: one refresh per noted account and part, then
 * the deferral is lifted.
 */
export const rollupFlush = (dialect: Dialect): string => `
  ${refreshActivity(pendingIds('activity'))}
  ${refreshContactsByRules(pendingIds('contact'), dialect)}
  ${refreshAssessments(pendingIds('assessment'), dialect)}
  DELETE FROM rollup_pending;
  DELETE FROM rollup_deferral;`;
export const ROLLUP_FLUSH = rollupFlush(sqliteDialect);

/** Starts deferring the rollup inside the current transaction (see ROLLUP_FLUSH). */
export const ROLLUP_DEFER = 'INSERT OR IGNORE INTO rollup_deferral (held) VALUES (1)';

/** The fields account_changes records (migration 7); the domain's ChangeKey names. */
export const HISTORY_FIELDS = ['stage', 'level', 'position', 'risk', 'criteriaFit', 'experience'] as const;

/** What history_account_insert (migration 7) writes for one new account: its first values, when it was created. */
const ACCOUNT_CREATED_CHANGES = `(NEW.id, 'stage', NULL, NEW.stage, NEW.created_at),
          (NEW.id, 'level', NULL, NEW.level, NEW.created_at),
          (NEW.id, 'position', NULL, NEW.position, NEW.created_at)`;

/**
 * Migration 9: while a bulk writer defers (migration 5), history_account_insert
 * does not fire; the writer writes the same rows for every account it
 * inserted (ids above the parameter), set-based, in the trigger's order (by
 * account, then stage, level, position). It must do so before it updates an
 * account (so a creation precedes its changes) and before COMMIT
 * (src/store/bulk.ts). A trigger per row cost ~3.5 s of CPU per 100,000 new
 * accounts; this statement ~1.4 s.
 */
export const ACCOUNT_HISTORY_FLUSH = `
  INSERT INTO account_changes (account_id, field, from_value, to_value, changed_at)
  SELECT a.id, f.field, NULL, CASE f.n WHEN 1 THEN a.stage WHEN 2 THEN a.level ELSE a.position END, a.created_at
  FROM accounts a CROSS JOIN (SELECT 1 AS n, 'stage' AS field UNION ALL SELECT 2, 'level' UNION ALL SELECT 3, 'position') f
  WHERE a.id > ?`;

/** Fields that change only through an assessment, with their assessments column. */
export const ASSESSED_FIELDS = [
  ['risk', 'risk_level'],
  ['criteriaFit', 'criteria_fit'],
  ['experience', 'experience_profile'],
] as const;

/** The value of `column` in the account's assessment before NEW (by time, then id). */
const previousAssessed = (column: string) => `(SELECT p.${column} FROM assessments p
          WHERE p.account_id = NEW.account_id AND p.id <> NEW.id
            AND (p.assessed_at < NEW.assessed_at OR (p.assessed_at = NEW.assessed_at AND p.id < NEW.id))
          ORDER BY p.assessed_at DESC, p.id DESC LIMIT 1)`;

/*
 * Migration 7's history for the data already there, as well as it can be
 * told: each account starts at creation with the values of its first
 * assessment (else its record); each assessment after that changes what
 * differs from the one before; a record edited after its latest assessment
 * changes at its last update.
 */
const HISTORY_SEED = `
  WITH ordered AS (
    SELECT s.account_id, s.assessed_at, s.stage, s.level, s.position, s.risk_level, s.criteria_fit, s.experience_profile,
      row_number() OVER w AS n,
      row_number() OVER (PARTITION BY s.account_id ORDER BY s.assessed_at DESC, s.id DESC) AS r,
      lag(s.stage) OVER w AS p_stage, lag(s.level) OVER w AS p_level, lag(s.position) OVER w AS p_position,
      lag(s.risk_level) OVER w AS p_risk, lag(s.criteria_fit) OVER w AS p_fit, lag(s.experience_profile) OVER w AS p_exp
    FROM assessments s
    WINDOW w AS (PARTITION BY s.account_id ORDER BY s.assessed_at, s.id)
  ),
  firsts AS (SELECT * FROM ordered WHERE n = 1),
  lasts AS (SELECT * FROM ordered WHERE r = 1),
  seeded (account_id, field, from_value, to_value, changed_at) AS (
    SELECT a.id, 'stage', NULL, coalesce(f.stage, a.stage), a.created_at FROM accounts a LEFT JOIN firsts f ON f.account_id = a.id
    UNION ALL SELECT a.id, 'level', NULL, coalesce(f.level, a.level), a.created_at FROM accounts a LEFT JOIN firsts f ON f.account_id = a.id
    UNION ALL SELECT a.id, 'position', NULL, coalesce(f.position, a.position), a.created_at FROM accounts a LEFT JOIN firsts f ON f.account_id = a.id
    UNION ALL SELECT account_id, 'risk', NULL, risk_level, assessed_at FROM firsts WHERE risk_level IS NOT NULL
    UNION ALL SELECT account_id, 'criteriaFit', NULL, criteria_fit, assessed_at FROM firsts WHERE criteria_fit IS NOT NULL
    UNION ALL SELECT account_id, 'experience', NULL, experience_profile, assessed_at FROM firsts WHERE experience_profile IS NOT NULL
    UNION ALL SELECT account_id, 'stage', p_stage, stage, assessed_at FROM ordered WHERE n > 1 AND stage IS NOT p_stage AND stage IS NOT NULL AND p_stage IS NOT NULL
    UNION ALL SELECT account_id, 'level', p_level, level, assessed_at FROM ordered WHERE n > 1 AND level IS NOT p_level AND level IS NOT NULL AND p_level IS NOT NULL
    UNION ALL SELECT account_id, 'position', p_position, position, assessed_at FROM ordered WHERE n > 1 AND position IS NOT p_position AND position IS NOT NULL AND p_position IS NOT NULL
    UNION ALL SELECT account_id, 'risk', p_risk, risk_level, assessed_at FROM ordered WHERE n > 1 AND risk_level IS NOT p_risk
    UNION ALL SELECT account_id, 'criteriaFit', p_fit, criteria_fit, assessed_at FROM ordered WHERE n > 1 AND criteria_fit IS NOT p_fit
    UNION ALL SELECT account_id, 'experience', p_exp, experience_profile, assessed_at FROM ordered WHERE n > 1 AND experience_profile IS NOT p_exp
    UNION ALL SELECT a.id, 'stage', l.stage, a.stage, a.updated_at FROM accounts a JOIN lasts l ON l.account_id = a.id
      WHERE l.stage IS NOT NULL AND a.stage IS NOT l.stage AND a.updated_at >= l.assessed_at
    UNION ALL SELECT a.id, 'level', l.level, a.level, a.updated_at FROM accounts a JOIN lasts l ON l.account_id = a.id
      WHERE l.level IS NOT NULL AND a.level IS NOT l.level AND a.updated_at >= l.assessed_at
    UNION ALL SELECT a.id, 'position', l.position, a.position, a.updated_at FROM accounts a JOIN lasts l ON l.account_id = a.id
      WHERE l.position IS NOT NULL AND a.position IS NOT l.position AND a.updated_at >= l.assessed_at
  )
  INSERT INTO account_changes (account_id, field, from_value, to_value, changed_at)
  SELECT account_id, field, from_value, to_value, changed_at FROM seeded ORDER BY changed_at, account_id;`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'accounts, contacts, activities and actions',
    sql: `
      CREATE TABLE accounts (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL,
        name_key      TEXT NOT NULL UNIQUE,
        external_id   TEXT UNIQUE,
        industry      TEXT,
        owner         TEXT,
        tier          TEXT CHECK (tier IN ('A','B','C')),
        city          TEXT,
        address       TEXT,
        revenue       REAL CHECK (revenue >= 0),
        currency      TEXT,
        share         REAL CHECK (share BETWEEN 0 AND 100),
        position      TEXT NOT NULL DEFAULT 'none',
        stage         TEXT NOT NULL DEFAULT 'development',
        level         TEXT NOT NULL DEFAULT 'transactional',
        target_level  TEXT,
        notes         TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      CREATE INDEX accounts_owner ON accounts(owner);

      CREATE TABLE contacts (
        id              INTEGER PRIMARY KEY,
        account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        name            TEXT NOT NULL,
        name_key        TEXT NOT NULL,
        title           TEXT,
        department      TEXT,
        role            TEXT,
        attitude        TEXT,
        strength        INTEGER CHECK (strength BETWEEN 1 AND 5),
        seniority       TEXT,
        email           TEXT,
        phone           TEXT,
        birthday        TEXT,
        preferences     TEXT,
        last_contacted  TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );
      CREATE INDEX contacts_account ON contacts(account_id, name_key);

      CREATE TABLE activities (
        id          INTEGER PRIMARY KEY,
        account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        date        TEXT NOT NULL,
        type        TEXT NOT NULL,
        note        TEXT NOT NULL,
        created_at  TEXT NOT NULL
      );
      CREATE INDEX activities_account_date ON activities(account_id, date);

      CREATE TABLE activity_contacts (
        activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        PRIMARY KEY (activity_id, contact_id)
      ) WITHOUT ROWID;
      CREATE INDEX activity_contacts_contact ON activity_contacts(contact_id);

      CREATE TABLE actions (
        id          INTEGER PRIMARY KEY,
        account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        text        TEXT NOT NULL,
        playbook    TEXT,
        play        TEXT,
        owner       TEXT,
        due         TEXT,
        status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','dropped')),
        created_at  TEXT NOT NULL,
        closed_at   TEXT
      );
      CREATE INDEX actions_account_status ON actions(account_id, status);
    `,
  },
  {
    version: 2,
    description: 'assessments: one row per dated assessment, key results as columns for reporting',
    sql: `
      CREATE TABLE assessments (
        id                  INTEGER PRIMARY KEY,
        account_id          INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        assessed_at         TEXT NOT NULL,
        answers             TEXT NOT NULL CHECK (json_valid(answers)),
        result              TEXT NOT NULL CHECK (json_valid(result)),
        playbook_versions   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(playbook_versions)),
        stage               TEXT,
        level               TEXT,
        position            TEXT,
        share               REAL,
        criteria_fit        TEXT,
        risk_level          TEXT,
        experience_profile  TEXT,
        experience_score    REAL,
        satisfaction        INTEGER,
        single_threaded     INTEGER,
        target_level        TEXT
      );
      CREATE INDEX assessments_account_time ON assessments(account_id, assessed_at);
    `,
  },
  {
    version: 3,
    description: 'indexes for the weekly report',
    sql: `
      -- The report answers its per-account questions from these indexes alone, without
      -- reading table rows (assessments carry large JSON blobs). See src/store/report.ts.
      CREATE INDEX assessments_report ON assessments(account_id, assessed_at, stage, level, position, criteria_fit,
        risk_level, experience_profile, satisfaction, json_extract(answers, '$.buyingDriver'));
      CREATE INDEX contacts_report ON contacts(account_id, created_at, strength, department, seniority, role);
      CREATE INDEX activities_account_type_date ON activities(account_id, type, date);
      CREATE INDEX actions_open_due ON actions(due) WHERE status = 'open';
      CREATE INDEX actions_closed ON actions(closed_at) WHERE closed_at IS NOT NULL;
    `,
  },
  {
    version: 4,
    description: 'per-account rollup for the weekly report, kept current by triggers',
    sql: `
      -- What the report needs per account, maintained on every write so that a report
      -- for today reads one row per account instead of seeking three indexes per account.
      -- Reports for a past day (records dated after it exist) recompute from the tables.
      CREATE TABLE account_rollup (
        account_id      INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        last_activity   TEXT,
        last_order      TEXT,
        contacts        INTEGER NOT NULL DEFAULT 0,
        strong          INTEGER NOT NULL DEFAULT 0,
        departments     INTEGER NOT NULL DEFAULT 0,
        has_executive   INTEGER NOT NULL DEFAULT 0,
        contacts_until  TEXT,
        recent          TEXT
      );
      -- Which accounts were assessed inside a window: a range, not a scan of every assessment.
      CREATE INDEX assessments_time ON assessments(assessed_at, account_id);

      -- Logging is the hot path (imports of activity logs): keep it incremental.
      CREATE TRIGGER rollup_activity_insert AFTER INSERT ON activities BEGIN
        INSERT INTO account_rollup (account_id, last_activity, last_order)
        SELECT a.id, NEW.date, iif(NEW.type = 'order', NEW.date, NULL) FROM accounts a WHERE a.id = NEW.account_id
        ON CONFLICT (account_id) DO UPDATE SET
          last_activity = iif(last_activity >= excluded.last_activity, last_activity, excluded.last_activity),
          last_order = iif(excluded.last_order IS NULL OR last_order >= excluded.last_order, last_order, excluded.last_order);
      END;
      ${refreshTriggers('activity', 'activities', refreshActivity, 'account_id, date, type', false)}
      ${refreshTriggers('contact', 'contacts', refreshContacts, 'account_id, created_at, strength, department, seniority, role')}
      ${refreshTriggers(
        'assessment',
        'assessments',
        refreshAssessments,
        'account_id, assessed_at, stage, level, position, criteria_fit, risk_level, experience_profile, satisfaction, answers',
      )}

      ${refreshActivity('true')}
      ${refreshContacts('true')}
      ${refreshAssessments('true')}
    `,
  },
  {
    version: 5,
    description: 'the rollup refresh can be deferred to the end of a bulk write',
    sql: `
      CREATE TABLE rollup_deferral (held INTEGER PRIMARY KEY CHECK (held = 1));
      CREATE TABLE rollup_pending (
        part        TEXT NOT NULL,
        account_id  INTEGER NOT NULL,
        PRIMARY KEY (part, account_id)
      ) WITHOUT ROWID;
      ${[
        'activity_delete',
        'activity_update',
        'contact_insert',
        'contact_delete',
        'contact_update',
        'assessment_insert',
        'assessment_delete',
        'assessment_update',
      ]
        .map((t) => `DROP TRIGGER rollup_${t};`)
        .join('\n      ')}
      -- rollup_activity_insert stays: it is incremental already, O(1) a row.
      ${deferrableTriggers('activity', 'activities', refreshActivity, ACTIVITY_COLUMNS, false)}
      ${deferrableTriggers('contact', 'contacts', refreshContacts, CONTACT_COLUMNS)}
      ${deferrableTriggers('assessment', 'assessments', refreshAssessments, ASSESSMENT_COLUMNS)}
    `,
  },
  {
    version: 6,
    description: "the rollup's contact rules come from the domain, and it keeps the last-contacted date",
    sql: `
      ALTER TABLE account_rollup ADD COLUMN last_contacted TEXT;
      -- The contact rules the strong / has_executive columns follow; the report uses the rollup only while
      -- they match the domain's (src/store/rules-sql.ts), and recomputes from the tables otherwise.
      CREATE TABLE rollup_rule (id INTEGER PRIMARY KEY CHECK (id = 1), contacts TEXT NOT NULL);
      INSERT INTO rollup_rule (id, contacts) VALUES (1, ${sqlText(contactRulesSignature())});
      DROP INDEX contacts_report;
      CREATE INDEX contacts_report ON contacts(account_id, created_at, strength, department, seniority, role, last_contacted);
      ${['insert', 'insert_deferred', 'delete', 'delete_deferred', 'update', 'update_deferred']
        .map((t) => `DROP TRIGGER rollup_contact_${t};`)
        .join('\n      ')}
      ${deferrableTriggers('contact', 'contacts', refreshContactsByRules, CONTACT_COLUMNS_6)}
      ${refreshContactsByRules('true')}
    `,
  },
  {
    version: 7,
    description: 'a history of every change of stage, level, position, risk, criteria fit and experience profile',
    sql: `
      -- Written by triggers in the writer's own transaction, whatever made the change (add, edit,
      -- import, an assessment), so the weekly review can replay any past day (src/store/history.ts).
      CREATE TABLE account_changes (
        id          INTEGER PRIMARY KEY,
        account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        field       TEXT NOT NULL CHECK (field IN (${HISTORY_FIELDS.map(sqlText).join(', ')})),
        from_value  TEXT,
        to_value    TEXT,
        changed_at  TEXT NOT NULL
      );
      CREATE INDEX account_changes_time ON account_changes(changed_at, account_id);
      CREATE INDEX account_changes_field ON account_changes(field, account_id, changed_at);
      CREATE TRIGGER history_account_insert AFTER INSERT ON accounts BEGIN
        INSERT INTO account_changes (account_id, field, from_value, to_value, changed_at) VALUES
          ${ACCOUNT_CREATED_CHANGES};
      END;
      ${['stage', 'level', 'position']
        .map(
          (column) => `CREATE TRIGGER history_account_${column} AFTER UPDATE OF ${column} ON accounts
        WHEN OLD.${column} IS NOT NEW.${column} BEGIN
        INSERT INTO account_changes (account_id, field, from_value, to_value, changed_at)
        VALUES (NEW.id, '${column}', OLD.${column}, NEW.${column}, NEW.updated_at);
      END;`,
        )
        .join('\n      ')}
      ${ASSESSED_FIELDS.map(
        ([field, column]) => `CREATE TRIGGER history_assessment_${column} AFTER INSERT ON assessments
        WHEN ${previousAssessed(column)} IS NOT NEW.${column} BEGIN
        INSERT INTO account_changes (account_id, field, from_value, to_value, changed_at)
        VALUES (NEW.account_id, '${field}', ${previousAssessed(column)}, NEW.${column}, NEW.assessed_at);
      END;`,
      ).join('\n      ')}
      ${HISTORY_SEED}
    `,
  },
  {
    version: 8,
    description: 'orders carry an amount; actions remember the assessment, role, why and steps of their play',
    sql: `
      -- An order's value, for orders to date and the lifetime value (docs/domain.md §4).
      ALTER TABLE activities ADD COLUMN amount REAL CHECK (amount >= 0);
      ALTER TABLE activities ADD COLUMN currency TEXT;
      -- An accepted play keeps where it came from and how to do it (docs/domain.md §7).
      ALTER TABLE actions ADD COLUMN assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL;
      ALTER TABLE actions ADD COLUMN owner_role TEXT;
      ALTER TABLE actions ADD COLUMN why TEXT;
      ALTER TABLE actions ADD COLUMN steps TEXT CHECK (steps IS NULL OR json_valid(steps));
      ALTER TABLE actions ADD COLUMN because TEXT CHECK (because IS NULL OR json_valid(because));
      CREATE INDEX actions_assessment ON actions(assessment_id) WHERE assessment_id IS NOT NULL;

      -- acct assess stored an assessment and its accepted plays with one timestamp: that
      -- links the actions of earlier versions to their assessment, and the stored plan
      -- gives back each play's role, why, steps and because lines.
      UPDATE actions SET assessment_id = (
        SELECT s.id FROM assessments s
        WHERE s.account_id = actions.account_id AND s.assessed_at = actions.created_at
        ORDER BY s.id DESC LIMIT 1)
      WHERE play IS NOT NULL;
      UPDATE actions SET (owner_role, why, steps, because) = (
        SELECT json_extract(p.value, '$.ownerRole'), json_extract(p.value, '$.why'),
          json_extract(p.value, '$.steps'),
          (SELECT json_group_array(json_extract(b.value, '$.text')) FROM json_each(p.value, '$.because') b)
        FROM assessments s, json_each(s.result, '$.plan') p
        WHERE s.id = actions.assessment_id AND json_extract(p.value, '$.play') = actions.play
        LIMIT 1)
      WHERE assessment_id IS NOT NULL;
    `,
  },
  {
    version: 9,
    description: "a bulk import writes new accounts' history once per run instead of a trigger per row",
    sql: `
      -- See ACCOUNT_HISTORY_FLUSH: while the rollup is deferred, the writer records new accounts itself.
      DROP TRIGGER history_account_insert;
      CREATE TRIGGER history_account_insert AFTER INSERT ON accounts ${WHEN_LIVE} BEGIN
        INSERT INTO account_changes (account_id, field, from_value, to_value, changed_at) VALUES
          ${ACCOUNT_CREATED_CHANGES};
      END;
    `,
  },
];

export { LATEST_VERSION };
// A new migration moves LATEST_VERSION in schema-version.ts too: opening checks files against that number alone.
if (MIGRATIONS[MIGRATIONS.length - 1]!.version !== LATEST_VERSION) {
  throw new Error(
    `schema-version.ts says ${LATEST_VERSION}, the last migration is ${MIGRATIONS[MIGRATIONS.length - 1]!.version}`,
  );
}
