/**
 * acct list: the filters -> store -> the account table. Loads no assessment code, and
 * the field rules and owner lookup only when a filter is given or nothing is found
 * (issue 10, start-up).
 */
import type { Context } from '../context.js';
import { nameOrder } from '../domain/names.js';
import { accountTable } from '../render/account-table.js';
import { ownerFilter } from './mine.js';
import { t } from '../i18n/index.js';

type Filters = { tier?: string; stage?: string; level?: string };

/** The field filters, checked and in the store's words (a tier "A类" is stored as A); none given, none to check. */
async function fieldFilters(ctx: Context, given: Filters): Promise<Filters> {
  if (given.tier === undefined && given.stage === undefined && given.level === undefined) return {};
  const [{ ACCOUNT_FIELDS }, { validateOrThrow }] = await Promise.all([
    import('../domain/fields.js'),
    import('./fields-input.js'),
  ]);
  const parsed = validateOrThrow(ACCOUNT_FIELDS, { ...given }, ctx.today);
  return {
    tier: parsed.tier as string | undefined,
    stage: parsed.stage as string | undefined,
    level: parsed.level as string | undefined,
  };
}

export async function listAccounts(
  ctx: Context,
  options: { owner?: string; mine?: boolean; tier?: string; stage?: string; level?: string },
): Promise<void> {
  const owner = ownerFilter(ctx, options);
  const filter = await fieldFilters(ctx, { tier: options.tier, stage: options.stage, level: options.level });
  const store = await ctx.store({ create: false });
  const accounts = store.accounts.list({ owner, ...filter });
  // In Chinese, by pinyin (docs/i18n.md, Names); in English the store's order stands.
  if (ctx.lang === 'zh-CN') {
    const order = nameOrder('zh-CN');
    accounts.sort((a, b) => order(a.name, b.name));
  }
  const ownerWarning = accounts.length === 0 ? (await import('./resolve.js')).unknownOwnerWarning(store, owner) : null;
  if (ownerWarning) ctx.out.warn(ownerWarning);
  if (ctx.out.mode === 'json') return ctx.out.json(accounts);
  if (accounts.length === 0) {
    if (ownerWarning) return;
    ctx.out.info(store.accounts.count() === 0 ? t('command.list.noAccounts') : t('command.list.noMatch'));
    return;
  }
  ctx.out.data(accountTable(ctx.out, accounts));
}
