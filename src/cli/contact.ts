/** Registration of `acct contact` and its subcommands (flags only; handlers load lazily). */
import type { Command } from 'commander';
import { CONTACT_FIELDS } from '../domain/field-specs.js';
import { t } from '../i18n/index.js';
import { addFieldOptions } from './fields.js';
import { examples, type Kit } from './kit.js';

export function registerContact(program: Command, { run }: Kit): void {
  const contact = () => import('../commands/contact.js');
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
}
