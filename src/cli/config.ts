/** Registration of `acct config` (flags only; the handler loads lazily). */
import type { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, type Kit } from './kit.js';

export function registerConfig(program: Command, kit: Kit): void {
  const config = () => import('../commands/config.js');
  const group = program
    .command('config')
    .description(t('help.config.description'))
    .addHelpText('after', t('help.config.notes') + examples(t('help.config.examples')));
  group
    .command('list')
    .description(t('help.config.list.description'))
    .addHelpText('after', examples(t('help.config.list.examples')))
    .action(kit.run(config, (m) => m.listSettings));
  group
    .command('get')
    .description(t('help.config.get.description'))
    .argument('<key>', t('help.config.arg.key'))
    .addHelpText('after', examples(t('help.config.get.examples')))
    .action(kit.run(config, (m) => m.getSetting));
  group
    .command('set')
    .description(t('help.config.set.description'))
    .argument('<key>', t('help.config.arg.key'))
    .argument('<value>', t('help.config.set.arg.value'))
    .addHelpText('after', examples(t('help.config.set.examples')))
    .action(kit.run(config, (m) => m.setSetting));
  group
    .command('unset')
    .description(t('help.config.unset.description'))
    .argument('<key>', t('help.config.unset.arg.key'))
    .addHelpText('after', examples(t('help.config.unset.examples')))
    .action(kit.run(config, (m) => m.unsetSetting));
}
