/** acct log: record an interaction; it also moves the contacts' last-contacted date. */
import type { Context } from '../context.js';
import { ACTIVITY_FIELDS } from '../domain/fields.js';
import type { ActivityType } from '../domain/enums.js';
import { UserError } from '../errors.js';
import { validateOrThrow } from './fields-input.js';
import { resolveContact } from './contact.js';
import { resolveAccount } from './resolve.js';

export async function logActivity(
  ctx: Context,
  accountInput: string,
  note: string,
  options: { type?: string; date?: string; contact?: string[] },
): Promise<void> {
  const values = validateOrThrow(
    ACTIVITY_FIELDS,
    { note, type: options.type ?? 'other', date: options.date ?? ctx.today },
    ctx.today,
    { requireAll: true },
  );
  // A log is what happened; a future date would also mark the contacts as "just contacted" until then.
  if (String(values.date) > ctx.today) {
    throw new UserError(
      `--date ${String(values.date)} is in the future; a log records what already happened`,
      `plan it instead: acct action add "${accountInput}" "${note}" --due ${String(values.date)}`,
    );
  }
  const store = await ctx.store();
  const { account, activity, contacts } = store.write(() => {
    const account = resolveAccount(store, accountInput);
    const contacts = (options.contact ?? []).map((name) => resolveContact(store, account.id, account.name, name));
    const contactIds = [...new Set(contacts.map((contact) => contact.id))];
    const activity = store.activities.insert(
      account.id,
      { date: String(values.date), type: values.type as ActivityType, note: String(values.note), contactIds },
      ctx.nowIso,
    );
    store.contacts.touch(contactIds, activity.date);
    return { account, activity, contacts };
  });
  if (ctx.out.mode === 'json') return ctx.out.json(activity);
  const withWhom = contacts.length > 0 ? ` with ${contacts.map((c) => c.name).join(', ')}` : '';
  ctx.out.success(`Logged ${activity.type} at ${account.name}${withWhom} on ${activity.date}`);
}
