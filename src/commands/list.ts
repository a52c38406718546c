/** acct list: the filters -> store -> the account table. Loads no assessment code (issue 10, start-up). */
import type { Context } from '../context.js';
import { ACCOUNT_FIELDS } from '../domain/fields.js';
import { nameOrder } from '../domain/names.js';
import { accountTable } from '../render/records.js';
import { validateOrThrow } from './fields-input.js';
import { ownerFilter } from './mine.js';
import { unknownOwnerWarning } from './resolve.js';
import { t } from '../i18n/index.js';

export async function listAccounts(
  ctx: Context,
  options: { owner?: string; mine?: boolean; tier?: string; stage?: string; level?: string },
): Promise<void> {
  const owner = ownerFilter(ctx, options);
  const filter = validateOrThrow(
    ACCOUNT_FIELDS,
    { tier: options.tier, stage: options.stage, level: options.level },
    ctx.today,
  );
  const store = await ctx.store({ create: false });
  const accounts = store.accounts.list({
    owner,
    tier: filter.tier as string | undefined,
    stage: filter.stage as string | undefined,
    level: filter.level as string | undefined,
  });
  // In Chinese, by pinyin (docs/i18n.md, Names); in English the store's order stands.
  if (ctx.lang === 'zh-CN') {
    const order = nameOrder('zh-CN');
    accounts.sort((a, b) => order(a.name, b.name));
  }
  const ownerWarning = accounts.length === 0 ? unknownOwnerWarning(store, owner) : null;
  if (ownerWarning) ctx.out.warn(ownerWarning);
  if (ctx.out.mode === 'json') return ctx.out.json(accounts);
  if (accounts.length === 0) {
    if (ownerWarning) return;
    ctx.out.info(store.accounts.count() === 0 ? t('command.list.noAccounts') : t('command.list.noMatch'));
    return;
  }
  ctx.out.data(accountTable(ctx.out, accounts));
}
