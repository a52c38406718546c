/** acct log: record an interaction; it also moves the contacts' last-contacted date. */
import type { Context } from '../context.js';
import { ACTIVITY_FIELDS } from '../domain/fields.js';
import { orderCurrency } from '../domain/assessment/lifetime-value.js';
import type { ActivityType } from '../domain/enums.js';
import { UserError, UsageError } from '../errors.js';
import { validateOrThrow } from './fields-input.js';
import { resolveContact } from './contact.js';
import { resolveAccount } from './resolve.js';
import { t } from '../i18n/index.js';
import { formatAmount, formatDate } from '../render/format.js';
import { said } from '../render/labels.js';

export async function logActivity(
  ctx: Context,
  accountInput: string,
  note: string,
  options: { type?: string; date?: string; contact?: string[]; amount?: string; currency?: string },
): Promise<void> {
  const values = validateOrThrow(
    ACTIVITY_FIELDS,
    {
      note,
      type: options.type ?? 'other',
      date: options.date ?? ctx.today,
      ...(options.amount !== undefined ? { amount: options.amount } : {}),
      ...(options.currency !== undefined ? { currency: options.currency } : {}),
    },
    ctx.today,
    { requireAll: true },
  );
  if (values.currency !== undefined && values.amount === undefined)
    throw new UsageError(t('error.cmd.log.currencyAlone'), t('error.cmd.log.currencyAlone.hint'));
  // A log is what happened; a future date would also mark the contacts as "just contacted" until then.
  if (String(values.date) > ctx.today) {
    const date = String(values.date);
    throw new UserError(
      t('error.cmd.log.future', { date }),
      t('error.cmd.log.future.hint', { account: accountInput, note, date }),
    );
  }
  const store = await ctx.store();
  const { account, activity, contacts } = store.write(() => {
    const account = resolveAccount(store, accountInput);
    const contacts = (options.contact ?? []).map((name) => resolveContact(store, account.id, account.name, name));
    const contactIds = [...new Set(contacts.map((contact) => contact.id))];
    const amount = typeof values.amount === 'number' ? values.amount : null;
    const activity = store.activities.insert(
      account.id,
      {
        date: String(values.date),
        type: values.type as ActivityType,
        note: String(values.note),
        contactIds,
        amount,
        currency: orderCurrency(amount, values.currency as string | undefined, account.currency),
      },
      ctx.nowIso,
    );
    store.contacts.touch(contactIds, activity.date);
    return { account, activity, contacts };
  });
  if (ctx.out.mode === 'json') return ctx.out.json(activity);
  ctx.out.success(
    t('command.log.logged', {
      type: said('activityType', activity.type),
      amount: activity.amount === null ? null : formatAmount(activity.amount, activity.currency, ctx.lang),
      account: account.name,
      contacts: contacts.map((c) => c.name),
      date: formatDate(activity.date, ctx.lang),
    }),
  );
}
