/** Registration of the assess commands (flags only; handlers load lazily). */
import type { Command } from 'commander';
import { collect, examples, type Kit } from './kit.js';

const PLAYBOOKS_FLAG = '--playbooks <dir>';
const PLAYBOOKS_HELP = 'your playbook folder (default $ACCT_PLAYBOOKS, else playbooks/ next to the database)';

export function registerAssess(program: Command, kit: Kit): void {
  const { run } = kit;
  const assess = () => import('../commands/assess.js');
  const playbook = () => import('../commands/playbook.js');

  program
    .command('assess')
    .description(
      'assess an account: briefing, questions (pre-filled from last time), derived results and a ranked plan; accepted plays become actions',
    )
    .argument('[account]', 'name, unique prefix or external id (not needed with --questions)')
    .option('--answers <file>', 'answers from a YAML or JSON file (- reads stdin); numbers in plain decimals')
    .option('--set <key=value>', 'one answer, e.g. --set supplierPosition=secondary (repeatable)', collect)
    .option('--no-input', 'never prompt: fail listing the missing answers (automatic when not on a terminal)')
    .option(
      '--defaults',
      'take missing answers from the previous assessment and the account (on a terminal: "nothing changed"; only what has no answer is asked)',
    )
    .option('--accept <plays>', 'plays to accept as actions: all, none, or play ids separated by commas')
    .option('--top <n>', 'print only the first N plays of the plan (a terminal shows 7)')
    .option('--all', 'print every play of the plan')
    .option('--dry-run', 'show the results and the plan, store nothing')
    .option('--questions', 'print the questionnaire (keys, types, allowed values) and exit')
    .option(PLAYBOOKS_FLAG, PLAYBOOKS_HELP)
    .addHelpText(
      'after',
      examples(
        'acct assess acme',
        'acct assess acme --answers acme.yaml --accept all',
        'acct assess acme --defaults --set openComplaints=1 --set problems=quality --accept kr-quality-escalation',
        'acct assess acme --answers acme.yaml --dry-run --json | jq .result.plan',
        'acct assess --questions --json',
      ) +
        '\nOn a terminal each question shows its section, where it stands (7 of 24) and a help line.\n' +
        "A re-assessment shows last time's answers and asks what changed: Enter keeps them all.\n" +
        'Nothing is stored until you choose at the last step: s store with plays (ticked next),\n' +
        'w store without actions, c change an answer, d discard. Enter alone chooses nothing there.\n' +
        'In scripts, --accept answers that step (store, with those plays) and --dry-run stores nothing.\n' +
        "Storing also updates the account's stage, level, supplier position and share from the results.\n",
    )
    .action(async (...args: unknown[]) => {
      // --questions only prints the questionnaire: a light module of its own (start-up, issue 10).
      const options = args[args.length - 2] as { questions?: boolean };
      const handler = options.questions
        ? run(
            () => import('../commands/questions.js'),
            (m) => m.printQuestions,
          )
        : run(assess, (m) => m.assessAccount);
      await handler(...args);
    });

  program
    .command('plan')
    .description('reprint the plan of the latest assessment (or the latest on or before --at)')
    .argument('<account>', 'name, unique prefix or external id')
    .option('--at <date>', 'the assessment in force on this date (YYYY-MM-DD, 30d ago)')
    .option('--top <n>', 'print only the first N plays (a terminal shows 7)')
    .option('--all', 'print every play (piped output and --json always do)')
    .addHelpText('after', examples('acct plan acme', 'acct plan acme --at 2026-01-31', 'acct plan acme --json'))
    .action(
      run(
        () => import('../commands/plan.js'),
        (m) => m.showPlan,
      ),
    );

  program
    .command('history')
    .description('list the assessments of an account and what changed between them')
    .argument('<account>', 'name, unique prefix or external id')
    .addHelpText('after', examples('acct history acme', 'acct history acme --json'))
    .action(
      run(
        () => import('../commands/history.js'),
        (m) => m.showHistory,
      ),
    );

  const playbookCommand = program
    .command('playbook')
    .description('the playbooks behind the plan: list, show and validate them, and the facts conditions read')
    .addHelpText(
      'after',
      examples(
        'acct playbook list',
        'acct playbook show kr-fit-alarm',
        'acct playbook facts',
        'acct playbook validate ~/my-playbooks',
      ) + '\nHow to write and test a playbook: docs/playbooks.md\n',
    );
  playbookCommand
    .command('list')
    .alias('ls')
    .description('list each playbook with its plays (id, priority, owner, title, source)')
    .option(PLAYBOOKS_FLAG, PLAYBOOKS_HELP)
    .addHelpText('after', examples('acct playbook list', 'acct playbook list --json | jq ".[].plays[].id"'))
    .action(run(playbook, (m) => m.listPlaybooks));
  playbookCommand
    .command('show')
    .description('show a playbook, or one play with its why, steps and condition (as YAML you can paste into a file)')
    .argument('<id>', 'a playbook id or a play id')
    .option(PLAYBOOKS_FLAG, PLAYBOOKS_HELP)
    .addHelpText(
      'after',
      examples('acct playbook show key-account-retention', 'acct playbook show kr-fit-alarm --json'),
    )
    .action(run(playbook, (m) => m.showPlaybook));
  playbookCommand
    .command('facts')
    .description('list every fact a condition can read: its type, allowed values, operators and meaning')
    .option(PLAYBOOKS_FLAG, PLAYBOOKS_HELP)
    .addHelpText(
      'after',
      examples(
        'acct playbook facts',
        'acct playbook facts --json | jq -r \'.[] | select(.type == "list") | .name\'',
        'acct playbook facts --playbooks ~/team-playbooks',
      ) + '\nYour own questions (assessment.yaml in your playbook folder) are facts too.\n',
    )
    .action(run(playbook, (m) => m.listFacts));
  playbookCommand
    .command('validate')
    .description('check playbook files: every problem as file:line:col: message; exit 1 if any')
    .argument('[paths...]', '.yaml files or folders (default: the shipped playbooks and your folder)')
    .option(PLAYBOOKS_FLAG, PLAYBOOKS_HELP)
    .addHelpText(
      'after',
      examples(
        'acct playbook validate',
        'acct playbook validate ~/team-playbooks',
        'acct playbook validate my-plays.yaml',
      ),
    )
    .action(run(playbook, (m) => m.validatePlaybooks));
}
