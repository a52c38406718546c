/**
 * acct today: my overdue actions, what is due this week, accounts to call
 * and assessments due, ranked most urgent first (domain/today.ts says how).
 * Whose day: --owner, --mine, else the configured owner, else everyone;
 * the title says which.
 */
import type { Context } from '../context.js';
import { t } from '../i18n/index.js';
import { surveyCadence } from '../domain/assessment/survey.js';
import type { Tier } from '../domain/enums.js';
import { planToday } from '../domain/today.js';
import { UsageError } from '../errors.js';
import { renderToday, whoseText } from '../render/today.js';
import { TodayRepository } from '../store/today.js';
import { configuredOwner, ownerFilter } from './mine.js';
import { unknownOwnerWarning } from './resolve.js';

export interface TodayOptions {
  owner?: string;
  mine?: boolean;
  everyone?: boolean;
  all?: boolean;
}

/** Rows a terminal shows before "… and N more": one screen with the title and the header. */
const SCREEN_ROWS = 20;

export async function showToday(ctx: Context, options: TodayOptions): Promise<void> {
  if (options.everyone && (options.owner !== undefined || options.mine))
    throw new UsageError(t('error.cmd.today.everyone'), t('error.cmd.giveOne'));
  const given = ownerFilter(ctx, options)?.trim();
  const configured = configuredOwner(ctx);
  const owner = options.everyone ? null : given || configured || null;
  const whose = whoseText(owner, { given: Boolean(given), everyone: Boolean(options.everyone || configured) });

  const store = await ctx.store({ create: false });
  if (owner !== null) {
    const warning = unknownOwnerWarning(store, owner);
    if (warning) ctx.out.warn(warning);
  }
  const data = new TodayRepository(store.db).load(ctx.today);
  const model = planToday({
    today: ctx.today,
    owner,
    ...data,
    staleDays: ctx.settings.days('stale-days'),
    unassessedDays: ctx.settings.days('unassessed-days'),
    orderSilenceDays: ctx.settings.days('order-silence-days'),
    surveyDays: (tier) => surveyCadence(tier as Tier | null, (key) => ctx.settings.get(key)),
  });
  if (ctx.out.mode === 'json') return ctx.out.json(model);
  ctx.out.data(renderToday(ctx.out, model, whose, ctx.out.mode === 'table' && !options.all ? SCREEN_ROWS : 0));
}
