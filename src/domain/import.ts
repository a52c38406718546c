/**
 * The rules of `acct import` (docs/domain.md §7 for stages): which columns
 * each record type needs, how a row's text becomes a record (the field specs
 * and validators the commands use too), and how a record matches a stored
 * one. Storage is reached through the ImportStore interface, which
 * src/store/import.ts implements; reading the file is src/io's job.
 *
 * Matching: accounts by external id, else by name; contacts by account and
 * email, else name; assessments by account and time; activities and actions
 * have no key, so identical rows are occurrences told apart by order. The
 * same record twice in one file is an error naming both lines, so importing
 * a file twice changes nothing.
 */
import type { Problem } from './problem.js';
import { settleStage } from './stage.js';
import { orderCurrency } from './assessment/lifetime-value.js';
import type { Level, Stage, SupplierPosition } from './enums.js';
import { IMPORT_FIELDS, type ImportType } from './field-specs.js';
import { fieldsValidator, type FieldValue } from './fields.js';
import { cleanName, nameKey } from './names.js';
import { parseVocabulary } from './vocabulary.js';

export type RecordValues = Record<string, FieldValue>;

export interface RowError {
  line: number;
  /** The field to blame (a field key; the reader maps it to the file's column), or null for the whole row. */
  column: string | null;
  message: string;
}

/** What one row did, or why it was refused. */
export type Outcome = 'created' | 'updated' | 'unchanged' | RowError[];

/** Columns each type cannot do without (any one of a group). */
export const REQUIRED_COLUMNS: Readonly<Record<ImportType, readonly (readonly string[])[]>> = {
  accounts: [['name']],
  contacts: [['account', 'accountExternalId'], ['name']],
  activities: [['account', 'accountExternalId'], ['note']],
  actions: [['account', 'accountExternalId'], ['text']],
  assessments: [['account', 'accountExternalId'], ['assessedAt'], ['answers']],
};

/** The required column groups that a file's mapped fields leave unfilled. */
export function missingColumns(type: ImportType, mapped: readonly (string | null)[]): (readonly string[])[] {
  const present = new Set(mapped.filter((field): field is string => field !== null));
  return REQUIRED_COLUMNS[type].filter((group) => !group.some((field) => present.has(field)));
}

/**
 * Whether a cell's text fits a field of `type` as a value: what tells an
 * ambiguous column (等级: tier or level?) by its values (docs/i18n.md,
 * Input). A vocabulary field fits its own words only (A/B/C are tiers,
 * 交易型 a level); a text field fits anything; other kinds fit nothing, as
 * no ambiguous header names them.
 */
export function valueFits(type: ImportType): (field: string, value: string) => boolean {
  const specs = new Map(IMPORT_FIELDS[type].map((spec) => [spec.key, spec]));
  return (field, value) => {
    const spec = specs.get(field);
    if (spec?.kind === 'text') return true;
    if (spec?.kind !== 'enum' || spec.vocabulary === undefined) return false;
    const id = parseVocabulary(spec.vocabulary, value);
    return id !== null && (spec.values ?? []).includes(id);
  };
}

/** A write the database refused (a constraint): reported as the row's error, not a crash. */
export class RecordRefused extends Error {}

/**
 * What the import needs from storage. Values are keyed by field (the keys of
 * field-specs.ts); the store alone knows tables, columns, `name_key` and the
 * created/updated timestamps.
 */
export interface ImportStore {
  /** Highest id of the type's table (0 when empty): ids above it were created by this run. */
  maxId(type: ImportType): number;
  /**
   * Inserts an account unless its name or external id is taken: the new id,
   * or undefined. `defaults` fill the fields `values` lacks.
   */
  insertAccountIfNew(values: Readonly<RecordValues>, defaults: Readonly<RecordValues>): number | undefined;
  /**
   * Inserts every one of `rows` (at most ACCOUNT_BATCH), in order, if none
   * of them is taken (by a stored account or an earlier row of `rows`):
   * the first new id (the others follow it one by one). Otherwise, or when
   * the store cannot batch, nothing is written and it returns undefined.
   */
  insertAccountsIfNew(rows: readonly Readonly<RecordValues>[], defaults: Readonly<RecordValues>): number | undefined;
  accountIdByExternalId(externalId: string): number | undefined;
  accountIdByName(name: string): number | undefined;
  /** Stored values of `fields` of one record, for change detection. */
  current(type: Exclude<ImportType, 'activities'>, id: number, fields: readonly string[]): RecordValues;
  /** Writes changed fields of one record. */
  update(type: Exclude<ImportType, 'activities'>, id: number, changed: Readonly<RecordValues>): void;
  contactIdByEmail(accountId: number, email: string): number | undefined;
  contactsByName(accountId: number, name: string): readonly { id: number; email: string | null }[];
  insertContact(accountId: number, values: Readonly<RecordValues>): number;
  touchContact(contactId: number, date: string): void;
  activityIds(accountId: number, date: string, type: string, note: string): number[];
  activityContactIds(activityId: number): number[];
  setActivityContacts(activityId: number, contactIds: readonly number[]): void;
  insertActivity(accountId: number, date: string, type: string, note: string, value: OrderValue): number;
  activityValue(activityId: number): OrderValue;
  setActivityValue(activityId: number, value: OrderValue): void;
  actionIds(accountId: number, text: string, due: string | null): number[];
  insertAction(accountId: number, values: Readonly<RecordValues>): number;
  assessmentId(accountId: number, assessedAt: string): number | undefined;
  insertAssessment(accountId: number, values: Readonly<RecordValues>): number;
}

/** What an order was worth; both null for an activity without an amount. */
export interface OrderValue {
  amount: number | null;
  currency: string | null;
}

/** A new account's position, stage and level when the file does not give them (docs/domain.md §1). */
const NEW_ACCOUNT = { position: 'none', stage: 'development', level: 'transactional' } as const;

/** Empty means "leave as is" for these: they always have a value. */
const KEEP_WHEN_EMPTY: Readonly<Partial<Record<ImportType, ReadonlySet<string>>>> = {
  accounts: new Set(['position', 'stage', 'level', 'createdAt']),
  actions: new Set(['status']),
  assessments: new Set(['result', 'playbookVersions']),
};

/**
 * A row that names our position gets the one consistent stage (docs/domain.md
 * §7, settleStage): a stage left empty follows from position, share and
 * level; a stage that does not fit them is refused. Returns the problem, or
 * null with `values` completed.
 */
function settleImportedStage(values: RecordValues): string | null {
  if (typeof values.position !== 'string') return null;
  const settled = settleStage(
    { position: 'none', share: null, level: 'transactional', stage: 'development' },
    {
      position: values.position as SupplierPosition,
      ...(typeof values.share === 'number' ? { share: values.share } : {}),
      ...(typeof values.level === 'string' ? { level: values.level as Level } : {}),
      ...(typeof values.stage === 'string' ? { stage: values.stage as Stage } : {}),
    },
  );
  if (!settled.ok) return `${settled.message} (${settled.fix})`;
  values.stage = settled.fields.stage;
  return null;
}

/**
 * id -> line of the row that matched or created it, for one file. Rows this
 * run creates get consecutive ids above `base`, so their lines live in a
 * typed array (4 bytes a row) rather than a Map entry (~50 bytes): a
 * million-row import stays well under the memory goal.
 */
class TouchedLines {
  private created = new Uint32Array(1024);
  private readonly existing = new Map<number, number>();
  constructor(private readonly base: number) {}
  get(id: number): number | undefined {
    if (id <= this.base) return this.existing.get(id);
    const line = this.created[id - this.base - 1];
    return line ? line : undefined;
  }
  set(id: number, line: number): void {
    if (id <= this.base) {
      this.existing.set(id, line);
      return;
    }
    const index = id - this.base - 1;
    if (index >= this.created.length) {
      const grown = new Uint32Array(Math.max(this.created.length * 2, index + 1));
      grown.set(this.created);
      this.created = grown;
    }
    this.created[index] = line;
  }
}

/** A row of one file: field -> text as read (account references and contact lists included). */
export type RowInput = Readonly<Record<string, string>>;
/** Handles rows in file order; the outcome of each, in the same order. */
export type RowHandler = (inputs: readonly RowInput[], lines: readonly number[]) => Outcome[];
type OneRow = (input: RowInput, line: number) => Outcome;

/**
 * New accounts are inserted this many at a time (one multi-row INSERT):
 * about 0.5 s of CPU less per 100,000 rows than one INSERT each
 * (bench/RESULTS.md).
 */
export const ACCOUNT_BATCH = 64;
/** After a batch that could not be inserted whole (a re-import), this many batches go one row at a time. */
const BATCH_BACKOFF = 16;

/** One import run: validates rows and matches them to stored records, one file at a time. */
export class RecordImporter {
  private readonly validators: Record<ImportType, ReturnType<typeof fieldsValidator>>;
  private readonly accountCache = new Map<string, number | null>();
  private touched = new TouchedLines(0);
  /** Batches of accounts still to insert one row at a time (see BATCH_BACKOFF). */
  private rowByRow = 0;

  /**
   * `now`: the run's time, for actions closed by this import. `word` puts a
   * field's problem into the run's language (the domain speaks none).
   */
  constructor(
    private readonly store: ImportStore,
    private readonly clock: { readonly today: string; readonly now: string },
    private readonly word: (problem: Problem) => string,
  ) {
    const build = (type: ImportType) => fieldsValidator(IMPORT_FIELDS[type], clock.today);
    this.validators = {
      accounts: build('accounts'),
      contacts: build('contacts'),
      activities: build('activities'),
      actions: build('actions'),
      assessments: build('assessments'),
    };
  }

  /** The row handler for a file of `type`; duplicates are looked for within that file. */
  forFile(type: ImportType): RowHandler {
    this.touched = new TouchedLines(this.store.maxId(type));
    this.accountCache.clear();
    this.rowByRow = 0;
    if (type === 'accounts') return (inputs, lines) => this.accounts(inputs, lines);
    const one = this.handler(type);
    return (inputs, lines) => inputs.map((input, i) => this.refusedAsError(() => one(input, lines[i]!), lines[i]!));
  }

  private handler(type: Exclude<ImportType, 'accounts'>): OneRow {
    switch (type) {
      case 'contacts':
        return (input, line) => this.contact(input, line);
      case 'activities':
        return (input, line) => this.activity(input, line);
      case 'actions':
        return (input, line) => this.action(input, line);
      case 'assessments':
        return (input, line) => this.assessment(input, line);
    }
  }

  /**
   * A file's accounts, ACCOUNT_BATCH valid rows at a time: a batch whose
   * rows are all new is one INSERT; any other batch (a name or external id
   * taken, a value the database refuses) is written nothing by that INSERT
   * and goes row by row, so every row's outcome and message are those of
   * handling the rows one after the other.
   */
  private accounts(inputs: readonly RowInput[], lines: readonly number[]): Outcome[] {
    const outcomes = new Array<Outcome>(inputs.length);
    const batch: RecordValues[] = [];
    const at: number[] = [];
    const settle = (): void => {
      const first =
        batch.length > 1 && this.rowByRow === 0 ? this.store.insertAccountsIfNew(batch, NEW_ACCOUNT) : undefined;
      if (first !== undefined) {
        if (this.accountCache.size > 0) this.accountCache.clear();
        for (let k = 0; k < batch.length; k++) outcomes[at[k]!] = this.created(first + k, lines[at[k]!]!);
      } else {
        if (this.rowByRow > 0) this.rowByRow--;
        else if (batch.length > 1) this.rowByRow = BATCH_BACKOFF;
        for (let k = 0; k < batch.length; k++) {
          const line = lines[at[k]!]!;
          const values = batch[k]!;
          outcomes[at[k]!] = this.refusedAsError(() => this.account(values, line), line);
        }
      }
      batch.length = 0;
      at.length = 0;
    };
    for (let i = 0; i < inputs.length; i++) {
      const values = this.accountValues(inputs[i]!, lines[i]!);
      if (Array.isArray(values)) {
        outcomes[i] = values;
        continue;
      }
      batch.push(values);
      at.push(i);
      if (batch.length === ACCOUNT_BATCH) settle();
    }
    if (batch.length > 0) settle();
    return outcomes;
  }

  private refusedAsError<T>(work: () => T, line: number): T | RowError[] {
    try {
      return work();
    } catch (error) {
      if (error instanceof RecordRefused) return [{ line, column: null, message: error.message }];
      throw error;
    }
  }

  /** The row's fields as typed values (keys absent from the file stay absent), or its errors. */
  private validate(type: ImportType, input: RowInput, line: number): RecordValues | RowError[] {
    const result = this.validators[type](input, { requireAll: true });
    if (!result.ok) return result.problems.map((p) => ({ line, column: p.field, message: this.word(p.problem) }));
    const keep = KEEP_WHEN_EMPTY[type];
    if (keep) for (const key of keep) if (result.value[key] === null) delete result.value[key];
    return result.value;
  }

  /**
   * For keyless records (activities, actions): the first of the matching
   * stored records that no earlier row of this file claimed, now claimed by
   * `line`; undefined when every one is taken, so the row is a new
   * occurrence. Importing the same file twice then changes nothing, and a
   * log with two identical entries round-trips as two.
   */
  private nextOccurrence(ids: readonly number[], line: number): number | undefined {
    const id = ids.find((candidate) => this.touched.get(candidate) === undefined);
    if (id !== undefined) this.touched.set(id, line);
    return id;
  }

  private duplicate(id: number, line: number, what: string, column: string): RowError[] | null {
    const first = this.touched.get(id);
    if (first !== undefined) {
      return [
        { line, column, message: `${what} is also on line ${first}: lines ${first} and ${line} are the same record` },
      ];
    }
    this.touched.set(id, line);
    return null;
  }

  /** Writes the fields that differ from the stored record, if any. */
  private change(type: Exclude<ImportType, 'activities'>, id: number, values: RecordValues): Outcome {
    const fields = Object.keys(values);
    const current = this.store.current(type, id, fields);
    let changed: RecordValues | null = null;
    for (const field of fields) if (current[field] !== values[field]) (changed ??= {})[field] = values[field]!;
    if (changed === null) return 'unchanged';
    this.store.update(type, id, changed);
    return 'updated';
  }

  private created(id: number, line: number): 'created' {
    this.touched.set(id, line);
    return 'created';
  }

  /** An account row's values, validated, with its stage settled and its name cleaned; or its errors. */
  private accountValues(input: RowInput, line: number): RecordValues | RowError[] {
    const values = this.validate('accounts', input, line);
    if (Array.isArray(values)) return values;
    const stageProblem = settleImportedStage(values);
    if (stageProblem !== null) return [{ line, column: 'stage', message: stageProblem }];
    values.name = cleanName(String(values.name));
    return values;
  }

  private account(values: RecordValues, line: number): Outcome {
    const name = values.name as string;
    const externalId = typeof values.externalId === 'string' ? values.externalId : null;
    // The common case, a new account: one INSERT; the lookups below run only when it was taken.
    const newId = this.store.insertAccountIfNew(values, NEW_ACCOUNT);
    if (newId !== undefined) {
      if (this.accountCache.size > 0) this.accountCache.clear();
      return this.created(newId, line);
    }
    let id: number | undefined;
    if (externalId !== null) {
      id = this.store.accountIdByExternalId(externalId);
      if (id === undefined) {
        const byName = this.store.accountIdByName(name);
        if (byName !== undefined) {
          const other = this.store.current('accounts', byName, ['externalId']).externalId;
          if (other !== null && other !== undefined) {
            return [
              {
                line,
                column: 'name',
                message: `an account named "${name}" already exists with external id "${String(other)}"`,
              },
            ];
          }
          id = byName;
        }
      }
    } else {
      id = this.store.accountIdByName(name);
    }
    if (id === undefined) {
      // Taken, yet found by neither key: only a concurrent writer could do that, and we hold the write lock.
      return [{ line, column: 'name', message: `account "${name}" clashes with a stored account` }];
    }
    const dup = this.duplicate(id, line, `account "${name}"`, externalId !== null ? 'externalId' : 'name');
    if (dup) return dup;
    const clash = this.store.accountIdByName(name);
    if (clash !== undefined && clash !== id) {
      return [{ line, column: 'name', message: `another account is already named "${name}"` }];
    }
    return this.change('accounts', id, values);
  }

  /** The account a row refers to, by external id when given, else by exact (normalised) name. */
  private accountFor(input: RowInput, line: number): number | RowError[] {
    const externalId = input.accountExternalId?.normalize('NFC').trim() ?? '';
    const name = input.account?.trim() ?? '';
    if (externalId === '' && name === '') {
      return [
        { line, column: input.account !== undefined ? 'account' : 'accountExternalId', message: 'account is required' },
      ];
    }
    const cacheKey = externalId !== '' ? `#${externalId}` : nameKey(name);
    let id = this.accountCache.get(cacheKey);
    if (id === undefined) {
      id =
        (externalId !== '' ? this.store.accountIdByExternalId(externalId) : this.store.accountIdByName(name)) ?? null;
      if (this.accountCache.size > 50_000) this.accountCache.clear();
      this.accountCache.set(cacheKey, id);
    }
    if (id === null) {
      return [
        {
          line,
          column: externalId !== '' ? 'accountExternalId' : 'account',
          message: `no account ${externalId !== '' ? `with external id "${externalId}"` : `named "${name}"`} (import or add the account first)`,
        },
      ];
    }
    return id;
  }

  /** The account and the validated fields, or every error of the row. */
  private accountAndValues(
    type: ImportType,
    input: RowInput,
    line: number,
  ): { accountId: number; values: RecordValues } | RowError[] {
    const accountId = this.accountFor(input, line);
    const values = this.validate(type, input, line);
    if (typeof accountId === 'number' && !Array.isArray(values)) return { accountId, values };
    return [...(typeof accountId === 'number' ? [] : accountId), ...(Array.isArray(values) ? values : [])];
  }

  private contact(input: RowInput, line: number): Outcome {
    const row = this.accountAndValues('contacts', input, line);
    if (Array.isArray(row)) return row;
    const { accountId, values } = row;
    const name = cleanName(String(values.name));
    values.name = name;
    const email = typeof values.email === 'string' ? values.email : null;
    let id: number | undefined;
    if (email !== null) {
      id = this.store.contactIdByEmail(accountId, email);
      id ??= this.store.contactsByName(accountId, name).find((c) => c.email === null)?.id;
    } else {
      id = this.store.contactsByName(accountId, name)[0]?.id;
    }
    if (id === undefined) return this.created(this.store.insertContact(accountId, values), line);
    const dup = this.duplicate(id, line, `contact "${name}"`, email !== null ? 'email' : 'name');
    if (dup) return dup;
    return this.change('contacts', id, values);
  }

  private activity(input: RowInput, line: number): Outcome {
    const row = this.accountAndValues('activities', input, line);
    if (Array.isArray(row)) return row;
    const { accountId, values } = row;
    const date = (values.date as string | null | undefined) ?? this.clock.today;
    const type = (values.type as string | null | undefined) ?? 'other';
    const note = String(values.note);
    const amount = typeof values.amount === 'number' ? values.amount : null;
    const value: OrderValue = {
      amount,
      currency: orderCurrency(
        amount,
        values.currency as string | null | undefined,
        amount === null
          ? null
          : ((this.store.current('accounts', accountId, ['currency']).currency as string | null) ?? null),
      ),
    };
    const errors: RowError[] = [];
    const contactIds: number[] = [];
    for (const raw of (input.contacts ?? '').split(';')) {
      const who = raw.trim();
      if (who === '') continue;
      const found = who.includes('@')
        ? this.store.contactIdByEmail(accountId, who)
        : this.store.contactsByName(accountId, who)[0]?.id;
      if (found === undefined) {
        errors.push({
          line,
          column: 'contacts',
          message: `no contact "${who}" at this account (import contacts first)`,
        });
      } else if (!contactIds.includes(found)) contactIds.push(found);
    }
    if (errors.length > 0) return errors;
    contactIds.sort((a, b) => a - b);
    const id = this.nextOccurrence(this.store.activityIds(accountId, date, type, note), line);
    if (id !== undefined) {
      const current = this.store.activityContactIds(id);
      const sameContacts = current.length === contactIds.length && current.every((c, i) => c === contactIds[i]);
      const stored = this.store.activityValue(id);
      // A file without amount/currency columns leaves the stored value alone.
      const valueGiven = values.amount !== undefined || values.currency !== undefined;
      const sameValue = !valueGiven || (stored.amount === value.amount && stored.currency === value.currency);
      if (sameContacts && sameValue) return 'unchanged';
      if (!sameValue) this.store.setActivityValue(id, value);
      if (!sameContacts) {
        this.store.setActivityContacts(id, contactIds);
        for (const c of contactIds) this.store.touchContact(c, date);
      }
      return 'updated';
    }
    const newId = this.store.insertActivity(accountId, date, type, note, value);
    this.touched.set(newId, line);
    this.store.setActivityContacts(newId, contactIds);
    for (const c of contactIds) this.store.touchContact(c, date);
    return 'created';
  }

  private action(input: RowInput, line: number): Outcome {
    const row = this.accountAndValues('actions', input, line);
    if (Array.isArray(row)) return row;
    const { accountId, values } = row;
    const { now } = this.clock;
    const due = (values.due as string | null | undefined) ?? null;
    const id = this.nextOccurrence(this.store.actionIds(accountId, String(values.text), due), line);
    if (id !== undefined) {
      // A status change closes (or reopens) the action now, unless the file says when.
      if (values.closedAt === undefined && values.status !== undefined) {
        const current = this.store.current('actions', id, ['status']);
        if (current.status !== values.status) values.closedAt = values.status === 'open' ? null : now;
      }
      // An empty createdAt keeps the stored one.
      if (values.createdAt === null) delete values.createdAt;
      return this.change('actions', id, values);
    }
    const status = (values.status as string | undefined) ?? 'open';
    values.status = status;
    values.createdAt ??= now;
    if (values.closedAt === undefined) values.closedAt = status === 'open' ? null : now;
    return this.created(this.store.insertAction(accountId, values), line);
  }

  private assessment(input: RowInput, line: number): Outcome {
    const row = this.accountAndValues('assessments', input, line);
    if (Array.isArray(row)) return row;
    const { accountId, values } = row;
    const assessedAt = String(values.assessedAt);
    const id = this.store.assessmentId(accountId, assessedAt);
    if (id !== undefined) {
      const dup = this.duplicate(id, line, 'an assessment of this account at this time', 'assessedAt');
      if (dup) return dup;
      return this.change('assessments', id, values);
    }
    values.result ??= '{}';
    return this.created(this.store.insertAssessment(accountId, values), line);
  }
}
