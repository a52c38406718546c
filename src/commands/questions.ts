/**
 * acct assess --questions: the questionnaire alone. Its own module, so
 * printing the questions loads neither the assessment machinery nor the
 * YAML library that `acct assess` itself needs (issue 10, start-up).
 */
import type { Context } from '../context.js';
import { questionnaireData, renderQuestionnaire } from '../render/assessment.js';
import { loadQuestionnaireForCommand } from './playbook.js';

export async function printQuestions(
  ctx: Context,
  _name: string | undefined,
  options: { playbooks?: string; top?: string; all?: boolean },
): Promise<void> {
  // The same flag checks as acct assess (--top with --all is refused); plan.ts is loaded only for them.
  if (options.top !== undefined || options.all) (await import('./plan.js')).planChoice(options);
  const questionnaire = await loadQuestionnaireForCommand(ctx, options.playbooks);
  if (ctx.out.mode === 'json') return ctx.out.json(questionnaireData(questionnaire));
  ctx.out.data(renderQuestionnaire(ctx.out, questionnaire));
}
