/**
 * `acct report --format html` and `-o FILE`: the report written to a file
 * (or the page to a pipe). The HTML page adds a section per shown account:
 * its records come from store/report-details.ts in one batch, its briefing
 * from the same domain function as `acct brief` (briefingOf).
 */
import { lstatSync, type Stats } from 'node:fs';
import { extname } from 'node:path';
import type { Context } from '../context.js';
import type { ReportModel, ReportWindow } from '../domain/report.js';
import { UsageError, UserError } from '../errors.js';
import { refuseDatabaseTarget, realTarget, writeFileAtomic } from '../io/safe-file.js';
import { t } from '../i18n/index.js';
import { confirmDestructive } from '../prompt/confirm.js';
import type { AccountSection } from '../render/report-html.js';
import type { Store } from '../store/index.js';

/** The format a file name implies when --format is not given. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.csv': 'csv',
  '.json': 'json',
  '.txt': 'text',
  '.tsv': 'plain',
};

/** -o FILE without --format: the format its extension names. */
export function formatForFile(path: string): string {
  const format = FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  if (!format) {
    throw new UsageError(t('reportHtml.error.extension', { path }), t('reportHtml.error.extensionFix'));
  }
  return format;
}

function statOrNull(path: string): Stats | null {
  try {
    return lstatSync(realTarget(path));
  } catch {
    return null;
  }
}

/**
 * Checks the target before any work: never the database, never a folder or
 * a device, FIFO or socket (the page must land whole in a regular file); an
 * existing file is replaced only with --yes or after a yes on a terminal.
 */
export async function prepareTarget(ctx: Context, target: string, yes: boolean | undefined): Promise<void> {
  refuseDatabaseTarget(target, await ctx.dbPath());
  const existing = statOrNull(target);
  if (existing === null) return;
  if (existing.isDirectory())
    throw new UserError(t('reportHtml.error.folder', { path: target }), t('reportHtml.error.folderFix'));
  if (!existing.isFile()) {
    throw new UserError(t('reportHtml.error.notFile', { path: target }), t('reportHtml.error.notFileFix'));
  }
  await confirmDestructive(ctx, t('reportHtml.replace', { path: target }), yes);
}

/** Writes `text` to `target` atomically, 0600 (io/safe-file.ts), and says so on stderr. */
export function writeReportFile(ctx: Context, target: string, text: string): void {
  writeFileAtomic(target, text);
  ctx.out.success(t('reportHtml.wrote', { path: target }));
}

/** The end of the report's day as a moment: "now" for a briefing replayed at --as-of. */
function endOf(day: string): Date {
  return new Date(Date.parse(`${day}T23:59:59.999Z`));
}

/** The page: the model plus a section per shown account. */
export async function renderHtmlPage(
  ctx: Context,
  store: Store,
  model: ReportModel,
  window: ReportWindow,
  end: string,
): Promise<string> {
  const [{ renderReportHtml, shownAccounts }, { ReportDetailsRepository }, { briefingOf }] = await Promise.all([
    import('../render/report-html.js'),
    import('../store/report-details.js'),
    import('./brief.js'),
  ]);
  const ids = shownAccounts(model);
  const details = new ReportDetailsRepository(store.db).load(ids, end);
  const day =
    window.asOf === ctx.today ? { now: ctx.now, today: ctx.today } : { now: endOf(window.asOf), today: window.asOf };
  const sections = new Map<number, AccountSection>();
  for (const [id, records] of details) {
    const last = records.assessments.at(-1);
    sections.set(id, {
      briefing: briefingOf(ctx, records, day),
      contacts: records.contacts,
      lastPlan: last ? { assessedAt: last.assessedAt, items: last.result.plan ?? [] } : null,
    });
  }
  return renderReportHtml(model, sections);
}
