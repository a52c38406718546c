/** Registration of the report commands (flags only; handlers load lazily). */
import type { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, type Kit } from './kit.js';

export function registerReport(program: Command, kit: Kit): void {
  program
    .command('report')
    .description(t('help.report.description'))
    .option('--since <date>', t('help.report.since'))
    .option('--days <n>', t('help.report.days'))
    .option('--as-of <date>', t('help.report.asOf'))
    .option('--owner <name>', t('help.report.owner'))
    .option('--mine', t('help.report.mine'))
    .option('--stale-days <n>', t('help.report.staleDays'))
    .option('--unassessed-days <n>', t('help.report.unassessedDays'))
    .option('--format <format>', t('help.report.format'))
    .option('-o, --output <file>', t('reportHtml.option.output'))
    .option('-y, --yes', t('reportHtml.option.yes'))
    .option('--limit <n>', t('help.report.limit'))
    .addHelpText('after', t('help.report.notes') + examples(t('help.report.examples')))
    .action(
      kit.run(
        () => import('../commands/report.js'),
        (m) => m.report,
      ),
    );
}
