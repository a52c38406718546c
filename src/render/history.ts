/** How `acct history` looks: one row per assessment, what changed since the one before. */
import type { Change } from '../domain/assessment/diff.js';
import type { StoredAssessment } from '../domain/assessment/types.js';
import { judgementColour } from './colour.js';
import type { Output } from './output.js';
import { dateText, when } from './records.js';
import { t } from '../i18n/index.js';
import { shown } from './labels.js';
import { visible } from './safe-text.js';
import { heading, renderTable, type Column } from './table.js';

export interface HistoryRow {
  record: StoredAssessment;
  changes: Change[];
  first: boolean;
  planSize: number;
}

/** The JSON view: the key results of each assessment, its plan size and its changes. */
export function historyData(account: { id: number; name: string }, rows: readonly HistoryRow[]): unknown {
  return {
    account: { id: account.id, name: account.name },
    assessments: rows.map(({ record, changes, planSize }) => ({
      id: record.id,
      assessedAt: record.assessedAt,
      stage: record.stage,
      level: record.level,
      position: record.position,
      share: record.share,
      criteriaFit: record.criteriaFit,
      riskLevel: record.riskLevel,
      experienceProfile: record.experienceProfile,
      experienceScore: record.experienceScore,
      satisfaction: record.satisfaction,
      singleThreaded: record.singleThreaded,
      targetLevel: record.targetLevel,
      planSize,
      changes,
    })),
  };
}

function changeText(row: HistoryRow): string {
  if (row.first) return t('render.history.first');
  if (row.changes.length === 0) return t('render.history.noChange');
  // "; " in English, "；" in Chinese.
  return row.changes.map((change) => change.text).join(t('assessment.separator'));
}

export function renderHistory(out: Output, accountName: string, rows: readonly HistoryRow[], today: string): string {
  const columns: Column<HistoryRow>[] = [
    { header: t('render.column.id'), value: (r) => r.record.id, align: 'right' },
    {
      header: t('render.column.date'),
      value: (r) => (out.mode === 'table' ? dateText(out, r.record.assessedAt.slice(0, 10)) : r.record.assessedAt),
    },
    { header: t('render.column.stage'), value: (r) => shown(out, 'stage', r.record.stage) },
    { header: t('render.column.level'), value: (r) => shown(out, 'level', r.record.level) },
    {
      header: t('render.column.fit'),
      value: (r) => shown(out, 'criteriaFit', r.record.criteriaFit),
      style: (text, r, chalk) => judgementColour(text, chalk, r.record.criteriaFit ?? ''),
    },
    {
      header: t('render.column.risk'),
      value: (r) => shown(out, 'risk', r.record.riskLevel),
      style: (text, r, chalk) => judgementColour(text, chalk, r.record.riskLevel ?? ''),
    },
    {
      header: t('render.column.experience'),
      value: (r) =>
        r.record.experienceProfile === null
          ? null
          : `${shown(out, 'experienceProfile', r.record.experienceProfile)} ${r.record.experienceScore ?? ''}`.trim(),
    },
    {
      header: t('render.column.satisfaction'),
      value: (r) => (r.record.satisfaction === null ? t('render.history.notSurveyed') : `${r.record.satisfaction}/5`),
    },
    { header: t('render.column.plays'), value: (r) => r.planSize, align: 'right' },
    {
      header: t('render.column.changes'),
      value: changeText,
      wrap: true,
      style: (text, r, chalk) =>
        r.changes.some((c) => c.direction === 'worse')
          ? chalk.red(text)
          : r.changes.some((c) => c.direction === 'better')
            ? chalk.green(text)
            : text,
    },
  ];
  const last = rows.at(-1)!.record;
  const parts = [
    heading(out, t('render.history.title', { name: accountName, count: rows.length })),
    renderTable(out, columns, rows),
  ];
  if (out.mode === 'table') {
    parts.push(
      '',
      t('render.history.footer', { when: when(out, last.assessedAt.slice(0, 10), today), name: visible(accountName) }),
    );
  }
  return parts.join('\n');
}
