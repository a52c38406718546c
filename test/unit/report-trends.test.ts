/** Trends (issue 13, point 5): the backward replay per week, the sparkline, and the terminal width. */
import { describe, expect, it } from 'vitest';
import { buildReport, reportWindow, type FieldChange, type ReportAccount } from '../../src/domain/report.js';
import { TrendCollector, trendHistorySince, trendWeeks } from '../../src/domain/report/trends.js';
import { Output, type Stream } from '../../src/render/output.js';
import { renderReport, sparkline } from '../../src/render/report.js';
import { displayWidth } from '../../src/render/table.js';

const change = (accountId: number, field: FieldChange['field'], from: string | null, to: string | null, at: string) =>
  ({ accountId, field, from, to, at }) satisfies FieldChange;

describe('trend weeks', () => {
  it('are the 8 week ends up to the as-of day, and the history they need starts the day after the first', () => {
    expect(trendWeeks('2026-03-15')).toEqual([
      '2026-01-25',
      '2026-02-01',
      '2026-02-08',
      '2026-02-15',
      '2026-02-22',
      '2026-03-01',
      '2026-03-08',
      '2026-03-15',
    ]);
    expect(trendHistorySince('2026-03-15')).toBe('2026-01-26');
  });
});

describe('TrendCollector', () => {
  it('undoes the changes after each week end, once per account, and counts accounts from their creation', () => {
    const trends = new TrendCollector('2026-03-15', 4); // weeks ending 02-22, 03-01, 03-08, 03-15
    trends.add('lin', '2026-01-01T09:00:00Z', { stage: 'partnership', risk: 'high' }, [
      change(1, 'stage', 'development', 'initial-cooperation', '2026-02-22T23:59:59Z'), // inside week 02-22
      change(1, 'risk', null, 'low', '2026-02-23T00:00:00Z'), // first thing of the week ending 03-01
      change(1, 'stage', 'initial-cooperation', 'partnership', '2026-03-09T08:00:00Z'),
      change(1, 'risk', 'low', 'high', '2026-03-15T17:00:00Z'), // on the as-of day: counts
      change(1, 'risk', 'high', 'medium', '2026-03-16T08:00:00Z'), // after the window: already undone in the end state
    ]);
    trends.add('Wu', '2026-03-02T09:00:00Z', { stage: 'development', risk: null }, []);
    // No change in these weeks (one long before): the same values every week.
    trends.add('lin', '2025-06-01T09:00:00Z', { stage: 'partnership', risk: 'low' }, [
      change(3, 'risk', null, 'low', '2025-07-01T09:00:00Z'),
    ]);
    const result = trends.result();
    expect(result.weeks).toEqual(['2026-02-22', '2026-03-01', '2026-03-08', '2026-03-15']);
    expect(result.portfolio.accounts).toEqual([2, 2, 3, 3]);
    const line = (lines: { value: string; counts: number[] }[], value: string) =>
      lines.find((l) => l.value === value)!.counts;
    expect(line(result.portfolio.stages, 'initial-cooperation')).toEqual([1, 1, 1, 0]);
    expect(line(result.portfolio.stages, 'partnership')).toEqual([1, 1, 1, 2]);
    expect(line(result.portfolio.stages, 'development')).toEqual([0, 0, 1, 1]);
    expect(line(result.portfolio.risk, 'unassessed')).toEqual([1, 0, 1, 1]);
    expect(line(result.portfolio.risk, 'low')).toEqual([1, 2, 2, 1]);
    expect(line(result.portfolio.risk, 'high')).toEqual([0, 0, 0, 1]);
    expect(result.owners.map((o) => [o.owner, o.accounts])).toEqual([
      ['lin', [2, 2, 2, 2]],
      ['Wu', [0, 0, 1, 1]],
    ]);
  });
});

describe('sparkline', () => {
  it('scales each row from 0 to its highest count, a week with none blank', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 8])).toBe(' ▁▂▃▄▅▆█');
    expect(sparkline([1000, 1000, 1001])).toBe('███');
    expect(sparkline([0, 0])).toBe('  ');
  });
});

function terminal(columns: number): { out: Output; written: () => string } {
  let text = '';
  const stdout: Stream = {
    isTTY: true,
    columns,
    write(chunk: string) {
      text += chunk;
      return true;
    },
  } as Stream;
  const out = new Output({
    stdout,
    stderr: { isTTY: true, write: () => true } as Stream,
    env: { NO_COLOR: '1' },
    json: false,
    color: false,
    quiet: false,
  });
  return { out, written: () => text };
}

describe('the terminal trends', () => {
  it('fit 80 columns, long owner names and stage values included', async () => {
    const accounts: ReportAccount[] = Array.from({ length: 40 }, (_, i) => ({
      id: i + 1,
      name: `Account ${i + 1}`,
      owner: `${'Very Long Owner Name '.repeat(3)}${i % 4}`,
      tier: 'B',
      position: 'secondary',
      stage: ['development', 'initial-cooperation', 'primary-supplier', 'partnership', 'strategic-alliance'][i % 5]!,
      level: 'transactional',
      createdAt: `2026-0${1 + (i % 3)}-0${1 + (i % 9)}T09:00:00Z`,
      updatedAt: '2026-01-01T09:00:00Z',
    }));
    const model = buildReport({
      window: reportWindow('2026-03-15'),
      accounts,
      assessments: new Map(),
      coverage: new Map(),
      activity: new Map(),
      overdue: [],
      options: { limit: 25 },
    });
    const { out } = terminal(80);
    const text = await renderReport(out, model, 'text');
    const section = text.slice(text.indexOf('Trends: 8 weeks'));
    expect(section).toMatch(/[▁▂▃▄▅▆▇█]{8}/);
    const lines = section.split('\n');
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });
});
