/**
 * `acct import` on PostgreSQL (docs/postgres.md, "Bulk writes"): the import
 * repository of src/store/import.ts, with new accounts written in bulk.
 * Through the bridge every statement is a round trip to another thread and
 * the server, so an INSERT a row is most of an import's time. Here a new
 * account costs no round trip: the run reads the stored accounts' keys
 * (name_key, external_id) once, after taking the write lock, and answers
 * "is this name or external id taken?" from memory; ids come from the
 * accounts' sequence in blocks. The rows go to a temporary staging table
 * with `COPY … FROM STDIN`, and one `INSERT … SELECT` moves them into
 * `accounts` in the same transaction, where the triggers (the team
 * database's guard and row-level security included) see each row as an
 * INSERT of its own would. Every other call writes what is staged first,
 * then runs as on SQLite, so the outcomes, messages and history rows are
 * the same on both backends; the domain still validates every row.
 *
 * One difference: a row the database itself refuses (a CHECK the domain's
 * validation did not catch) is found when the staged rows are written, after
 * its outcome was counted, so the import stops with that line's error instead
 * of listing it among the refused rows.
 */
import type { ImportType } from '../../domain/field-specs.js';
import type { ImportStore, OrderValue, RecordValues } from '../../domain/import.js';
import { nameKey } from '../../domain/names.js';
import { UserError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { BULK_COLUMNS } from '../bulk.js';
import { ImportRepository } from '../import.js';
import type { SqlValue } from '../sql.js';
import { copyLine } from './copy-text.js';
import type { PgDriver } from './driver.js';

/** The account fields a new account is written with, in the staging table's column order. */
const FIELDS = Object.keys(BULK_COLUMNS.accounts).filter((field) => field !== 'createdAt');
const COLUMNS = [
  'id',
  ...FIELDS.map((field) => (BULK_COLUMNS.accounts as Readonly<Record<string, string>>)[field]!),
  'name_key',
  'created_at',
  'updated_at',
];
const STAGE = 'acct_import_accounts';
/** Rows sent to the staging table per COPY: bounds the memory a large file holds. */
const COPY_ROWS = 20_000;
/** The largest block of ids taken from the sequence at once (blocks grow from 64). */
const MAX_BLOCK = 16_384;

export class PgImportRepository implements ImportStore {
  private readonly inner: ImportRepository;
  /** name_key and external_id of every stored and staged account -> its id; filled when the run begins. */
  private readonly byNameKey = new Map<string, number>();
  private readonly byExternalId = new Map<string, number>();
  /** Staged rows not yet sent (COPY text), and whether any sent ones await the INSERT … SELECT. */
  private pending: string[] = [];
  private staged = false;
  private stageMade = false;
  /** One row's values, refilled per row. */
  private readonly args: SqlValue[] = new Array<SqlValue>(COLUMNS.length).fill(null);
  /** Ids taken from the sequence and not yet used: next .. last. */
  private nextId = 0;
  private lastId = -1;
  /** The first id of the ids this run took in one contiguous stretch (what a rollback gives back). */
  private runStart = 0;
  private sequenceName: string | undefined;
  private block = 64;

  constructor(
    private readonly db: PgDriver,
    private readonly now: string,
  ) {
    this.inner = new ImportRepository(db, now);
  }

  async transaction(work: () => Promise<boolean>, options: { rerunnable?: boolean } = {}): Promise<boolean> {
    let committed = false;
    try {
      committed = await this.inner.transaction(async () => {
        this.reset(); // a rerun starts from what the database holds
        this.loadKeys();
        if (!(await work())) return false;
        this.flush();
        return true;
      }, options);
      return committed;
    } finally {
      // After COMMIT or ROLLBACK (setval is not transactional): a run that wrote nothing leaves no gap either.
      this.returnUnusedIds(committed ? this.nextId : this.runStart);
    }
  }

  private reset(): void {
    this.byNameKey.clear();
    this.byExternalId.clear();
    this.pending = [];
    this.staged = false;
    this.stageMade = false; // the staging table went with the rolled-back transaction
    if (this.lastId >= this.runStart) this.nextId = this.runStart; // ids the sequence gave us stay ours
  }

  /** The stored accounts' keys, read once under the write lock the transaction took. */
  private loadKeys(): void {
    const rows = this.db.prepare('SELECT id, name_key, external_id FROM accounts').raw().all() as [
      number,
      string,
      string | null,
    ][];
    for (const [id, key, externalId] of rows) {
      this.byNameKey.set(key, id);
      if (externalId !== null) this.byExternalId.set(externalId, id);
    }
  }

  /**
   * Makes sure `count` consecutive ids of the accounts' sequence are at hand (nextId on), taking blocks of
   * them in one round trip each. Another session may take ids meanwhile (not acct: its writers wait for
   * the write lock), so only the last consecutive stretch of a block counts, and what is left of an
   * earlier block only when the new one follows it.
   */
  private reserveIds(count: number): void {
    while (this.lastId - this.nextId + 1 < count) {
      const ids = this.db
        .prepare(
          `SELECT nextval('${this.sequence()}') FROM generate_series(1, ${Math.max(this.block, count)}) ORDER BY 1`,
        )
        .pluck()
        .all() as number[];
      this.block = Math.min(this.block * 2, MAX_BLOCK);
      let run = ids.length - 1;
      while (run > 0 && ids[run - 1] === ids[run]! - 1) run--;
      if (ids[run] !== this.lastId + 1) {
        this.runStart = ids[run]!;
        this.nextId = ids[run]!;
      }
      this.lastId = ids[ids.length - 1]!;
    }
  }

  /** The accounts' id sequence, looked up once (per row in the block query it costs 8 µs a row). */
  private sequence(): string {
    this.sequenceName ??= this.db.prepare("SELECT pg_get_serial_sequence('accounts', 'id')").pluck().get() as string;
    return this.sequenceName;
  }

  private takeId(): number {
    this.reserveIds(1);
    return this.nextId++;
  }

  /**
   * Gives the sequence back the ids from `from` on that this run took and
   * did not keep, unless another session took ids since (then the sequence
   * is past ours and stays): ids stay without gaps, as on SQLite.
   */
  private returnUnusedIds(from: number): void {
    if (from > this.lastId || !this.db.open) return;
    try {
      const sequence = this.sequence();
      this.db
        .prepare(`SELECT setval('${sequence}', ?, false) FROM ${sequence} WHERE last_value = ?`)
        .get(from, this.lastId);
    } catch {
      // The connection is gone: the ids stay taken, which costs a gap, nothing else.
    }
    this.nextId = this.lastId + 1;
  }

  insertAccountIfNew(values: Readonly<RecordValues>, defaults: Readonly<RecordValues>): number | undefined {
    const args = this.args;
    const key = nameKey(String(values.name));
    if (this.byNameKey.has(key)) return undefined;
    const externalId = values.externalId ?? defaults.externalId ?? null;
    if (externalId !== null && this.byExternalId.has(String(externalId))) return undefined;
    const id = this.takeId();
    let i = 0;
    args[i++] = id;
    for (const field of FIELDS) args[i++] = values[field] ?? defaults[field] ?? null;
    args[i++] = key;
    args[i++] = values.createdAt ?? this.now;
    args[i] = this.now;
    this.byNameKey.set(key, id);
    if (externalId !== null) this.byExternalId.set(String(externalId), id);
    this.pending.push(copyLine(args));
    if (this.pending.length >= COPY_ROWS) this.send();
    return id;
  }

  /**
   * The batch form (src/domain/import.ts): all of `rows` when none is taken, by a stored account or an
   * earlier row of the batch, with consecutive ids; else nothing, and the rows come one by one.
   */
  insertAccountsIfNew(rows: readonly Readonly<RecordValues>[], defaults: Readonly<RecordValues>): number | undefined {
    const keys = new Set<string>();
    const externalIds = new Set<string>();
    for (const values of rows) {
      const key = nameKey(String(values.name));
      if (this.byNameKey.has(key) || keys.has(key)) return undefined;
      keys.add(key);
      const externalId = values.externalId ?? defaults.externalId ?? null;
      if (externalId === null) continue;
      if (this.byExternalId.has(String(externalId)) || externalIds.has(String(externalId))) return undefined;
      externalIds.add(String(externalId));
    }
    this.reserveIds(rows.length);
    const first = this.nextId;
    for (const values of rows) this.insertAccountIfNew(values, defaults);
    return first;
  }

  /** Sends the pending rows to the staging table. */
  private send(): void {
    if (this.pending.length === 0) return;
    if (!this.stageMade) {
      // Dropped at COMMIT or ROLLBACK; no constraints, no triggers: the real table checks every row.
      this.db.query(`CREATE TEMP TABLE ${STAGE} (LIKE accounts) ON COMMIT DROP`, []);
      this.stageMade = true;
    }
    const data = this.pending.join('');
    this.pending = [];
    this.db.copyFrom(`COPY ${STAGE} (${COLUMNS.join(', ')}) FROM STDIN`, data);
    this.staged = true;
  }

  /** Writes every staged account into `accounts`, before anything reads or changes the database. */
  private flush(): void {
    this.send();
    if (!this.staged) return;
    const list = COLUMNS.join(', ');
    try {
      this.db.query(`INSERT INTO accounts (${list}) SELECT ${list} FROM ${STAGE} ORDER BY id`, []);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_CONSTRAINT')) throw error;
      throw new UserError(t('store.import.refused', { reason: (error as Error).message }));
    }
    this.db.query(`TRUNCATE ${STAGE}`, []);
    this.staged = false;
  }

  maxId(type: ImportType): number {
    this.flush();
    return this.inner.maxId(type);
  }

  accountIdByExternalId(externalId: string): number | undefined {
    return this.byExternalId.get(externalId);
  }

  accountIdByName(name: string): number | undefined {
    return this.byNameKey.get(nameKey(name));
  }

  current(type: Exclude<ImportType, 'activities'>, id: number, fields: readonly string[]): RecordValues {
    this.flush();
    return this.inner.current(type, id, fields);
  }

  update(type: Exclude<ImportType, 'activities'>, id: number, changed: Readonly<RecordValues>): void {
    this.flush();
    const rekey = type === 'accounts' && ('name' in changed || 'externalId' in changed);
    const before = rekey ? this.inner.current('accounts', id, ['name', 'externalId']) : undefined;
    this.inner.update(type, id, changed);
    if (!before) return;
    // A renamed account or a changed external id: the keys in memory follow.
    if ('name' in changed) {
      this.byNameKey.delete(nameKey(String(before.name)));
      this.byNameKey.set(nameKey(String(changed.name)), id);
    }
    if ('externalId' in changed) {
      if (before.externalId !== null && before.externalId !== undefined) {
        this.byExternalId.delete(String(before.externalId));
      }
      if (changed.externalId !== null) this.byExternalId.set(String(changed.externalId), id);
    }
  }

  contactIdByEmail(accountId: number, email: string): number | undefined {
    this.flush();
    return this.inner.contactIdByEmail(accountId, email);
  }

  contactsByName(accountId: number, name: string): readonly { id: number; email: string | null }[] {
    this.flush();
    return this.inner.contactsByName(accountId, name);
  }

  insertContact(accountId: number, values: Readonly<RecordValues>): number {
    this.flush();
    return this.inner.insertContact(accountId, values);
  }

  touchContact(contactId: number, date: string): void {
    this.flush();
    this.inner.touchContact(contactId, date);
  }

  activityIds(accountId: number, date: string, type: string, note: string): number[] {
    this.flush();
    return this.inner.activityIds(accountId, date, type, note);
  }

  activityContactIds(activityId: number): number[] {
    this.flush();
    return this.inner.activityContactIds(activityId);
  }

  setActivityContacts(activityId: number, contactIds: readonly number[]): void {
    this.flush();
    this.inner.setActivityContacts(activityId, contactIds);
  }

  insertActivity(accountId: number, date: string, type: string, note: string, value: OrderValue): number {
    this.flush();
    return this.inner.insertActivity(accountId, date, type, note, value);
  }

  activityValue(activityId: number): OrderValue {
    this.flush();
    return this.inner.activityValue(activityId);
  }

  setActivityValue(activityId: number, value: OrderValue): void {
    this.flush();
    this.inner.setActivityValue(activityId, value);
  }

  actionIds(accountId: number, text: string, due: string | null): number[] {
    this.flush();
    return this.inner.actionIds(accountId, text, due);
  }

  insertAction(accountId: number, values: Readonly<RecordValues>): number {
    this.flush();
    return this.inner.insertAction(accountId, values);
  }

  assessmentId(accountId: number, assessedAt: string): number | undefined {
    this.flush();
    return this.inner.assessmentId(accountId, assessedAt);
  }

  insertAssessment(accountId: number, values: Readonly<RecordValues>): number {
    this.flush();
    return this.inner.insertAssessment(accountId, values);
  }
}
