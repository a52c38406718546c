/** Registration of `acct config` (flags only; the handler loads lazily). */
import type { Command } from 'commander';
import { examples, type Kit } from './kit.js';

export function registerConfig(program: Command, kit: Kit): void {
  const config = () => import('../commands/config.js');
  const group = program
    .command('config')
    .description('settings: who you are, team roles, thresholds (flags beat ACCT_* variables beat the file)')
    .addHelpText(
      'after',
      `
The file is $XDG_CONFIG_HOME/acct/config (else ~/.config/acct/config, or $ACCT_CONFIG),
one "key = value" a line. Each setting can also come from the environment:
role.manager from ACCT_ROLE_MANAGER, stale-days from ACCT_STALE_DAYS.
` +
        examples(
          'acct config set owner lin',
          'acct config set role.manager wang',
          'acct config get stale-days',
          'acct config list',
        ),
    );
  group
    .command('list')
    .description('every setting with its value and where the value comes from')
    .addHelpText('after', examples('acct config list', 'acct config list --json'))
    .action(kit.run(config, (m) => m.listSettings));
  group
    .command('get')
    .description('print one setting')
    .argument('<key>', 'the setting, e.g. owner or role.manager')
    .addHelpText('after', examples('acct config get owner'))
    .action(kit.run(config, (m) => m.getSetting));
  group
    .command('set')
    .description('store a setting in the config file')
    .argument('<key>', 'the setting, e.g. owner or role.manager')
    .argument('<value>', 'its value')
    .addHelpText('after', examples('acct config set owner lin', 'acct config set survey-days.A 60'))
    .action(kit.run(config, (m) => m.setSetting));
  group
    .command('unset')
    .description('remove a setting from the config file (its default applies again)')
    .argument('<key>', 'the setting')
    .addHelpText('after', examples('acct config unset role.service'))
    .action(kit.run(config, (m) => m.unsetSetting));
}
