/**
 * One CSV file of `acct import`, from bytes to row outcomes: decode and
 * tokenize (csv-read.ts), find the header and map its columns to fields
 * (headers.ts, aliases.ts), hand each row with its line number to the
 * domain's row handler (src/domain/import.ts), and count what happened.
 * Rows are handled as they stream, so memory stays flat on any file size;
 * whether they are kept is the caller's transaction. Rejected rows go to a
 * rejects file (0600, temp + rename at close) when asked. Messages go
 * through `ImportNotices`: this module knows no command context.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportType } from '../domain/field-specs.js';
import {
  ACCOUNT_BATCH,
  missingColumns,
  REQUIRED_COLUMNS,
  valueFits,
  type RowError,
  type RowHandler,
} from '../domain/import.js';
import { fsReason, UsageError, UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { ALIASES_BY_TYPE, AMBIGUOUS_BY_TYPE, IMPORT_TYPES } from './aliases.js';
import { openCsv, type CsvItem, type CsvProblem } from './csv-read.js';
import { csvLine } from './csv-write.js';
import type { ByteSource } from './decode.js';
import { unneutralise } from './formula.js';
import {
  guessType,
  matchHeaders,
  parseMapOptions,
  resolveAmbiguous,
  parseMappingText,
  unknownColumnWarnings,
  type MappingOverrides,
} from './headers.js';
import { AtomicFile } from './safe-file.js';

export type { RowError } from '../domain/import.js';

/** How the files are read (the flags of `acct import` that concern reading). */
export interface ReadOptions {
  map?: string[];
  mapping?: string;
  encoding?: string;
  delimiter?: string;
  /** Write rejected rows to the source's rejects file. */
  rejects?: boolean;
  /** Longest field and row read, in characters (defaults: csv-read.ts). */
  maxField?: number;
  maxRow?: number;
}

/** Where messages about a file go (the command's output). */
export interface ImportNotices {
  info(message: string): void;
  warn(message: string): void;
  progress(message: string): void;
  progressDone(): void;
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

const PROGRESS_EVERY = 10_000;
const LARGE_FILE_BYTES = 2 * 1024 * 1024;
/** Rows handed to the domain at once: a few of its account batches (ACCOUNT_BATCH), few enough to stay young for the GC. */
const HANDLED_AT_ONCE = 4 * ACCOUNT_BATCH;
/** Row errors kept per file (the rest are counted). */
const KEPT_ERRORS = 10_000;

/** The rejects file: written through safe-file.ts (0600, temp + rename at close), so a previous one stays whole until then. */
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

/** The --map flags and --mapping file as one column -> field table. */
export function mappingOverrides(options: Pick<ReadOptions, 'map' | 'mapping'>): MappingOverrides {
  let fromFile: Record<string, string | null> = {};
  if (options.mapping) {
    let text: string;
    try {
      text = readFileSync(options.mapping, 'utf8');
    } catch (error) {
      throw new UserError(t('io.mapping.unreadable', { path: options.mapping, reason: fsReason(error) }));
    }
    try {
      fromFile = parseMappingText(text);
    } catch (error) {
      throw new UsageError(
        t('io.mapping.invalid', { path: options.mapping, message: (error as Error).message }),
        t('io.mapping.hint'),
      );
    }
  }
  try {
    return { ...fromFile, ...parseMapOptions(options.map ?? []) };
  } catch (error) {
    throw new UsageError((error as Error).message, t('io.map.hint'));
  }
}

/**
 * Reads one source through `rowsFor(type)`, the domain's handler for the
 * file's record type. `database` is the database path, which a rejects file
 * must never replace.
 */
export async function importFile(
  source: Source,
  forcedType: ImportType | undefined,
  rowsFor: (type: ImportType) => RowHandler,
  options: ReadOptions & { overrides: MappingOverrides; database?: string },
  notices: ImportNotices,
): Promise<FileSummary> {
  const { overrides } = options;
  const reader = await openCsv(source.open(), {
    encoding: options.encoding,
    delimiter: options.delimiter,
    maxField: options.maxField,
    maxRow: options.maxRow,
    // A header is a row naming every required column of its type: rows above it are a title.
    isHeader: (names) => {
      const type = forcedType ?? guessType(names, ALIASES_BY_TYPE, REQUIRED_COLUMNS);
      return (
        type !== null &&
        missingColumns(type, matchHeaders(names, ALIASES_BY_TYPE[type], overrides).mapping).length === 0
      );
    },
  });
  if (!reader.header) {
    const fatal = reader.fatal!;
    if (fatal.code === 'encoding' || fatal.code === 'delimiter') throw new UsageError(fatal.message);
    throw new UserError(t('io.import.unreadable', { label: source.label, line: fatal.line, message: fatal.message }));
  }
  const header = reader.header;
  const type = forcedType ?? guessType(header.names, ALIASES_BY_TYPE, REQUIRED_COLUMNS);
  if (!type) {
    throw new UsageError(
      t('io.import.unknownType', { label: source.label, headers: header.names }),
      t('io.import.unknownType.hint', { types: IMPORT_TYPES }),
    );
  }
  if (header.skipped > 0) {
    notices.info(t('io.import.headerSkipped', { label: source.label, line: header.line, skipped: header.skipped }));
  }
  let match = matchHeaders(header.names, ALIASES_BY_TYPE[type], overrides, AMBIGUOUS_BY_TYPE[type]);
  let batches: AsyncIterable<CsvItem[]> = reader.batches();
  if (match.ambiguous.length > 0) {
    // A header such as 等级 means tier or level by what its column holds: the first batch's rows tell.
    const peeked = await peekFirst(reader.batches());
    const rows = (peeked.first ?? []).flatMap((item) => (item.kind === 'record' ? [item.values] : []));
    match = resolveAmbiguous(header.names, match, rows, valueFits(type));
    batches = peeked.all;
  }
  if (match.badOverrides.length > 0) {
    throw new UsageError(
      t('io.import.badOverrides', { columns: match.badOverrides, label: source.label, type }),
      t('io.import.badOverrides.hint', { type, fields: Object.keys(ALIASES_BY_TYPE[type]) }),
    );
  }
  if (match.duplicates.length > 0) {
    const d = match.duplicates[0]!;
    throw new UserError(
      t('io.import.duplicate', { label: source.label, columns: d.columns, field: d.field }),
      t('io.import.duplicate.hint', { column: d.columns[1]! }),
    );
  }
  const [missing] = missingColumns(type, match.mapping);
  if (missing) {
    throw new UserError(
      t('io.import.missing', { label: source.label, fields: missing, type, columns: header.names }),
      t('io.import.missing.hint', { field: missing[0]! }),
    );
  }
  for (const line of unknownColumnWarnings(source.label, match.unknown, ALIASES_BY_TYPE[type], AMBIGUOUS_BY_TYPE[type]))
    notices.warn(line);

  // Errors name the file's own column; the domain names the field.
  const columnOf = new Map<string, string>();
  // The mapped columns' positions and fields, as two arrays: read for every cell of the file.
  const slotColumns: number[] = [];
  const slotFields: string[] = [];
  match.mapping.forEach((field, i) => {
    if (field === null) return;
    columnOf.set(field, header.names[i]!);
    slotColumns.push(i);
    slotFields.push(field);
  });
  const slots = slotColumns.length;

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
  const rejects = options.rejects ? new Rejects(source.rejectsPath, header.names, options.database) : null;
  const handle = rowsFor(type);
  let rows = 0;
  const fail = (line: number, errors: readonly RowError[], values: readonly string[] | undefined) => {
    summary.invalid++;
    for (const e of errors) if (summary.errors.length < KEPT_ERRORS) summary.errors.push({ ...e, line });
    rejects?.write(values ?? [], errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join('; '));
  };
  const problemError = (p: CsvProblem): RowError => ({ line: p.line, column: p.column ?? null, message: p.message });

  try {
    for await (const batch of batches) {
      // Records go to the domain a slice at a time (it inserts new accounts many at a time), then each
      // item of the slice is counted in file order, so errors and rejects keep the file's order.
      for (let start = 0; start < batch.length; start += HANDLED_AT_ONCE) {
        const end = Math.min(batch.length, start + HANDLED_AT_ONCE);
        const inputs: Record<string, string>[] = [];
        const lines: number[] = [];
        for (let k = start; k < end; k++) {
          const item = batch[k]!;
          if (item.kind !== 'record') continue;
          const input: Record<string, string> = {};
          const values = item.values;
          for (let s = 0; s < slots; s++) input[slotFields[s]!] = unneutralise(values[slotColumns[s]!]!);
          inputs.push(input);
          lines.push(item.line);
        }
        const outcomes = inputs.length > 0 ? handle(inputs, lines) : [];
        let next = 0;
        for (let k = start; k < end; k++) {
          const item = batch[k]!;
          if (item.kind === 'problem') {
            if (item.fatal) {
              summary.fatal = true;
              summary.invalid++;
              summary.errors.push(problemError(item));
            } else fail(item.line, [problemError(item)], item.values);
            continue;
          }
          const outcome = outcomes[next++]!;
          if (typeof outcome === 'string') summary[outcome]++;
          else
            fail(
              item.line,
              outcome.map((e) => ({ ...e, column: e.column === null ? null : (columnOf.get(e.column) ?? e.column) })),
              item.values,
            );
        }
      }
      rows += batch.length;
      if (source.large && rows % PROGRESS_EVERY < batch.length) {
        notices.progress(t('io.import.progress', { label: source.label, rows }));
      }
    }
  } finally {
    rejects?.close();
    if (source.large) notices.progressDone();
  }
  summary.rejectsFile = rejects?.written ?? null;
  return summary;
}

/** The first item of a stream, and the whole stream again, that item included. */
async function peekFirst<T>(stream: AsyncGenerator<T>): Promise<{ first: T | undefined; all: AsyncIterable<T> }> {
  const step = await stream.next();
  const first = step.done ? undefined : step.value;
  async function* all(): AsyncGenerator<T> {
    if (first === undefined) return;
    yield first;
    yield* stream;
  }
  return { first, all: all() };
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
      t('io.import.folderEmpty', { dir, names: IMPORT_TYPES.map((type) => `${type}.csv`) }),
      t('io.import.folderEmpty.hint'),
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

export function stdinSource(stdin: ByteSource): Source {
  return { label: 'stdin', open: () => stdin, rejectsPath: 'stdin.rejects.csv', large: true };
}
