/**
 * How `acct today` looks: a title that says whose day it is and how much is
 * in it, then one ranked table (most urgent first). Piped, the same rows
 * tab-separated with ISO dates; `--json` prints the TodayModel.
 */
import type { TodayItem, TodayKind, TodayModel } from '../domain/today.js';
import type { Output } from './output.js';
import { heading, renderTable, type Column } from './table.js';
import { plural } from '../domain/plural.js';

/** What to do about an item, as the KIND column says it. */
const DO: Record<TodayKind, string> = {
  overdue: 'overdue',
  'quiet-after-order': 'call',
  due: 'due',
  stale: 'call',
  assess: 'assess',
};

/** "Today, 2026-03-15, for lin: 2 overdue actions, 1 due this week, 3 accounts to call, 1 to assess". */
export function todayTitle(model: TodayModel, whose: string): string {
  const { counts } = model;
  const call = counts['quiet-after-order'] + counts.stale;
  const parts = [
    counts.overdue > 0 ? plural(counts.overdue, 'overdue action') : '',
    counts.due > 0 ? `${plural(counts.due, 'action')} due this week` : '',
    call > 0 ? `${plural(call, 'account')} to call` : '',
    counts.assess > 0 ? `${plural(counts.assess, 'assessment')} due` : '',
  ].filter(Boolean);
  return `Today, ${model.today}, ${whose}: ${parts.length > 0 ? parts.join(', ') : 'nothing due'}`;
}

export function renderToday(out: Output, model: TodayModel, whose: string, limit: number): string {
  const shown = limit > 0 ? model.items.slice(0, limit) : model.items;
  const columns: Column<TodayItem & { rank: number }>[] = [
    { header: '#', value: (i) => i.rank, align: 'right' },
    {
      header: 'DO',
      value: (i) => DO[i.kind],
      style: (t, i, chalk) => (i.kind === 'overdue' || i.kind === 'quiet-after-order' ? chalk.red(t) : t),
    },
    { header: 'ACCOUNT', value: (i) => i.account },
    {
      // One free-text column, so it alone gives way on a narrow terminal.
      header: 'WHAT',
      value: (i) => (i.action ? `#${i.action.id} ${i.action.text} (${i.reason.text}, ${i.action.due})` : i.reason.text),
    },
    { header: 'OWNER', value: (i) => i.owner },
  ];
  const rows = shown.map((item, index) => ({ ...item, rank: index + 1 }));
  const parts = [heading(out, todayTitle(model, whose))];
  if (rows.length > 0) parts.push(renderTable(out, columns, rows));
  if (shown.length < model.items.length && out.mode === 'table')
    parts.push(`… and ${model.items.length - shown.length} more: acct today --all`);
  return parts.join('\n');
}
