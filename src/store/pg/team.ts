/**
 * Who may change what on a team database (docs/postgres.md, "Who may change
 * what"; issue 15 point 6). `acct db init` adds, beside the schema:
 *   - two group roles, acct_rep and acct_manager, with the table rights acct needs;
 *   - acct_people: which PostgreSQL login role is which acct owner, and who is a manager;
 *   - row-level security and guard triggers: a rep reads every row but changes only the accounts they
 *     own and those accounts' contacts, activities, actions and assessments (and the rollup and history
 *     rows the triggers write for them); a manager changes everything and hands accounts over.
 * A refusal is SQLSTATE 42501 with a JSON message naming the account and its owner, which `refusal`
 * turns into one line. The database's owner (who ran init) and superusers are not limited.
 * No `pg` import here: this runs through the Driver, and the commands reach it only for a postgres URL.
 */
import { UserError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Driver } from '../driver.js';

export const REP_ROLE = 'acct_rep';
export const MANAGER_ROLE = 'acct_manager';
export const PEOPLE_TABLE = 'acct_people';

/** The tables whose rows belong to one account (through account_id) and the guard each gets. */
const ACCOUNT_PARTS = ['contacts', 'activities', 'assessments', 'actions'];
/** Written only by the triggers, for the account whose row changed. */
const DERIVED = ['account_rollup', 'account_changes'];
/** Read by everyone, written only by the database's owner (init, migrations). */
const OWNER_ONLY = ['acct_schema', PEOPLE_TABLE, 'rollup_rule'];

const groupRole = (role: string) => `
  DO $do$ BEGIN
    CREATE ROLE ${role} NOLOGIN;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- roles are the server's: another database made it
  END $do$;`;

/** Idempotent: init runs it again after an upgrade to cover new tables. */
export const TEAM_SQL = `
  ${groupRole(REP_ROLE)}
  ${groupRole(MANAGER_ROLE)}

  CREATE TABLE IF NOT EXISTS ${PEOPLE_TABLE} (
    role     name PRIMARY KEY,
    owner    text COLLATE "C" NOT NULL,
    manager  boolean NOT NULL DEFAULT false
  );

  -- Invoker's rights throughout: current_user is the person connected.
  CREATE OR REPLACE FUNCTION acct_me_owner() RETURNS text LANGUAGE sql STABLE AS
    $fn$ SELECT owner FROM ${PEOPLE_TABLE} WHERE role = current_user $fn$;
  -- Unlimited: a manager, or a member of the role that owns the tables (the database's owner, superusers).
  CREATE OR REPLACE FUNCTION acct_me_unlimited() RETURNS boolean LANGUAGE sql STABLE AS $fn$
    SELECT coalesce((SELECT manager FROM ${PEOPLE_TABLE} WHERE role = current_user), false)
      OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'accounts'::regclass), 'MEMBER')
  $fn$;
  -- The account's rows are mine to change (an account already gone: its rows go with it).
  CREATE OR REPLACE FUNCTION acct_may_change(account bigint) RETURNS boolean LANGUAGE sql STABLE AS $fn$
    SELECT acct_me_unlimited()
      OR NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = account AND a.owner IS DISTINCT FROM acct_me_owner())
  $fn$;

  CREATE OR REPLACE FUNCTION acct_refuse(reason text, account text, owner text) RETURNS void LANGUAGE plpgsql AS $fn$
  BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = json_build_object('acct', reason, 'account', account, 'owner', owner)::text;
  END $fn$;

  CREATE OR REPLACE FUNCTION acct_guard_owned(account bigint) RETURNS void LANGUAGE plpgsql AS $fn$
  DECLARE acc record;
  BEGIN
    SELECT a.name, a.owner INTO acc FROM accounts a WHERE a.id = account;
    IF FOUND AND acc.owner IS DISTINCT FROM acct_me_owner() THEN
      PERFORM acct_refuse(CASE WHEN acc.owner IS NULL THEN 'unowned' ELSE 'theirs' END, acc.name, acc.owner);
    END IF;
  END $fn$;

  -- New accounts default to the connecting person's owner name; a rep changes only their own.
  CREATE OR REPLACE FUNCTION acct_guard_account() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'INSERT' AND NEW.owner IS NULL THEN NEW.owner := acct_me_owner(); END IF;
    IF NOT acct_me_unlimited() THEN
      IF TG_OP <> 'INSERT' THEN PERFORM acct_guard_owned(OLD.id); END IF;
      IF TG_OP = 'UPDATE' AND NEW.owner IS DISTINCT FROM OLD.owner THEN
        PERFORM acct_refuse('handover', NEW.name, NEW.owner);
      END IF;
      IF TG_OP = 'INSERT' AND NEW.owner IS DISTINCT FROM acct_me_owner() THEN
        PERFORM acct_refuse('forOther', NEW.name, NEW.owner);
      END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END $fn$;
  DROP TRIGGER IF EXISTS acct_guard ON accounts;
  CREATE TRIGGER acct_guard BEFORE INSERT OR UPDATE OR DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION acct_guard_account();

  CREATE OR REPLACE FUNCTION acct_guard_part() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF NOT acct_me_unlimited() THEN
      IF TG_OP <> 'INSERT' THEN PERFORM acct_guard_owned(OLD.account_id); END IF;
      IF TG_OP <> 'DELETE' THEN PERFORM acct_guard_owned(NEW.account_id); END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END $fn$;
  ${ACCOUNT_PARTS.map(
    (table) => `DROP TRIGGER IF EXISTS acct_guard ON ${table};
  CREATE TRIGGER acct_guard BEFORE INSERT OR UPDATE OR DELETE ON ${table}
    FOR EACH ROW EXECUTE FUNCTION acct_guard_part();`,
  ).join('\n  ')}

  CREATE OR REPLACE FUNCTION acct_guard_activity_contact() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF NOT acct_me_unlimited() THEN
      IF TG_OP <> 'INSERT' THEN
        PERFORM acct_guard_owned((SELECT account_id FROM activities WHERE id = OLD.activity_id));
      END IF;
      IF TG_OP <> 'DELETE' THEN
        PERFORM acct_guard_owned((SELECT account_id FROM activities WHERE id = NEW.activity_id));
      END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END $fn$;
  DROP TRIGGER IF EXISTS acct_guard ON activity_contacts;
  CREATE TRIGGER acct_guard BEFORE INSERT OR UPDATE OR DELETE ON activity_contacts
    FOR EACH ROW EXECUTE FUNCTION acct_guard_activity_contact();

  -- Row-level security. Everyone reads every row. A new or changed row must be one the person may
  -- change (WITH CHECK). UPDATE and DELETE see every row (USING true) so that the guard triggers
  -- above see the row and refuse it in one clear line: a USING filter would make a refused change
  -- silently change nothing.
  ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS acct_read ON accounts;
  DROP POLICY IF EXISTS acct_add ON accounts;
  DROP POLICY IF EXISTS acct_change ON accounts;
  DROP POLICY IF EXISTS acct_remove ON accounts;
  CREATE POLICY acct_read ON accounts FOR SELECT USING (true);
  CREATE POLICY acct_add ON accounts FOR INSERT
    WITH CHECK (acct_me_unlimited() OR owner IS NOT DISTINCT FROM acct_me_owner());
  CREATE POLICY acct_change ON accounts FOR UPDATE USING (true)
    WITH CHECK (acct_me_unlimited() OR owner IS NOT DISTINCT FROM acct_me_owner());
  CREATE POLICY acct_remove ON accounts FOR DELETE USING (true);
  ${[...ACCOUNT_PARTS, ...DERIVED]
    .map(
      (table) => `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
  DROP POLICY IF EXISTS acct_read ON ${table};
  DROP POLICY IF EXISTS acct_add ON ${table};
  DROP POLICY IF EXISTS acct_change ON ${table};
  DROP POLICY IF EXISTS acct_remove ON ${table};
  CREATE POLICY acct_read ON ${table} FOR SELECT USING (true);
  CREATE POLICY acct_add ON ${table} FOR INSERT WITH CHECK (acct_may_change(account_id));
  CREATE POLICY acct_change ON ${table} FOR UPDATE USING (true) WITH CHECK (acct_may_change(account_id));
  CREATE POLICY acct_remove ON ${table} FOR DELETE USING (${DERIVED.includes(table) ? 'acct_may_change(account_id)' : 'true'});`,
    )
    .join('\n  ')}

  GRANT USAGE ON SCHEMA public TO ${REP_ROLE}, ${MANAGER_ROLE};
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${REP_ROLE}, ${MANAGER_ROLE};
  REVOKE INSERT, UPDATE, DELETE ON ${OWNER_ONLY.join(', ')} FROM ${REP_ROLE}, ${MANAGER_ROLE};
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${REP_ROLE}, ${MANAGER_ROLE};
`;

/** Runs PostgreSQL's own SQL, past the dialect (which would read $fn$ and ::regclass as parameters). */
function raw<Row = Record<string, unknown>>(db: Driver, text: string, values: unknown[] = []): Row[] {
  const answer = (
    db as unknown as { query(text: string, values: unknown[]): { fields: string[]; rows: unknown[][] } }
  ).query(text, values);
  return answer.rows.map((row) => Object.fromEntries(answer.fields.map((field, i) => [field, row[i]])) as Row);
}

/** PostgreSQL's identifier quoting. */
const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

const hasTeam = (db: Driver): boolean =>
  raw<{ team: unknown }>(db, `SELECT to_regclass('${PEOPLE_TABLE}') IS NOT NULL AS team`).map((row) =>
    Number(row.team),
  )[0] === 1;

/** A statement the connecting role has no right to run (42501, not one of the guards' refusals). */
const isDenied = (error: unknown): boolean => {
  const failure = error as { sqlState?: string; code?: string; message?: string };
  return (failure.sqlState ?? failure.code) === '42501' && !String(failure.message).startsWith('{');
};

const currentUser = (db: Driver): string => String(raw<{ me: string }>(db, 'SELECT current_user AS me')[0]!.me);

/** acct db init's team part, on a database whose schema is current; in one transaction. */
export function initTeam(db: Driver, lock: number): void {
  try {
    db.transaction(() => {
      raw(db, `SELECT pg_advisory_xact_lock(${lock})`);
      raw(db, TEAM_SQL);
    }).immediate();
  } catch (error) {
    if (isDenied(error)) {
      throw new UserError(
        t('store.pg.team.initDenied', { user: currentUser(db), reason: (error as Error).message }),
        t('store.pg.team.initDenied.hint'),
      );
    }
    throw error;
  }
}

export interface Person {
  role: string;
  owner: string;
  manager: boolean;
}

/** Maps a login role (created when missing) to an owner name, as a rep or a manager; returns whether it was created. */
export function grantPerson(db: Driver, person: Person): { created: boolean } {
  if (!hasTeam(db)) throw new UserError(t('store.pg.team.notInit'), t('store.pg.team.notInit.hint'));
  const role = ident(person.role);
  try {
    return db
      .transaction(() => {
        const exists = raw(db, 'SELECT 1 FROM pg_roles WHERE rolname = $1', [person.role]).length > 0;
        if (!exists) raw(db, `CREATE ROLE ${role} LOGIN`);
        raw(db, `GRANT ${person.manager ? MANAGER_ROLE : REP_ROLE} TO ${role}`);
        raw(db, `REVOKE ${person.manager ? REP_ROLE : MANAGER_ROLE} FROM ${role}`);
        raw(
          db,
          `INSERT INTO ${PEOPLE_TABLE} (role, owner, manager) VALUES ($1, $2, $3)
         ON CONFLICT (role) DO UPDATE SET owner = excluded.owner, manager = excluded.manager`,
          [person.role, person.owner, person.manager],
        );
        return { created: !exists };
      })
      .immediate();
  } catch (error) {
    if (isDenied(error)) {
      throw new UserError(
        t('store.pg.team.grantDenied', { user: currentUser(db), reason: (error as Error).message }),
        t('store.pg.team.initDenied.hint'),
      );
    }
    throw error;
  }
}

export type Rights = 'owner' | 'manager' | 'rep' | 'reader';

export interface Me {
  owner: string | null;
  rights: Rights;
}

/** Who the connecting role is on a team database, or null when `acct db init` has not set one up. */
export function whoAmI(db: Driver): Me | null {
  if (!hasTeam(db)) return null;
  const [row] = raw<{ owner: string | null; manager: boolean | number | null; admin: boolean | number }>(
    db,
    `SELECT (SELECT owner FROM ${PEOPLE_TABLE} WHERE role = current_user) AS owner,
         (SELECT manager FROM ${PEOPLE_TABLE} WHERE role = current_user) AS manager,
         pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'accounts'::regclass), 'MEMBER')
           AS admin`,
  );
  // The worker hands booleans back as 1/0, as SQLite would (docs/postgres.md, "The bridge").
  const rights: Rights =
    Number(row!.admin) === 1
      ? 'owner'
      : Number(row!.manager) === 1
        ? 'manager'
        : row!.owner !== null
          ? 'rep'
          : 'reader';
  return { owner: row!.owner, rights };
}

/** A guard's refusal (42501 with the JSON message TEAM_SQL raises) as one line, or null for any other failure. */
export function refusal(failure: { code?: string; message: string }): UserError | null {
  if (failure.code !== '42501' || !failure.message.startsWith('{')) return null;
  let said: { acct?: string; account?: string; owner?: string | null };
  try {
    said = JSON.parse(failure.message) as typeof said;
  } catch {
    return null;
  }
  const account = String(said.account ?? '');
  const owner = said.owner ?? null;
  switch (said.acct) {
    case 'theirs':
      return new UserError(t('store.pg.refused.theirs', { account, owner: String(owner) }));
    case 'unowned':
      return new UserError(t('store.pg.refused.unowned', { account }));
    case 'handover':
      return new UserError(t('store.pg.refused.handover', { account, owner }));
    case 'forOther':
      return new UserError(t('store.pg.refused.forOther', { account, owner }));
    default:
      return null;
  }
}
