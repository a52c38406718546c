/**
 * The program: global options, language, the command tree and exit codes.
 * A run registers only the command it names (src/cli/index.ts) and each
 * action imports its handler lazily, so `acct --help` and `acct --version`
 * load commander and nothing else (no SQLite, prompts, YAML or CSV code).
 * Handlers get a Context and return normally or throw; `main` turns errors
 * into one line and an exit code.
 */
import { Command, CommanderError } from './cli/commander.js';
import { readFileSync } from 'node:fs';
import type { Context } from './context.js';
import { EXIT, UsageError, UserError, formatUserError, isPromptExit } from './errors.js';
import { visible, visibleLines } from './render/safe-text.js';
import { examples, makeKit, type Io } from './cli/kit.js';
import { catalogueAreas, namedDatabase, registerCommands } from './cli/index.js';
import { chooseLanguage, LanguageChoiceError } from './config/language.js';
import { commanderError, helpConfiguration } from './cli/commander-text.js';
import { loadLanguage, t } from './i18n/index.js';

export type { Io } from './cli/kit.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * The program with its global options and the commands `args` runs
 * (src/cli/index.ts registers only what a run needs); without `args`, every
 * command.
 */
export async function buildProgram(
  io: Io,
  setContext: (ctx: Context) => void,
  args?: readonly string[],
): Promise<Command> {
  const program = new Command();
  program
    .name('acct')
    .description(t('help.program.description'))
    .version(version(), '-V, --version', t('help.option.version'))
    .helpOption('-h, --help', t('help.option.help'))
    .helpCommand('help [command]', t('help.command.help'))
    .option('--lang <lang>', t('option.lang'))
    .option('--db <path>', t('help.program.db'))
    .option('--json', t('help.program.json'))
    .option('--no-color', t('help.program.noColor'))
    .option('-q, --quiet', t('help.program.quiet'))
    .option('--no-pager', t('help.program.noPager'))
    .showSuggestionAfterError(true)
    .addHelpText('after', examples(t('help.program.examples')) + '\n' + t('help.program.notes'));
  await registerCommands(program, makeKit(io, setContext), args);
  return program;
}

/** Applies the same exit-code and output conventions to every (sub)command. */
function configure(command: Command, io: Io): void {
  command.exitOverride();
  command.configureHelp(helpConfiguration());
  command.configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    // commander echoes the offending argument (unknown option, bad value): made visible, lines kept.
    outputError: (text, write) => write(visibleLines(commanderError(text))),
  });
  for (const sub of command.commands) configure(sub, io);
}

/** `acct --version` alone: answered before any catalogue or command tree is loaded (issue 14, point 8). */
function onlyVersion(args: readonly string[]): boolean {
  return args.length === 1 && (args[0] === '--version' || args[0] === '-V');
}

/**
 * The launcher's own lines (bin/acct.js: Ctrl-C outside a prompt, output
 * that cannot be written) in the language of this run; English before a
 * language is loaded.
 */
export function launcherLine(which: 'interrupted' | 'outputFailed', reason = ''): string {
  try {
    return which === 'interrupted' ? t('error.interrupted') : t('error.outputFailed', { reason });
  } catch {
    return which === 'interrupted'
      ? 'acct: interrupted; writes not yet committed were discarded'
      : `acct: cannot write the output: ${reason} (check where it goes)`;
  }
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let ctx: Context | undefined;
  if (onlyVersion(argv.slice(2))) {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  // A PostgreSQL run's worker boots beside what follows (src/store/pg/early.ts); help loads no store code.
  const location = namedDatabase(argv.slice(2), io.env);
  const early =
    location === undefined
      ? undefined
      : import('./store/pg/early.js').then((module) => module.startEarly(location)).catch(() => undefined);
  try {
    // The language comes first: help texts and every message are in it (docs/i18n.md).
    await loadLanguage(chooseLanguage(argv.slice(2), io.env), catalogueAreas(argv.slice(2)));
  } catch (error) {
    if (!(error instanceof LanguageChoiceError)) throw error;
    await loadLanguage(error.fallback);
    const refused = new UsageError(
      t('error.lang.bad', { origin: error.origin, value: error.value }),
      t('error.lang.bad.hint'),
    );
    return handleError(refused, io, undefined);
  }
  const program = await buildProgram(
    io,
    (created) => {
      ctx = created;
    },
    argv.slice(2),
  );
  configure(program, io);
  await early;
  try {
    await program.parseAsync(argv as string[]);
    await ctx?.flush();
    return EXIT.ok;
  } catch (error) {
    // What the command printed before it failed comes first, then the error line.
    await ctx?.flush().catch(() => undefined);
    return handleError(error, io, ctx);
  } finally {
    ctx?.close();
  }
}

function handleError(error: unknown, io: Io, ctx: Context | undefined): number {
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return EXIT.ok;
    // commander already printed its message; every other parse problem is a usage error.
    if (error.code === 'commander.executeSubCommandAsync') return EXIT.failure;
    return EXIT.usage;
  }
  const debug = Boolean(io.env.ACCT_DEBUG && io.env.ACCT_DEBUG !== '0');
  if (isPromptExit(error)) {
    io.stderr.write(`${t('error.line', { message: t('error.cancelled') })}\n`);
    return EXIT.interrupted;
  }
  if (error instanceof UserError) {
    io.stderr.write(`${formatUserError(error)}\n`);
    if (debug && error.stack) io.stderr.write(`${visibleLines(error.stack)}\n`);
    return error.exitCode;
  }
  const storage = ctx?.storageError(error);
  if (storage) {
    io.stderr.write(`${formatUserError(storage)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${visibleLines(error.stack)}\n`);
    return storage.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`${t('error.unexpected', { message: visible(message) })}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${visibleLines(error.stack)}\n`);
  return EXIT.failure;
}
