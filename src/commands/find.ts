/**
 * acct find TEXT: which accounts a name, id, note, contact or email points
 * at, and where it matched (domain/find.ts ranks them). Nothing found is not
 * an error for a search: it says so, with close names when there are any.
 */
import type { Context } from '../context.js';
import { findAccounts, nearNames } from '../domain/find.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { renderFind } from '../render/find.js';
import { pinyinForms, toSimplified } from '../store/chinese.js';
import { SearchRepository } from '../store/search.js';

export async function findText(ctx: Context, words: string[]): Promise<void> {
  const query = words.join(' ').trim();
  if (query === '') throw new UsageError(t('error.cmd.find.empty'), t('error.cmd.find.empty.hint'));
  const store = await ctx.store({ create: false });
  const search = new SearchRepository(store.db);
  const hits = findAccounts(query, search.all(), { simplify: toSimplified, pinyin: pinyinForms });
  if (ctx.out.mode === 'json') return ctx.out.json(hits);
  if (hits.length === 0) {
    const near = nearNames(
      query,
      search
        .accountNames()
        .filter((t) => t.field === 'name')
        .map((t) => t.text),
    );
    ctx.out.info(t('command.find.none', { query, near }));
    return;
  }
  ctx.out.data(renderFind(ctx.out, hits));
}
