/**
 * Ordered schema migrations. `PRAGMA user_version` records how many have run.
 * Never edit a released migration: add a new one. Each runs inside one
 * immediate transaction together with the version bump.
 */

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

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
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
