/**
 * One action in full (`acct action show`): what, who, when, and for an
 * accepted play where it came from, why it is worth doing, the because lines
 * of the assessment and the steps (docs/domain.md §7: actions keep the how).
 */
import type { Action } from '../domain/types.js';
import { isOverdue } from '../domain/definitions.js';
import type { Output } from './output.js';
import { dueText } from './assessment.js';
import { visibleDeep } from './safe-text.js';
import { heading, renderFields } from './table.js';

export interface ActionDetail {
  action: Action;
  account: string;
  /** The assessment the play was accepted from, with its date; null for an action added by hand. */
  assessment: { id: number; assessedAt: string } | null;
  /** True when the owner stands in for a role nobody is named for (owners.ts). */
  standIn: boolean;
}

export function actionDetailData(detail: ActionDetail, today: string): unknown {
  const { action } = detail;
  return {
    ...action,
    account: detail.account,
    assessment: detail.assessment,
    overdue: isOverdue(action, today),
  };
}

export function renderActionDetail(out: Output, shown: ActionDetail, today: string): string {
  const { action, account, assessment, standIn } = visibleDeep(shown);
  const role = action.ownerRole && action.ownerRole !== 'rep' ? action.ownerRole : null;
  const owner =
    action.owner === null
      ? role
        ? `nobody (${role}'s play)`
        : null
      : role
        ? standIn
          ? `${action.owner}, for the ${role} (role.${role} not set)`
          : `${action.owner} (${role})`
        : action.owner;
  const due =
    action.due === null ? null : action.status === 'open' ? dueText(action.due.slice(0, 10), today).text : action.due;
  const status = action.status === 'open' ? 'open' : `${action.status} ${action.closedAt?.slice(0, 10) ?? ''}`.trim();
  const pairs: [string, string | null][] = [
    ['account', account],
    ['status', status],
    ['owner', owner],
    ['due', due],
    ['play', action.play ? `${action.play}${action.playbook ? ` (playbook ${action.playbook})` : ''}` : null],
    ['from', assessment ? `the assessment of ${assessment.assessedAt.slice(0, 10)} (#${assessment.id})` : null],
    ['why', action.why],
    ['because', action.because.length > 0 ? action.because.join('\n') : null],
    ['steps', action.steps.length > 0 ? action.steps.map((step, i) => `${i + 1}. ${step}`).join('\n') : null],
  ];
  return [heading(out, `#${action.id} ${action.text}`), renderFields(out, pairs)].join('\n');
}
