/** acct show: one account's profile, contacts, open actions, recent activity and value. */
import type { Context } from '../context.js';
import { lifetimeValue, ordersToDate } from '../domain/assessment/lifetime-value.js';
import { valueLines } from '../render/assessment.js';
import { accountProfileData, renderAccountProfile, type AccountProfile } from '../render/records.js';
import { heading, renderFields } from '../render/table.js';
import { t } from '../i18n/index.js';
import { accountOrPick } from './pick.js';

export async function showAccount(ctx: Context, input: string | undefined): Promise<void> {
  const store = await ctx.store({ create: false });
  // No name: a picker on a terminal, a usage error elsewhere.
  const account = await accountOrPick(ctx, store, input, 'show');
  const contacts = store.contacts.forAccount(account.id);
  const openActions = store.actions.list({ accountId: account.id, status: 'open' });
  const recentActivities = store.activities.forAccount(account.id, 5);
  const lastAssessment = store.assessments.latest(account.id);
  const profile: AccountProfile = { account, contacts, openActions, recentActivities, lastAssessment };
  // Orders to date and the lifetime value (docs/domain.md §4), from every order logged.
  const orderLog = store.activities.orders(account.id);
  const orders = ordersToDate(orderLog, ctx.today);
  const value = lifetimeValue(orderLog, ctx.today, Number(ctx.settings.get('relationship-years')));
  if (ctx.out.mode === 'json')
    return ctx.out.json({ ...(accountProfileData(profile) as object), orders, lifetimeValue: value });
  ctx.out.data(renderAccountProfile(ctx.out, profile, ctx.today));
  const worth = valueLines(orders, value, ctx.out.mode === 'table');
  if (worth.length > 0)
    ctx.out.data(['', heading(ctx.out, t('render.show.value')), renderFields(ctx.out, worth)].join('\n'));
}
