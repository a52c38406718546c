/**
 * Turning what the user typed into one account: exact normalised name, then
 * external id, then a unique prefix. Anything else is an error that lists
 * the closest names, so a typo costs one more try, not a search.
 */
import { closestMatches } from '../domain/names.js';
import type { Account } from '../domain/types.js';
import { UserError } from '../errors.js';
import type { Store } from '../store/index.js';

export function resolveAccount(store: Store, input: string): Account {
  const exact =
    store.accounts.byName(input) ?? store.accounts.byExternalId(input) ?? store.accounts.byExternalIdAnyCase(input);
  if (exact) return exact;
  const prefixed = store.accounts.byPrefix(input, 6);
  if (prefixed.length === 1) return prefixed[0]!;
  if (prefixed.length > 1) {
    const names = prefixed.slice(0, 5).map((account) => account.name);
    throw new UserError(
      `"${input}" matches more than one account: ${names.join(', ')}${prefixed.length > 5 ? ', …' : ''}`,
      'type more of the name',
    );
  }
  const suggestions = closestMatches(input, store.accounts.allNames());
  throw new UserError(
    `no account named "${input}"`,
    suggestions.length > 0 ? `did you mean ${suggestions.join(', ')}?` : 'see `acct list` for the names',
  );
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
  return `nobody called "${wanted}" owns an account or action (${
    close.length > 0
      ? `did you mean ${close.join(', ')}?`
      : `owners: ${owners.slice(0, 8).join(', ')}${owners.length > 8 ? ', …' : ''}`
  })`;
}
