/**
 * The command tree. Each action imports its handler lazily, so `acct --help`
 * and `acct --version` load commander and nothing else (no SQLite, prompts,
 * YAML or CSV code). Handlers get a Context and return normally or throw;
 * `main` turns errors into one line and an exit code.
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import type { Context } from './context.js';
import { EXIT, UserError, formatUserError, isPromptExit } from './errors.js';
import { visible, visibleLines } from './render/safe-text.js';
import { ACCOUNT_FIELDS, CONTACT_FIELDS, type FieldSpec } from './domain/field-specs.js';
import { DATE_FORMS } from './domain/dates.js';
import { collect, examples, makeKit, type Io } from './cli/kit.js';
import { registerMore } from './cli/index.js';
import { chooseLanguage } from './config/language.js';
import { loadLanguage, t } from './i18n/index.js';

export type { Io } from './cli/kit.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function addFieldOptions(command: Command, fields: readonly FieldSpec[], skip: readonly string[] = ['name']): Command {
  for (const spec of fields) {
    if (skip.includes(spec.key)) continue;
    const values = spec.values ? `: ${spec.values.join(', ')}` : '';
    command.option(`--${spec.flag} <${spec.kind === 'enum' ? 'value' : spec.kind}>`, `${spec.description}${values}`);
  }
  return command;
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
    .description('Account planning for B2B key-account teams: briefings, assessments, plans and the weekly review.')
    .version(version(), '-V, --version', 'print the version')
    .option('--lang <lang>', t('option.lang'))
    .option('--db <path>', 'database file (default $ACCT_DB, else $XDG_DATA_HOME/acct/acct.db)')
    .option('--json', 'print data as JSON')
    .option('--no-color', 'no colour (also NO_COLOR=1 or TERM=dumb)')
    .option('-q, --quiet', 'no messages on stderr, only data and errors')
    .option(
      '--no-pager',
      'never page long output (also ACCT_PAGER= or ACCT_PAGER=cat; default $ACCT_PAGER, $PAGER, less -FRX)',
    )
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      examples(
        'acct add "Acme Industrial" --owner lin --tier A --position secondary --stage initial-cooperation',
        'acct contact add Acme "Wang Li" --department purchasing --role purchasing --attitude neutral',
        'acct show acme',
        'acct list --owner lin --json',
      ) +
        '\nData lives in $XDG_DATA_HOME/acct/acct.db (or ~/.local/share/acct/acct.db) unless --db or ACCT_DB says otherwise.\n',
    );

  addFieldOptions(
    program.command('add').description('add an account').argument('<name>', 'account name (unique, case-insensitive)'),
    ACCOUNT_FIELDS,
  )
    .addHelpText(
      'after',
      examples(
        'acct add "Acme Industrial" --owner lin --tier A --revenue 120万 --currency CNY --share 15',
        'acct add 华东机械 --position candidate --city 上海',
      ),
    )
    .action(run(account, (m) => m.addAccount));

  program
    .command('list')
    .alias('ls')
    .description('list accounts')
    .option('--owner <name>', 'only accounts of this owner')
    .option('--mine', 'only my accounts: the owner set with acct config set owner NAME')
    .option('--tier <tier>', 'only this tier: A, B, C')
    .option('--stage <stage>', 'only this stage')
    .option('--level <level>', 'only this relationship level')
    .addHelpText(
      'after',
      examples(
        'acct list',
        'acct list --owner lin --tier A',
        'acct list --mine',
        'acct list --stage initial-cooperation --json | jq ".[].name"',
      ),
    )
    .action(
      run(
        () => import('./commands/list.js'),
        (m) => m.listAccounts,
      ),
    );

  program
    .command('show')
    .description('show an account: profile, contacts by department, open actions, recent activity')
    .argument('[account]', 'name, unique prefix or external id (on a terminal, leave it out to pick one)')
    .addHelpText('after', examples('acct show acme', 'acct show "Acme Industrial" --json'))
    .action(
      run(
        () => import('./commands/show.js'),
        (m) => m.showAccount,
      ),
    );

  addFieldOptions(
    program
      .command('edit')
      .description('change fields of an account')
      .argument('<account>', 'name, unique prefix or external id'),
    ACCOUNT_FIELDS,
  )
    .addHelpText(
      'after',
      examples('acct edit acme --stage primary-supplier --share 45', 'acct edit acme --notes ""   # clears the notes'),
    )
    .action(run(account, (m) => m.editAccount));

  program
    .command('rename')
    .description('rename an account')
    .argument('<account>', 'current name, prefix or external id')
    .argument('<new-name>', 'new name')
    .addHelpText('after', examples('acct rename acme "Acme Industrial Group"'))
    .action(run(account, (m) => m.renameAccount));

  program
    .command('remove')
    .alias('rm')
    .description('remove an account with its contacts, activities, actions and assessments')
    .argument('<account>', 'name, unique prefix or external id')
    .option('-y, --yes', 'do not ask for confirmation (needed when not on a terminal)')
    .addHelpText('after', examples('acct remove "Old Prospect"', 'acct remove "Old Prospect" --yes'))
    .action(run(account, (m) => m.removeAccount));

  const contactCommand = program
    .command('contact')
    .description('manage the people at an account')
    .addHelpText(
      'after',
      examples(
        'acct contact add acme "Wang Li" --department purchasing --role purchasing --strength 3',
        'acct contact list acme',
        'acct contact edit acme "Wang Li" --attitude supporter',
      ),
    );
  addFieldOptions(
    contactCommand
      .command('add')
      .description('add a contact to an account')
      .argument('<account>', 'account')
      .argument('<name>', 'contact name'),
    CONTACT_FIELDS,
  )
    .addHelpText(
      'after',
      examples(
        'acct contact add acme "Wang Li" --title "Purchasing Manager" --department purchasing --role purchasing --attitude neutral --strength 3 --seniority manager',
      ),
    )
    .action(run(contact, (m) => m.addContact));
  contactCommand
    .command('list')
    .alias('ls')
    .description("list an account's contacts")
    .argument('<account>', 'account')
    .addHelpText('after', examples('acct contact list acme', 'acct contact list acme --json'))
    .action(run(contact, (m) => m.listContacts));
  addFieldOptions(
    contactCommand
      .command('edit')
      .description('change a contact')
      .argument('<account>', 'account')
      .argument('<contact>', 'contact name, prefix or email'),
    CONTACT_FIELDS,
    [],
  )
    .addHelpText('after', examples('acct contact edit acme "Wang Li" --attitude supporter --strength 4'))
    .action(run(contact, (m) => m.editContact));
  contactCommand
    .command('remove')
    .alias('rm')
    .description('remove a contact')
    .argument('<account>', 'account')
    .argument('<contact>', 'contact name, prefix or email (with --yes: the exact name, email or #id)')
    .option('-y, --yes', 'do not ask for confirmation (then the account, too, needs its exact name or external id)')
    .addHelpText('after', examples('acct contact remove acme "Wang Li" --yes'))
    .action(run(contact, (m) => m.removeContact));

  program
    .command('log')
    .description("log an interaction; updates the contacts' last-contacted date")
    .argument('<account>', 'account')
    .argument('<note>', 'what happened')
    .addOption(
      new Option('--type <type>', 'visit, call, email, meeting, gift, complaint, order, other').default(
        undefined,
        'other',
      ),
    )
    .option('--contact <name>', 'who was there (repeatable)', collect)
    .option('--date <date>', `when (default today): ${DATE_FORMS}`)
    .option('--amount <money>', 'an order\'s value, e.g. 420万, 4200000, "EUR 3m" (with --type order)')
    .option('--currency <code>', "ISO currency of --amount, e.g. CNY (default the account's currency)")
    .addHelpText(
      'after',
      examples(
        'acct log acme "Plant visit, saw the new line" --type visit --contact "Wang Li" --contact "Zhao Min"',
        'acct log acme "Complaint about late delivery" --type complaint --date yesterday',
        'acct log acme "PO 4471, 12 gearboxes" --type order --amount 420万',
      ),
    )
    .action(
      run(
        () => import('./commands/log.js'),
        (m) => m.logActivity,
      ),
    );

  const actionCommand = program
    .command('action')
    .description('tasks with an owner and a due date')
    .addHelpText(
      'after',
      examples(
        'acct action add acme "Send the revised quote" --due 2026-12-01',
        'acct action list --owner lin --overdue',
        'acct action done 12',
      ),
    );
  actionCommand
    .command('add')
    .description('add an action to an account')
    .argument('<account>', 'account')
    .argument('<text>', 'what to do')
    .option('--owner <name>', 'who does it (default the account owner)')
    .option('--due <date>', `due date: ${DATE_FORMS}`)
    .option('--playbook <id>', 'playbook it comes from')
    .option('--play <id>', 'play it comes from')
    .addHelpText('after', examples('acct action add acme "Invite the plant manager to our lab" --due +14d --owner lin'))
    .action(run(action, (m) => m.addAction));
  actionCommand
    .command('list')
    .alias('ls')
    .description('list actions (open ones by default)')
    .argument('[account]', 'only this account')
    .option('--status <status>', 'open, done, dropped or all', 'open')
    .option('--owner <name>', 'only this owner')
    .option('--mine', 'only my actions: the owner set with acct config set owner NAME')
    .option('--overdue', 'only open actions past their due date')
    .addHelpText(
      'after',
      examples(
        'acct action list',
        'acct action list acme --status all',
        'acct action list --owner lin --overdue --json',
        'acct action list --mine --overdue',
      ),
    )
    .action(run(action, (m) => m.listActions));
  actionCommand
    .command('edit')
    .description('move the due date, change the owner or reword an action')
    .argument('<id>', 'action id (see acct action list)')
    .option('--due <date>', `new due date: ${DATE_FORMS}`)
    .option('--owner <name>', 'new owner')
    .option('--text <text>', 'new wording')
    .addHelpText('after', examples('acct action edit 12 --due +7d', 'acct action edit 12 --owner wang'))
    .action(run(action, (m) => m.editAction));
  actionCommand
    .command('show')
    .description('one action in full: owner, due date and, for an accepted play, its why, because lines and steps')
    .argument('<id>', 'action id (see acct action list)')
    .addHelpText('after', examples('acct action show 12', 'acct action show 12 --json'))
    .action(run(action, (m) => m.showAction));
  actionCommand
    .command('done')
    .description('mark an action done (already done: says so)')
    .argument('<id>', 'action id (see acct action list)')
    .option('-y, --yes', 'accepted for scripts; marking done asks nothing')
    .addHelpText('after', examples('acct action done 12'))
    .action(async (id: string, options: { yes?: boolean }, command: Command) =>
      (await action()).closeAction(await context(command), id, 'done', options),
    );
  actionCommand
    .command('drop')
    .description('drop an action that is no longer worth doing (already dropped: says so)')
    .argument('<id>', 'action id')
    .option('-y, --yes', 'accepted for scripts; dropping asks nothing')
    .addHelpText('after', examples('acct action drop 12', 'acct action drop 12 --yes'))
    .action(async (id: string, options: { yes?: boolean }, command: Command) =>
      (await action()).closeAction(await context(command), id, 'dropped', options),
    );

  registerMore(program, kit);
  return program;
}

/** Applies the same exit-code and output conventions to every (sub)command. */
function configure(command: Command, io: Io): void {
  command.exitOverride();
  command.configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    // commander echoes the offending argument (unknown option, bad value): made visible, lines kept.
    outputError: (text, write) => write(visibleLines(text.replace(/^error: /, 'acct: '))),
  });
  for (const sub of command.commands) configure(sub, io);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let ctx: Context | undefined;
  try {
    // The language comes first: help texts and every message are in it (docs/i18n.md).
    await loadLanguage(chooseLanguage(argv.slice(2), io.env));
  } catch (error) {
    await loadLanguage('en');
    return handleError(error, io, undefined);
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
    io.stderr.write('acct: cancelled; nothing was changed\n');
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
  io.stderr.write(`acct: unexpected error: ${visible(message)} (rerun with ACCT_DEBUG=1 for details)\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${visibleLines(error.stack)}\n`);
  return EXIT.failure;
}
