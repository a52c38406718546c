/**
 * The command tree. Each action imports its handler lazily, so `acct --help`
 * and `acct --version` load commander and nothing else (no SQLite, prompts,
 * YAML or CSV code). Handlers get a Context and return normally or throw;
 * `main` turns errors into one line and an exit code.
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import type { Context } from './context.js';
import { EXIT, UsageError, UserError, formatUserError, isPromptExit } from './errors.js';
import { visible, visibleLines } from './render/safe-text.js';
import { ACCOUNT_FIELDS, CONTACT_FIELDS, type FieldSpec } from './domain/field-specs.js';
import { DATE_EXAMPLES } from './domain/dates.js';
import { collect, examples, makeKit, type Io } from './cli/kit.js';
import { registerMore } from './cli/index.js';
import { chooseLanguage, LanguageChoiceError } from './config/language.js';
import { commanderError, helpConfiguration } from './cli/commander-text.js';
import { loadLanguage, t, type MessageKey } from './i18n/index.js';

export type { Io } from './cli/kit.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function addFieldOptions(
  command: Command,
  record: 'account' | 'contact',
  fields: readonly FieldSpec[],
  skip: readonly string[] = ['name'],
): Command {
  for (const spec of fields) {
    if (skip.includes(spec.key)) continue;
    const description = fieldDescription(record, spec.key);
    command.option(
      `--${spec.flag} <${spec.kind === 'enum' ? 'value' : spec.kind}>`,
      spec.values ? t('help.field.values', { description, values: spec.values.join(', ') }) : description,
    );
  }
  return command;
}

/** A field's help line: the domain names fields by key only, so the words live in the help catalogue. */
export function fieldDescription(record: 'account' | 'contact', key: string): string {
  return t(`help.field.${record}.${key}` as MessageKey);
}

/** The date forms `--date` and `--due` read, in words. */
function dateForms(): string {
  return t('help.dateForms', { examples: DATE_EXAMPLES });
}

export function buildProgram(io: Io, setContext: (ctx: Context) => void): Command {
  const program = new Command();
  const kit = makeKit(io, setContext);
  const { run, context } = kit;
  const account = () => import('./commands/account.js');
  const contact = () => import('./commands/contact.js');
  const action = () => import('./commands/action.js');

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

  addFieldOptions(
    program.command('add').description(t('help.add.description')).argument('<name>', t('help.add.arg.name')),
    'account',
    ACCOUNT_FIELDS,
  )
    .addHelpText('after', examples(t('help.add.examples')))
    .action(run(account, (m) => m.addAccount));

  program
    .command('list')
    .alias('ls')
    .description(t('help.list.description'))
    .option('--owner <name>', t('help.list.owner'))
    .option('--mine', t('help.list.mine'))
    .option('--tier <tier>', t('help.list.tier'))
    .option('--stage <stage>', t('help.list.stage'))
    .option('--level <level>', t('help.list.level'))
    .addHelpText('after', examples(t('help.list.examples')))
    .action(
      run(
        () => import('./commands/list.js'),
        (m) => m.listAccounts,
      ),
    );

  program
    .command('show')
    .description(t('help.show.description'))
    .argument('[account]', t('help.arg.accountOrPick'))
    .addHelpText('after', examples(t('help.show.examples')))
    .action(
      run(
        () => import('./commands/show.js'),
        (m) => m.showAccount,
      ),
    );

  addFieldOptions(
    program.command('edit').description(t('help.edit.description')).argument('<account>', t('help.arg.accountRef')),
    'account',
    ACCOUNT_FIELDS,
  )
    .addHelpText('after', examples(t('help.edit.examples')))
    .action(run(account, (m) => m.editAccount));

  program
    .command('rename')
    .description(t('help.rename.description'))
    .argument('<account>', t('help.rename.arg.account'))
    .argument('<new-name>', t('help.rename.arg.newName'))
    .addHelpText('after', examples(t('help.rename.examples')))
    .action(run(account, (m) => m.renameAccount));

  program
    .command('remove')
    .alias('rm')
    .description(t('help.remove.description'))
    .argument('<account>', t('help.arg.accountRef'))
    .option('-y, --yes', t('help.opt.yes'))
    .addHelpText('after', examples(t('help.remove.examples')))
    .action(run(account, (m) => m.removeAccount));

  const contactCommand = program
    .command('contact')
    .description(t('help.contact.description'))
    .addHelpText('after', examples(t('help.contact.examples')));
  addFieldOptions(
    contactCommand
      .command('add')
      .description(t('help.contact.add.description'))
      .argument('<account>', t('help.arg.account'))
      .argument('<name>', t('help.contact.add.arg.name')),
    'contact',
    CONTACT_FIELDS,
  )
    .addHelpText('after', examples(t('help.contact.add.examples')))
    .action(run(contact, (m) => m.addContact));
  contactCommand
    .command('list')
    .alias('ls')
    .description(t('help.contact.list.description'))
    .argument('<account>', t('help.arg.account'))
    .addHelpText('after', examples(t('help.contact.list.examples')))
    .action(run(contact, (m) => m.listContacts));
  addFieldOptions(
    contactCommand
      .command('edit')
      .description(t('help.contact.edit.description'))
      .argument('<account>', t('help.arg.account'))
      .argument('<contact>', t('help.contact.edit.arg.contact')),
    'contact',
    CONTACT_FIELDS,
    [],
  )
    .addHelpText('after', examples(t('help.contact.edit.examples')))
    .action(run(contact, (m) => m.editContact));
  contactCommand
    .command('remove')
    .alias('rm')
    .description(t('help.contact.remove.description'))
    .argument('<account>', t('help.arg.account'))
    .argument('<contact>', t('help.contact.remove.arg.contact'))
    .option('-y, --yes', t('help.contact.remove.yes'))
    .addHelpText('after', examples(t('help.contact.remove.examples')))
    .action(run(contact, (m) => m.removeContact));

  program
    .command('log')
    .description(t('help.log.description'))
    .argument('<account>', t('help.arg.account'))
    .argument('<note>', t('help.log.arg.note'))
    .addOption(new Option('--type <type>', t('help.log.type')).default(undefined, 'other'))
    .option('--contact <name>', t('help.log.contact'), collect)
    .option('--date <date>', t('help.log.date', { forms: dateForms() }))
    .option('--amount <money>', t('help.log.amount'))
    .option('--currency <code>', t('help.log.currency'))
    .addHelpText('after', examples(t('help.log.examples')))
    .action(
      run(
        () => import('./commands/log.js'),
        (m) => m.logActivity,
      ),
    );

  const actionCommand = program
    .command('action')
    .description(t('help.action.description'))
    .addHelpText('after', examples(t('help.action.examples')));
  actionCommand
    .command('add')
    .description(t('help.action.add.description'))
    .argument('<account>', t('help.arg.account'))
    .argument('<text>', t('help.action.add.arg.text'))
    .option('--owner <name>', t('help.action.add.owner'))
    .option('--due <date>', t('help.action.add.due', { forms: dateForms() }))
    .option('--playbook <id>', t('help.action.add.playbook'))
    .option('--play <id>', t('help.action.add.play'))
    .addHelpText('after', examples(t('help.action.add.examples')))
    .action(run(action, (m) => m.addAction));
  actionCommand
    .command('list')
    .alias('ls')
    .description(t('help.action.list.description'))
    .argument('[account]', t('help.action.list.arg.account'))
    .option('--status <status>', t('help.action.list.status'), 'open')
    .option('--owner <name>', t('help.action.list.owner'))
    .option('--mine', t('help.action.list.mine'))
    .option('--overdue', t('help.action.list.overdue'))
    .addHelpText('after', examples(t('help.action.list.examples')))
    .action(run(action, (m) => m.listActions));
  actionCommand
    .command('edit')
    .description(t('help.action.edit.description'))
    .argument('<id>', t('help.arg.actionId'))
    .option('--due <date>', t('help.action.edit.due', { forms: dateForms() }))
    .option('--owner <name>', t('help.action.edit.owner'))
    .option('--text <text>', t('help.action.edit.text'))
    .addHelpText('after', examples(t('help.action.edit.examples')))
    .action(run(action, (m) => m.editAction));
  actionCommand
    .command('show')
    .description(t('help.action.show.description'))
    .argument('<id>', t('help.arg.actionId'))
    .addHelpText('after', examples(t('help.action.show.examples')))
    .action(run(action, (m) => m.showAction));
  actionCommand
    .command('done')
    .description(t('help.action.done.description'))
    .argument('<id>', t('help.arg.actionId'))
    .option('-y, --yes', t('help.action.done.yes'))
    .addHelpText('after', examples(t('help.action.done.examples')))
    .action(async (id: string, options: { yes?: boolean }, command: Command) =>
      (await action()).closeAction(await context(command), id, 'done', options),
    );
  actionCommand
    .command('drop')
    .description(t('help.action.drop.description'))
    .argument('<id>', t('help.action.drop.arg.id'))
    .option('-y, --yes', t('help.action.drop.yes'))
    .addHelpText('after', examples(t('help.action.drop.examples')))
    .action(async (id: string, options: { yes?: boolean }, command: Command) =>
      (await action()).closeAction(await context(command), id, 'dropped', options),
    );

  registerMore(program, kit);
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
  try {
    // The language comes first: help texts and every message are in it (docs/i18n.md).
    await loadLanguage(chooseLanguage(argv.slice(2), io.env));
  } catch (error) {
    if (!(error instanceof LanguageChoiceError)) throw error;
    await loadLanguage(error.fallback);
    const refused = new UsageError(
      t('error.lang.bad', { origin: error.origin, value: error.value }),
      t('error.lang.bad.hint'),
    );
    return handleError(refused, io, undefined);
  }
  const program = buildProgram(io, (created) => {
    ctx = created;
  });
  configure(program, io);
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
