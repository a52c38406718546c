/**
 * What the database file itself says: a path that is not a database, a
 * schema too new, an upgrade that failed, what `acct db check` finds
 * (src/store/db.ts). Disk, lock and damage lines are `error.storage.*`.
 */
type Path = { path: string };
type PathReason = { path: string; reason: string };

export const store = {
  'store.create.failed': ({ path, reason }: PathReason) => `cannot create database ${path}: ${reason}`,
  'store.create.failed.hint': 'choose a writable location with --db PATH or ACCT_DB',
  'store.isFolder': ({ path }: Path) => `${path} is a folder, not a database file`,
  'store.notRegular': ({ path }: Path) => `${path} is not a regular file (a device or pipe)`,
  'store.passFile.hint': 'pass a file path with --db',
  'store.notSqlite': ({ path }: Path) => `${path} is not an acct database (not SQLite at all)`,
  'store.notSqlite.hint': 'point --db at an acct database or a new file',
  'store.notSqlite.checkHint': 'point --db at an acct database',
  'store.otherProgram': ({ path }: Path) => `${path} is not an acct database`,
  'store.otherProgram.hint': 'it belongs to another program; point --db at an acct database or a new file',
  'store.newer': ({ path, version, latest }: Path & { version: number; latest: number }) =>
    `${path} was written by a newer acct (schema ${version}, this acct knows up to ${latest})`,
  'store.newer.hint': 'upgrade acct; the file was left untouched',
  'store.open.failed': ({ path, reason }: PathReason) => `cannot open ${path}: ${reason}`,
  'store.open.failed.hint': 'check the path and its permissions',
  'store.read.failed': ({ path, reason }: PathReason) => `cannot read ${path}: ${reason}`,
  'store.read.failed.hint': 'run `acct db check` to look for damage',
  'store.walStuck': ({ path, wal }: Path & { wal: string }) =>
    `cannot read ${path}: recent changes are still in ${wal} and the folder is read-only`,
  'store.walStuck.hint': ({ dir }: { dir: string }) =>
    `make the folder writable once (chmod u+w "${dir}") and run any acct command, so they are merged`,
  'store.upgrade.failed': ({ path, reason }: { path: string | null; reason: string }) =>
    `could not upgrade ${path ?? 'the database'}: ${reason}`,
  'store.upgrade.failed.hint': 'the file was left as it was; report this with ACCT_DEBUG=1 output',
  'store.check.orphan': ({ table, rowid, parent }: { table: string; rowid: number; parent: string }) =>
    `${table} row ${rowid} refers to a missing ${parent} row`,
  /** SQLite's own words for damage, in English as SQLite says them; other languages say what they mean. */
  'store.sqlite.corrupt': ({ message }: { message: string }) => message,
  'store.sqlite.notADatabase': ({ message }: { message: string }) => message,
  /** A row the database refused (a CHECK, UNIQUE or NOT NULL constraint); `reason` is SQLite's own text. */
  'store.import.refused': ({ reason }: { reason: string }) => reason,
  /** PostgreSQL (docs/postgres.md): `url` is always shown with its password masked. */
  'store.pg.connect.failed': ({ url, reason }: { url: string; reason: string }) =>
    `cannot connect to ${url}: ${reason}`,
  'store.pg.connect.refused.hint': 'check that the PostgreSQL server is running and the host and port are right',
  'store.pg.connect.auth.hint':
    'check the user and its password: put it in ~/.pgpass or PGPASSWORD rather than on the command line',
  'store.pg.connect.noDatabase.hint': 'create the database first (createdb NAME) or correct its name',
  'store.pg.connect.other.hint': 'check the URL, or PGHOST, PGPORT, PGUSER and PGDATABASE with ACCT_DB=postgres:',
  'store.pg.failed': ({ url, reason }: { url: string; reason: string }) => `PostgreSQL at ${url} failed: ${reason}`,
  'store.pg.failed.hint': 'nothing was written; run the command again, or with ACCT_DEBUG=1 to report it',
  'store.pg.denied': ({ url, reason }: { url: string; reason: string }) => `${url}: ${reason}`,
  'store.pg.denied.hint': 'ask the database owner for the rights acct needs',
  /** A team database (docs/postgres.md, "Who may change what"): a guard's refusal, one line, nothing written. */
  'store.pg.refused.theirs': ({ account, owner }: { account: string; owner: string }) =>
    `${account} belongs to ${owner}; ask a manager to hand it over`,
  'store.pg.refused.unowned': ({ account }: { account: string }) =>
    `${account} has no owner; ask a manager to hand it over to you`,
  'store.pg.refused.handover': ({ account, owner }: { account: string; owner: string | null }) =>
    `only a manager hands ${account} over${owner === null ? '' : ` to ${owner}`}; ask one to do it`,
  'store.pg.refused.forOther': ({ account, owner }: { account: string; owner: string | null }) =>
    `${account} would belong to ${owner ?? 'nobody'}; only a manager adds accounts for someone else (leave out --owner)`,
  'store.pg.team.initDenied': ({ user, reason }: { user: string; reason: string }) =>
    `${user} may not set up the team's roles: ${reason}`,
  'store.pg.team.initDenied.hint':
    'connect as the database owner with the CREATEROLE right (or a superuser), e.g. ACCT_DB=postgres://postgres@host/acct',
  'store.pg.team.grantDenied': ({ user, reason }: { user: string; reason: string }) =>
    `${user} may not add people to the team: ${reason}`,
  'store.pg.team.notInit': 'this database has no team set up yet',
  'store.pg.team.notInit.hint': 'run acct db init first, as the database owner',
};
