/**
 * Registration of the rep's-day commands: brief, today, find, completion
 * and the hidden `__complete` the completion scripts call (flags only;
 * handlers load lazily).
 */
import type { Command } from 'commander';
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
}
