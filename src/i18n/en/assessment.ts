/**
 * How an assessment's results and plan read (src/render/assessment.ts):
 * field labels, the plan's heading and lines, due dates, owners, the
 * questionnaire table and account changes. The plays' own texts come from
 * the playbooks, the questions' from the questionnaire.
 */
import { plural } from '../../domain/plural.js';

export const assessment = {
  'assessment.none': 'none',
  'assessment.separator': '; ',
  'assessment.contacts': 'contacts',
  'assessment.contactsNone': 'none recorded',
  'assessment.contactsIn': ({
    count,
    departments,
    seniority,
  }: {
    count: number;
    departments: string;
    seniority: string;
  }) => `${count} in ${departments}; seniority ${seniority}`,
  'assessment.noDepartment': 'no known department',
  'assessment.unknown': 'unknown',
  'assessment.supporters': 'supporters',
  'assessment.opponents': 'opponents',
  'assessment.threads': 'threads',
  'assessment.singleThreaded': ({ reasons }: { reasons: string }) => `single-threaded (${reasons})`,
  'assessment.shape': ({ shape, strong, departments }: { shape: string; strong: number; departments: number }) =>
    `${shape}: ${strong} strong contacts across ${departments} departments`,
  'assessment.shapeName': ({ shape }: { shape: string }) => shape,
  'assessment.orders': 'orders',
  'assessment.ordersSince': ({
    count,
    first,
    totals,
    unpriced,
  }: {
    count: number;
    first: string;
    totals: string;
    unpriced: number;
  }) =>
    `${plural(count, 'order')} since ${first}${totals ? `, ${totals}` : ''}${unpriced > 0 ? ` (${unpriced} without an amount)` : ''}`,
  'assessment.lifetimeValue': 'lifetime value',
  'assessment.lifetimeValueText': ({
    estimate,
    average,
    perYear,
    years,
  }: {
    estimate: string;
    average: string;
    perYear: number;
    years: number;
  }) =>
    `about ${estimate} = average order ${average} × ${perYear} orders a year × ${plural(years, 'year')} (relationship-years)`,
  'assessment.heading': 'Assessment',
  'assessment.stage': 'stage',
  'assessment.level': 'level',
  'assessment.position': 'position',
  'assessment.positionShare': ({ position, share }: { position: string; share: number }) =>
    `${position}, ${share}% share of wallet`,
  'assessment.criteriaFit': 'criteria fit',
  'assessment.experience': 'experience',
  'assessment.experienceText': ({ profile, score }: { profile: string; score: number }) => `${profile} (${score}/100)`,
  'assessment.risk': 'risk',
  'assessment.because': ({ judgement, reasons }: { judgement: string; reasons: readonly string[] }) =>
    reasons.length > 0 ? `${judgement}: ${reasons.join('; ')}` : judgement,
  'assessment.satisfaction': 'satisfaction',
  'assessment.notSurveyed': 'not surveyed',
  'assessment.satisfactionText': ({
    score,
    label,
    repurchase,
    recommend,
  }: {
    score: number;
    label: string;
    repurchase: string;
    recommend: string;
  }) =>
    `${score}/5 ${label}${repurchase ? `; buys again: ${repurchase}` : ''}${recommend ? `; would recommend: ${recommend}` : ''}`,
  'assessment.satisfactionLabel': ({ score }: { score: number }) =>
    ['very dissatisfied', 'somewhat dissatisfied', 'neutral', 'satisfied', 'highly satisfied'][score - 1] ?? '',
  'assessment.yesUnsureNo': ({ value }: { value: string }) => value,
  'assessment.targetLevel': 'target level',
  'assessment.targetText': ({
    level,
    recommended,
    verdict,
  }: {
    level: string;
    recommended: string | null;
    verdict: string;
  }) => `${level}${recommended ? ` (recommended: ${recommended})` : ''}: ${verdict}`,

  // The plan.
  'assessment.dueToday': 'due today',
  'assessment.dueIn': ({ due, days }: { due: string; days: number }) => `due ${due}, in ${plural(days, 'day')}`,
  'assessment.dueOverdue': ({ due, days }: { due: string; days: number }) =>
    `due ${due}, overdue by ${plural(days, 'day')}`,
  'assessment.noOwner': ({ role }: { role: string }) => `${role}: no owner`,
  'assessment.standIn': ({ owner, role, roleId }: { owner: string; role: string; roleId: string }) =>
    `${owner} for the ${role} (role.${roleId} not set)`,
  'assessment.roleOwner': ({ owner, role }: { owner: string; role: string }) => `${role}: ${owner}`,
  'assessment.actionState': ({ id, state }: { id: number; state: string }) => `action #${id}, ${state}`,
  'assessment.planNone': 'Plan: no plays apply',
  'assessment.plan': ({ count, urgent }: { count: number; urgent: number }) =>
    `Plan: ${plural(count, 'play')}${urgent > 0 ? `, ${urgent} at priority 1` : ''}`,
  'assessment.becauseLine': ({ reasons }: { reasons: readonly string[] }) => `because ${reasons.join('; ')}`,
  'assessment.more': ({ count, command }: { count: number; command: string }) =>
    `and ${count} more${command ? `: ${command}` : ''}`,
  'assessment.storedPlan': ({ name, date, id }: { name: string; date: string; id: number }) =>
    `${name}: plan of the assessment of ${date} (#${id})`,
  'assessment.acceptedMark': ({ name }: { name: string }) => `✓ = accepted as an action (acct action list "${name}")`,

  // The questionnaire (acct assess --questions).
  'assessment.questionnaire': ({ title, count, version }: { title: string; count: number; version: string | number }) =>
    `${title} (${count} questions, version ${version})`,
  'assessment.listOf': ({ values }: { values: string }) => `list of: ${values}`,
  'assessment.number': 'number',

  // Changes to the account.
  'assessment.change': ({ field, from, to }: { field: string; from: string; to: string }) => `${field} ${from} → ${to}`,
  'assessment.field.targetLevel': 'target level',
  'assessment.field.stage': 'stage',
  'assessment.field.level': 'level',
  'assessment.field.position': 'position',
  'assessment.field.share': 'share',
  'assessment.unset': 'unset',
};
