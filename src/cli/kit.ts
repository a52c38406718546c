/**
 * What every command registration needs: build the Context from the parsed
 * global flags, and load a handler module only when its command runs.
 * Registration files import only this and commander, so `--help` stays light.
 */
import type { Command } from 'commander';
import type { Context, ContextInit, GlobalOptions } from '../context.js';
import { t } from '../i18n/index.js';

export type Io = Omit<ContextInit, 'options'>;

export interface Kit {
  /**
   * The Context for the command being run (global flags merged in). Loaded
   * with the command, so `acct --version` and `--help` do not load it.
   */
  context: (command: Command) => Promise<Context>;
  /**
   * An action handler that imports `load()` and calls `pick(module)` with
   * (ctx, ...positional arguments, options).
   */
  run: <M, A extends unknown[]>(
    load: () => Promise<M>,
    pick: (module: M) => (ctx: Context, ...args: A) => Promise<void>,
  ) => (...args: unknown[]) => Promise<void>;
}

/**
 * Reading commands whose output can run long: on a terminal it goes through
 * the pager (src/render/pager.ts). Never a command that prompts.
 */
const PAGED = new Set([
  'list',
  'show',
  'history',
  'plan',
  'report',
  'brief',
  'today',
  'find',
  'contact list',
  'action list',
  'playbook list',
  'playbook show',
  'playbook facts',
  'config list',
  'db backups',
]);

/** "action list" for `acct action list`: the command's names below the program. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

export function makeKit(io: Io, setContext: (ctx: Context) => void): Kit {
  const context = async (command: Command): Promise<Context> => {
    const { Context } = await import('../context.js');
    // Field by field, not a spread: a spread would read io.stdin, which the launcher makes on first use.
    const ctx = new Context({
      stdout: io.stdout,
      stderr: io.stderr,
      get stdin() {
        return io.stdin;
      },
      env: io.env,
      prompter: io.prompter,
      pager: io.pager,
      options: command.optsWithGlobals<GlobalOptions>(),
    });
    if (PAGED.has(commandPath(command))) ctx.out.page();
    setContext(ctx);
    return ctx;
  };
  const run: Kit['run'] =
    (load, pick) =>
    async (...args) => {
      const command = args[args.length - 1] as Command;
      const handler = pick(await load());
      const positional = args.slice(0, -2);
      const options = args[args.length - 2];
      const ctx = await context(command);
      await ctx.out.prepare();
      // The positional arguments and options are what commander parsed for this command's declaration.
      await (handler as (ctx: Context, ...rest: unknown[]) => Promise<void>)(ctx, ...positional, options);
    };
  return { context, run };
}

/** The "Examples:" block of a help text: `lines` holds one command line a line, from the help catalogue. */
export function examples(lines: string): string {
  return `\n${t('help.examples')}\n${lines
    .split('\n')
    .map((line) => `  $ ${line}`)
    .join('\n')}\n`;
}

/** For repeatable flags: `--contact a --contact b` -> ['a', 'b']. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
