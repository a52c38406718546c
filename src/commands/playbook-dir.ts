/** Where the user's playbook folder is: shared by the playbook commands and `acct assess --questions`. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';

/** `--playbooks DIR`, else $ACCT_PLAYBOOKS, else `playbooks/` next to the database if it exists. */
export async function userPlaybookDir(ctx: Context, option: string | undefined): Promise<string | null> {
  if (option && option.trim() !== '') return path.resolve(option);
  const fromEnv = ctx.env.ACCT_PLAYBOOKS?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  const beside = path.join(path.dirname(await ctx.dbPath()), 'playbooks');
  return existsSync(beside) ? beside : null;
}
