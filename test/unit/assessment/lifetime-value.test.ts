/**
 * Lifetime value (docs/domain.md §4, seed 002; issue 11 point 9) and the
 * words of because lines: option labels for answers, short labels for
 * record facts, and facts a play cites (experience-shift plays cite the
 * lifetime value).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assess,
  lifetimeValue,
  ordersToDate,
  validateAnswers,
  type AssessmentResult,
} from '../../../src/domain/assessment/index.js';
import { loadPlaybooks, type LoadedPlaybooks } from '../../../src/playbooks/load.js';
import { SECONDARY_SUPPLIER_ANSWERS } from '../../answers.js';
import { makeAccount, makeActivity, makeContact, makeInput } from './helpers.js';

const TODAY = '2025-06-15'; // helpers.ts NOW

const order = (date: string, amount: number | null, currency: string | null = 'CNY') =>
  makeActivity({ type: 'order', date, amount, currency });

describe('orders to date and the lifetime value', () => {
  it('is average order × orders per year × expected years, its inputs kept', () => {
    const log = [
      order('2023-06-15', 3_000_000),
      order('2024-06-15', 5_000_000),
      order('2025-06-01', null),
      makeActivity({ type: 'visit', date: '2025-06-02' }),
      order('2025-07-01', 9_000_000), // after today: not an order yet
    ];
    expect(ordersToDate(log, TODAY)).toEqual({
      count: 3,
      priced: 2,
      totals: [{ currency: 'CNY', amount: 8_000_000 }],
      first: '2023-06-15',
      last: '2025-06-01',
    });
    // 3 orders in 2 years: 1.5 a year; average of the priced ones 4,000,000; 5 years by default.
    expect(lifetimeValue(log, TODAY)).toEqual({
      currency: 'CNY',
      averageOrder: 4_000_000,
      ordersPerYear: 1.5,
      expectedYears: 5,
      estimate: 30_000_000,
    });
    expect(lifetimeValue(log, TODAY, 10)?.estimate).toBe(60_000_000);
  });

  it('counts a first year as a whole year, and needs an amount', () => {
    expect(lifetimeValue([order('2025-05-01', 1_000)], TODAY)).toMatchObject({ ordersPerYear: 1, estimate: 5_000 });
    expect(lifetimeValue([order('2025-05-01', null)], TODAY)).toBeNull();
    expect(lifetimeValue([], TODAY)).toBeNull();
  });

  it('does not add up currencies: the estimate is in the currency most priced orders are in', () => {
    const log = [order('2025-01-01', 100, 'EUR'), order('2025-02-01', 1_000, 'CNY'), order('2025-03-01', 3_000, 'CNY')];
    expect(lifetimeValue(log, TODAY)).toMatchObject({ currency: 'CNY', averageOrder: 2_000 });
    expect(ordersToDate(log, TODAY).totals).toEqual([
      { currency: 'CNY', amount: 4_000 },
      { currency: 'EUR', amount: 100 },
    ]);
  });
});

describe('because lines in words', () => {
  let loaded: LoadedPlaybooks;
  beforeAll(() => {
    loaded = loadPlaybooks();
  });

  const run = (answers: Record<string, unknown>, activities = [order('2024-06-15', 4_000_000)]): AssessmentResult => {
    const checked = validateAnswers(loaded.questionnaire, { ...SECONDARY_SUPPLIER_ANSWERS, ...answers });
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    return assess(
      makeInput({
        account: makeAccount({ position: 'secondary', share: 20 }),
        contacts: [makeContact({ department: 'purchasing', strength: 3 })],
        activities,
        answers: checked.answers,
      }),
      loaded.playbooks,
      loaded.questionnaire.questions,
    );
  };
  const linesOf = (result: AssessmentResult, play: string): string[] =>
    (result.plan.find((item) => item.play === play)?.because ?? []).map((line) => line.text);

  it("name an answer by the questionnaire's option label, not its code", () => {
    const lines = linesOf(run({ triggers: ['supplier-review'] }), 'ic-trigger-supplier-review');
    expect(lines).toEqual(['you answered: Their procurement round or annual supplier review is coming']);
  });

  it('name record facts with a short label', () => {
    const lines = linesOf(run({}), 'ic-weave-network');
    expect(lines).toEqual(['single-threaded: yes']);
  });

  it('experience-shift plays cite the lifetime value when orders with amounts are logged', () => {
    const shifting = { buyingDriver: 'purchasing', shiftSigns: ['price-only', 'unbundling', 'faster-decisions'] };
    const result = run(shifting);
    const slow = linesOf(result, 'es-slow-the-shift');
    // One order of 4,000,000 a year ago: 1 a year × 5 years.
    expect(slow).toContain('lifetime value estimate: 20,000,000');
    expect(linesOf(run(shifting, []), 'es-slow-the-shift').join()).not.toContain('lifetime value');
  });
});
