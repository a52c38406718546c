/** acct contact add | list | edit | remove */
import type { Context } from '../context.js';
import { CONTACT_FIELDS } from '../domain/fields.js';
import { cleanName, nameKey } from '../domain/names.js';
import type { Account, Contact } from '../domain/types.js';
import { UserError, UsageError } from '../errors.js';
import { confirmDestructive, exactTargetNeeded } from '../prompt/confirm.js';
import { contactColumns } from '../render/records.js';
import { renderTable } from '../render/table.js';
import type { Store } from '../store/index.js';
import { fieldInput, validateOrThrow } from './fields-input.js';
import { onlyAPrefix, resolveAccount, resolveAccountExactly } from './resolve.js';
import { t } from '../i18n/index.js';

/** One contact of the account by name, email or unique name prefix. */
export function resolveContact(store: Store, accountId: number, accountName: string, input: string): Contact {
  const found = store.contacts.find(accountId, input);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw severalContacts(input, accountName, found);
  throw noContact(store, accountId, accountName, input);
}

/**
 * For removing without a confirmation (--yes): the exact name or email at
 * the account, or the contact's id (`#12`, the id in contact list --json);
 * never a prefix, which would remove whoever it happens to match.
 */
export function resolveContactExactly(store: Store, account: Account, input: string): Contact {
  const key = nameKey(input);
  const found = store.contacts.find(account.id, input);
  const exact = found.filter((c) => nameKey(c.name) === key || (c.email !== null && nameKey(c.email) === key));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) throw severalContacts(input, account.name, exact);
  const id = /^#?\d+$/.test(input.trim()) ? Number(input.trim().replace('#', '')) : null;
  const byId = id !== null ? store.contacts.byId(id) : undefined;
  if (byId && byId.accountId === account.id) return byId;
  if (found.length > 0)
    throw onlyAPrefix(
      input,
      t('error.cmd.contact.exactNeeded'),
      found.map((c) => c.name),
    );
  throw noContact(store, account.id, account.name, input);
}

function severalContacts(input: string, accountName: string, found: readonly Contact[]): UserError {
  return new UserError(
    t('error.cmd.contact.several', { input, account: accountName, names: found.map((c) => c.name) }),
    t('error.cmd.contact.several.hint'),
  );
}

function noContact(store: Store, accountId: number, accountName: string, input: string): UserError {
  const names = store.contacts.forAccount(accountId).map((c) => c.name);
  return new UserError(
    t('error.cmd.contact.none', { input, account: accountName }),
    t('error.cmd.contact.none.hint', { input, account: accountName, names: names.slice(0, 6) }),
  );
}

/**
 * Two contacts of one account may share a name only when both have an email
 * to tell them apart by; otherwise neither could be picked out again (edit,
 * remove, activity logs and imports find contacts by name or email).
 */
function refuseSameName(store: Store, account: Account, name: string, email: string | null, exceptId?: number): void {
  const key = nameKey(name);
  const twin = store.contacts
    .forAccount(account.id)
    .find((other) => other.id !== exceptId && nameKey(other.name) === key && (!email || !other.email));
  if (twin) {
    throw new UserError(
      t('error.cmd.contact.sameName', { account: account.name, name: twin.name }),
      t('error.cmd.contact.sameName.hint'),
    );
  }
}

export async function addContact(
  ctx: Context,
  accountInput: string,
  name: string,
  options: Record<string, unknown>,
): Promise<void> {
  const values = validateOrThrow(CONTACT_FIELDS, { ...fieldInput(CONTACT_FIELDS, options), name }, ctx.today, {
    requireAll: true,
  });
  values.name = cleanName(String(values.name));
  const store = await ctx.store();
  const contact = store.write(() => {
    const account = resolveAccount(store, accountInput);
    if (typeof values.email === 'string' && store.contacts.byEmail(account.id, values.email)) {
      throw new UserError(
        t('error.cmd.contact.emailTaken', { email: values.email, account: account.name }),
        t('error.cmd.contact.emailTaken.hint'),
      );
    }
    refuseSameName(store, account, String(values.name), typeof values.email === 'string' ? values.email : null);
    return { account, contact: store.contacts.insert(account.id, values as { name: string }, ctx.nowIso) };
  });
  if (ctx.out.mode === 'json') return ctx.out.json(contact.contact);
  ctx.out.success(t('command.contact.added', { name: contact.contact.name, account: contact.account.name }));
}

export async function listContacts(ctx: Context, accountInput: string): Promise<void> {
  const store = await ctx.store({ create: false });
  const account = resolveAccount(store, accountInput);
  const contacts = store.contacts.forAccount(account.id);
  if (ctx.out.mode === 'json') return ctx.out.json(contacts);
  if (contacts.length === 0) return ctx.out.info(t('command.contact.none', { account: account.name }));
  ctx.out.data(renderTable(ctx.out, contactColumns(ctx.out, ctx.today), contacts));
}

export async function editContact(
  ctx: Context,
  accountInput: string,
  name: string,
  options: Record<string, unknown>,
): Promise<void> {
  const given = fieldInput(CONTACT_FIELDS, options);
  if (Object.keys(given).length === 0) {
    throw new UsageError(t('error.cmd.nothingToChange'), t('error.cmd.contact.edit.hint'));
  }
  const patch = validateOrThrow(CONTACT_FIELDS, given, ctx.today);
  if (typeof patch.name === 'string') patch.name = cleanName(patch.name);
  const store = await ctx.store();
  const updated = store.write(() => {
    const account = resolveAccount(store, accountInput);
    const contact = resolveContact(store, account.id, account.name, name);
    if (typeof patch.name === 'string' || patch.email !== undefined) {
      const email = patch.email !== undefined ? (patch.email as string | null) : contact.email;
      refuseSameName(store, account, typeof patch.name === 'string' ? patch.name : contact.name, email, contact.id);
    }
    return store.contacts.update(contact.id, patch, ctx.nowIso);
  });
  if (ctx.out.mode === 'json') return ctx.out.json(updated);
  ctx.out.success(t('command.contact.updated', { name: updated.name, fields: Object.keys(given) }));
}

export async function removeContact(
  ctx: Context,
  accountInput: string,
  name: string,
  options: { yes?: boolean },
): Promise<void> {
  const store = await ctx.store({ create: false });
  // The account only says where to look; the contact, the one removed, takes no prefix without a confirmation.
  const exact = exactTargetNeeded(ctx, options.yes);
  // Nor the account: a prefix that names one account today names another once a similar one is added.
  const account = exact ? resolveAccountExactly(store, accountInput) : resolveAccount(store, accountInput);
  const contact = exact
    ? resolveContactExactly(store, account, name)
    : resolveContact(store, account.id, account.name, name);
  // Activities stay; only this person's name leaves them, so say so before it happens.
  const logged = store.activities.countWithContact(contact.id);
  const who = contact.email ? `${contact.name} <${contact.email}>` : contact.name;
  await confirmDestructive(
    ctx,
    t('command.contact.removeQuestion', { who, account: account.name, logged }),
    options.yes,
  );
  store.write(() => store.contacts.remove(contact.id));
  if (ctx.out.mode === 'json') return ctx.out.json({ removed: contact });
  ctx.out.success(t('command.contact.removed', { name: contact.name, account: account.name, logged }));
  await (await import('./db.js')).remindOfBackups(ctx);
}
