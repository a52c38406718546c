/** Registration of the transfer commands (flags only; handlers load lazily). */
import type { Command } from 'commander';
import { Option } from './commander.js';
import { t } from '../i18n/index.js';
import { collect, examples, type Kit } from './kit.js';

const TYPES = ['accounts', 'contacts', 'activities', 'actions', 'assessments'];

export function registerImport(program: Command, { run }: Kit): void {
  program
    .command('import')
    .description(t('help.import.description'))
    .argument('<files...>', t('help.import.arg.files'))
    .addOption(new Option('--type <type>', t('help.import.type')).choices(TYPES))
    .option('--map <column=field>', t('help.import.map'), collect)
    .option('--mapping <file>', t('help.import.mapping'))
    .option('--encoding <name>', t('help.import.encoding'))
    .option('--delimiter <char>', t('help.import.delimiter'))
    .option('--skip-invalid', t('help.import.skipInvalid'))
    .option('--dry-run', t('help.import.dryRun'))
    .addHelpText('after', examples(t('help.import.examples')) + t('help.import.notes'))
    .action(
      run(
        () => import('../commands/import.js'),
        (m) => m.importCommand,
      ),
    );
}

export function registerExport(program: Command, { run }: Kit): void {
  program
    .command('export')
    .description(t('help.export.description'))
    .addOption(new Option('--type <type>', t('help.export.type')).choices(TYPES).default('accounts'))
    .addOption(new Option('--format <format>', t('help.export.format')).choices(['csv', 'json']))
    .option('-o, --output <file>', t('help.export.output'))
    .option('--raw', t('help.export.raw'))
    .addHelpText('after', examples(t('help.export.examples')))
    .action(
      run(
        () => import('../commands/export.js'),
        (m) => m.exportCommand,
      ),
    );
}
