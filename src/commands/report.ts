/** acct report: flags -> window -> store -> domain -> render. */
import type { Context } from '../context.js';
import { parseDate } from '../domain/dates.js';
import { buildReport, historySince, reportWindow, windowEnd, type ReportWindow } from '../domain/report.js';
import { parseWholeNumber } from '../domain/numbers.js';
import { UsageError } from '../errors.js';
import { currentLanguage, t } from '../i18n/index.js';
import { formatDate } from '../render/format.js';
import { REPORT_FORMATS, renderReport } from '../render/report.js';
import { ReportRepository } from '../store/report.js';
import { parseFormat } from './options.js';
import { unknownOwnerWarning } from './resolve.js';
import { ownerFilter } from './mine.js';

export interface ReportOptions {
  since?: string;
  days?: string;
  asOf?: string;
  owner?: string;
  mine?: boolean;
  staleDays?: string;
  unassessedDays?: string;
  format?: string;
  limit?: string;
  /** Write the report to this file (atomically, 0600) instead of stdout. */
  output?: string;
  /** Replace an existing -o file without asking. */
  yes?: boolean;
}

/** The terminal formats, plus the self-contained HTML page (commands/report-html.ts). */
const FORMATS = [...REPORT_FORMATS, 'html'] as const;

/** The terminal, the page and JSON show this many rows per list unless --limit says otherwise. */
const DEFAULT_LIMIT = 25;

function wholeNumber(flag: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = parseWholeNumber(raw, min);
  if (value === null) {
    throw new UsageError(
      t('error.cmd.report.wholeNumber', { flag, min, value: raw }),
      t('error.cmd.report.wholeNumber.hint', { flag }),
    );
  }
  return value;
}

function date(flag: string, raw: string, today: string): string {
  const parsed = parseDate(raw, today);
  if (parsed === null)
    throw new UsageError(t('error.cmd.report.notDate', { flag, value: raw }), t('error.cmd.report.notDate.hint'));
  return parsed;
}

export function resolveWindow(options: ReportOptions, today: string): ReportWindow {
  if (options.since !== undefined && options.days !== undefined) {
    throw new UsageError(t('error.cmd.report.sinceAndDays'));
  }
  const asOf = options.asOf === undefined ? today : date('--as-of', options.asOf, today);
  const since = options.since === undefined ? undefined : date('--since', options.since, asOf);
  const days = options.days === undefined ? undefined : wholeNumber('--days', options.days, 7, 1);
  if (since !== undefined && since > asOf) {
    throw new UsageError(
      t('error.cmd.report.sinceAfter', {
        since: formatDate(since, currentLanguage()),
        asOf: formatDate(asOf, currentLanguage()),
      }),
      t('error.cmd.report.sinceAfter.hint'),
    );
  }
  return reportWindow(asOf, { since, days });
}

export async function report(ctx: Context, options: ReportOptions): Promise<void> {
  const window = resolveWindow(options, ctx.today);
  // Thresholds: the flag, else the setting (acct config), else its default (src/domain/settings.ts).
  const staleDays = wholeNumber('--stale-days', options.staleDays, ctx.settings.days('stale-days'), 1);
  const unassessedDays = wholeNumber(
    '--unassessed-days',
    options.unassessedDays,
    ctx.settings.days('unassessed-days'),
    1,
  );
  const orderSilenceDays = ctx.settings.days('order-silence-days');
  const toFile = options.output !== undefined && options.output !== '-';
  const files = toFile ? await import('./report-html.js') : null;
  const fallback = files ? files.formatForFile(options.output!) : ctx.out.mode;
  const asked = parseFormat(ctx, options.format ?? (toFile ? fallback : undefined), FORMATS, ctx.out.mode, {
    md: 'markdown',
    tsv: 'plain',
    htm: 'html',
  });
  // A file gets no terminal colour codes: the table becomes text.
  const chosen = toFile && asked === 'table' ? 'text' : asked;
  if (chosen === 'html' && !toFile && ctx.out.isTTY) {
    throw new UsageError(t('reportHtml.error.terminal'), t('reportHtml.error.terminalFix'));
  }
  const human = chosen === 'table' || chosen === 'text' || chosen === 'html';
  // JSON is capped like the views people read (as gh caps --json lists); the model says the totals.
  const capped = human || chosen === 'json';
  const limit = wholeNumber('--limit', options.limit, capped ? DEFAULT_LIMIT : 0, 0);
  const wanted = ownerFilter(ctx, options);
  const owner = wanted?.trim() ? wanted.trim() : null;

  if (files) await files.prepareTarget(ctx, options.output!, options.yes);

  const store = await ctx.store({ create: false });
  const ownerWarning = unknownOwnerWarning(store, owner ?? undefined);
  if (ownerWarning) ctx.out.warn(ownerWarning);
  const bounds = { since: window.since, asOf: window.asOf, end: windowEnd(window), history: historySince(window) };
  const model = new ReportRepository(store.db).read(bounds, (data) =>
    buildReport({ window, ...data, options: { owner, staleDays, unassessedDays, orderSilenceDays, limit } }),
  );
  const rendered =
    chosen === 'html'
      ? await (await import('./report-html.js')).renderHtmlPage(ctx, store, model, window, bounds.end)
      : await renderReport(ctx.out, model, chosen);
  if (files) files.writeReportFile(ctx, options.output!, rendered);
  // CSV, JSON and the page keep the data exact; the text formats are for terminals.
  else if (chosen === 'csv' || chosen === 'json' || chosen === 'html') ctx.out.exact(rendered);
  else ctx.out.data(rendered);
  if (human && model.portfolio.accounts.end === 0 && !ownerWarning) {
    ctx.out.info(owner ? t('command.report.noneOwned', { owner }) : t('command.list.noAccounts'));
  }
}
