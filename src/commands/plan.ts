/** acct plan: reprint the plan of a stored assessment (the latest, or the latest at or before --at). */
import type { Context } from '../context.js';
import { parseDate } from '../domain/dates.js';
import { parseWholeNumber } from '../domain/numbers.js';
import { isCompleteResult } from '../domain/assessment/stored.js';
import { UserError, UsageError } from '../errors.js';
import { renderPlan, renderResult } from '../render/assessment.js';
import { visible } from '../render/safe-text.js';
import { heading } from '../render/table.js';
import { resolveAccount } from './resolve.js';

export interface PlanOptions {
  at?: string;
  top?: string;
}

export async function showPlan(ctx: Context, name: string, options: PlanOptions): Promise<void> {
  let at: string | undefined;
  if (options.at !== undefined) {
    const parsed = parseDate(options.at, ctx.today);
    if (parsed === null)
      throw new UsageError(`--at "${options.at}" is not a date`, 'use YYYY-MM-DD, yesterday or 30d ago');
    at = parsed;
  }
  let top: number | undefined;
  if (options.top !== undefined) {
    top = parseWholeNumber(options.top) ?? undefined;
    if (top === undefined) throw new UsageError(`--top ${options.top}: expected a whole number of at least 1`);
  }
  const store = await ctx.store({ create: false });
  const account = resolveAccount(store, name);
  const record = store.assessments.latest(account.id, at);
  if (!record) {
    throw new UserError(
      at ? `${account.name} has no assessment on or before ${at}` : `${account.name} has not been assessed yet`,
      at ? `see the dates with \`acct history "${account.name}"\`` : `run \`acct assess "${account.name}"\``,
    );
  }
  const result = record.result;
  const plan = result.plan ?? [];
  const planIds = new Set(plan.map((item) => item.play));
  const actions = store.actions
    .list({ accountId: account.id, status: 'all' })
    .filter((action) => action.play !== null && planIds.has(action.play) && action.createdAt >= record.assessedAt);
  const out = ctx.out;
  if (out.mode === 'json') {
    return out.json({
      account: { id: account.id, name: account.name },
      assessment: {
        id: record.id,
        assessedAt: record.assessedAt,
        answers: record.answers,
        playbookVersions: record.playbookVersions,
      },
      result,
      plan,
      actions,
    });
  }
  const date = record.assessedAt.slice(0, 10);
  const accepted = new Set(actions.map((action) => action.play!));
  const parts = [heading(out, `${account.name}: plan of the assessment of ${date} (#${record.id})`)];
  if (isCompleteResult(result)) parts.push('', renderResult(out, result));
  parts.push('', renderPlan(out, plan, { accepted, title: 'Plan', ...(top ? { top } : {}) }));
  if (accepted.size > 0 && out.mode === 'table')
    parts.push('', `✓ = accepted as an action (acct action list "${visible(account.name)}")`);
  out.data(parts.join('\n'));
}
