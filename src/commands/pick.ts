/**
 * The account a command works on: the name given, else (on a terminal) a
 * searchable picker over names and external ids, else a usage error. The
 * picker matches as `acct find` does (domain/find.ts), on names and ids only.
 */
import type { Context } from '../context.js';
import { findAccounts, type SearchText } from '../domain/find.js';
import { pinyinForms, toSimplified } from '../store/chinese.js';
import type { Account } from '../domain/types.js';
import { UsageError, UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { visible } from '../render/safe-text.js';
import type { Store } from '../store/index.js';
import { SearchRepository } from '../store/search.js';
import { resolveAccount } from './resolve.js';

const SHOWN = 12;

/** The account named, or the one picked on a terminal. */
export async function accountOrPick(
  ctx: Context,
  store: Store,
  name: string | undefined,
  command: string,
): Promise<Account> {
  if (name !== undefined && name.trim() !== '') return resolveAccount(store, name);
  if (!ctx.interactive) {
    throw new UsageError(t('error.pick.which'), t('error.pick.which.hint', { command }));
  }
  const texts = new SearchRepository(store.db).accountNames();
  if (texts.length === 0) throw new UserError(t('error.pick.none'), t('error.pick.none.hint'));
  const id = await pickAccount(texts);
  const account = store.accounts.byId(id);
  if (!account) throw new UserError(t('error.pick.gone'));
  return account;
}

/** Choices for what has been typed so far: every account (by name) until something is typed. */
export function pickerChoices(
  texts: readonly SearchText[],
  term: string | undefined,
): { value: number; name: string; description?: string }[] {
  const typed = term?.trim() ?? '';
  if (typed === '') {
    return texts.filter((t) => t.field === 'name').map((t) => ({ value: t.accountId, name: visible(t.account) }));
  }
  return findAccounts(typed, texts, { simplify: toSimplified, pinyin: pinyinForms }).map((hit) => {
    const id = hit.matches.find((m) => m.field === 'externalId');
    return {
      value: hit.accountId,
      name: visible(hit.account),
      ...(id ? { description: t('prompt.pick.externalId', { id: visible(id.text) }) } : {}),
    };
  });
}

async function pickAccount(texts: readonly SearchText[]): Promise<number> {
  const { search } = await import('@inquirer/prompts');
  return search<number>({
    message: t('prompt.pick.account'),
    source: (term) => pickerChoices(texts, term),
    pageSize: SHOWN,
  });
}
