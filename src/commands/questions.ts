/**
 * acct assess --questions: the questionnaire alone. Its own module, so
 * printing the questions loads neither the assessment machinery nor, when
 * the shipped files are as the build compiled them, the YAML and schema
 * libraries (issue 10, start-up; src/playbooks/compiled.ts).
 */
import type { Context } from '../context.js';
import { compiledQuestionnaire } from '../playbooks/compiled.js';
import { questionnaireData, renderQuestionnaire } from '../render/assessment.js';
import { userPlaybookDir } from './playbook-dir.js';

export async function printQuestions(
  ctx: Context,
  _name: string | undefined,
  options: { playbooks?: string; top?: string; all?: boolean },
): Promise<void> {
  // The same flag checks as acct assess (--top with --all is refused); plan.ts is loaded only for them.
  if (options.top !== undefined || options.all) (await import('./plan.js')).planChoice(options);
  const questionnaire =
    compiledQuestionnaire({ userDir: await userPlaybookDir(ctx, options.playbooks) }) ??
    // Edited or user files: parsed, validated and any problem reported, as acct assess does.
    (await (await import('./playbook.js')).loadQuestionnaireForCommand(ctx, options.playbooks));
  if (ctx.out.mode === 'json') return ctx.out.json(questionnaireData(questionnaire));
  ctx.out.data(renderQuestionnaire(ctx.out, questionnaire));
}
