/**
 * acct export: every field `acct import` reads, in the same column names,
 * so export -> import into an empty database -> export gives the same file.
 * Rows stream from SQLite to the output in chunks; nothing holds a table.
 * A file named with -o is written through io/safe-file.ts: it is never the
 * database, and the previous file is replaced only by a complete export.
 */
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { ACCOUNT_FIELDS } from '../domain/field-specs.js';
import type { ImportType } from '../io/aliases.js';
import { csvCell, csvLine } from '../io/csv-write.js';
import { neutralise } from '../io/formula.js';
import { AtomicFile, refuseDatabaseTarget } from '../io/safe-file.js';
import { isPostgresUrl } from '../store/pg/url.js';
import { safeJson } from '../render/safe-text.js';
import { exportRows } from '../store/export.js';
import { parseFormat, parseRecordType } from './options.js';

export interface ExportOptions {
  type?: string;
  format?: string;
  output?: string;
  raw?: boolean;
}

/** Column order of each type's CSV (the import's field names). */
export const EXPORT_COLUMNS: Record<ImportType, readonly string[]> = {
  accounts: [...ACCOUNT_FIELDS.map((field) => field.key), 'createdAt'],
  contacts: [
    'account',
    'accountExternalId',
    'name',
    'title',
    'department',
    'role',
    'attitude',
    'strength',
    'seniority',
    'email',
    'phone',
    'birthday',
    'preferences',
    'lastContacted',
  ],
  activities: ['account', 'accountExternalId', 'date', 'type', 'note', 'amount', 'currency', 'contacts'],
  actions: [
    'account',
    'accountExternalId',
    'text',
    'playbook',
    'play',
    'owner',
    'due',
    'status',
    'createdAt',
    'closedAt',
  ],
  assessments: [
    'account',
    'accountExternalId',
    'assessedAt',
    'answers',
    'stage',
    'level',
    'position',
    'share',
    'criteriaFit',
    'riskLevel',
    'experienceProfile',
    'experienceScore',
    'satisfaction',
    'singleThreaded',
    'targetLevel',
    'result',
    'playbookVersions',
  ],
};

const JSON_COLUMNS = new Set(['answers', 'result', 'playbookVersions']);

/** Bytes a chunk of the export holds before it is written. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Text for a file, encoded line by line into one reused buffer that is written when full.
 * Joining lines into a 64 KB string and encoding that cost a third of the export's CPU at
 * 100k accounts: the joined string is a rope that encoding must first flatten (bench/RESULTS.md).
 */
class EncodedChunks {
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  constructor(private readonly write: (bytes: Uint8Array) => void) {}

  add(text: string): void {
    // One UTF-16 unit takes at most 3 bytes of UTF-8 (a surrogate pair, 2 units, takes 4).
    if (CHUNK_BYTES - this.used < text.length * 3) {
      this.flush();
      if (text.length * 3 > CHUNK_BYTES) return this.write(Buffer.from(text));
    }
    this.used += this.buffer.write(text, this.used);
  }

  flush(): void {
    if (this.used === 0) return;
    this.write(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}

/** Text for standard output, passed on in chunks of about 64 KB. */
class TextChunks {
  private text = '';

  constructor(private readonly write: (text: string) => void) {}

  add(text: string): void {
    this.text += text;
    if (this.text.length > 64 * 1024) this.flush();
  }

  flush(): void {
    if (this.text === '') return;
    this.write(this.text);
    this.text = '';
  }
}

/** Lets Ctrl-C and SIGTERM handlers run during a long export, so the temp file is removed and the run ends at once. */
function yieldToSignals(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function exportCommand(ctx: Context, options: ExportOptions): Promise<void> {
  const type = parseRecordType(options.type ?? 'accounts');
  const format = parseFormat(ctx, options.format, ['csv', 'json'], ctx.options.json ? 'json' : 'csv');

  // Everything that can refuse the run does so before anything is opened or written.
  const toFile = options.output !== undefined && options.output !== '-';
  const dbPath = await ctx.dbPath();
  if (toFile) refuseDatabaseTarget(options.output!, dbPath);
  // A database path that does not exist is most likely a typo; an empty export would pass for a real one.
  if (!isPostgresUrl(dbPath) && !existsSync(dbPath)) {
    throw new UserError(t('error.cmd.noDatabase', { path: dbPath }), t('error.cmd.export.noDatabase.hint'));
  }
  const store = await ctx.store({ create: false });
  const columns = EXPORT_COLUMNS[type];
  const source = exportRows(store.db, type);
  // Where each exported column is in the query's rows.
  const at = columns.map((column) => source.columns.indexOf(column));
  // The previous file stays whole until the new one is complete (temp file + rename, 0600).
  const file = toFile ? AtomicFile.open(options.output!, { database: dbPath }) : null;
  const sink = file ? new EncodedChunks((bytes) => file.write(bytes)) : new TextChunks((text) => ctx.out.exact(text));
  const emit = (text: string) => sink.add(text);
  const flush = () => sink.flush();
  let count = 0;
  try {
    // A file written for Excel gets a BOM so that Chinese text opens correctly; acct import strips it.
    if (format === 'csv') {
      if (file) emit('\uFEFF');
      emit(`${csvLine(columns)}\n`);
      const raw = Boolean(options.raw);
      for (const row of source.rows()) {
        let line = '';
        for (let i = 0; i < at.length; i++) {
          const value = row[at[i]!];
          const text = value === null || value === undefined ? '' : String(value);
          if (i > 0) line += ',';
          line += csvCell(raw ? text : neutralise(text));
        }
        emit(`${line}\n`);
        if (++count % 1000 === 0) await yieldToSignals();
      }
    } else {
      emit('[');
      for (const row of source.rows()) {
        const record: Record<string, unknown> = {};
        for (let i = 0; i < at.length; i++) {
          const column = columns[i]!;
          const value = row[at[i]!];
          record[column] =
            JSON_COLUMNS.has(column) && typeof value === 'string'
              ? (JSON.parse(value) as unknown)
              : column === 'singleThreaded' && value !== null
                ? value === 1
                : value;
        }
        emit(`${count === 0 ? '\n' : ',\n'}  ${safeJson(record)}`);
        count++;
        if (count % 1000 === 0) await yieldToSignals();
      }
      emit(count === 0 ? ']\n' : '\n]\n');
    }
    flush();
    file?.commit();
  } catch (error) {
    file?.abort();
    throw error;
  }
  if (file) ctx.out.success(t('command.export.done', { count, type, file: options.output! }));
}
