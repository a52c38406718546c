import { describe, expect, it } from 'vitest';
import { plural } from '../../src/domain/plural.js';
import { riskReasonText } from '../../src/domain/assessment/wording.js';

describe('plural: one helper for counted nouns (issue 12, point 15)', () => {
  it('says "1 action", "0 actions", "2 actions" and takes an irregular plural', () => {
    expect(plural(1, 'action')).toBe('1 action');
    expect(plural(0, 'action')).toBe('0 actions');
    expect(plural(2, 'action')).toBe('2 actions');
    expect(plural(3, 'logged activity', 'logged activities')).toBe('3 logged activities');
  });

  it('risk reasons count overdue actions in words, never "action(s)"', () => {
    expect(riskReasonText('overdueActions', { count: 1 })).toBe('1 overdue action');
    expect(riskReasonText('overdueActions', { count: 4 })).toBe('4 overdue actions');
  });
});
