/**
 * Dates and amounts as each output shows them (issue 14 point 6, docs/i18n.md
 * §Money and dates): written out for a reader on a terminal (2026年11月30日,
 * 420万元 in Chinese), the ISO date and whole units when piped, English the
 * same in both.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/index.js';
import { dueText as planDue, valueLines } from '../../src/render/assessment.js';
import { Output } from '../../src/render/output.js';
import { dateText, dueText, whenWithDate } from '../../src/render/records.js';

const today = '2026-11-20';

function output(tty: boolean): Output {
  const sink = Object.assign(
    new Writable({
      write: (_chunk, _encoding, done) => done(),
    }),
    { isTTY: tty, columns: 100 },
  );
  return new Output({ stdout: sink, stderr: sink, env: { NO_COLOR: '1' }, json: false, color: false, quiet: false });
}

const orders = {
  count: 3,
  priced: 2,
  totals: [{ currency: 'CNY', amount: 8_400_000 }],
  first: '2026-01-03',
  last: '2026-09-15',
};
const value = { currency: 'CNY', averageOrder: 4_200_000, ordersPerYear: 3, expectedYears: 5, estimate: 63_000_000 };

describe('dates on a terminal and piped', () => {
  it('Chinese: 年月日 on a terminal, ISO piped', async () => {
    await loadLanguage('zh-CN');
    const terminal = output(true);
    const piped = output(false);
    expect(terminal.mode).toBe('table');
    expect(piped.mode).toBe('plain');
    expect(dateText(terminal, '2026-12-02')).toBe('2026年12月2日');
    expect(dateText(piped, '2026-12-02')).toBe('2026-12-02');
    expect(whenWithDate(terminal, '2026-11-17', today)).toBe('3天前（2026年11月17日）');
    expect(whenWithDate(piped, '2026-11-17', today)).toBe('2026-11-17');
    expect(dueText({ due: '2026-11-17', status: 'open' }, today)).toBe('2026年11月17日（已逾期）');
    expect(planDue('2026-11-27', today).text).toBe('2026年11月27日 到期，还有 7 天');
    expect(planDue('2026-11-27', today, false).text).toBe('2026-11-27 到期，还有 7 天');
  });

  it('English: the ISO date everywhere, as before', () => {
    const terminal = output(true);
    expect(dateText(terminal, '2026-12-02')).toBe('2026-12-02');
    expect(whenWithDate(terminal, '2026-11-17', today)).toBe('3 days ago (2026-11-17)');
    expect(dueText({ due: '2026-11-17', status: 'open' }, today)).toBe('2026-11-17 (overdue)');
    expect(planDue('2026-11-27', today).text).toBe('due 2026-11-27, in 7 days');
  });
});

describe('orders and lifetime value', () => {
  it('Chinese: 万 and 年月日 for a reader, whole units and ISO for scripts', async () => {
    await loadLanguage('zh-CN');
    expect(valueLines(orders, value, true)).toEqual([
      ['订单', '自 2026年1月3日 起 3 笔订单，合计 840万元（1 笔未填金额）'],
      ['客户终身价值', '约 6300万元 = 平均订单额 420万元 × 每年 3 笔 × 5 年（relationship-years）'],
    ]);
    expect(valueLines(orders, value, false)[0]![1]).toBe(
      '自 2026-01-03 起 3 笔订单，合计 8,400,000 CNY（1 笔未填金额）',
    );
    expect(valueLines({ ...orders, totals: [{ currency: 'CNY', amount: 320_000_000 }] }, null, true)[0]![1]).toContain(
      '合计 3.2亿元',
    );
  });

  it('English reads the same written or not', () => {
    const written = valueLines(orders, value, true);
    expect(written).toEqual(valueLines(orders, value, false));
    expect(written[0]![1]).toBe('3 orders since 2026-01-03, 8,400,000 CNY (1 without an amount)');
  });
});
