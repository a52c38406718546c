/** acct action add | list | done | drop */
import { parseVocabulary } from '../domain/vocabulary.js';
import type { Context } from '../context.js';
import { ACTION_FIELDS } from '../domain/fields.js';
import { parseWholeNumber } from '../domain/numbers.js';
import type { ActionStatus } from '../domain/enums.js';
import { UserError, UsageError } from '../errors.js';
import { playOwner, rolePeople } from '../domain/assessment/owners.js';
import { actionDetailData, renderActionDetail } from '../render/action.js';
import { actionColumns } from '../render/records.js';
import { renderTable } from '../render/table.js';
import { validateOrThrow } from './fields-input.js';
import { resolveAccount, unknownOwnerWarning } from './resolve.js';
import { ownerFilter } from './mine.js';
import { t } from '../i18n/index.js';
import { formatDate } from '../render/format.js';
import { said } from '../render/labels.js';

export async function addAction(
  ctx: Context,
  accountInput: string,
  text: string,
  options: { owner?: string; due?: string; playbook?: string; play?: string },
): Promise<void> {
  const values = validateOrThrow(
    ACTION_FIELDS,
    { text, owner: options.owner, due: options.due, playbook: options.playbook, play: options.play },
    ctx.today,
    {
      requireAll: true,
    },
  );
  const store = await ctx.store();
  const { account, action } = store.write(() => {
    const account = resolveAccount(store, accountInput);
    const action = store.actions.insert(
      account.id,
      {
        text: String(values.text),
        owner: (values.owner as string | null | undefined) ?? account.owner,
        due: values.due as string | null | undefined,
        playbook: values.playbook as string | null | undefined,
        play: values.play as string | null | undefined,
      },
      ctx.nowIso,
    );
    return { account, action };
  });
  if (ctx.out.mode === 'json') return ctx.out.json(action);
  ctx.out.success(
    t('command.action.added', {
      id: action.id,
      account: account.name,
      due: action.due ? formatDate(action.due, ctx.lang) : null,
    }),
  );
}

export async function listActions(
  ctx: Context,
  accountInput: string | undefined,
  options: { status?: string; owner?: string; mine?: boolean; overdue?: boolean },
): Promise<void> {
  const owner = ownerFilter(ctx, options);
  const statusValues = ['open', 'done', 'dropped', 'all'];
  const typed = options.status ?? 'open';
  // Either language's word for a status (已完成, 待办) counts, as in every vocabulary field (docs/i18n.md).
  const status = ['all', '全部'].includes(typed.trim().toLowerCase())
    ? 'all'
    : (parseVocabulary('actionStatus', typed) ?? typed);
  if (!statusValues.includes(status)) {
    throw new UsageError(
      t('error.cmd.action.status', {
        value: typed,
        values: statusValues.map((value) =>
          value === 'all' ? t('command.action.statusAll') : said('actionStatus', value),
        ),
      }),
      t('error.cmd.action.status.hint'),
    );
  }
  const store = await ctx.store({ create: false });
  const account = accountInput ? resolveAccount(store, accountInput) : undefined;
  let actions = store.actions.list({
    accountId: account?.id,
    status: status as ActionStatus | 'all',
    owner,
  });
  if (options.overdue) actions = actions.filter((a) => a.status === 'open' && a.due !== null && a.due < ctx.today);
  if (actions.length === 0) {
    const ownerWarning = unknownOwnerWarning(store, owner);
    if (ownerWarning) ctx.out.warn(ownerWarning);
  }
  const names = new Map<number, string>();
  const accountName = (id: number): string => {
    if (!names.has(id)) names.set(id, store.accounts.byId(id)?.name ?? `#${id}`);
    return names.get(id)!;
  };
  if (ctx.out.mode === 'json') {
    return ctx.out.json(
      actions.map((a) => ({
        ...a,
        account: accountName(a.accountId),
        overdue: a.status === 'open' && a.due !== null && a.due < ctx.today,
      })),
    );
  }
  if (actions.length === 0) return ctx.out.info(t('command.action.none'));
  ctx.out.data(renderTable(ctx.out, actionColumns(ctx.out, ctx.today, account ? undefined : accountName), actions));
}

function actionId(idInput: string): number {
  const id = parseWholeNumber(idInput.replace(/^#/, ''));
  if (id === null)
    throw new UsageError(t('error.cmd.action.badId', { input: idInput }), t('error.cmd.action.badId.hint'));
  return id;
}

/** Moves a due date, hands an action to someone else or rewords it. */
export async function editAction(
  ctx: Context,
  idInput: string,
  options: { text?: string; owner?: string; due?: string },
): Promise<void> {
  const id = actionId(idInput);
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  if (Object.keys(given).length === 0) {
    throw new UsageError(t('error.cmd.nothingToChange'), t('error.cmd.action.edit.hint'));
  }
  // Only the fields given are validated, as for acct edit.
  const values = validateOrThrow(ACTION_FIELDS, given, ctx.today);
  const store = await ctx.store();
  const action = store.write(() => {
    if (!store.actions.byId(id))
      throw new UserError(t('error.cmd.action.none', { id }), t('error.cmd.action.none.hint'));
    return store.actions.update(id, {
      ...(values.text !== undefined ? { text: String(values.text) } : {}),
      ...(values.owner !== undefined ? { owner: values.owner as string | null } : {}),
      ...(values.due !== undefined ? { due: values.due as string | null } : {}),
    });
  });
  if (ctx.out.mode === 'json') return ctx.out.json(action);
  ctx.out.success(t('command.action.updated', { id, fields: Object.keys(given) }));
}

export async function closeAction(
  ctx: Context,
  idInput: string,
  status: 'done' | 'dropped',
  // --yes is accepted for scripts that pass it everywhere: closing asks nothing.
  _options: { yes?: boolean } = {},
): Promise<void> {
  const id = actionId(idInput);
  const store = await ctx.store();
  const { action, was } = store.write(() => {
    const found = store.actions.byId(id);
    if (!found) throw new UserError(t('error.cmd.action.none', { id }), t('error.cmd.action.none.hint'));
    // Asking again for what is already so is not an error: the wish is met.
    if (found.status === status) return { action: found, was: found.status };
    return { action: store.actions.setStatus(id, status, ctx.nowIso), was: found.status };
  });
  const already = t('command.action.already', { id, status: said('actionStatus', status) });
  if (ctx.out.mode === 'json') {
    if (was === status) ctx.out.info(already);
    return ctx.out.json(action);
  }
  if (was === status) return ctx.out.info(already);
  ctx.out.success(
    t('command.action.marked', {
      id,
      status: said('actionStatus', status),
      was: was !== 'open' ? said('actionStatus', was) : null,
      text: action.text,
    }),
  );
}

/** acct action show: one action in full, with its play's why, because lines and steps. */
export async function showAction(ctx: Context, idInput: string): Promise<void> {
  const id = actionId(idInput);
  const store = await ctx.store({ create: false });
  const action = store.actions.byId(id);
  if (!action) throw new UserError(t('error.cmd.action.none', { id }), t('error.cmd.action.none.hint'));
  const account = store.accounts.byId(action.accountId);
  const record = action.assessmentId === null ? undefined : store.assessments.byId(action.assessmentId);
  const people = rolePeople((key) => ctx.settings.get(key));
  const standIn =
    action.ownerRole !== null &&
    playOwner(action.ownerRole, account?.owner ?? null, people).standIn &&
    action.owner === (account?.owner ?? null);
  const detail = {
    action,
    account: account?.name ?? `#${action.accountId}`,
    assessment: record ? { id: record.id, assessedAt: record.assessedAt } : null,
    standIn,
  };
  if (ctx.out.mode === 'json') return ctx.out.json(actionDetailData(detail, ctx.today));
  ctx.out.data(renderActionDetail(ctx.out, detail, ctx.today));
}
