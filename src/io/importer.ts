/**
 * The import engine: CSV rows -> validated records -> upserts, written as
 * they stream inside the caller's transaction. The `acct import` command
 * decides what to read and whether to commit; this module does the rows.
 *
 * Rows are written as they are read (memory stays flat on any file size)
 * inside BEGIN IMMEDIATE; any invalid row means ROLLBACK at the end unless
 * --skip-invalid, and --dry-run always rolls back, so a dry run counts
 * exactly what a real run would do. A killed process leaves only an
 * uncommitted WAL tail, which SQLite discards: the database is as before.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { ACTION_FIELDS, ACTIVITY_FIELDS, ACCOUNT_FIELDS, CONTACT_FIELDS, type FieldSpec } from '../domain/fields.js';
import {
  CRITERIA_FITS,
  EXPERIENCE_PROFILES,
  LEVELS,
  RISK_LEVELS,
  STAGES,
  SUPPLIER_POSITIONS,
  type Level,
  type Stage,
  type SupplierPosition,
} from '../domain/enums.js';
import { settleStage } from '../domain/assessment/derive.js';
import { parseDate } from '../domain/dates.js';
import { cleanName } from '../domain/names.js';
import { nameKey } from '../domain/names.js';
import { fsReason, UsageError, UserError } from '../errors.js';
import { ALIASES_BY_TYPE, IMPORT_TYPES, type ImportType } from './aliases.js';
import { openCsv, type CsvProblem, type CsvReader } from './csv-read.js';
import type { ByteSource } from './decode.js';
import { unneutralise } from './formula.js';
import { AtomicFile } from './safe-file.js';
import {
  guessType,
  matchHeaders,
  parseMapOptions,
  parseMappingText,
  unknownColumnWarnings,
  type MappingOverrides,
} from './headers.js';
import { fieldsValidator as rowValidator, type FieldsValidator as RowValidator } from '../domain/fields.js';
import { parseDecimal } from '../domain/numbers.js';
import { BulkWriter, type SqlValue } from '../store/bulk.js';

import { stringify } from 'csv-stringify/sync';

export interface ImportOptions {
  type?: string;
  map?: string[];
  mapping?: string;
  encoding?: string;
  delimiter?: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
  /** Longest field and row read, in characters (defaults: csv-read.ts). */
  maxField?: number;
  maxRow?: number;
}

/** How many row errors are printed in full; the rest are counted. */
export const SHOWN_ERRORS = 20;
const PROGRESS_EVERY = 10_000;
const LARGE_FILE_BYTES = 2 * 1024 * 1024;

export interface RowError {
  line: number;
  column: string | null;
  message: string;
}

export interface FileSummary {
  file: string;
  type: ImportType;
  encoding: string;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  unknownColumns: string[];
  rejectsFile: string | null;
  errors: RowError[];
  /** Reading stopped early (unclosed quote, undecodable bytes): nothing can be imported. */
  fatal: boolean;
}

export interface Source {
  label: string;
  open: () => ByteSource;
  rejectsPath: string;
  large: boolean;
}

/** What a row handler returns: the outcome, or errors (field -> message). */
type Outcome = 'created' | 'updated' | 'unchanged' | RowError[];

/** The rejects file: written through io/safe-file.ts (0600, temp + rename at close), so a previous one stays whole until then. */
class Rejects {
  private file: AtomicFile | null = null;
  constructor(
    private readonly path: string,
    private readonly header: readonly string[],
    private readonly database?: string,
  ) {}
  write(values: readonly string[], reason: string): void {
    if (this.file === null) {
      this.file = AtomicFile.open(this.path, { database: this.database });
      this.file.write(`${csvLine(['reason', ...this.header])}\r\n`);
    }
    this.file.write(`${csvLine([reason, ...values])}\r\n`);
  }
  get written(): string | null {
    return this.file === null ? null : this.path;
  }
  close(): void {
    this.file?.commit();
  }
}

function csvLine(cells: readonly string[]): string {
  return stringify([cells as string[]], { quoted_match: /^\s|\s$/, record_delimiter: '' });
}

const ENUM_KEYS = new Set(['position', 'stage', 'level']);

/** Columns each type cannot do without (any one of a group). */
const REQUIRED_COLUMNS: Record<ImportType, string[][]> = {
  accounts: [['name']],
  contacts: [['account', 'accountExternalId'], ['name']],
  activities: [['account', 'accountExternalId'], ['note']],
  actions: [['account', 'accountExternalId'], ['text']],
  assessments: [['account', 'accountExternalId'], ['assessedAt'], ['answers']],
};

/** The required column groups a header mapping leaves unfilled. */
function missingColumns(type: ImportType, match: { mapping: readonly (string | null)[] }): string[][] {
  const present = new Set(match.mapping.filter((f): f is string => f !== null));
  return REQUIRED_COLUMNS[type].filter((group) => !group.some((field) => present.has(field)));
}

/**
 * A row that names our position gets the one consistent stage (docs/domain.md
 * §7, settleStage): a stage left empty follows from position, share and
 * level; a stage that does not fit them is refused. Returns the problem, or
 * null with `values` completed.
 */
function settleImportedStage(values: Record<string, SqlValue>): string | null {
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

/** Normalises a timestamp column (createdAt, closedAt, assessedAt) or returns null. */
function parseInstant(raw: string, today: string): string | null {
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  return parseDate(text, today);
}

function parseJsonObject(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
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

const TABLE_OF: Record<ImportType, 'accounts' | 'contacts' | 'activities' | 'actions' | 'assessments'> = {
  accounts: 'accounts',
  contacts: 'contacts',
  activities: 'activities',
  actions: 'actions',
  assessments: 'assessments',
};

/** One import run over one or more files, sharing a transaction. */
export class Importer {
  private readonly validators = new Map<readonly FieldSpec[], RowValidator>();
  private readonly accountCache = new Map<string, number | null>();
  /** id -> line of the row that matched it, per table: the same record twice in one file is an error. */
  private touched = new TouchedLines(0);

  /** The run's timestamp, once (Context computes it on every access). */
  private readonly now: string;

  constructor(
    private readonly ctx: Context,
    private readonly writer: BulkWriter,
    private readonly options: ImportOptions,
  ) {
    this.now = ctx.nowIso;
  }

  private validator(fields: readonly FieldSpec[]): RowValidator {
    let v = this.validators.get(fields);
    if (!v) {
      v = rowValidator(fields, this.ctx.today);
      this.validators.set(fields, v);
    }
    return v;
  }

  async importFile(source: Source, forcedType: ImportType | undefined): Promise<FileSummary> {
    const { ctx, options } = this;
    const overrides = this.overrides();
    const reader: CsvReader = await openCsv(source.open(), {
      encoding: options.encoding,
      delimiter: options.delimiter,
      maxField: options.maxField,
      maxRow: options.maxRow,
      // A header is a row naming every required column of its type: rows above it are a title.
      isHeader: (names) => {
        const type = forcedType ?? guessType(names, ALIASES_BY_TYPE, REQUIRED_COLUMNS);
        return (
          type !== null && missingColumns(type, matchHeaders(names, ALIASES_BY_TYPE[type], overrides)).length === 0
        );
      },
    });
    if (!reader.header) {
      const fatal = reader.fatal!;
      if (fatal.code === 'encoding' || fatal.code === 'delimiter') throw new UsageError(fatal.message);
      throw new UserError(`${source.label}:${fatal.line}: ${fatal.message}`);
    }
    const header = reader.header;
    const type = forcedType ?? guessType(header.names, ALIASES_BY_TYPE, REQUIRED_COLUMNS);
    if (!type) {
      throw new UsageError(
        `${source.label}: cannot tell what the file holds from its headers (${header.names.join(', ')})`,
        `pass --type ${IMPORT_TYPES.join('|')}`,
      );
    }
    if (header.skipped > 0) {
      ctx.out.info(
        `${source.label}: the header is on line ${header.line}; skipped ${header.skipped} row${header.skipped === 1 ? '' : 's'} above it`,
      );
    }
    const match = matchHeaders(header.names, ALIASES_BY_TYPE[type], overrides);
    if (match.badOverrides.length > 0) {
      throw new UsageError(
        `--map/--mapping: ${match.badOverrides.map((c) => `"${c}"`).join(', ')} match no column of ${source.label} or name no ${type} field`,
        `fields of ${type}: ${Object.keys(ALIASES_BY_TYPE[type]).join(', ')}`,
      );
    }
    if (match.duplicates.length > 0) {
      const d = match.duplicates[0]!;
      throw new UserError(
        `${source.label}: columns ${d.columns.map((c) => `"${c}"`).join(' and ')} all mean ${d.field}`,
        `ignore one with --map "${d.columns[1]}=-"`,
      );
    }
    const [missing] = missingColumns(type, match);
    if (missing) {
      throw new UserError(
        `${source.label}: no ${missing.join(' or ')} column for ${type} (columns: ${header.names.join(', ') || 'none'})`,
        `rename the column or pass --map "COLUMN=${missing[0]}"`,
      );
    }
    for (const line of unknownColumnWarnings(source.label, match.unknown, ALIASES_BY_TYPE[type])) ctx.out.warn(line);

    const columnOf = new Map<string, string>();
    match.mapping.forEach((field, i) => {
      if (field !== null) columnOf.set(field, header.names[i]!);
    });
    const slots: [number, string][] = [];
    match.mapping.forEach((field, i) => {
      if (field !== null) slots.push([i, field]);
    });

    const summary: FileSummary = {
      file: source.label,
      type,
      encoding: header.encoding,
      created: 0,
      updated: 0,
      unchanged: 0,
      invalid: 0,
      unknownColumns: match.unknown,
      rejectsFile: null,
      errors: [],
      fatal: false,
    };
    const rejects =
      options.skipInvalid && !options.dryRun ? new Rejects(source.rejectsPath, header.names, await ctx.dbPath()) : null;
    const handle = this.handler(type);
    this.touched = new TouchedLines(this.writer.maxId(TABLE_OF[type]));
    this.accountCache.clear();
    let rows = 0;
    const fail = (line: number, errors: RowError[], values: readonly string[] | undefined) => {
      summary.invalid++;
      for (const e of errors) if (summary.errors.length < 10_000) summary.errors.push({ ...e, line });
      rejects?.write(values ?? [], errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join('; '));
    };
    const problemError = (p: CsvProblem): RowError => ({ line: p.line, column: p.column ?? null, message: p.message });

    try {
      for await (const batch of reader.batches()) {
        for (const item of batch) {
          if (item.kind === 'problem') {
            if (item.fatal) {
              summary.fatal = true;
              summary.invalid++;
              summary.errors.push(problemError(item));
            } else fail(item.line, [problemError(item)], item.values);
            continue;
          }
          const input: Record<string, string> = {};
          for (const [i, field] of slots) input[field] = unneutralise(item.values[i]!);
          let outcome: Outcome;
          try {
            outcome = handle(input, item.line);
          } catch (error) {
            const code = (error as { code?: string }).code ?? '';
            if (!code.startsWith('SQLITE_CONSTRAINT')) throw error;
            outcome = [{ line: item.line, column: null, message: (error as Error).message }];
          }
          if (typeof outcome === 'string') summary[outcome]++;
          else
            fail(
              item.line,
              outcome.map((e) => ({ ...e, column: e.column === null ? null : (columnOf.get(e.column) ?? e.column) })),
              item.values,
            );
        }
        rows += batch.length;
        if (source.large && rows % PROGRESS_EVERY < batch.length) {
          ctx.out.progress(`${source.label}: ${rows.toLocaleString('en-US')} rows…`);
        }
      }
    } finally {
      rejects?.close();
      if (source.large) ctx.out.progressDone();
    }
    summary.rejectsFile = rejects?.written ?? null;
    return summary;
  }

  private overrides(): MappingOverrides {
    const { options } = this;
    let fromFile: Record<string, string | null> = {};
    if (options.mapping) {
      let text: string;
      try {
        text = readFileSync(options.mapping, 'utf8');
      } catch (error) {
        throw new UserError(`cannot read mapping file ${options.mapping}: ${fsReason(error)}`);
      }
      try {
        fromFile = parseMappingText(text);
      } catch (error) {
        throw new UsageError(`${options.mapping}: ${(error as Error).message}`, 'write one "column: field" per line');
      }
    }
    try {
      return { ...fromFile, ...parseMapOptions(options.map ?? []) };
    } catch (error) {
      throw new UsageError((error as Error).message, 'e.g. --map "客户名称=name"');
    }
  }

  private handler(type: ImportType): (input: Record<string, string>, line: number) => Outcome {
    switch (type) {
      case 'accounts':
        return (input, line) => this.account(input, line);
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

  private validate(fields: readonly FieldSpec[], input: Record<string, string>): RowError[] | Record<string, SqlValue> {
    const result = this.validator(fields)(input, { requireAll: true });
    if (!result.ok) return result.problems.map((p) => ({ line: 0, column: p.field, message: p.message }));
    return result.value;
  }

  /** Writes an upsert: insert, or update of the changed fields, or nothing. */
  private upsert(
    table: 'accounts' | 'contacts' | 'actions' | 'assessments',
    id: number | undefined,
    values: Record<string, SqlValue>,
    insertFixed: Record<string, SqlValue>,
    updateFixed: (changed: string[]) => Record<string, SqlValue>,
  ): 'created' | 'updated' | 'unchanged' {
    const fields = Object.keys(values);
    if (id === undefined) {
      this.writer.insert(
        table,
        fields,
        fields.map((f) => values[f]!),
        insertFixed,
      );
      return 'created';
    }
    const current = this.writer.current(table, id, fields)!;
    const changed = fields.filter((f) => current[f] !== values[f]);
    if (changed.length === 0) return 'unchanged';
    this.writer.update(
      table,
      id,
      changed,
      changed.map((f) => values[f]!),
      updateFixed(changed),
    );
    return 'updated';
  }

  private account(input: Record<string, string>, line: number): Outcome {
    const { createdAt: createdRaw, ...accountInput } = input;
    const parsed = this.validate(ACCOUNT_FIELDS, accountInput);
    const createdAt =
      createdRaw === undefined || createdRaw.trim() === '' ? null : parseInstant(createdRaw, this.ctx.today);
    if (createdRaw !== undefined && createdRaw.trim() !== '' && createdAt === null) {
      const error = { line, column: 'createdAt', message: `createdAt "${createdRaw}" is not a date or timestamp` };
      return Array.isArray(parsed) ? [...parsed, error] : [error];
    }
    if (Array.isArray(parsed)) return parsed;
    const values: Record<string, SqlValue> = {};
    for (const key in parsed) {
      const v = parsed[key]!;
      if (v === null && ENUM_KEYS.has(key)) continue; // NOT NULL with a default: empty means "leave as is"
      values[key] = v;
    }
    // A created time from the source system replaces "now" (and corrects an earlier import).
    if (createdAt !== null) values.createdAt = createdAt;
    const stageProblem = settleImportedStage(values);
    if (stageProblem !== null) return [{ line, column: 'stage', message: stageProblem }];
    const name = cleanName(String(parsed.name));
    values.name = name;
    const key = nameKey(name);
    const externalId = typeof parsed.externalId === 'string' ? parsed.externalId : null;
    const now = this.now;
    const fields = Object.keys(values);
    const insertFixed: Record<string, SqlValue> =
      createdAt === null ? { name_key: key, created_at: now, updated_at: now } : { name_key: key, updated_at: now };
    const newId = this.writer.insertIfNew(
      'accounts',
      fields,
      fields.map((f) => values[f]!),
      insertFixed,
    );
    if (newId !== undefined) {
      this.touched.set(newId, line);
      if (this.accountCache.size > 0) this.accountCache.clear();
      return 'created';
    }
    let id: number | undefined;
    if (externalId !== null) {
      id = this.writer.accountIdByExternalId(externalId);
      if (id === undefined) {
        const byName = this.writer.accountIdByNameKey(key);
        if (byName !== undefined) {
          const other = this.writer.current('accounts', byName, ['externalId'])!.externalId;
          if (other !== null) {
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
      id = this.writer.accountIdByNameKey(key);
    }
    if (id !== undefined) {
      const dup = this.duplicate(id, line, `account "${name}"`, externalId !== null ? 'externalId' : 'name');
      if (dup) return dup;
    }
    if (id === undefined) {
      const newId = this.writer.insert(
        'accounts',
        fields,
        fields.map((f) => values[f]!),
        insertFixed,
      );
      this.touched.set(newId, line);
      if (this.accountCache.size > 0) this.accountCache.clear();
      return 'created';
    }
    const clash = this.writer.accountIdByNameKey(key);
    if (clash !== undefined && clash !== id) {
      return [{ line, column: 'name', message: `another account is already named "${name}"` }];
    }
    return this.upsert(
      'accounts',
      id,
      values,
      {},
      (c) =>
        (c.includes('name') ? { name_key: key, updated_at: now } : { updated_at: now }) as Record<string, SqlValue>,
    );
  }

  /** The account a row refers to, by external id when given, else by exact (normalised) name. */
  private accountFor(input: Record<string, string>, line: number): number | RowError[] {
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
        (externalId !== ''
          ? this.writer.accountIdByExternalId(externalId)
          : this.writer.accountIdByNameKey(cacheKey)) ?? null;
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

  private contact(input: Record<string, string>, line: number): Outcome {
    const accountId = this.accountFor(input, line);
    const { account: _a, accountExternalId: _e, ...fields } = input;
    const parsed = this.validate(CONTACT_FIELDS, fields);
    const errors = [...(typeof accountId === 'number' ? [] : accountId), ...(Array.isArray(parsed) ? parsed : [])];
    if (errors.length > 0 || typeof accountId !== 'number' || Array.isArray(parsed)) return errors;
    const name = cleanName(String(parsed.name));
    parsed.name = name;
    const key = nameKey(name);
    const email = typeof parsed.email === 'string' ? parsed.email : null;
    let id: number | undefined;
    if (email !== null) {
      id = this.writer.contactIdByEmail(accountId, email)?.id;
      id ??= this.writer.contactsByNameKey(accountId, key).find((c) => c.email === null)?.id;
    } else {
      id = this.writer.contactsByNameKey(accountId, key)[0]?.id;
    }
    if (id !== undefined) {
      const dup = this.duplicate(id, line, `contact "${name}"`, email !== null ? 'email' : 'name');
      if (dup) return dup;
    }
    const now = this.now;
    const fixed = { account_id: accountId, name_key: key, created_at: now, updated_at: now };
    if (id === undefined) {
      const newId = this.writer.insert('contacts', Object.keys(parsed), Object.values(parsed), fixed);
      this.touched.set(newId, line);
      return 'created';
    }
    return this.upsert(
      'contacts',
      id,
      parsed,
      fixed,
      (c) =>
        (c.includes('name') ? { name_key: key, updated_at: now } : { updated_at: now }) as Record<string, SqlValue>,
    );
  }

  private activity(input: Record<string, string>, line: number): Outcome {
    const accountId = this.accountFor(input, line);
    const { account: _a, accountExternalId: _e, contacts: contactsText, ...fields } = input;
    const parsed = this.validate(ACTIVITY_FIELDS, fields);
    const errors = [...(typeof accountId === 'number' ? [] : accountId), ...(Array.isArray(parsed) ? parsed : [])];
    if (errors.length > 0 || typeof accountId !== 'number' || Array.isArray(parsed)) return errors;
    const date = (parsed.date as string | null | undefined) ?? this.ctx.today;
    const type = (parsed.type as string | null | undefined) ?? 'other';
    const note = String(parsed.note);
    const contactIds: number[] = [];
    for (const raw of (contactsText ?? '').split(';')) {
      const who = raw.trim();
      if (who === '') continue;
      const found = who.includes('@')
        ? this.writer.contactIdByEmail(accountId, who)?.id
        : this.writer.contactsByNameKey(accountId, nameKey(who))[0]?.id;
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
    const id = this.nextOccurrence(this.writer.activityIds(accountId, date, type, note), line);
    if (id !== undefined) {
      const current = this.writer.activityContactIds(id);
      if (current.length === contactIds.length && current.every((c, i) => c === contactIds[i])) return 'unchanged';
      this.writer.setActivityContacts(id, contactIds);
      for (const c of contactIds) this.writer.touchContact(c, date);
      return 'updated';
    }
    const newId = this.writer.insertActivity(accountId, date, type, note, this.now);
    this.touched.set(newId, line);
    this.writer.setActivityContacts(newId, contactIds);
    for (const c of contactIds) this.writer.touchContact(c, date);
    return 'created';
  }

  private action(input: Record<string, string>, line: number): Outcome {
    const accountId = this.accountFor(input, line);
    const { account: _a, accountExternalId: _e, createdAt, closedAt, ...fields } = input;
    const parsed = this.validate(ACTION_FIELDS, fields);
    const errors = [...(typeof accountId === 'number' ? [] : accountId), ...(Array.isArray(parsed) ? parsed : [])];
    const instants: Record<string, string | null> = {};
    for (const [field, raw] of [
      ['createdAt', createdAt],
      ['closedAt', closedAt],
    ] as const) {
      if (raw === undefined) continue;
      if (raw.trim() === '') {
        instants[field] = null;
        continue;
      }
      const value = parseInstant(raw, this.ctx.today);
      if (value === null) errors.push({ line, column: field, message: `${field} "${raw}" is not a date or timestamp` });
      else instants[field] = value;
    }
    if (errors.length > 0 || typeof accountId !== 'number' || Array.isArray(parsed)) return errors;
    const now = this.now;
    const values: Record<string, SqlValue> = { ...parsed };
    if (values.status === null) delete values.status;
    const due = (parsed.due as string | null | undefined) ?? null;
    const id = this.nextOccurrence(this.writer.actionIds(accountId, String(parsed.text), due), line);
    if (id !== undefined) {
      if (instants.closedAt !== undefined) values.closedAt = instants.closedAt;
      else if (values.status !== undefined) {
        const current = this.writer.current('actions', id, ['status', 'closedAt'])!;
        if (current.status !== values.status) values.closedAt = values.status === 'open' ? null : now;
      }
      if (instants.createdAt) values.createdAt = instants.createdAt;
      return this.upsert('actions', id, values, {}, () => ({}));
    }
    const status = (values.status as string | undefined) ?? 'open';
    values.status = status;
    values.createdAt = instants.createdAt ?? now;
    values.closedAt = instants.closedAt !== undefined ? instants.closedAt : status === 'open' ? null : now;
    const fieldsList = Object.keys(values);
    const newId = this.writer.insert(
      'actions',
      fieldsList,
      fieldsList.map((f) => values[f]!),
      { account_id: accountId },
    );
    this.touched.set(newId, line);
    return 'created';
  }

  private assessment(input: Record<string, string>, line: number): Outcome {
    const accountId = this.accountFor(input, line);
    const errors: RowError[] = typeof accountId === 'number' ? [] : accountId;
    const values: Record<string, SqlValue> = {};
    const assessedAt = parseInstant(input.assessedAt ?? '', this.ctx.today);
    if (assessedAt === null) {
      errors.push({
        line,
        column: 'assessedAt',
        message: `assessedAt "${input.assessedAt ?? ''}" is not a date or timestamp`,
      });
    }
    for (const field of ['answers', 'result', 'playbookVersions'] as const) {
      const raw = input[field]?.trim();
      if (raw === undefined || (raw === '' && field !== 'answers')) continue;
      const object = parseJsonObject(raw);
      if (object === null)
        errors.push({ line, column: field, message: `${field} must be a JSON object like {"q1": "yes"}` });
      else values[field] = JSON.stringify(object);
    }
    const enums: Record<string, readonly string[]> = {
      stage: STAGES,
      level: LEVELS,
      targetLevel: LEVELS,
      position: SUPPLIER_POSITIONS,
      criteriaFit: CRITERIA_FITS,
      riskLevel: RISK_LEVELS,
      experienceProfile: EXPERIENCE_PROFILES,
    };
    for (const [field, allowed] of Object.entries(enums)) {
      const raw = input[field]?.trim();
      if (raw === undefined) continue;
      if (raw === '') values[field] = null;
      else if (allowed.includes(raw)) values[field] = raw;
      else errors.push({ line, column: field, message: `${field} "${raw}" is not one of ${allowed.join(', ')}` });
    }
    for (const field of ['share', 'experienceScore', 'satisfaction'] as const) {
      const raw = input[field]?.trim();
      if (raw === undefined) continue;
      const number = parseDecimal(raw) ?? Number.NaN;
      if (raw === '') values[field] = null;
      else if (Number.isFinite(number) && (field !== 'satisfaction' || Number.isInteger(number)))
        values[field] = number;
      else errors.push({ line, column: field, message: `${field} "${raw}" is not a number` });
    }
    if (input.singleThreaded !== undefined) {
      const raw = input.singleThreaded.trim().toLowerCase();
      const map: Record<string, number | null> = { '': null, true: 1, false: 0, yes: 1, no: 0, '1': 1, '0': 0 };
      if (raw in map) values.singleThreaded = map[raw]!;
      else errors.push({ line, column: 'singleThreaded', message: `singleThreaded "${raw}" is not true or false` });
    }
    if (errors.length > 0 || typeof accountId !== 'number' || assessedAt === null) return errors;
    const id = this.writer.assessmentId(accountId, assessedAt);
    if (id !== undefined) {
      const dup = this.duplicate(id, line, 'an assessment of this account at this time', 'assessedAt');
      if (dup) return dup;
      return this.upsert('assessments', id, values, {}, () => ({}));
    }
    values.result ??= '{}';
    const fieldsList = Object.keys(values);
    const newId = this.writer.insert(
      'assessments',
      fieldsList,
      fieldsList.map((f) => values[f]!),
      { account_id: accountId, assessed_at: assessedAt },
    );
    this.touched.set(newId, line);
    return 'created';
  }
}

/** Files a folder import reads, in dependency order. */
export function folderSources(dir: string): { source: Source; type: ImportType }[] {
  const names = readdirSync(dir);
  const found: { source: Source; type: ImportType }[] = [];
  for (const type of IMPORT_TYPES) {
    const name = names.find((n) => n.toLowerCase() === `${type}.csv`);
    if (name) found.push({ source: fileSource(join(dir, name)), type });
  }
  if (found.length === 0) {
    throw new UserError(
      `${dir} holds none of ${IMPORT_TYPES.map((t) => `${t}.csv`).join(', ')}`,
      'name the files by type, or import one file at a time with --type',
    );
  }
  return found;
}

export function fileSource(path: string): Source {
  return {
    label: path,
    open: () => createReadStream(path, { highWaterMark: 256 * 1024 }),
    rejectsPath: `${path.replace(/\.csv$/i, '')}.rejects.csv`,
    large: statSync(path).size > LARGE_FILE_BYTES,
  };
}

export function formatError(file: string, e: RowError): string {
  return `${file}:${e.line}: ${e.column ? `${e.column}: ` : ''}${e.message}`;
}
