/**
 * `--mine`: the configured owner (`acct config set owner NAME`, or
 * ACCT_OWNER) as the `--owner` filter. Shared by list, action list and today.
 */
import type { Context } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { t } from '../i18n/index.js';

/** The owner to filter by: --owner as given, the configured owner with --mine, else undefined. */
export function ownerFilter(ctx: Context, options: { owner?: string; mine?: boolean }): string | undefined {
  if (!options.mine) return options.owner;
  if (options.owner !== undefined) throw new UsageError(t('error.cmd.mine.andOwner'), t('error.cmd.giveOne'));
  const owner = configuredOwner(ctx);
  if (owner === undefined) throw new UserError(t('error.cmd.mine.noOwner'), t('error.cmd.mine.noOwner.hint'));
  return owner;
}

/** The owner from the settings (environment, then config file), if any. */
export function configuredOwner(ctx: Context): string | undefined {
  return ctx.settings.get('owner');
}
