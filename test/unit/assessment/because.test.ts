import { describe, expect, it } from 'vitest';
import { because, buildPlan, decidingLeaves, type Condition } from '../../../src/domain/assessment/index.js';
import type { Question } from '../../../src/domain/assessment/questions.js';

const service: Question = {
  key: 'serviceLevel',
  prompt: 'Which service elements does the account have?',
  type: 'multi',
  options: [
    { value: 'dedicated-team', label: 'A dedicated service team' },
    { value: 'hotline-24h', label: 'A 24-hour help line' },
  ],
};

describe('decidingLeaves: the leaves that made a condition true', () => {
  const all: Condition = {
    all: [
      { fact: 'supporters', op: 'lt', value: 2 },
      { fact: 'executiveChannel', op: 'eq', value: false },
    ],
  };
  it('all: every leaf; any: only the true branches; not: the inner leaves that were false', () => {
    expect(decidingLeaves(all, { supporters: 1, executiveChannel: false })?.map((leaf) => leaf.fact)).toEqual([
      'supporters',
      'executiveChannel',
    ]);
    expect(decidingLeaves(all, { supporters: 3, executiveChannel: false })).toBeNull();
    const any: Condition = { any: all.all };
    expect(decidingLeaves(any, { supporters: 3, executiveChannel: false })?.map((leaf) => leaf.fact)).toEqual([
      'executiveChannel',
    ]);
    const not: Condition = { not: { fact: 'serviceLevel', op: 'has', value: 'dedicated-team' } };
    expect(decidingLeaves(not, { serviceLevel: ['hotline-24h'] })).toEqual([
      { fact: 'serviceLevel', op: 'has', value: 'dedicated-team', actual: ['hotline-24h'], holds: false },
    ]);
  });
});

describe('because: the leaves in words', () => {
  it('phrases answers with the option label and record facts from the catalogue', () => {
    const condition: Condition = {
      any: [
        { fact: 'hasExecutive', op: 'false' },
        { fact: 'executiveChannel', op: 'eq', value: false },
        { not: { fact: 'serviceLevel', op: 'has', value: 'dedicated-team' } },
      ],
    };
    const lines = because(condition, { hasExecutive: false, executiveChannel: false, serviceLevel: [] }, [service]);
    expect(lines).toEqual([
      { fact: 'hasExecutive', value: false, text: 'an executive or decision-maker contact: no' },
      { fact: 'executiveChannel', value: false, text: 'you answered no: an executive-to-executive channel works' },
      { fact: 'serviceLevel', value: [], text: 'you did not tick: A dedicated service team' },
    ]);
  });

  it('is carried by each plan item', () => {
    const plan = buildPlan(
      [
        {
          id: 'b',
          title: 'B',
          version: '1',
          description: 'd',
          plays: [
            {
              id: 'p',
              title: 'P',
              why: 'w',
              when: { fact: 'executiveChannel', op: 'eq', value: false },
              priority: 1,
              dueInDays: 7,
              ownerRole: 'rep',
              steps: [],
              source: 's',
            },
          ],
        },
      ],
      { executiveChannel: false },
    );
    expect(plan[0]?.because).toEqual([
      { fact: 'executiveChannel', value: false, text: 'you answered no: an executive-to-executive channel works' },
    ]);
  });
});

describe('because: numbers and scales are named with their question', () => {
  it('says which question a number answered, and a scale answer with its label', () => {
    const complaints: Question = { key: 'openComplaints', prompt: 'How many complaints are open?', type: 'number' };
    const satisfaction: Question = {
      key: 'satisfaction',
      prompt: 'How satisfied are they?',
      type: 'scale',
      labels: ['very dissatisfied', 'somewhat dissatisfied', 'neutral', 'satisfied', 'highly satisfied'],
    };
    const lines = because(
      {
        all: [
          { fact: 'openComplaints', op: 'gt', value: 0 },
          { fact: 'satisfaction', op: 'lte', value: 2 },
          { fact: 'daysSinceContact', op: 'gt', value: 30 },
        ],
      },
      { openComplaints: 2, satisfaction: 2, daysSinceContact: 48 },
      [complaints, satisfaction],
    );
    expect(lines.map((line) => line.text)).toEqual([
      'you answered 2: open customer complaints',
      'you answered 2 (somewhat dissatisfied): surveyed satisfaction',
      'days since the last contact: 48',
    ]);
  });
});
