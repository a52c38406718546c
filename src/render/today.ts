/**
 * How `acct today` looks: a title that says whose day it is and how much is
 * in it, then one ranked table (most urgent first). Piped, the same rows
 * tab-separated with ISO dates; `--json` prints the TodayModel.
 */
import type { TodayItem, TodayKind, TodayModel } from '../domain/today.js';
import type { Output } from './output.js';
import { heading, renderTable, type Column } from './table.js';
import { currentLanguage, t, type MessageKey } from '../i18n/index.js';
import { formatDate } from './format.js';
import { dateText } from './records.js';

/** What to do about an item, as the KIND column says it. */
const DO: Record<TodayKind, MessageKey> = {
  overdue: 'render.today.do.overdue',
  'quiet-after-order': 'render.today.do.call',
  due: 'render.today.do.due',
  stale: 'render.today.do.call',
  assess: 'render.today.do.assess',
};

/** Whose day the title names: the owner asked for, the configured one, or everyone (with a hint when unset). */
export function whoseText(owner: string | null, how: { given: boolean; everyone: boolean }): string {
  if (owner === null) return how.everyone ? t('render.today.everyone') : t('render.today.everyoneHint');
  return how.given ? t('render.today.for', { owner }) : t('render.today.forConfigured', { owner });
}

/** "Today, 2026-03-15, for lin: 2 overdue actions, 1 due this week, 3 accounts to call, 1 to assess". */
export function todayTitle(out: Pick<Output, 'mode'>, model: TodayModel, whose: string): string {
  const { counts } = model;
  const call = counts['quiet-after-order'] + counts.stale;
  const parts = [
    counts.overdue > 0 ? t('render.today.overdue', { count: counts.overdue }) : '',
    counts.due > 0 ? t('render.today.due', { count: counts.due }) : '',
    call > 0 ? t('render.today.call', { count: call }) : '',
    counts.assess > 0 ? t('render.today.assess', { count: counts.assess }) : '',
  ].filter(Boolean);
  return t('render.today.title', {
    today: out.mode === 'table' ? formatDate(model.today, currentLanguage()) : model.today,
    whose,
    parts: parts.length > 0 ? parts : [t('render.today.nothing')],
  });
}

export function renderToday(out: Output, model: TodayModel, whose: string, limit: number): string {
  const shown = limit > 0 ? model.items.slice(0, limit) : model.items;
  const columns: Column<TodayItem & { rank: number }>[] = [
    { header: '#', value: (i) => i.rank, align: 'right' },
    {
      header: t('render.column.do'),
      value: (i) => t(DO[i.kind]),
      style: (text, i, chalk) => (i.kind === 'overdue' || i.kind === 'quiet-after-order' ? chalk.red(text) : text),
    },
    { header: t('render.column.account'), value: (i) => i.account },
    {
      // One free-text column, so it alone gives way on a narrow terminal.
      header: t('render.column.what'),
      value: (i) =>
        i.action
          ? t('render.today.actionWhat', {
              id: i.action.id,
              text: i.action.text,
              reason: i.reason.text,
              due: dateText(out, i.action.due),
            })
          : i.reason.text,
    },
    { header: t('render.column.owner'), value: (i) => i.owner },
  ];
  const rows = shown.map((item, index) => ({ ...item, rank: index + 1 }));
  const parts = [heading(out, todayTitle(out, model, whose))];
  if (rows.length > 0) parts.push(renderTable(out, columns, rows));
  if (shown.length < model.items.length && out.mode === 'table')
    parts.push(t('render.today.more', { count: model.items.length - shown.length }));
  return parts.join('\n');
}
