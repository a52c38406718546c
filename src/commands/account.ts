/** acct add | list | show | edit | rename | remove: flags -> store -> render. */
import type { Context } from '../context.js';
import { ACCOUNT_FIELDS } from '../domain/fields.js';
import { cleanName, nameKey } from '../domain/names.js';
import type { Account } from '../domain/types.js';
import { UserError, UsageError } from '../errors.js';
import { confirmDestructive, exactTargetNeeded } from '../prompt/confirm.js';
import { accountTable, actionColumns, activityColumns, contactColumns, formatMoney, when } from '../render/records.js';
import { visible } from '../render/safe-text.js';
import { heading, renderFields, renderTable } from '../render/table.js';
import type { AccountDependents, AccountPatch } from '../store/accounts.js';
import type { Store } from '../store/index.js';
import { fieldInput, validateOrThrow } from './fields-input.js';
import { resolveAccount, resolveAccountExactly, unknownOwnerWarning } from './resolve.js';

function assertNameFree(store: Store, name: string, exceptId?: number): void {
  const clash = store.accounts.byName(name);
  if (clash && clash.id !== exceptId) {
    throw new UserError(
      `an account named "${clash.name}" already exists`,
      `use \`acct edit "${clash.name}"\` to change it`,
    );
  }
}

function assertExternalIdFree(store: Store, externalId: unknown, exceptId?: number): void {
  if (typeof externalId !== 'string') return;
  const clash = store.accounts.byExternalId(externalId);
  if (clash && clash.id !== exceptId) {
    throw new UserError(`external id "${externalId}" already belongs to ${clash.name}`, 'external ids are unique');
  }
}

export async function addAccount(ctx: Context, name: string, options: Record<string, unknown>): Promise<void> {
  const values = validateOrThrow(ACCOUNT_FIELDS, { ...fieldInput(ACCOUNT_FIELDS, options), name }, ctx.today, {
    requireAll: true,
  });
  values.name = cleanName(String(values.name));
  const store = await ctx.store();
  const account = store.write(() => {
    assertNameFree(store, String(values.name));
    assertExternalIdFree(store, values.externalId);
    return store.accounts.insert(values as AccountPatch & { name: string }, ctx.nowIso);
  });
  if (ctx.out.mode === 'json') return ctx.out.json(account);
  ctx.out.success(`Added ${account.name} (${account.stage}, ${account.level})`);
  ctx.out.info(`Next: acct contact add "${account.name}" <name> --department purchasing`);
}

export async function listAccounts(ctx: Context, options: Record<string, string | undefined>): Promise<void> {
  const filter = validateOrThrow(
    ACCOUNT_FIELDS,
    { tier: options.tier, stage: options.stage, level: options.level },
    ctx.today,
  );
  const store = await ctx.store({ create: false });
  const accounts = store.accounts.list({
    owner: options.owner,
    tier: filter.tier as string | undefined,
    stage: filter.stage as string | undefined,
    level: filter.level as string | undefined,
  });
  const ownerWarning = accounts.length === 0 ? unknownOwnerWarning(store, options.owner) : null;
  if (ownerWarning) ctx.out.warn(ownerWarning);
  if (ctx.out.mode === 'json') return ctx.out.json(accounts);
  if (accounts.length === 0) {
    if (ownerWarning) return;
    ctx.out.info(
      store.accounts.count() === 0 ? 'No accounts yet. Add one with: acct add "Acme Industrial"' : 'No accounts match.',
    );
    return;
  }
  ctx.out.data(accountTable(ctx.out, accounts));
}

export async function showAccount(ctx: Context, input: string): Promise<void> {
  const store = await ctx.store({ create: false });
  const account = resolveAccount(store, input);
  const contacts = store.contacts.forAccount(account.id);
  const actions = store.actions.list({ accountId: account.id, status: 'open' });
  const activities = store.activities.forAccount(account.id, 5);
  const assessment = store.assessments.latest(account.id);
  if (ctx.out.mode === 'json') {
    return ctx.out.json({
      account,
      contacts,
      openActions: actions,
      recentActivities: activities,
      lastAssessment: assessment
        ? {
            assessedAt: assessment.assessedAt,
            stage: assessment.stage,
            level: assessment.level,
            criteriaFit: assessment.criteriaFit,
            riskLevel: assessment.riskLevel,
          }
        : null,
    });
  }
  const out = ctx.out;
  const parts: string[] = [];
  parts.push(heading(out, account.name));
  parts.push(
    renderFields(out, [
      ['external id', account.externalId],
      ['owner', account.owner],
      ['tier', account.tier],
      ['industry', account.industry],
      ['city', account.city],
      ['address', account.address],
      ['revenue', formatMoney(account.revenue, account.currency)],
      ['stage', account.stage],
      ['level', account.targetLevel ? `${account.level} (target ${account.targetLevel})` : account.level],
      [
        'position',
        account.share === null ? account.position : `${account.position}, ${account.share}% share of wallet`,
      ],
      [
        'last assessed',
        assessment
          ? `${when(out, assessment.assessedAt.slice(0, 10), ctx.today)} (fit ${assessment.criteriaFit ?? '?'}, risk ${assessment.riskLevel ?? '?'})`
          : 'never',
      ],
      ['notes', account.notes],
    ]),
  );
  const departments = new Map<string, typeof contacts>();
  for (const contact of contacts) {
    const key = contact.department ?? 'unknown department';
    departments.set(key, [...(departments.get(key) ?? []), contact]);
  }
  parts.push('', heading(out, `Contacts (${contacts.length})`));
  if (contacts.length === 0) parts.push('none yet: single-threaded at best. Add with: acct contact add');
  for (const [department, people] of [...departments].sort(([a], [b]) => a.localeCompare(b))) {
    if (out.mode === 'table') parts.push(out.color ? out.chalk.cyan(visible(department)) : visible(department));
    parts.push(
      renderTable(
        out,
        contactColumns(out, ctx.today).filter((c) => c.header !== 'DEPARTMENT' || out.mode !== 'table'),
        people,
      ),
    );
  }
  parts.push('', heading(out, `Open actions (${actions.length})`));
  if (actions.length > 0) parts.push(renderTable(out, actionColumns(out, ctx.today), actions));
  const byId = new Map(contacts.map((contact) => [contact.id, contact.name]));
  parts.push('', heading(out, 'Recent activity'));
  if (activities.length > 0) {
    parts.push(
      renderTable(
        out,
        activityColumns(out, ctx.today, (id) => byId.get(id) ?? `#${id}`),
        activities,
      ),
    );
  } else {
    parts.push('nothing logged yet');
  }
  out.data(parts.join('\n'));
}

export async function editAccount(ctx: Context, input: string, options: Record<string, unknown>): Promise<void> {
  const given = fieldInput(ACCOUNT_FIELDS, options);
  delete given.name;
  if (Object.keys(given).length === 0) {
    throw new UsageError(
      'nothing to change',
      'give at least one field, e.g. --stage initial-cooperation; see acct edit --help',
    );
  }
  const patch = validateOrThrow(ACCOUNT_FIELDS, given, ctx.today);
  const store = await ctx.store();
  const account = store.write(() => {
    const found = resolveAccount(store, input);
    assertExternalIdFree(store, patch.externalId, found.id);
    return store.accounts.update(found.id, patch, ctx.nowIso);
  });
  if (ctx.out.mode === 'json') return ctx.out.json(account);
  ctx.out.success(`Updated ${account.name}: ${Object.keys(given).join(', ')}`);
}

export async function renameAccount(ctx: Context, input: string, newName: string): Promise<void> {
  const cleaned = cleanName(newName);
  if (cleaned === '') throw new UsageError('the new name is empty', 'give a name');
  const store = await ctx.store();
  const { before, after } = store.write(() => {
    const found = resolveAccount(store, input);
    if (nameKey(cleaned) !== nameKey(found.name)) assertNameFree(store, cleaned, found.id);
    return { before: found, after: store.accounts.update(found.id, { name: cleaned }, ctx.nowIso) };
  });
  if (ctx.out.mode === 'json') return ctx.out.json(after);
  ctx.out.success(`Renamed ${before.name} to ${after.name}`);
}

export async function removeAccount(ctx: Context, input: string, options: { yes?: boolean }): Promise<void> {
  const store = await ctx.store({ create: false });
  const exact = exactTargetNeeded(ctx, options.yes);
  const account: Account = exact ? resolveAccountExactly(store, input) : resolveAccount(store, input);
  const counts = store.accounts.dependents(account.id);
  await confirmDestructive(ctx, removalQuestion(account, counts), options.yes);
  store.write(() => {
    // Re-resolve inside the write lock: another process may have renamed or removed it meanwhile.
    const current = store.accounts.byId(account.id);
    if (!current) throw new UserError(`${account.name} was already removed`);
    store.accounts.remove(account.id);
  });
  if (ctx.out.mode === 'json') return ctx.out.json({ removed: account, ...counts });
  ctx.out.success(`Removed ${account.name}${withDependents(counts)}`);
  await (await import('./db.js')).remindOfBackups(ctx);
}

/** The full name (and external id), and everything that goes with it, or that nothing does. */
function removalQuestion(account: Account, counts: AccountDependents): string {
  const name = account.externalId ? `${account.name} (external id ${account.externalId})` : account.name;
  const goes = withDependents(counts) || ', which has no contacts, activities, actions or assessments';
  return `Remove ${name}${goes}?`;
}

/** " with its 2 contacts, 5 activities and 1 action", naming only what exists; "" for none. */
function withDependents(counts: AccountDependents): string {
  const one = { contacts: 'contact', activities: 'activity', actions: 'action', assessments: 'assessment' };
  const parts = (Object.entries(counts) as [keyof AccountDependents, number][])
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${n === 1 ? one[kind] : kind}`);
  if (parts.length === 0) return '';
  const last = parts.pop()!;
  return ` with its ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}`;
}
