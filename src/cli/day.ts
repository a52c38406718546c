/**
 * Registration of the rep's-day commands: brief, today, find, completion
 * and the hidden `__complete` the completion scripts call (flags only;
 * handlers load lazily).
 */
import type { Command } from 'commander';
import { Argument } from './commander.js';
import { t } from '../i18n/index.js';
import { examples, type Kit } from './kit.js';

export function registerBrief(program: Command, { run }: Kit): void {
  program
    .command('brief')
    .description(t('help.brief.description'))
    .argument('[account]', t('help.arg.accountOrPick'))
    .option('--format <format>', t('help.brief.format'))
    .addHelpText('after', examples(t('help.brief.examples')))
    .action(
      run(
        () => import('../commands/brief.js'),
        (m) => m.briefAccount,
      ),
    );
}

export function registerToday(program: Command, { run }: Kit): void {
  program
    .command('today')
    .description(t('help.today.description'))
    .option('--owner <name>', t('help.today.owner'))
    .option('--mine', t('help.today.mine'))
    .option('--everyone', t('help.today.everyone'))
    .option('--all', t('help.today.all'))
    .addHelpText('after', t('help.today.notes') + examples(t('help.today.examples')))
    .action(
      run(
        () => import('../commands/today.js'),
        (m) => m.showToday,
      ),
    );
}

export function registerFind(program: Command, { run }: Kit): void {
  program
    .command('find')
    .description(t('help.find.description'))
    .argument('<text...>', t('help.find.arg.text'))
    .addHelpText('after', t('help.find.notes') + examples(t('help.find.examples')))
    .action(
      run(
        () => import('../commands/find.js'),
        (m) => m.findText,
      ),
    );
}

const completion = () => import('../commands/completion.js');

/** `completion` prints a script made from the whole command tree (`program`), so the registry registers every command for it. */
export function registerCompletion(program: Command, kit: Kit): void {
  program
    .command('completion')
    .description(t('help.completion.description'))
    .addArgument(new Argument('<shell>', t('help.completion.arg.shell')).choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', examples(t('help.completion.examples')) + t('help.completion.notes'))
    .action(async (shell: string, _options: unknown, command: Command) =>
      (await completion()).printCompletion(await kit.context(command), shell, program),
    );
}

/** What the completion scripts call for account names: hidden, read-only, never prompts. */
export function registerComplete(program: Command, kit: Kit): void {
  program
    .command('__complete', { hidden: true })
    .argument('<what>', t('help.complete.arg.what'))
    .argument('[prefix]', t('help.complete.arg.prefix'))
    .action(async (what: string, prefix: string | undefined, _options: unknown, command: Command) => {
      if (what === 'accounts') await (await completion()).completeAccounts(await kit.context(command), prefix);
    });
}
