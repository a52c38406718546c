/**
 * Confirmation for destructive actions: asked on a terminal, `--yes` for
 * scripts. Without a terminal and without --yes we refuse rather than guess.
 * The message names the record in full and what goes with it, since the
 * person may have typed only the start of its name.
 */
import type { Context } from '../context.js';
import { CancelledError, EXIT, UsageError, isPromptExit } from '../errors.js';
import { t } from '../i18n/index.js';

/**
 * Whether the target must be named exactly (no prefix): with --yes nobody
 * reads a confirmation that would show which record a prefix picked. Off a
 * terminal without --yes nothing can be confirmed, so that is refused here,
 * before any lookup, as confirmDestructive would.
 */
export function exactTargetNeeded(ctx: Context, yes: boolean | undefined): boolean {
  if (yes) return true;
  if (!ctx.interactive) throw yesRequired();
  return false;
}

function yesRequired(): UsageError {
  return new UsageError(t('error.yesRequired'), t('error.yesRequired.hint'));
}

export async function confirmDestructive(ctx: Context, message: string, yes: boolean | undefined): Promise<void> {
  if (yes) return;
  if (!ctx.interactive) throw yesRequired();
  let answer: boolean;
  try {
    answer = await ctx.prompter.confirm({ message, default: false });
  } catch (error) {
    if (isPromptExit(error)) throw new CancelledError();
    throw error;
  }
  if (!answer) throw new CancelledError(t('error.notConfirmed'), EXIT.failure);
}
