/**
 * Turning what the user typed into one account: exact normalised name, then
 * external id, then a unique prefix. Anything else is an error that lists
 * the closest names, so a typo costs one more try, not a search. Removing
 * without a confirmation takes no prefix (resolveAccountExactly).
 */
import { closestMatches } from '../domain/names.js';
import type { Account } from '../domain/types.js';
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Store } from '../store/index.js';

export function resolveAccount(store: Store, input: string): Account {
  const exact = exactAccount(store, input);
  if (exact) return exact;
  const prefixed = store.accounts.byPrefix(input, 6);
  if (prefixed.length === 1) return prefixed[0]!;
  if (prefixed.length > 1) {
    throw new UserError(
      t('error.account.ambiguous', { input, names: listed(prefixed.map((account) => account.name)) }),
      t('error.account.ambiguous.hint'),
    );
  }
  throw noAccount(store, input);
}

/**
 * For removing without a person to confirm (--yes, or no terminal): the
 * exact name or the external id, never a prefix. A prefix that picks one
 * account today picks another once a similar name is added, and a script
 * would remove that one without anyone seeing which.
 */
export function resolveAccountExactly(store: Store, input: string): Account {
  const exact = exactAccount(store, input);
  if (exact) return exact;
  const prefixed = store.accounts.byPrefix(input, 6);
  if (prefixed.length > 0)
    throw onlyAPrefix(
      input,
      t('error.account.exactNeeded'),
      prefixed.map((a) => a.name),
    );
  throw noAccount(store, input);
}

/** Refuses a prefix where removing needs the whole name, listing the names it starts. */
export function onlyAPrefix(input: string, needs: string, candidates: readonly string[]): UserError {
  return new UserError(
    t('error.onlyAPrefix', { input, needs }),
    t('error.onlyAPrefix.hint', { names: listed(candidates) }),
  );
}

function exactAccount(store: Store, input: string): Account | undefined {
  return (
    store.accounts.byName(input) ?? store.accounts.byExternalId(input) ?? store.accounts.byExternalIdAnyCase(input)
  );
}

function noAccount(store: Store, input: string): UserError {
  const suggestions = closestMatches(input, store.accounts.allNames());
  return new UserError(
    t('error.account.notFound', { input }),
    suggestions.length > 0 ? t('error.didYouMean', { names: suggestions }) : t('error.account.notFound.hint'),
  );
}

/** Up to five names, then an ellipsis. */
function listed(names: readonly string[]): string {
  return `${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`;
}

/**
 * An `--owner` filter naming nobody is most likely a typo; an empty result
 * alone would not say so. Returns the warning to print, or null when someone
 * of that name (any case) owns an account or action, or nobody owns anything.
 */
export function unknownOwnerWarning(store: Store, owner: string | undefined): string | null {
  const wanted = owner?.trim();
  if (!wanted) return null;
  const owners = store.accounts.owners();
  if (owners.length === 0 || owners.some((name) => name.toLowerCase() === wanted.toLowerCase())) return null;
  const close = closestMatches(wanted, owners);
  return t('message.unknownOwner', {
    owner: wanted,
    hint:
      close.length > 0
        ? t('error.didYouMean', { names: close })
        : t('message.unknownOwner.owners', {
            names: `${owners.slice(0, 8).join(', ')}${owners.length > 8 ? ', …' : ''}`,
          }),
  });
}
