import { describe, expect, it } from 'vitest';
import { buildFacts, computeCoverage, daysUntilBirthday } from '../../../src/domain/assessment/index.js';
import { NOW, diamondContacts, makeAccount, makeAction, makeActivity, makeContact, makeInput } from './helpers.js';

describe('computeCoverage', () => {
  it('no contacts: single-threaded bow-tie', () => {
    const coverage = computeCoverage([]);
    expect(coverage).toMatchObject({
      contactCount: 0,
      strongContacts: 0,
      singleThreaded: true,
      hasExecutive: false,
      shape: 'bow-tie',
    });
    expect(coverage.singleThreadReasons).toHaveLength(2);
  });

  it('one strong contact is single-threaded even across departments', () => {
    const coverage = computeCoverage([
      makeContact({ name: 'Buyer', department: 'purchasing', strength: 3 }),
      makeContact({ name: 'Engineer', department: 'technical', strength: 1 }),
    ]);
    expect(coverage.singleThreaded).toBe(true);
    expect(coverage.singleThreadReasons).toEqual(['only one strong contact (Buyer)']);
    expect(coverage.shape).toBe('bow-tie');
  });

  it('several strong contacts all in purchasing are still single-threaded', () => {
    const coverage = computeCoverage([
      makeContact({ department: 'purchasing', strength: 3, seniority: 'manager' }),
      makeContact({ department: 'purchasing', strength: 2, seniority: 'staff' }),
    ]);
    expect(coverage.singleThreaded).toBe(true);
    expect(coverage.singleThreadReasons).toEqual(['every contact is in purchasing']);
    expect(coverage.departmentsReached).toEqual(['purchasing']);
  });

  it('many-to-many across departments and levels is a diamond', () => {
    const coverage = computeCoverage(diamondContacts());
    expect(coverage.singleThreaded).toBe(false);
    expect(coverage.shape).toBe('diamond');
    expect(coverage.hasExecutive).toBe(true);
    expect(coverage.departmentsReached).toEqual(['purchasing', 'management', 'technical', 'user']);
    expect(coverage.seniorityReached).toEqual(['executive', 'manager', 'staff']);
    expect(coverage.supporters).toEqual({ count: 3, names: ['Zhang GM', 'Wang Eng', 'Chen User'] });
    expect(coverage.opponents).toEqual({ count: 0, names: [] });
  });

  it('two strong contacts in two departments at one level: not single-threaded, but a bow-tie', () => {
    const coverage = computeCoverage([
      makeContact({ department: 'purchasing', strength: 2, seniority: 'manager', attitude: 'opponent', name: 'Opp' }),
      makeContact({ department: 'technical', strength: 2, seniority: 'manager' }),
    ]);
    expect(coverage.singleThreaded).toBe(false);
    expect(coverage.shape).toBe('bow-tie');
    expect(coverage.opponents).toEqual({ count: 1, names: ['Opp'] });
  });
});

describe('buildFacts', () => {
  it('derives recency, actions, birthdays and account fallbacks', () => {
    const facts = buildFacts(
      makeInput({
        account: makeAccount({ position: 'secondary', share: 15, tier: null, owner: '' }),
        contacts: [makeContact({ birthday: '1980-06-20', lastContacted: '2025-05-01' })],
        activities: [
          makeActivity({ date: '2025-05-16', type: 'complaint' }),
          makeActivity({ date: '2025-01-02', type: 'complaint' }),
        ],
        openActions: [
          makeAction({ due: '2025-06-01' }),
          makeAction({ due: '2025-07-01' }),
          makeAction({ due: '2025-05-01', status: 'done' }),
        ],
        answers: {},
      }),
    );
    expect(facts).toMatchObject({
      supplierPosition: 'secondary',
      shareOfWallet: 15,
      hasOwner: false,
      daysSinceContact: 30,
      complaintsLast90d: 1,
      openActionCount: 2,
      overdueActions: 1,
      birthdaysNext30d: 1,
      hasPrevious: false,
      buyingDriverChanged: false,
    });
    expect(facts.tier).toBeUndefined();
  });

  it('answers override the account record; unknown recency stays unset', () => {
    const facts = buildFacts(
      makeInput({ account: makeAccount({ position: 'secondary' }), answers: { supplierPosition: 'primary' } }),
    );
    expect(facts.supplierPosition).toBe('primary');
    expect(facts.daysSinceContact).toBeUndefined();
  });

  it('compares with the previous assessment', () => {
    const facts = buildFacts(
      makeInput({
        previous: { answers: { buyingDriver: 'engineering', satisfaction: 4 }, result: null },
        answers: { buyingDriver: 'purchasing', satisfaction: 2 },
      }),
    );
    expect(facts).toMatchObject({
      hasPrevious: true,
      previousBuyingDriver: 'engineering',
      buyingDriverChanged: true,
      satisfactionDropped: true,
    });
  });

  it('counts birthdays across the year end', () => {
    expect(daysUntilBirthday('01-05', new Date('2025-12-20T00:00:00Z'))).toBe(16);
    expect(daysUntilBirthday('1975-06-15', NOW)).toBe(0);
    expect(daysUntilBirthday('soon', NOW)).toBeNull();
  });
});
