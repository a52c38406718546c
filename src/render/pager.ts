/**
 * Long output on a terminal goes through a pager, the way git and gh do it:
 * `$ACCT_PAGER`, else `$PAGER`, else `less -FRX` (quit at once when it fits,
 * keep colour, leave the text on the screen). An empty value or `cat` means
 * no pager. Only the launcher (bin/acct.js) passes `runPager` in: tests that
 * run acct in-process never start one.
 */
import { spawn } from 'node:child_process';

/** The pager to use, or null for none. */
export function pagerCommand(env: NodeJS.ProcessEnv): string | null {
  const chosen = env.ACCT_PAGER ?? env.PAGER ?? 'less -FRX';
  const command = chosen.trim();
  return command === '' || command === 'cat' ? null : command;
}

export type PagerRunner = (command: string, text: string, env: NodeJS.ProcessEnv) => Promise<boolean>;

/**
 * Pipes `text` into `command` (run by the shell, as git does, so `PAGER='less -S'`
 * works) with the terminal as its output. Resolves true when the pager showed
 * it, including when the reader quit early (q in less: the pipe closes, which
 * is not an error); false when the pager is missing or failed, so the caller
 * writes the text itself. Ctrl-C while paging belongs to the pager, as in git.
 */
export const runPager: PagerRunner = (command, text, env) =>
  new Promise((resolve) => {
    // less reads LESS; like git, default it to FRX when the user has not set it.
    const pagerEnv = { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' };
    const interrupts = process.listeners('SIGINT');
    process.removeAllListeners('SIGINT');
    const ignore = (): void => undefined;
    process.on('SIGINT', ignore);
    const restore = (): void => {
      process.off('SIGINT', ignore);
      for (const listener of interrupts) process.on('SIGINT', listener);
    };
    let child;
    try {
      child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: pagerEnv });
    } catch {
      restore();
      resolve(false);
      return;
    }
    child.on('error', () => {
      restore();
      resolve(false);
    });
    // EPIPE when the reader quits before reading everything: nothing to report.
    child.stdin.on('error', () => undefined);
    child.on('close', (code, signal) => {
      restore();
      // 126/127: the shell could not run it; any other failure: the text may not have been shown.
      resolve(signal !== null || code === 0);
    });
    child.stdin.end(text);
  });
