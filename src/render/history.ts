/** How `acct history` looks: one row per assessment, what changed since the one before. */
import type { Change } from '../domain/assessment/diff.js';
import type { StoredAssessment } from '../domain/assessment/types.js';
import { judgementColour } from './colour.js';
import type { Output } from './output.js';
import { when } from './records.js';
import { plural } from '../domain/plural.js';
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
  if (row.first) return 'first assessment';
  if (row.changes.length === 0) return 'no change';
  return row.changes.map((change) => change.text).join('; ');
}

export function renderHistory(out: Output, accountName: string, rows: readonly HistoryRow[], today: string): string {
  const columns: Column<HistoryRow>[] = [
    { header: 'ID', value: (r) => r.record.id, align: 'right' },
    { header: 'DATE', value: (r) => (out.mode === 'table' ? r.record.assessedAt.slice(0, 10) : r.record.assessedAt) },
    { header: 'STAGE', value: (r) => r.record.stage },
    { header: 'LEVEL', value: (r) => r.record.level },
    { header: 'FIT', value: (r) => r.record.criteriaFit, style: (t, _r, chalk) => judgementColour(t, chalk) },
    { header: 'RISK', value: (r) => r.record.riskLevel, style: (t, _r, chalk) => judgementColour(t, chalk) },
    {
      header: 'EXPERIENCE',
      value: (r) =>
        r.record.experienceProfile === null
          ? null
          : `${r.record.experienceProfile} ${r.record.experienceScore ?? ''}`.trim(),
    },
    { header: 'SATISFACTION', value: (r) => (r.record.satisfaction === null ? '-' : `${r.record.satisfaction}/5`) },
    { header: 'PLAYS', value: (r) => r.planSize, align: 'right' },
    {
      header: 'CHANGES',
      value: changeText,
      wrap: true,
      style: (t, r, chalk) =>
        r.changes.some((c) => c.direction === 'worse')
          ? chalk.red(t)
          : r.changes.some((c) => c.direction === 'better')
            ? chalk.green(t)
            : t,
    },
  ];
  const last = rows.at(-1)!.record;
  const parts = [heading(out, `${accountName}: ${plural(rows.length, 'assessment')}`), renderTable(out, columns, rows)];
  if (out.mode === 'table') {
    parts.push(
      '',
      `Last assessed ${when(out, last.assessedAt.slice(0, 10), today)}. Its plan: acct plan "${visible(accountName)}"`,
    );
  }
  return parts.join('\n');
}
