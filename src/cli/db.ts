/** Registration of the database commands (flags only; handlers load lazily). */
import type { Command } from 'commander';
import { examples, type Kit } from './kit.js';

export function registerDb(program: Command, kit: Kit): void {
  const { run } = kit;
  const db = () => import('../commands/db.js');
  const group = program
    .command('db')
    .description('the database file: check it for damage, list and prune its backups')
    .addHelpText('after', examples('acct db check', 'acct db backups', 'acct db backups --prune --keep 1'));

  group
    .command('check')
    .description('read every page and reference of the database; exit 1 if it is damaged')
    .addHelpText(
      'after',
      examples('acct db check', 'acct db check --db ~/old/acct.db --json') +
        '\nRuns SQLite integrity_check and foreign_key_check, read-only. When damage is found it says\n' +
        'how to go on: restore a backup (`acct db backups`) or export what can still be read.\n',
    )
    .action(run(db, (m) => m.checkCommand));

  group
    .command('backups')
    .description('list the copies acct made before upgrading the database; --prune deletes them')
    .option(
      '--prune',
      'delete backups but the newest --keep N (required; --keep 0 deletes all); asks first on a terminal',
    )
    .option('--keep <n>', 'with --prune: keep the newest N (0 keeps none)')
    .option('-y, --yes', 'do not ask for confirmation (needed when not on a terminal)')
    .addHelpText(
      'after',
      examples(
        'acct db backups',
        'acct db backups --json | jq ".[0].path"',
        'acct db backups --prune --keep 1',
        'acct db backups --prune --keep 0 --yes   # after acct remove, so no copy keeps the removed data',
      ) +
        '\nBackups sit beside the database, named <db>.v<schema>-<time>.bak, owner-only (0600).\n' +
        'acct keeps the newest 3 on its own. They hold everything the database held when they\n' +
        'were made, including records removed since.\n',
    )
    .action(run(db, (m) => m.backupsCommand));
}
