/** acct history: an account's assessments over time and what changed between consecutive ones. */
import type { Context } from '../context.js';
import { diffResults, type Change } from '../domain/assessment/diff.js';
import type { StoredAssessment } from '../domain/assessment/types.js';
import { when } from '../render/records.js';
import { visible } from '../render/safe-text.js';
import { heading, renderTable, type Column } from '../render/table.js';
import { resolveAccount } from './resolve.js';

interface Row {
  record: StoredAssessment;
  changes: Change[];
  first: boolean;
  planSize: number;
}

export async function showHistory(ctx: Context, name: string): Promise<void> {
  const store = await ctx.store({ create: false });
  const account = resolveAccount(store, name);
  const records = store.assessments.forAccount(account.id);
  const rows: Row[] = records.map((record, index) => ({
    record,
    first: index === 0,
    changes: index === 0 ? [] : diffResults(records[index - 1]!.result, record.result),
    planSize: record.result.plan?.length ?? 0,
  }));
  const out = ctx.out;
  if (out.mode === 'json') {
    return out.json({
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
    });
  }
  if (rows.length === 0) {
    out.info(`${account.name} has not been assessed yet. Start with: acct assess "${account.name}"`);
    return;
  }
  const changeText = (row: Row): string => {
    if (row.first) return 'first assessment';
    if (row.changes.length === 0) return 'no change';
    return row.changes.map((change) => change.text).join('; ');
  };
  const columns: Column<Row>[] = [
    { header: 'ID', value: (r) => r.record.id, align: 'right' },
    { header: 'DATE', value: (r) => (out.mode === 'table' ? r.record.assessedAt.slice(0, 10) : r.record.assessedAt) },
    { header: 'STAGE', value: (r) => r.record.stage },
    { header: 'LEVEL', value: (r) => r.record.level },
    {
      header: 'FIT',
      value: (r) => r.record.criteriaFit,
      style: (t, _r, chalk) =>
        t === 'alarm' ? chalk.red(t) : t === 'alert' ? chalk.yellow(t) : t === 'safe' ? chalk.green(t) : t,
    },
    {
      header: 'RISK',
      value: (r) => r.record.riskLevel,
      style: (t, _r, chalk) => (t === 'high' ? chalk.red(t) : t === 'medium' ? chalk.yellow(t) : chalk.green(t)),
    },
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
      style: (t, r, chalk) =>
        r.changes.some((c) => c.direction === 'worse')
          ? chalk.red(t)
          : r.changes.some((c) => c.direction === 'better')
            ? chalk.green(t)
            : t,
    },
  ];
  const last = rows.at(-1)!.record;
  const parts = [
    heading(out, `${account.name}: ${rows.length} assessment${rows.length === 1 ? '' : 's'}`),
    renderTable(out, columns, rows),
  ];
  if (out.mode === 'table') {
    parts.push(
      '',
      `Last assessed ${when(out, last.assessedAt.slice(0, 10), ctx.today)}. Its plan: acct plan "${visible(account.name)}"`,
    );
  }
  out.data(parts.join('\n'));
}
