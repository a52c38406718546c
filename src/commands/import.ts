/**
 * acct import <file|folder|->...: parse the flags, pick the sources, run every
 * file through the pipeline inside the store's one import transaction,
 * commit only when every row is valid (or --skip-invalid), and report.
 * Reading is src/io/import-file.ts, the rules src/domain/import.ts, the
 * writing src/store/import.ts.
 */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Context } from '../context.js';
import type { ImportType } from '../domain/field-specs.js';
import { RecordImporter, type RowError } from '../domain/import.js';
import { parseWholeNumber } from '../domain/numbers.js';
import { UsageError, UserError, wordProblem } from '../errors.js';
import {
  fileSource,
  folderSources,
  importFile,
  mappingOverrides,
  stdinSource,
  type FileSummary,
  type Source,
} from '../io/import-file.js';
import { importWriter } from '../store/import.js';
import { parseRecordType } from './options.js';
import { t } from '../i18n/index.js';

export interface ImportOptions {
  type?: string;
  map?: string[];
  mapping?: string;
  encoding?: string;
  delimiter?: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
}

/** How many row errors are printed in full; the rest are counted. */
export const SHOWN_ERRORS = 20;

export function formatError(file: string, e: RowError): string {
  return `${file}:${e.line}: ${e.column ? `${e.column}: ` : ''}${e.message}`;
}

export async function importCommand(ctx: Context, paths: string[], options: ImportOptions): Promise<void> {
  const forcedType = options.type === undefined ? undefined : parseRecordType(options.type);
  if (paths.filter((path) => path === '-').length > 1) {
    throw new UsageError(t('error.cmd.import.stdinTwice'));
  }
  // Every file and folder goes into the one transaction, in the order given.
  const jobs: { source: Source; type: ImportType | undefined }[] = [];
  for (const path of paths) {
    if (path === '-') {
      jobs.push({ source: stdinSource(ctx.stdin), type: forcedType });
    } else if (!existsSync(path)) {
      throw new UserError(t('error.cmd.import.noFile', { path }), t('error.cmd.import.noFile.hint'));
    } else if (statSync(path).isDirectory()) {
      if (forcedType) throw new UsageError(t('error.cmd.import.typeFolder'), t('error.cmd.import.typeFolder.hint'));
      jobs.push(...folderSources(path));
    } else {
      jobs.push({ source: fileSource(path), type: forcedType });
    }
  }
  const overrides = mappingOverrides(options);

  // Test knobs: a smaller field/row limit than the default, without a file of that size.
  const limit = (name: string) => {
    const value = ctx.env[name];
    return value === undefined ? undefined : (parseWholeNumber(value) ?? undefined);
  };
  const rejects = Boolean(options.skipInvalid) && !options.dryRun;
  const read = {
    ...options,
    overrides,
    rejects,
    database: rejects ? await ctx.dbPath() : undefined,
    maxField: limit('ACCT_IMPORT_MAX_FIELD'),
    maxRow: limit('ACCT_IMPORT_MAX_ROW'),
  };

  const store = await ctx.store();
  const now = ctx.nowIso; // one time for the whole run
  const repository = await importWriter(store.db, now);
  const records = new RecordImporter(repository, { today: ctx.today, now }, wordProblem);
  const summaries: FileSummary[] = [];
  let ok = false;
  // The work may run again (a conflict PostgreSQL asks to retry): each run starts with no summaries.
  const rerunnable = !paths.includes('-');
  const written = await repository.transaction(
    async () => {
      summaries.length = 0;
      for (const job of jobs) {
        summaries.push(await importFile(job.source, job.type, (type) => records.forFile(type), read, ctx.out));
      }
      const invalid = summaries.some((s) => s.invalid > 0);
      ok = !summaries.some((s) => s.fatal) && (!invalid || Boolean(options.skipInvalid));
      return ok && !options.dryRun;
    },
    { rerunnable },
  );
  report(ctx, summaries, options, ok, written);
}

function report(ctx: Context, summaries: FileSummary[], options: ImportOptions, ok: boolean, written: boolean): void {
  const total = { created: 0, updated: 0, unchanged: 0, invalid: 0 };
  for (const s of summaries) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
  const errorCount = summaries.reduce((n, s) => n + s.invalid, 0);

  if (ctx.out.mode === 'json') {
    const shape = (s: FileSummary) => ({
      file: s.file,
      type: s.type,
      encoding: s.encoding,
      created: s.created,
      updated: s.updated,
      unchanged: s.unchanged,
      invalid: s.invalid,
      unknownColumns: s.unknownColumns,
      rejectsFile: s.rejectsFile,
      errors: s.errors.slice(0, 1000).map((e) => ({ ...e, text: formatError(s.file, e) })),
    });
    // One shape for scripts: totals and files[] always; with one file, its fields at the top too.
    const base = { ok, dryRun: Boolean(options.dryRun), written, ...total, files: summaries.map(shape) };
    ctx.out.json(summaries.length === 1 ? { ...base, ...shape(summaries[0]!) } : base);
  }

  // Errors: the first SHOWN_ERRORS in full (over all files), then a count.
  let shown = 0;
  let errorLines = 0;
  for (const s of summaries) {
    errorLines += s.errors.length;
    for (const e of s.errors) {
      if (shown >= SHOWN_ERRORS) break;
      ctx.out.error(formatError(s.file, e));
      shown++;
    }
  }
  const hidden = Math.max(0, errorLines - shown);
  if (hidden > 0) ctx.out.error(t('command.import.moreErrors', { count: hidden }));

  const fatal = summaries.find((s) => s.fatal);
  if (fatal) {
    throw new UserError(t('error.cmd.import.fatal', { file: fatal.file }), t('error.cmd.import.fatal.hint'));
  }
  if (!ok) {
    throw new UserError(t('error.cmd.import.invalid', { count: errorCount }), t('error.cmd.import.invalid.hint'));
  }
  if (ctx.out.mode === 'json') return;
  for (const s of summaries) {
    const counts = t('command.import.counts', s);
    const file = basename(s.file);
    const type = t('command.import.type', { type: s.type });
    ctx.out.success(
      options.dryRun
        ? t('command.import.dryRun', { file, type, counts })
        : t('command.import.done', { file, type, counts, rejects: s.rejectsFile ?? null }),
    );
  }
  if (summaries.length > 1) ctx.out.info(t('command.import.total', { counts: t('command.import.counts', total) }));
}
