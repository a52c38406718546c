/** Registration of `acct log` and `acct action` with its subcommands (flags only; handlers load lazily). */
import type { Command } from 'commander';
import { Option } from './commander.js';
import { t } from '../i18n/index.js';
import { dateForms } from './fields.js';
import { collect, examples, type Kit } from './kit.js';

export function registerLog(program: Command, { run }: Kit): void {
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
        () => import('../commands/log.js'),
        (m) => m.logActivity,
      ),
    );
}

export function registerAction(program: Command, { run, context }: Kit): void {
  const action = () => import('../commands/action.js');
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
}
