/** acct today's ranking: what is on the list, and in which order. */
import { describe, expect, it } from 'vitest';
import { planToday, type TodayAccount, type TodayInput } from '../../../src/domain/today.js';

const TODAY = '2026-03-15';

function account(id: number, overrides: Partial<TodayAccount> = {}): TodayAccount {
  return {
    id,
    name: `Account ${id}`,
    owner: 'lin',
    tier: 'B',
    position: 'secondary',
    lastActivity: '2026-03-10',
    lastOrder: null,
    lastContacted: null,
    latest: { assessedAt: '2026-03-01T09:00:00Z', answers: {} },
    ...overrides,
  };
}

function plan(overrides: Partial<TodayInput>) {
  return planToday({ today: TODAY, owner: null, accounts: [], actions: [], ...overrides });
}

describe('planToday', () => {
  it('ranks overdue, quiet after an order, due this week, stale, then assessments due', () => {
    const model = plan({
      accounts: [
        account(1, { name: 'Quiet', lastActivity: '2026-01-10', lastOrder: '2026-01-10' }),
        account(2, { name: 'Stale', lastActivity: '2026-01-01' }),
        account(3, { name: 'Unassessed', latest: { assessedAt: '2025-12-01T00:00:00Z', answers: {} } }),
        account(4, { name: 'Busy' }),
      ],
      actions: [
        { id: 10, accountId: 4, text: 'due soon', owner: 'lin', due: '2026-03-18' },
        { id: 11, accountId: 4, text: 'late', owner: 'lin', due: '2026-03-01' },
        { id: 12, accountId: 4, text: 'next month', owner: 'lin', due: '2026-04-20' },
        { id: 13, accountId: 4, text: 'later this week', owner: 'lin', due: '2026-03-21' },
        { id: 14, accountId: 4, text: 'next week', owner: 'lin', due: '2026-03-22' },
      ],
    });
    expect(model.items.map((i) => [i.kind, i.account, i.action?.text ?? i.reason.text])).toEqual([
      ['overdue', 'Busy', 'late'],
      ['quiet-after-order', 'Quiet', 'quiet for 64 days since the order of 2026-01-10 (gap after delivery)'],
      ['due', 'Busy', 'due soon'],
      ['due', 'Busy', 'later this week'],
      ['stale', 'Stale', 'no contact for 73 days'],
      ['assess', 'Unassessed', 'not assessed for 104 days'],
    ]);
    expect(model.counts).toEqual({ overdue: 1, 'quiet-after-order': 1, due: 2, stale: 1, assess: 1 });
  });

  it('inside a kind: longest first, never contacted last, then tier A first, then name', () => {
    const model = plan({
      accounts: [
        account(1, { name: 'Never', lastActivity: null, latest: null, position: 'none' }),
        account(2, { name: 'Old', lastActivity: '2025-12-01' }),
        account(3, { name: 'Older B', lastActivity: '2025-11-01', tier: 'B' }),
        account(4, { name: 'Older A', lastActivity: '2025-11-01', tier: 'A' }),
      ],
    });
    expect(model.items.map((i) => i.account)).toEqual(['Older A', 'Older B', 'Old', 'Never']);
  });

  it('assessments due: key accounts never assessed first, survey answers past the cadence last', () => {
    const model = plan({
      accounts: [
        account(1, {
          name: 'Surveyed long ago',
          latest: {
            assessedAt: '2026-03-01T00:00:00Z',
            answers: { satisfaction: 4 },
            result: { answeredAt: { satisfaction: '2025-10-01' } },
          },
        }),
        account(2, { name: 'Key, never', tier: 'A', latest: null }),
        account(3, { name: 'Prospect, never', tier: 'C', position: 'none', latest: null }),
        account(4, { name: 'Late', latest: { assessedAt: '2026-01-01T00:00:00Z', answers: {} } }),
      ],
      surveyDays: () => 90,
    });
    expect(model.items.filter((i) => i.kind === 'assess').map((i) => [i.account, i.reason.key])).toEqual([
      ['Key, never', 'today.never-assessed'],
      ['Late', 'today.not-assessed'],
      ['Surveyed long ago', 'today.survey-due'],
    ]);
  });

  it("an owner's day: their accounts, and actions they own (an unowned action belongs to the account's owner)", () => {
    const model = plan({
      owner: 'LIN',
      accounts: [
        account(1, { owner: 'lin', lastActivity: '2025-01-01' }),
        account(2, { owner: 'wang', lastActivity: '2025-01-01' }),
      ],
      actions: [
        { id: 1, accountId: 2, text: 'lin helps wang', owner: 'lin', due: '2026-03-01' },
        { id: 2, accountId: 1, text: 'unowned', owner: null, due: '2026-03-02' },
        { id: 3, accountId: 1, text: 'wang on lin account', owner: 'wang', due: '2026-03-02' },
      ],
    });
    expect(model.items.map((i) => i.action?.text ?? i.account)).toEqual(['lin helps wang', 'unowned', 'Account 1']);
  });

  it('settings move the thresholds: stale-days and order-silence-days', () => {
    const accounts = [account(1, { lastActivity: '2026-03-01', lastOrder: '2026-03-01' })];
    expect(plan({ accounts }).items).toEqual([]);
    expect(plan({ accounts, orderSilenceDays: 10 }).items.map((i) => i.kind)).toEqual(['quiet-after-order']);
    const talked = [account(1, { lastActivity: '2026-03-01' })];
    expect(plan({ accounts: talked, staleDays: 14 }).items.map((i) => i.kind)).toEqual(['stale']);
  });
});
