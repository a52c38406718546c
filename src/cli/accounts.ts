/** Registration of the account commands: add, show, edit, rename, remove (flags only; handlers load lazily); list is in list.ts. */
import type { Command } from 'commander';
import { ACCOUNT_FIELDS } from '../domain/field-specs.js';
import { t } from '../i18n/index.js';
import { addFieldOptions } from './fields.js';
import { examples, type Kit } from './kit.js';

const account = () => import('../commands/account.js');

export function registerAdd(program: Command, { run }: Kit): void {
  addFieldOptions(
    program.command('add').description(t('help.add.description')).argument('<name>', t('help.add.arg.name')),
    'account',
    ACCOUNT_FIELDS,
  )
    .addHelpText('after', examples(t('help.add.examples')))
    .action(run(account, (m) => m.addAccount));
}

export function registerShow(program: Command, { run }: Kit): void {
  program
    .command('show')
    .description(t('help.show.description'))
    .argument('[account]', t('help.arg.accountOrPick'))
    .addHelpText('after', examples(t('help.show.examples')))
    .action(
      run(
        () => import('../commands/show.js'),
        (m) => m.showAccount,
      ),
    );
}

export function registerEdit(program: Command, { run }: Kit): void {
  addFieldOptions(
    program.command('edit').description(t('help.edit.description')).argument('<account>', t('help.arg.accountRef')),
    'account',
    ACCOUNT_FIELDS,
  )
    .addHelpText('after', examples(t('help.edit.examples')))
    .action(run(account, (m) => m.editAccount));
}

export function registerRename(program: Command, { run }: Kit): void {
  program
    .command('rename')
    .description(t('help.rename.description'))
    .argument('<account>', t('help.rename.arg.account'))
    .argument('<new-name>', t('help.rename.arg.newName'))
    .addHelpText('after', examples(t('help.rename.examples')))
    .action(run(account, (m) => m.renameAccount));
}

export function registerRemove(program: Command, { run }: Kit): void {
  program
    .command('remove')
    .alias('rm')
    .description(t('help.remove.description'))
    .argument('<account>', t('help.arg.accountRef'))
    .option('-y, --yes', t('help.opt.yes'))
    .addHelpText('after', examples(t('help.remove.examples')))
    .action(run(account, (m) => m.removeAccount));
}
