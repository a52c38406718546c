/** Registration of the assess commands (flags only; handlers load lazily). */
import type { Command } from 'commander';
import { t } from '../i18n/index.js';
import { collect, examples, type Kit } from './kit.js';

const PLAYBOOKS_FLAG = '--playbooks <dir>';

export function registerAssess(program: Command, { run }: Kit): void {
  const assess = () => import('../commands/assess.js');
  program
    .command('assess')
    .description(t('help.assess.description'))
    .argument('[account]', t('help.assess.arg.account'))
    .option('--answers <file>', t('help.assess.answers'))
    .option('--set <key=value>', t('help.assess.set'), collect)
    .option('--no-input', t('help.assess.noInput'))
    .option('--defaults', t('help.assess.defaults'))
    .option('--accept <plays>', t('help.assess.accept'))
    .option('--top <n>', t('help.assess.top'))
    .option('--all', t('help.assess.all'))
    .option('--dry-run', t('help.assess.dryRun'))
    .option('--questions', t('help.assess.questions'))
    .option(PLAYBOOKS_FLAG, t('help.opt.playbooks'))
    .addHelpText('after', examples(t('help.assess.examples')) + t('help.assess.notes'))
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
}

export function registerPlan(program: Command, { run }: Kit): void {
  program
    .command('plan')
    .description(t('help.plan.description'))
    .argument('<account>', t('help.arg.accountRef'))
    .option('--at <date>', t('help.plan.at'))
    .option('--top <n>', t('help.opt.top'))
    .option('--all', t('help.plan.all'))
    .addHelpText('after', examples(t('help.plan.examples')))
    .action(
      run(
        () => import('../commands/plan.js'),
        (m) => m.showPlan,
      ),
    );
}

export function registerHistory(program: Command, { run }: Kit): void {
  program
    .command('history')
    .description(t('help.history.description'))
    .argument('<account>', t('help.arg.accountRef'))
    .addHelpText('after', examples(t('help.history.examples')))
    .action(
      run(
        () => import('../commands/history.js'),
        (m) => m.showHistory,
      ),
    );
}

export function registerPlaybook(program: Command, { run }: Kit): void {
  const playbook = () => import('../commands/playbook.js');
  const playbooksHelp = t('help.opt.playbooks');
  const playbookCommand = program
    .command('playbook')
    .description(t('help.playbook.description'))
    .addHelpText('after', examples(t('help.playbook.examples')) + t('help.playbook.notes'));
  playbookCommand
    .command('list')
    .alias('ls')
    .description(t('help.playbook.list.description'))
    .option(PLAYBOOKS_FLAG, playbooksHelp)
    .addHelpText('after', examples(t('help.playbook.list.examples')))
    .action(run(playbook, (m) => m.listPlaybooks));
  playbookCommand
    .command('show')
    .description(t('help.playbook.show.description'))
    .argument('<id>', t('help.playbook.show.arg.id'))
    .option(PLAYBOOKS_FLAG, playbooksHelp)
    .addHelpText('after', examples(t('help.playbook.show.examples')))
    .action(run(playbook, (m) => m.showPlaybook));
  playbookCommand
    .command('facts')
    .description(t('help.playbook.facts.description'))
    .option(PLAYBOOKS_FLAG, playbooksHelp)
    .addHelpText('after', examples(t('help.playbook.facts.examples')) + t('help.playbook.facts.notes'))
    .action(run(playbook, (m) => m.listFacts));
  playbookCommand
    .command('validate')
    .description(t('help.playbook.validate.description'))
    .argument('[paths...]', t('help.playbook.validate.arg.paths'))
    .option(PLAYBOOKS_FLAG, playbooksHelp)
    .addHelpText('after', examples(t('help.playbook.validate.examples')))
    .action(run(playbook, (m) => m.validatePlaybooks));
}
