/**
 * One action in full (`acct action show`): what, who, when, and for an
 * accepted play where it came from, why it is worth doing, the because lines
 * of the assessment and the steps (docs/domain.md §7: actions keep the how).
 */
import type { Action } from '../domain/types.js';
import { isOverdue } from '../domain/definitions.js';
import type { Output } from './output.js';
import { dueText } from './assessment.js';
import { dateText } from './records.js';
import { visibleDeep } from './safe-text.js';
import { heading, renderFields } from './table.js';
import { t } from '../i18n/index.js';
import { said, shown } from './labels.js';

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

export function renderActionDetail(out: Output, detail: ActionDetail, today: string): string {
  const { action, account, assessment, standIn } = visibleDeep(detail);
  const roleId = action.ownerRole && action.ownerRole !== 'rep' ? action.ownerRole : null;
  const role = roleId ? said('ownerRole', roleId) : null;
  const owner =
    action.owner === null
      ? role
        ? t('render.action.nobody', { role })
        : null
      : role && roleId
        ? standIn
          ? t('render.action.standIn', { owner: action.owner, role, roleId })
          : t('render.action.ownerRole', { owner: action.owner, role })
        : action.owner;
  const due =
    action.due === null
      ? null
      : action.status === 'open'
        ? dueText(action.due.slice(0, 10), today, out.mode === 'table').text
        : dateText(out, action.due);
  const statusWord = shown(out, 'actionStatus', action.status);
  const closed = action.closedAt ? dateText(out, action.closedAt.slice(0, 10)) : '';
  const status = action.status === 'open' ? statusWord : `${statusWord} ${closed}`.trim();
  const pairs: [string, string | null][] = [
    [t('render.action.account'), account],
    [t('render.action.status'), status],
    [t('render.action.owner'), owner],
    [t('render.action.due'), due],
    [
      t('render.action.play'),
      action.play
        ? action.playbook
          ? t('render.action.playbook', { play: action.play, playbook: action.playbook })
          : action.play
        : null,
    ],
    [
      t('render.action.from'),
      assessment
        ? t('render.action.fromAssessment', {
            date: dateText(out, assessment.assessedAt.slice(0, 10)),
            id: assessment.id,
          })
        : null,
    ],
    [t('render.action.why'), action.why],
    [t('render.action.because'), action.because.length > 0 ? action.because.join('\n') : null],
    [
      t('render.action.steps'),
      action.steps.length > 0 ? action.steps.map((step, i) => `${i + 1}. ${step}`).join('\n') : null,
    ],
  ];
  return [heading(out, `#${action.id} ${action.text}`), renderFields(out, pairs)].join('\n');
}
