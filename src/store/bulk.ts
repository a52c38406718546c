/**
 * SQL for `acct import`: prepared once per run and reused
 * for every row, inside one explicitly opened transaction (BEGIN IMMEDIATE)
 * that the import repository (import.ts) commits or rolls back.
 */
import { ACCOUNT_COLUMNS } from './accounts.js';
import { CONTACT_COLUMNS } from './contacts.js';
import type { Driver, Statement } from './driver.js';
import type { OrderValue } from '../domain/import.js';
import { dialectOf } from './dialect.js';
import { ACCOUNT_HISTORY_FLUSH, ROLLUP_DEFER, ROLLUP_FLUSH, rollupFlush } from './migrations.js';
import type { SqlValue } from './sql.js';

export type { SqlValue };
export type Row = Record<string, SqlValue>;

/** Columns of each import type that the importer may write, by domain field. */
export const BULK_COLUMNS = {
  accounts: { ...ACCOUNT_COLUMNS, createdAt: 'created_at' },
  contacts: CONTACT_COLUMNS,
  actions: {
    text: 'text',
    playbook: 'playbook',
    play: 'play',
    owner: 'owner',
    due: 'due',
    status: 'status',
    createdAt: 'created_at',
    closedAt: 'closed_at',
  },
  assessments: {
    assessedAt: 'assessed_at',
    answers: 'answers',
    result: 'result',
    playbookVersions: 'playbook_versions',
    stage: 'stage',
    level: 'level',
    position: 'position',
    share: 'share',
    criteriaFit: 'criteria_fit',
    riskLevel: 'risk_level',
    experienceProfile: 'experience_profile',
    experienceScore: 'experience_score',
    satisfaction: 'satisfaction',
    singleThreaded: 'single_threaded',
    targetLevel: 'target_level',
  },
} as const satisfies Record<string, Readonly<Record<string, string>>>;

type Table = 'accounts' | 'contacts' | 'actions' | 'assessments';

/** Fixed columns' values, then the fields' values: the order insertStatement lists the columns in. */
function args(fixed: Readonly<Record<string, SqlValue>>, values: readonly SqlValue[]): SqlValue[] {
  const all: SqlValue[] = [];
  for (const key in fixed) all.push(fixed[key]!);
  for (let i = 0; i < values.length; i++) all.push(values[i]!);
  return all;
}

/** The transaction and statements of one import run. */
export class BulkWriter {
  private readonly cache = new Map<string, Statement>();
  private readonly inserts = new Map<string, Statement>();
  private readonly batches = new Map<number, { statement: Statement; args: SqlValue[] }>();
  private open = false;
  /** Accounts above this id were inserted by this run and have no history rows yet (migration 9). */
  private historyAfter = 0;

  /** The deferred refreshes, in the backend's dialect (SQLite's is the migration's own text). */
  private readonly rollupFlush: string;

  constructor(private readonly db: Driver) {
    const dialect = dialectOf(db);
    this.rollupFlush = dialect.name === 'sqlite' ? ROLLUP_FLUSH : rollupFlush(dialect);
  }

  private stmt(sql: string): Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }

  /** Takes the write lock now (waits up to the busy timeout for other writers). */
  begin(): void {
    // A larger page cache for the run: index pages of a big import stay in memory (32 MB at most).
    this.db.pragma('cache_size = -32768');
    // Each row's INSERT fires triggers, so SQLite keeps a statement journal (a copy of every page
    // the statement touches, for rolling back that one statement). With temp files it is a file
    // in /var/tmp: ~24 pwrite calls a row, 4 s of kernel time per 100k rows. In memory it costs a
    // memcpy. Must be set before BEGIN (the pager decides at the start of the write transaction);
    // the WAL, the transaction and COMMIT's durability are unchanged.
    this.db.pragma('temp_store = MEMORY');
    this.db.exec('BEGIN IMMEDIATE');
    this.open = true;
    // The report rollup is refreshed once per touched account at commit, not per row (migration 5),
    // and new accounts' history is written set-based (migration 9, flushAccountHistory).
    this.db.exec(ROLLUP_DEFER);
    this.historyAfter = this.maxId('accounts');
  }

  /**
   * Writes the history rows of the accounts inserted since the last call,
   * which history_account_insert skips while the writer defers: before any
   * account is updated (its creation comes first) and before COMMIT.
   */
  private flushAccountHistory(): void {
    const last = this.maxId('accounts');
    if (last <= this.historyAfter) return;
    // exec, not a prepared statement: PostgreSQL's facade would add RETURNING id and send back every new row's id.
    this.db.exec(ACCOUNT_HISTORY_FLUSH.replace('?', String(Math.trunc(this.historyAfter))));
    this.historyAfter = last;
  }

  commit(): void {
    if (!this.open) return;
    this.flushAccountHistory();
    this.db.exec(this.rollupFlush);
    this.db.exec('COMMIT');
    this.open = false;
    this.db.pragma('temp_store = DEFAULT');
  }

  rollback(): void {
    if (!this.open) return;
    this.open = false;
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.pragma('temp_store = DEFAULT');
  }

  /** Highest id in a table (0 when empty): rows above it were created by this run. */
  maxId(table: 'accounts' | 'contacts' | 'activities' | 'actions' | 'assessments'): number {
    return (this.stmt(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number) ?? 0;
  }

  // ---- accounts ----

  accountIdByExternalId(externalId: string): number | undefined {
    return this.stmt('SELECT id FROM accounts WHERE external_id = ?').pluck().get(externalId) as number | undefined;
  }

  accountIdByNameKey(key: string): number | undefined {
    return this.stmt('SELECT id FROM accounts WHERE name_key = ?').pluck().get(key) as number | undefined;
  }

  /** The row's values for the given columns (by field), for change detection. */
  current(table: Table, id: number, fields: readonly string[]): Row | undefined {
    const columns = BULK_COLUMNS[table] as Readonly<Record<string, string>>;
    const list = fields.map((field) => `${columns[field]!} AS "${field}"`).join(', ');
    return this.stmt(`SELECT ${list || 'id'} FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
  }

  /** INSERT with the given fields (same order every call) plus fixed columns. */
  insert(
    table: Table,
    fields: readonly string[],
    values: readonly SqlValue[],
    fixed: Readonly<Record<string, SqlValue>>,
  ): number {
    return Number(this.insertStatement(table, fields, fixed).run(args(fixed, values)).lastInsertRowid);
  }

  /**
   * The one INSERT of a new account, for every row of every file: all
   * account columns in a fixed order, then name_key, created_at,
   * updated_at. It does nothing when the name or external id is taken, so a
   * new account costs one statement and the caller looks the row up only
   * when nothing was inserted.
   */
  prepareAccountInsert(fields: readonly string[]): Statement {
    const columns = BULK_COLUMNS.accounts as Readonly<Record<string, string>>;
    const names = [...fields.map((field) => columns[field]!), 'name_key', 'created_at', 'updated_at'];
    return this.db.prepare(
      `INSERT INTO accounts (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ON CONFLICT DO NOTHING`,
    );
  }

  /**
   * prepareAccountInsert's INSERT for `rows` rows at once, with its reused
   * argument array; built once per row count. Null on PostgreSQL, which
   * inserts one row at a time here.
   */
  accountBatchInsert(fields: readonly string[], rows: number): { statement: Statement; args: SqlValue[] } | null {
    if (dialectOf(this.db).name !== 'sqlite') return null;
    let batch = this.batches.get(rows);
    if (!batch) {
      const columns = BULK_COLUMNS.accounts as Readonly<Record<string, string>>;
      const names = [...fields.map((field) => columns[field]!), 'name_key', 'created_at', 'updated_at'];
      const tuple = `(${names.map(() => '?').join(', ')})`;
      batch = {
        statement: this.db.prepare(
          `INSERT INTO accounts (${names.join(', ')}) VALUES ${new Array<string>(rows).fill(tuple).join(', ')} ON CONFLICT DO NOTHING`,
        ),
        args: new Array<SqlValue>(rows * names.length).fill(null),
      };
      this.batches.set(rows, batch);
    }
    return batch;
  }

  /**
   * Runs a batch INSERT of `rows` rows inside a savepoint: the first new id
   * when every row was inserted (SQLite numbers them consecutively, in
   * order, as we hold the write lock), else undefined with nothing written
   * (a row taken, or a constraint refused).
   */
  insertedAll(batch: { statement: Statement; args: SqlValue[] }, rows: number): number | undefined {
    this.stmt('SAVEPOINT account_batch').run();
    let first: number | undefined;
    try {
      const info = batch.statement.run(batch.args);
      if (info.changes === rows) first = Number(info.lastInsertRowid) - rows + 1;
    } catch (error) {
      if (!((error as { code?: string }).code ?? '').startsWith('SQLITE_CONSTRAINT')) throw error;
    }
    if (first === undefined) this.stmt('ROLLBACK TO account_batch').run();
    this.stmt('RELEASE account_batch').run();
    return first;
  }

  /**
   * The INSERT for one shape of row, built once: called per imported row, so
   * the cache key is one join instead of building the SQL every time.
   */
  private insertStatement(
    table: Table,
    fields: readonly string[],
    fixed: Readonly<Record<string, SqlValue>>,
  ): Statement {
    const fixedColumns = Object.keys(fixed);
    const key = `${table}|${fixedColumns.join(',')}|${fields.join(',')}`;
    let statement = this.inserts.get(key);
    if (!statement) {
      const columns = BULK_COLUMNS[table] as Readonly<Record<string, string>>;
      const names = [...fixedColumns, ...fields.map((field) => columns[field]!)];
      statement = this.stmt(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
      this.inserts.set(key, statement);
    }
    return statement;
  }

  /** UPDATE the given fields (plus fixed columns such as updated_at) of one row. */
  update(
    table: Table,
    id: number,
    fields: readonly string[],
    values: readonly SqlValue[],
    fixed: Readonly<Record<string, SqlValue>>,
  ): void {
    if (table === 'accounts') this.flushAccountHistory();
    const columns = BULK_COLUMNS[table] as Readonly<Record<string, string>>;
    const sets = [...fields.map((field) => `${columns[field]!} = ?`), ...Object.keys(fixed).map((c) => `${c} = ?`)];
    this.stmt(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = ?`).run(...values, ...Object.values(fixed), id);
  }

  // ---- contacts ----

  contactIdByEmail(accountId: number, email: string): { id: number; email: string | null } | undefined {
    return this.stmt('SELECT id, email FROM contacts WHERE account_id = ? AND lower(email) = lower(?) ORDER BY id').get(
      accountId,
      email,
    ) as { id: number; email: string | null } | undefined;
  }

  contactsByNameKey(accountId: number, key: string): { id: number; email: string | null }[] {
    return this.stmt('SELECT id, email FROM contacts WHERE account_id = ? AND name_key = ? ORDER BY id').all(
      accountId,
      key,
    ) as { id: number; email: string | null }[];
  }

  touchContact(id: number, date: string): void {
    this.stmt(
      'UPDATE contacts SET last_contacted = ? WHERE id = ? AND (last_contacted IS NULL OR last_contacted < ?)',
    ).run(date, id, date);
  }

  // ---- activities ----

  /**
   * Activities with this account, date, type and note, oldest first. A log
   * has no key: two identical rows are two occurrences, told apart by order.
   */
  activityIds(accountId: number, date: string, type: string, note: string): number[] {
    return this.stmt(
      'SELECT id FROM activities WHERE account_id = ? AND date = ? AND type = ? AND note = ? ORDER BY id',
    )
      .pluck()
      .all(accountId, date, type, note) as number[];
  }

  activityContactIds(activityId: number): number[] {
    return this.stmt('SELECT contact_id FROM activity_contacts WHERE activity_id = ? ORDER BY contact_id')
      .pluck()
      .all(activityId) as number[];
  }

  insertActivity(
    accountId: number,
    date: string,
    type: string,
    note: string,
    value: OrderValue,
    createdAt: string,
  ): number {
    return Number(
      this.stmt(
        'INSERT INTO activities (account_id, date, type, note, amount, currency, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(accountId, date, type, note, value.amount, value.currency, createdAt).lastInsertRowid,
    );
  }

  activityValue(activityId: number): OrderValue {
    return this.stmt('SELECT amount, currency FROM activities WHERE id = ?').get(activityId) as OrderValue;
  }

  setActivityValue(activityId: number, value: OrderValue): void {
    this.stmt('UPDATE activities SET amount = ?, currency = ? WHERE id = ?').run(
      value.amount,
      value.currency,
      activityId,
    );
  }

  setActivityContacts(activityId: number, contactIds: readonly number[]): void {
    this.stmt('DELETE FROM activity_contacts WHERE activity_id = ?').run(activityId);
    const link = this.stmt('INSERT OR IGNORE INTO activity_contacts (activity_id, contact_id) VALUES (?, ?)');
    for (const contactId of contactIds) link.run(activityId, contactId);
  }

  // ---- actions ----

  /** Actions with this account, text and due date, oldest first (occurrences, as for activities). */
  actionIds(accountId: number, text: string, due: string | null): number[] {
    return this.stmt('SELECT id FROM actions WHERE account_id = ? AND text = ? AND due IS ? ORDER BY id')
      .pluck()
      .all(accountId, text, due) as number[];
  }

  // ---- assessments ----

  assessmentId(accountId: number, assessedAt: string): number | undefined {
    return this.stmt('SELECT id FROM assessments WHERE account_id = ? AND assessed_at = ? ORDER BY id LIMIT 1')
      .pluck()
      .get(accountId, assessedAt) as number | undefined;
  }
}
