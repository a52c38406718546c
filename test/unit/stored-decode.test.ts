/**
 * Decoding stored assessment results (src/domain/assessment/stored.ts) with
 * plain shape checks: a part of the right shape is kept as stored, a part of
 * another shape is left out, and no key reaches outside the known parts.
 */
import { describe, expect, it } from 'vitest';
import { decodeResult, isCompleteResult } from '../../src/domain/assessment/stored.js';

const plan = [
  {
    playbook: 'retention',
    play: 'exec-sponsor',
    title: 'Find an executive sponsor',
    why: 'single-threaded',
    priority: 1,
    dueInDays: 14,
    ownerRole: 'rep',
    steps: ['ask'],
    source: 'playbooks/retention.yaml',
    riskRelevance: 2,
  },
];

describe('decodeResult', () => {
  it('keeps parts of the right shape as stored, plans without "because" lines included', () => {
    const stored = {
      stage: 'partnership',
      shareOfWallet: null,
      risk: { level: 'high', score: 7, reasons: ['r'], factors: [{ fact: 'f', points: 2, text: 't' }], extra: 1 },
      satisfaction: { score: 4, label: 'satisfied', repurchase: 'yes', recommend: null },
      plan,
    };
    expect(decodeResult(stored)).toEqual(stored);
    const because = [{ ...plan[0], because: [{ fact: 'supporters', value: ['a'], text: 'x' }] }];
    expect(decodeResult({ plan: because })).toEqual({ plan: because });
  });

  it('leaves out parts of another shape, and keys that are no part', () => {
    expect(
      decodeResult({
        stage: 'courtship',
        shareOfWallet: '35',
        risk: { level: 'high', score: 7, reasons: [], factors: [{ fact: 'f', points: '2', text: 't' }] },
        satisfaction: { score: 6, label: 'x', repurchase: null, recommend: null },
        plan: [{ ...plan[0], priority: 4 }],
        constructor: { evil: true },
        toString: 'x',
      }),
    ).toEqual({});
    expect(decodeResult([1, 2])).toEqual({});
    expect(decodeResult('text')).toEqual({});
  });

  it('a result with some parts is not complete', () => {
    expect(isCompleteResult(decodeResult({ stage: 'partnership', plan }))).toBe(false);
  });
});
