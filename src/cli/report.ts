/** Registration of the report commands (flags only; handlers load lazily). */
import type { Command } from 'commander';
import { t } from '../i18n/index.js';
import { examples, type Kit } from './kit.js';

export function registerReport(program: Command, kit: Kit): void {
  program
    .command('report')
    .description('the weekly review: portfolio, what moved, what needs attention, per owner')
    .option('--since <date>', 'first day of the review window (included)')
    .option('--days <n>', 'length of the window in days, ending with today (default 7)')
    .option('--as-of <date>', 'treat this day as today (default today, or $ACCT_NOW)')
    .option('--owner <name>', "only this owner's accounts and actions")
    .option('--mine', 'only my accounts and actions: the owner set with acct config set owner NAME')
    .option('--stale-days <n>', 'flag accounts with no contact for this many days (default: setting stale-days, 30)')
    .option(
      '--unassessed-days <n>',
      'flag accounts not assessed for this many days (default: setting unassessed-days, 30)',
    )
    .option(
      '--format <format>',
      'table, text (the table without colour, for e-mail or chat), plain, json, csv, markdown or html (a page with charts, to share or print) (default: table on a terminal, plain when piped; with -o, from the file name)',
    )
    .option('-o, --output <file>', t('reportHtml.option.output'))
    .option('-y, --yes', t('reportHtml.option.yes'))
    .option('--limit <n>', 'table, text and html: accounts in "needs you this week" (default 25; 0 = all)')
    .addHelpText(
      'after',
      `
The window is made of whole days (UTC), both ends included: it ends with the
end of --as-of (records dated later are ignored) and starts with --since, or
so that it spans --days N days (--days 7 on 2026-03-15: 2026-03-09 .. 2026-03-15).
"Change" compares with the state at the end of the day before the window,
replayed from the stored history of changes (assessments, edits, imports).
First comes what needs you this week: one row per account, most severe first,
with what to do next; accounts with only minor reasons go on the "also" line.
Last come the trends: accounts by stage and risk at the end of each of the
last 8 weeks, replayed from history, for the portfolio and per owner.
Piped output is tab-separated; the first field names the section
(window, portfolio, moved, priority, also, attention, owner, trend).
` +
        examples(
          'acct report',
          'acct report --owner lin --days 14',
          'acct report --mine',
          'acct report --as-of 2026-03-13 --format markdown > review-2026-w11.md',
          'acct report --format csv > review.csv',
          'acct report -o review.html   # one page with charts: open it in a browser, print it, mail it',
          'acct report --json | jq ".attention[] | select(.group == \\"risk\\")"',
          'acct report | grep ^attention | cut -f3,4,6',
        ),
    )
    .action(
      kit.run(
        () => import('../commands/report.js'),
        (m) => m.report,
      ),
    );
}
