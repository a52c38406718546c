/**
 * Confirmation for destructive actions: asked on a terminal, `--yes` for
 * scripts. Without a terminal and without --yes we refuse rather than guess.
 */
import type { Context } from '../context.js';
import { CancelledError, EXIT, UsageError, isPromptExit } from '../errors.js';

export async function confirmDestructive(ctx: Context, message: string, yes: boolean | undefined): Promise<void> {
  if (yes) return;
  if (!ctx.interactive)
    throw new UsageError('--yes is required when not running interactively', 'add --yes to confirm');
  let answer: boolean;
  try {
    answer = await ctx.prompter.confirm({ message, default: false });
  } catch (error) {
    if (isPromptExit(error)) throw new CancelledError();
    throw error;
  }
  if (!answer) throw new CancelledError('not confirmed; nothing was changed', EXIT.failure);
}
