/**
 * The import repository: the one place that knows which tables and columns
 * `acct import` writes, fills in `name_key` and the created/updated
 * timestamps, and runs the import's transaction. It implements the
 * domain's ImportStore (src/domain/import.ts) on top of BulkWriter's
 * prepared statements.
 */
import type { ImportType } from '../domain/field-specs.js';
import { RecordRefused, type ImportStore, type OrderValue, type RecordValues } from '../domain/import.js';
import { nameKey } from '../domain/names.js';
import { t } from '../i18n/index.js';
import { BULK_COLUMNS, BulkWriter } from './bulk.js';
import { dialectOf } from './dialect.js';
import { asksForRetry, MAX_ATTEMPTS, retryPause, type Driver, type Statement } from './driver.js';
import type { PgDriver } from './pg/driver.js';
import type { SqlValue } from './sql.js';

const TABLES = {
  accounts: 'accounts',
  contacts: 'contacts',
  activities: 'activities',
  actions: 'actions',
  assessments: 'assessments',
} as const satisfies Record<ImportType, string>;

/** The account columns of the one fixed-shape INSERT, by field; name_key and the timestamps follow. */
const ACCOUNT_INSERT_FIELDS = Object.keys(BULK_COLUMNS.accounts).filter((field) => field !== 'createdAt');

/** A constraint the database enforces (CHECK, UNIQUE, NOT NULL) becomes the row's error. */
function refusing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (((error as { code?: string }).code ?? '').startsWith('SQLITE_CONSTRAINT')) {
      throw new RecordRefused(t('store.import.refused', { reason: (error as Error).message }));
    }
    throw error;
  }
}

export class ImportRepository implements ImportStore {
  private readonly writer: BulkWriter;
  private accountInsert: Statement | null = null;
  /** The INSERT's arguments, refilled per row: no array is allocated for a new account. */
  private readonly accountArgs: SqlValue[] = new Array<SqlValue>(ACCOUNT_INSERT_FIELDS.length + 3).fill(null);

  /** `now`: the run's timestamp, written as created_at/updated_at of every record it touches. */
  constructor(
    db: Driver,
    private readonly now: string,
  ) {
    this.writer = new BulkWriter(db);
  }

  /**
   * The import's transaction: takes the write lock now, runs `work` (which
   * may read files between rows), and commits when it returns true; rolls
   * back when it returns false or throws. Returns whether it committed.
   * When PostgreSQL rolls it back asking for a retry (40001, 40P01), the
   * whole transaction runs again if `rerunnable` (work starts afresh and can
   * read its files again: not stdin), as every other write does
   * (docs/postgres.md, "Writes").
   */
  async transaction(work: () => Promise<boolean>, options: { rerunnable?: boolean } = {}): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      this.writer.begin();
      try {
        if (!(await work())) return false;
        this.writer.commit();
        return true;
      } catch (error) {
        if (!options.rerunnable || attempt >= MAX_ATTEMPTS || !asksForRetry(error)) throw error;
      } finally {
        this.writer.rollback(); // a no-op after commit
      }
      retryPause(attempt);
    }
  }

  maxId(type: ImportType): number {
    return this.writer.maxId(TABLES[type]);
  }

  /** Writes one account's INSERT arguments into `args` from `at` on. */
  private fillAccountArgs(
    args: SqlValue[],
    at: number,
    values: Readonly<RecordValues>,
    defaults: Readonly<RecordValues>,
  ): void {
    let i = at;
    for (let f = 0; f < ACCOUNT_INSERT_FIELDS.length; f++) {
      const field = ACCOUNT_INSERT_FIELDS[f]!;
      args[i++] = values[field] ?? defaults[field] ?? null;
    }
    args[i++] = nameKey(String(values.name));
    args[i++] = values.createdAt ?? this.now;
    args[i] = this.now;
  }

  insertAccountIfNew(values: Readonly<RecordValues>, defaults: Readonly<RecordValues>): number | undefined {
    this.accountInsert ??= this.writer.prepareAccountInsert(ACCOUNT_INSERT_FIELDS);
    this.fillAccountArgs(this.accountArgs, 0, values, defaults);
    const insert = this.accountInsert;
    const info = refusing(() => insert.run(this.accountArgs));
    return info.changes === 1 ? Number(info.lastInsertRowid) : undefined;
  }

  /**
   * SQLite: one INSERT of every row, inside a savepoint that is rolled back
   * unless it inserted them all. SQLite gives each new row the highest id
   * plus one, in the order of the VALUES, and we hold the write lock, so the
   * ids are consecutive. PostgreSQL does not batch here (undefined).
   */
  insertAccountsIfNew(rows: readonly Readonly<RecordValues>[], defaults: Readonly<RecordValues>): number | undefined {
    const batch = this.writer.accountBatchInsert(ACCOUNT_INSERT_FIELDS, rows.length);
    if (batch === null) return undefined;
    const width = ACCOUNT_INSERT_FIELDS.length + 3;
    for (let r = 0; r < rows.length; r++) this.fillAccountArgs(batch.args, r * width, rows[r]!, defaults);
    return this.writer.insertedAll(batch, rows.length);
  }

  accountIdByExternalId(externalId: string): number | undefined {
    return this.writer.accountIdByExternalId(externalId);
  }

  accountIdByName(name: string): number | undefined {
    return this.writer.accountIdByNameKey(nameKey(name));
  }

  current(type: Exclude<ImportType, 'activities'>, id: number, fields: readonly string[]): RecordValues {
    return this.writer.current(type, id, fields) ?? {};
  }

  update(type: Exclude<ImportType, 'activities'>, id: number, changed: Readonly<RecordValues>): void {
    const fields = Object.keys(changed);
    const fixed: Record<string, SqlValue> = {};
    if (type === 'accounts' || type === 'contacts') {
      if ('name' in changed) fixed.name_key = nameKey(String(changed.name));
      fixed.updated_at = this.now;
    }
    refusing(() =>
      this.writer.update(
        type,
        id,
        fields,
        fields.map((field) => changed[field]!),
        fixed,
      ),
    );
  }

  contactIdByEmail(accountId: number, email: string): number | undefined {
    return this.writer.contactIdByEmail(accountId, email)?.id;
  }

  contactsByName(accountId: number, name: string): readonly { id: number; email: string | null }[] {
    return this.writer.contactsByNameKey(accountId, nameKey(name));
  }

  insertContact(accountId: number, values: Readonly<RecordValues>): number {
    const fixed = {
      account_id: accountId,
      name_key: nameKey(String(values.name)),
      created_at: this.now,
      updated_at: this.now,
    };
    return this.insert('contacts', values, fixed);
  }

  touchContact(contactId: number, date: string): void {
    this.writer.touchContact(contactId, date);
  }

  activityIds(accountId: number, date: string, type: string, note: string): number[] {
    return this.writer.activityIds(accountId, date, type, note);
  }

  activityContactIds(activityId: number): number[] {
    return this.writer.activityContactIds(activityId);
  }

  setActivityContacts(activityId: number, contactIds: readonly number[]): void {
    refusing(() => this.writer.setActivityContacts(activityId, contactIds));
  }

  insertActivity(accountId: number, date: string, type: string, note: string, value: OrderValue): number {
    return refusing(() => this.writer.insertActivity(accountId, date, type, note, value, this.now));
  }

  activityValue(activityId: number): OrderValue {
    return this.writer.activityValue(activityId);
  }

  setActivityValue(activityId: number, value: OrderValue): void {
    refusing(() => this.writer.setActivityValue(activityId, value));
  }

  actionIds(accountId: number, text: string, due: string | null): number[] {
    return this.writer.actionIds(accountId, text, due);
  }

  insertAction(accountId: number, values: Readonly<RecordValues>): number {
    return this.insert('actions', values, { account_id: accountId });
  }

  assessmentId(accountId: number, assessedAt: string): number | undefined {
    return this.writer.assessmentId(accountId, assessedAt);
  }

  insertAssessment(accountId: number, values: Readonly<RecordValues>): number {
    return this.insert('assessments', values, { account_id: accountId });
  }

  private insert(
    type: 'contacts' | 'actions' | 'assessments',
    values: Readonly<RecordValues>,
    fixed: Readonly<Record<string, SqlValue>>,
  ): number {
    const fields = Object.keys(values);
    return refusing(() =>
      this.writer.insert(
        type,
        fields,
        fields.map((field) => values[field]!),
        fixed,
      ),
    );
  }
}

/** What `acct import` writes through: the import store and its one transaction. */
export type ImportWriter = ImportStore & Pick<ImportRepository, 'transaction'>;

/**
 * The import repository for the store's backend. PostgreSQL's writes new
 * accounts in bulk (src/store/pg/import.ts, docs/postgres.md "Bulk writes");
 * it loads only for a PostgreSQL store.
 */
export async function importWriter(db: Driver, now: string): Promise<ImportWriter> {
  if (dialectOf(db).name !== 'postgres') return new ImportRepository(db, now);
  const { PgImportRepository } = await import('./pg/import.js');
  return new PgImportRepository(db as PgDriver, now);
}
