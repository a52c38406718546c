/**
 * Registration of the rep's-day commands: brief, today, find, completion
 * and the hidden `__complete` the completion scripts call (flags only;
 * handlers load lazily).
 */
import { Argument, type Command } from 'commander';
import { examples, type Kit } from './kit.js';

export function registerDay(program: Command, kit: Kit): void {
  const { run } = kit;

  program
    .command('brief')
    .description('the briefing before a call: notes, last talk, open actions and plays, contacts, changes, risk')
    .argument('[account]', 'name, unique prefix or external id (on a terminal, leave it out to pick one)')
    .option('--format <format>', 'text, markdown or json (default: text; --json is the same as --format json)')
    .addHelpText(
      'after',
      examples(
        'acct brief acme',
        'acct brief acme --format markdown > acme-call.md',
        'acct brief acme --json | jq .risk',
      ),
    )
    .action(
      run(
        () => import('../commands/brief.js'),
        (m) => m.briefAccount,
      ),
    );

  program
    .command('today')
    .description('my day: overdue actions, actions due this week, accounts to call, assessments due; most urgent first')
    .option('--owner <name>', "this owner's day (default: the configured owner, else everyone)")
    .option('--mine', 'the configured owner (acct config set owner NAME); an error when none is set')
    .option('--everyone', "everyone's day, even when an owner is configured")
    .option('--all', 'every item, not one screen')
    .addHelpText(
      'after',
      `
Ranked most urgent first:
  1. overdue actions, longest overdue first
  2. accounts quiet after an order (no contact for order-silence-days since it), longest first
  3. actions due this week (today and the six days after), soonest first
  4. accounts without contact for stale-days or more, longest first; never contacted last
  5. assessments due: key accounts never assessed, then not assessed for unassessed-days
     or more, then survey answers older than the survey cadence (survey-days)
Ties go to the higher tier. The thresholds are settings: acct config list.
` +
        examples(
          'acct today',
          'acct today --owner wang',
          'acct today --everyone --all',
          'acct today --json | jq ".items[0]"',
        ),
    )
    .action(
      run(
        () => import('../commands/today.js'),
        (m) => m.showToday,
      ),
    );

  program
    .command('find')
    .description('find accounts by name, external id, notes, contact names and emails, logged notes')
    .argument('<text...>', 'what to look for (case and full-width/half-width do not matter)')
    .addHelpText(
      'after',
      '\nBest first: an exact name, names that start with the text, then external ids, contacts,\nemails, account notes and logged notes.\n' +
        examples(
          'acct find wang',
          'acct find @acme.example',
          'acct find "frame agreement"',
          'acct find KA-1003 --json',
        ),
    )
    .action(
      run(
        () => import('../commands/find.js'),
        (m) => m.findText,
      ),
    );

  const completion = () => import('../commands/completion.js');
  program
    .command('completion')
    .description('print a shell completion script: commands, flags, their values and account names')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .addHelpText(
      'after',
      examples(
        'source <(acct completion bash)          # in ~/.bashrc',
        'source <(acct completion zsh)           # in ~/.zshrc',
        'acct completion fish | source           # in ~/.config/fish/config.fish',
      ) + '\nAccount names are read from the database (--db or ACCT_DB) when you press Tab.\n',
    )
    .action(async (shell: string, _options: unknown, command: Command) =>
      (await completion()).printCompletion(await kit.context(command), shell, program),
    );

  // What the completion scripts call for account names: hidden, read-only, never prompts.
  program
    .command('__complete', { hidden: true })
    .argument('<what>', 'accounts')
    .argument('[prefix]', 'what has been typed')
    .action(async (what: string, prefix: string | undefined, _options: unknown, command: Command) => {
      if (what === 'accounts') await (await completion()).completeAccounts(await kit.context(command), prefix);
    });
}
