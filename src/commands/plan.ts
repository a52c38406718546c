/** acct plan: reprint the plan of a stored assessment (the latest, or the latest at or before --at). */
import type { Context } from '../context.js';
import { t } from '../i18n/index.js';
import { formatDate } from '../render/format.js';
import { parseDate } from '../domain/dates.js';
import { planLimit, playOwner, rolePeople, type PlanItem } from '../domain/assessment/index.js';
import { UserError, UsageError } from '../errors.js';
import { renderStoredPlan, storedPlanData } from '../render/assessment.js';
import { parseTop } from './options.js';
import { resolveAccount } from './resolve.js';

export interface PlanOptions {
  at?: string;
  top?: string;
  all?: boolean;
}

/** `--top N` / `--all` (not both), as planLimit takes them. */
export function planChoice(options: { top?: string; all?: boolean }): { top?: number; all?: boolean } {
  const top = parseTop(options.top);
  if (top !== undefined && options.all) throw new UsageError(t('error.cmd.plan.topAndAll'), t('error.cmd.giveOne'));
  return { ...(top !== undefined ? { top } : {}), ...(options.all ? { all: true } : {}) };
}

export async function showPlan(ctx: Context, name: string, options: PlanOptions): Promise<void> {
  let at: string | undefined;
  if (options.at !== undefined) {
    const parsed = parseDate(options.at, ctx.today);
    if (parsed === null)
      throw new UsageError(t('error.cmd.plan.badAt', { value: options.at }), t('error.cmd.plan.badAt.hint'));
    at = parsed;
  }
  const choice = planChoice(options);
  const store = await ctx.store({ create: false });
  const account = resolveAccount(store, name);
  const record = store.assessments.latest(account.id, at);
  if (!record) {
    const name = account.name;
    throw at
      ? new UserError(
          t('error.cmd.plan.noneBefore', { name, date: formatDate(at, ctx.lang) }),
          t('error.cmd.plan.noneBefore.hint', { name }),
        )
      : new UserError(t('error.cmd.plan.notAssessed', { name }), t('error.cmd.plan.notAssessed.hint', { name }));
  }
  // ✓ only for plays accepted from this assessment, not for the same play accepted later.
  const actions = store.actions.fromAssessment(record.id);
  const out = ctx.out;
  const top = planLimit({ ...choice, terminal: out.mode === 'table' });
  const people = rolePeople((key) => ctx.settings.get(key));
  const owner = (item: PlanItem) => playOwner(item.ownerRole, account.owner, people);
  if (out.mode === 'json')
    return out.json(storedPlanData(account, record, actions, { today: ctx.today, owner, ...(top ? { top } : {}) }));
  out.data(
    renderStoredPlan(out, account.name, record, actions, {
      today: ctx.today,
      ...(top !== undefined ? { top } : {}),
      owner,
      more: `acct plan "${account.name}" --all${at ? ` --at ${at}` : ''}`,
    }),
  );
}
