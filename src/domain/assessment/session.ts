/**
 * One assessment run, between the questions and the store: which answers a
 * scripted run takes, in questionnaire order, and what the results change on
 * the account record. Pure: the command does the asking and the writing.
 */
import type { Account } from '../types.js';
import { isAsked, type Answers, type Questionnaire } from './questions.js';
import type { AssessmentResult } from './types.js';

/** Answers in questionnaire order (stored and printed that way, whatever order they were given in). */
export function orderedAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  const out: Answers = {};
  for (const question of questionnaire.questions)
    if (answers[question.key] !== undefined) out[question.key] = answers[question.key]!;
  return out;
}

/** A run without prompts: the given answers, plus `defaults` for the questions that apply and were not given. */
export function completeWithoutAsking(questionnaire: Questionnaire, given: Answers, defaults: Answers | null): Answers {
  const answers: Answers = { ...given };
  if (defaults) {
    for (const question of questionnaire.questions) {
      if (answers[question.key] !== undefined || defaults[question.key] === undefined) continue;
      if (isAsked(question, answers)) answers[question.key] = defaults[question.key]!;
    }
  }
  return orderedAnswers(questionnaire, answers);
}

export interface AccountChange {
  field: 'stage' | 'level' | 'position' | 'share' | 'targetLevel';
  from: string | number | null;
  to: string | number | null;
}

/** What storing this assessment changes on the account record (only what differs). */
export function accountChanges(account: Account, result: AssessmentResult, answers: Answers): AccountChange[] {
  const wanted: AccountChange[] = [
    { field: 'stage', from: account.stage, to: result.stage },
    { field: 'level', from: account.level, to: result.relationshipLevel },
    { field: 'position', from: account.position, to: result.supplierPosition },
  ];
  if (result.shareOfWallet !== null) wanted.push({ field: 'share', from: account.share, to: result.shareOfWallet });
  if (typeof answers.targetLevel === 'string')
    wanted.push({ field: 'targetLevel', from: account.targetLevel, to: answers.targetLevel });
  return wanted.filter((change) => change.from !== change.to);
}

/** The results kept as columns beside the JSON, for reporting. */
export function keyResults(result: AssessmentResult) {
  return {
    stage: result.stage,
    level: result.relationshipLevel,
    position: result.supplierPosition,
    share: result.shareOfWallet,
    criteriaFit: result.criteriaFit,
    riskLevel: result.risk.level,
    experienceProfile: result.experience.profile,
    experienceScore: result.experience.score,
    satisfaction: result.satisfaction.score,
    singleThreaded: result.coverage.singleThreaded,
    targetLevel: result.targetLevel.level,
  };
}
