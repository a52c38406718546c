/**
 * acct add | edit | rename | remove: flags -> store -> render. `list` and
 * `show` live in list.ts and show.ts, so the most used reading command loads
 * none of the assessment code `add` and `edit` need (issue 10, start-up).
 */
import type { Context } from '../context.js';
import { settleStage, stagesFor, type StageFields } from '../domain/assessment/derive.js';
import type { Level, Stage, SupplierPosition } from '../domain/enums.js';
import { ACCOUNT_FIELDS, type ParsedRecord } from '../domain/fields.js';
import { cleanName, nameKey } from '../domain/names.js';
import type { Account } from '../domain/types.js';
import { UserError, UsageError } from '../errors.js';
import { confirmDestructive, exactTargetNeeded } from '../prompt/confirm.js';
import type { AccountDependents, AccountPatch } from '../store/accounts.js';
import type { Store } from '../store/index.js';
import { fieldInput, validateOrThrow } from './fields-input.js';
import { resolveAccount, resolveAccountExactly } from './resolve.js';
import { t } from '../i18n/index.js';
import { said } from '../render/labels.js';

function assertNameFree(store: Store, name: string, exceptId?: number): void {
  const clash = store.accounts.byName(name);
  if (clash && clash.id !== exceptId) {
    throw new UserError(
      t('error.cmd.account.exists', { name: clash.name }),
      t('error.cmd.account.exists.hint', { name: clash.name }),
    );
  }
}

function assertExternalIdFree(store: Store, externalId: unknown, exceptId?: number): void {
  if (typeof externalId !== 'string') return;
  const clash = store.accounts.byExternalId(externalId);
  if (clash && clash.id !== exceptId) {
    throw new UserError(
      t('error.cmd.account.externalIdTaken', { externalId, name: clash.name }),
      t('error.cmd.account.externalIdTaken.hint'),
    );
  }
}

/** What a new account is before anything is said about it. */
const NEW_ACCOUNT: StageFields = { position: 'none', share: null, level: 'transactional', stage: 'development' };

/**
 * Makes stage, level and position consistent (docs/domain.md §7, one rule:
 * settleStage): what the user gave wins, the rest is derived and said on
 * stderr; an inconsistent explicit pair is refused before anything is written.
 */
function settleStageFields(ctx: Context, current: StageFields, values: ParsedRecord): void {
  const given: Partial<StageFields> = {};
  if (values.position !== undefined) given.position = values.position as SupplierPosition;
  if (values.share !== undefined) given.share = values.share as number | null;
  if (values.level !== undefined) given.level = values.level as Level;
  if (values.stage !== undefined) given.stage = values.stage as Stage;
  if (Object.keys(given).length === 0) return;
  const settled = settleStage(current, given);
  // The one refusal (docs/domain.md §7): a stage and a position given together that do not fit.
  if (!settled.ok && given.stage !== undefined && given.position !== undefined) {
    throw new UserError(
      t('error.cmd.account.stageMisfit', {
        stage: said('stage', given.stage),
        position: said('position', given.position),
      }),
      t('error.cmd.account.stageMisfit.hint', {
        stages: stagesFor(given.position).map((stage) => said('stage', stage)),
      }),
    );
  }
  if (!settled.ok) throw new UserError(t('error.cmd.nothingChanged', { message: settled.message }), settled.fix);
  const { fields } = settled;
  for (const { field, to } of settled.derived) {
    values[field] = to;
    ctx.out.info(
      field === 'stage'
        ? t('command.account.stageDerived', { to: said('stage', to), position: said('position', fields.position) })
        : t('command.account.positionDerived', { to: said('position', to), stage: said('stage', fields.stage) }),
    );
  }
}

export async function addAccount(ctx: Context, name: string, options: Record<string, unknown>): Promise<void> {
  const values = validateOrThrow(ACCOUNT_FIELDS, { ...fieldInput(ACCOUNT_FIELDS, options), name }, ctx.today, {
    requireAll: true,
  });
  values.name = cleanName(String(values.name));
  settleStageFields(ctx, NEW_ACCOUNT, values);
  const store = await ctx.store();
  const account = store.write(() => {
    assertNameFree(store, String(values.name));
    assertExternalIdFree(store, values.externalId);
    return store.accounts.insert(values as AccountPatch & { name: string }, ctx.nowIso);
  });
  if (ctx.out.mode === 'json') return ctx.out.json(account);
  ctx.out.success(
    t('command.account.added', {
      name: account.name,
      stage: said('stage', account.stage),
      level: said('level', account.level),
    }),
  );
  ctx.out.info(t('command.account.next', { name: account.name }));
}

export async function editAccount(ctx: Context, input: string, options: Record<string, unknown>): Promise<void> {
  const given = fieldInput(ACCOUNT_FIELDS, options);
  delete given.name;
  if (Object.keys(given).length === 0) {
    throw new UsageError(t('error.cmd.nothingToChange'), t('error.cmd.account.edit.hint'));
  }
  const patch = validateOrThrow(ACCOUNT_FIELDS, given, ctx.today);
  const store = await ctx.store();
  const account = store.write(() => {
    const found = resolveAccount(store, input);
    assertExternalIdFree(store, patch.externalId, found.id);
    settleStageFields(ctx, found, patch);
    return store.accounts.update(found.id, patch, ctx.nowIso);
  });
  if (ctx.out.mode === 'json') return ctx.out.json(account);
  ctx.out.success(t('command.account.updated', { name: account.name, fields: Object.keys(given) }));
}

export async function renameAccount(ctx: Context, input: string, newName: string): Promise<void> {
  const cleaned = cleanName(newName);
  if (cleaned === '') throw new UsageError(t('error.cmd.account.emptyName'), t('error.cmd.account.emptyName.hint'));
  const store = await ctx.store();
  const { before, after } = store.write(() => {
    const found = resolveAccount(store, input);
    if (nameKey(cleaned) !== nameKey(found.name)) assertNameFree(store, cleaned, found.id);
    return { before: found, after: store.accounts.update(found.id, { name: cleaned }, ctx.nowIso) };
  });
  if (ctx.out.mode === 'json') return ctx.out.json(after);
  ctx.out.success(t('command.account.renamed', { from: before.name, to: after.name }));
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
    if (!current) throw new UserError(t('error.cmd.account.alreadyRemoved', { name: account.name }));
    store.accounts.remove(account.id);
  });
  if (ctx.out.mode === 'json') return ctx.out.json({ removed: account, ...counts });
  ctx.out.success(t('command.account.removed', { name: account.name, counts }));
  await (await import('./db.js')).remindOfBackups(ctx);
}

/** The full name (and external id), and everything that goes with it, or that nothing does. */
function removalQuestion(account: Account, counts: AccountDependents): string {
  return t('command.account.removeQuestion', { name: account.name, externalId: account.externalId, counts });
}
