/** acct history: an account's assessments over time and what changed between consecutive ones. */
import type { Context } from '../context.js';
import { diffResults } from '../domain/assessment/diff.js';
import { historyData, renderHistory, type HistoryRow } from '../render/history.js';
import { resolveAccount } from './resolve.js';
import { t } from '../i18n/index.js';

export async function showHistory(ctx: Context, name: string): Promise<void> {
  const store = await ctx.store({ create: false });
  const account = resolveAccount(store, name);
  const records = store.assessments.forAccount(account.id);
  const rows: HistoryRow[] = records.map((record, index) => ({
    record,
    first: index === 0,
    changes: index === 0 ? [] : diffResults(records[index - 1]!.result, record.result),
    planSize: record.result.plan?.length ?? 0,
  }));
  const out = ctx.out;
  if (out.mode === 'json') return out.json(historyData(account, rows));
  if (rows.length === 0) {
    out.info(t('command.history.none', { account: account.name }));
    return;
  }
  out.data(renderHistory(out, account.name, rows, ctx.today));
}
