/**
 * Registration of `acct list` (flags only; the handler loads lazily). Apart from the other
 * account commands, whose field flags need the field specs: list, the command run most,
 * loads no more than it uses (start-up, issue 10).
 */
import type { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, type Kit } from './kit.js';

export function registerList(program: Command, { run }: Kit): void {
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
        () => import('../commands/list.js'),
        (m) => m.listAccounts,
      ),
    );
}
