/** acct report: flags -> window -> store -> domain -> render. */
import type { Context } from '../context.js';
import { parseDate } from '../domain/dates.js';
import { buildReport, historySince, reportWindow, windowEnd, type ReportWindow } from '../domain/report.js';
import { parseWholeNumber } from '../domain/numbers.js';
import { UsageError } from '../errors.js';
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
}

/** Table mode shows this many rows per attention list unless --limit says otherwise. */
const DEFAULT_TABLE_LIMIT = 25;

function wholeNumber(flag: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = parseWholeNumber(raw, min);
  if (value === null) {
    throw new UsageError(`${flag} must be a whole number of at least ${min}, not "${raw}"`, `e.g. ${flag} 14`);
  }
  return value;
}

function date(flag: string, raw: string, today: string): string {
  const parsed = parseDate(raw, today);
  if (parsed === null) throw new UsageError(`${flag}: "${raw}" is not a date`, 'use YYYY-MM-DD, yesterday or 7d ago');
  return parsed;
}

export function resolveWindow(options: ReportOptions, today: string): ReportWindow {
  if (options.since !== undefined && options.days !== undefined) {
    throw new UsageError('give either --since or --days, not both');
  }
  const asOf = options.asOf === undefined ? today : date('--as-of', options.asOf, today);
  const since = options.since === undefined ? undefined : date('--since', options.since, asOf);
  const days = options.days === undefined ? undefined : wholeNumber('--days', options.days, 7, 1);
  if (since !== undefined && since > asOf) {
    throw new UsageError(`--since ${since} is after the end of the window (${asOf})`, 'pick an earlier date');
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
  const chosen = parseFormat(ctx, options.format, REPORT_FORMATS, ctx.out.mode, {
    md: 'markdown',
    tsv: 'plain',
  });
  const human = chosen === 'table' || chosen === 'text';
  const limit = wholeNumber('--limit', options.limit, human ? DEFAULT_TABLE_LIMIT : 0, 0);
  const wanted = ownerFilter(ctx, options);
  const owner = wanted?.trim() ? wanted.trim() : null;

  const store = await ctx.store({ create: false });
  const ownerWarning = unknownOwnerWarning(store, owner ?? undefined);
  if (ownerWarning) ctx.out.warn(ownerWarning);
  const data = new ReportRepository(store.db).load({
    since: window.since,
    asOf: window.asOf,
    end: windowEnd(window),
    history: historySince(window),
  });
  const model = buildReport({ window, ...data, options: { owner, staleDays, unassessedDays, orderSilenceDays } });
  const rendered = await renderReport(ctx.out, model, chosen, { limit });
  // CSV and JSON keep the data exact; the text formats are for terminals.
  if (chosen === 'csv' || chosen === 'json') ctx.out.exact(rendered);
  else ctx.out.data(rendered);
  if (human && model.portfolio.accounts.end === 0 && !ownerWarning) {
    ctx.out.info(
      owner ? `No accounts owned by ${owner}.` : 'No accounts yet. Add one with: acct add "Acme Industrial"',
    );
  }
}
