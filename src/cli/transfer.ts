/** Registration of the transfer commands (flags only; handlers load lazily). */
import { Option, type Command } from 'commander';
import { collect, examples, type Kit } from './kit.js';

const TYPES = ['accounts', 'contacts', 'activities', 'actions', 'assessments'];

export function registerTransfer(program: Command, kit: Kit): void {
  const { run } = kit;
  program
    .command('import')
    .description('import accounts, contacts, activities, actions or assessments from CSV (all or nothing)')
    .argument(
      '<files...>',
      'CSV files, - for standard input, or folders with accounts.csv, contacts.csv, …; all in one transaction',
    )
    .addOption(new Option('--type <type>', 'what the file holds (default: guessed from the headers)').choices(TYPES))
    .option('--map <column=field>', 'read COLUMN as FIELD; "COLUMN=-" ignores it (repeatable)', collect)
    .option('--mapping <file>', 'YAML or JSON file of column: field')
    .option('--encoding <name>', 'utf-8, utf-16le, gb18030, … (default: detected)')
    .option('--delimiter <char>', 'field separator: , ; tab | (default: detected)')
    .option(
      '--skip-invalid',
      'import the valid rows; write the others with a reason to NAME.rejects.csv beside NAME.csv (stdin: ./stdin.rejects.csv)',
    )
    .option('--dry-run', 'check every row and report what would change; write nothing')
    .addHelpText(
      'after',
      examples(
        'acct import examples/            # accounts, contacts, activities, actions, assessments',
        'acct import accounts.csv contacts.csv',
        'acct import customers.csv --dry-run',
        'acct import crm-export.csv --type accounts --map "Kunde=name" --map "Internal Code=-"',
        'acct import contacts.csv --skip-invalid --json',
        'iconv -f gbk -t utf-8 old.csv | acct import - --type accounts',
      ) +
        '\nRows match existing records (accounts by external id, else by name; contacts by account and email,\n' +
        'else name), so running the same import twice changes nothing. Errors are printed as file:line: column: message.\n' +
        'Title rows above the header are skipped. A createdAt (Created Date, 创建时间) column keeps when an account\n' +
        'was opened in the source system, so a first import does not show up as new in the weekly report.\n',
    )
    .action(
      run(
        () => import('../commands/import.js'),
        (m) => m.importCommand,
      ),
    );

  program
    .command('export')
    .description('export records as CSV or JSON, in the columns acct import reads')
    .addOption(new Option('--type <type>', 'what to export').choices(TYPES).default('accounts'))
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']))
    .option('-o, --output <file>', 'write to FILE (CSV files get a BOM for Excel) instead of standard output')
    .option('--raw', 'do not neutralise cells starting with = + - @ (spreadsheet formula injection)')
    .addHelpText(
      'after',
      examples(
        'acct export -o accounts.csv',
        'acct export --type contacts --format json | jq ".[].email"',
        'acct export --type activities -o activities.csv',
      ),
    )
    .action(
      run(
        () => import('../commands/export.js'),
        (m) => m.exportCommand,
      ),
    );
}
