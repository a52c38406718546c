/** Registration of the database commands (flags only; handlers load lazily). */
import type { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, type Kit } from './kit.js';

export function registerDb(program: Command, kit: Kit): void {
  const { run } = kit;
  const db = () => import('../commands/db.js');
  const group = program
    .command('db')
    .description(t('help.db.description'))
    .addHelpText('after', examples(t('help.db.examples')));

  group
    .command('check')
    .description(t('help.db.check.description'))
    .addHelpText('after', examples(t('help.db.check.examples')) + t('help.db.check.notes'))
    .action(run(db, (m) => m.checkCommand));

  group
    .command('status')
    .description(t('help.db.status.description'))
    .addHelpText('after', examples(t('help.db.status.examples')))
    .action(run(db, (m) => m.statusCommand));

  group
    .command('init')
    .description(t('help.db.init.description'))
    .addHelpText('after', examples(t('help.db.init.examples')) + t('help.db.init.notes'))
    .action(run(db, (m) => m.initCommand));

  group
    .command('grant')
    .description(t('help.db.grant.description'))
    .argument('<role>', t('help.db.grant.arg.role'))
    .option('--owner <name>', t('help.db.grant.owner'))
    .option('--manager', t('help.db.grant.manager'))
    .addHelpText('after', examples(t('help.db.grant.examples')))
    .action(run(db, (m) => m.grantCommand));

  group
    .command('copy')
    .description(t('help.db.copy.description'))
    .option('--to <location>', t('help.db.copy.to'))
    .option('--from <location>', t('help.db.copy.from'))
    .addHelpText('after', examples(t('help.db.copy.examples')) + t('help.db.copy.notes'))
    .action(run(db, (m) => m.copyCommand));

  group
    .command('backups')
    .description(t('help.db.backups.description'))
    .option('--prune', t('help.db.backups.prune'))
    .option('--keep <n>', t('help.db.backups.keep'))
    .option('-y, --yes', t('help.opt.yes'))
    .addHelpText('after', examples(t('help.db.backups.examples')) + t('help.db.backups.notes'))
    .action(run(db, (m) => m.backupsCommand));
}
