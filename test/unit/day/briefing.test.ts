/** The briefing as data: what a rep reads before a call, each fact from the assessment domain. */
import { describe, expect, it } from 'vitest';
import { briefing, type BriefingInput } from '../../../src/domain/briefing.js';
import { deriveJudgments, type StoredAssessment } from '../../../src/domain/assessment/index.js';
import { NOW, makeAccount, makeAction, makeActivity, makeContact } from '../assessment/helpers.js';

const TODAY = '2025-06-15';

function stored(overrides: Partial<StoredAssessment> = {}): StoredAssessment {
  return {
    id: 1,
    accountId: 1,
    assessedAt: '2025-05-01T09:00:00.000Z',
    answers: { supplierPosition: 'secondary', purchaseCriteria: 'both-fit' },
    result: {},
    playbookVersions: {},
    stage: 'initial-cooperation',
    level: 'transactional',
    position: 'secondary',
    share: 20,
    criteriaFit: 'safe',
    riskLevel: 'low',
    experienceProfile: 'generalist',
    experienceScore: 0,
    satisfaction: null,
    singleThreaded: true,
    targetLevel: null,
    ...overrides,
  };
}

function input(overrides: Partial<BriefingInput> = {}): BriefingInput {
  return {
    account: makeAccount({ position: 'secondary', share: 20, stage: 'initial-cooperation', notes: 'Renewal in June.' }),
    contacts: [],
    activities: [],
    actions: [],
    assessments: [],
    now: NOW,
    today: TODAY,
    ...overrides,
  };
}

describe('briefing', () => {
  it('carries the notes and the last conversation: date, who, what (an order is not a conversation)', () => {
    const wang = makeContact({ name: 'Wang Li' });
    const result = briefing(
      input({
        contacts: [wang],
        activities: [
          makeActivity({ date: '2025-06-01', type: 'call', note: 'Asked about the quote', contactIds: [wang.id] }),
          makeActivity({ date: '2025-06-10', type: 'order', note: 'PO 4711' }),
          makeActivity({ date: '2025-05-20', type: 'visit', note: 'Plant tour' }),
        ],
      }),
    );
    expect(result.notes).toBe('Renewal in June.');
    expect(result.lastConversation).toEqual({
      date: '2025-06-01',
      daysAgo: 14,
      type: 'call',
      note: 'Asked about the quote',
      with: ['Wang Li'],
    });
  });

  it('says "all contacts sit in one department" in plain words, the term after it', () => {
    const contacts = [
      makeContact({ name: 'A', department: 'purchasing', strength: 3 }),
      makeContact({ name: 'B', department: 'purchasing', strength: 4 }),
    ];
    const words = briefing(input({ contacts })).coverage.words.map((w) => w.text);
    expect(words[0]).toMatch(/^all contacts sit in one department, purchasing.*\(bow-tie\)$/);
    expect(briefing(input({ contacts })).coverage.words[0]!.key).toBe('coverage.one-department');
  });

  it('lists open actions (overdue marked) and the open plays of the last plan, leaving out plays done since', () => {
    const last = stored({
      result: {
        plan: [
          {
            playbook: 'kr',
            play: 'p-open',
            title: 'Open play',
            why: '',
            priority: 1,
            dueInDays: 7,
            ownerRole: 'rep',
            steps: [],
            source: '',
            riskRelevance: 0,
          },
          {
            playbook: 'kr',
            play: 'p-done',
            title: 'Done play',
            why: '',
            priority: 2,
            dueInDays: 7,
            ownerRole: 'rep',
            steps: [],
            source: '',
            riskRelevance: 0,
          },
          {
            playbook: 'kr',
            play: 'p-new',
            title: 'Untaken play',
            why: '',
            priority: 3,
            dueInDays: 7,
            ownerRole: 'rep',
            steps: [],
            source: '',
            riskRelevance: 0,
          },
        ],
      },
    });
    const actions = [
      makeAction({ id: 7, text: 'Send quote', due: '2025-06-01', play: 'p-open', status: 'open' }),
      makeAction({ id: 8, text: 'Done thing', play: 'p-done', status: 'done', closedAt: '2025-05-10T00:00:00Z' }),
    ];
    const result = briefing(input({ assessments: [last], actions }));
    expect(result.openActions).toEqual([
      expect.objectContaining({ id: 7, text: 'Send quote', overdue: true, play: 'p-open' }),
    ]);
    expect(result.openPlays.map((p) => [p.play, p.actionId])).toEqual([
      ['p-open', 7],
      ['p-new', null],
    ]);
  });

  it('says what changed since the last assessment: activities, contacts added, stage moves and edits', () => {
    const previous = stored({
      id: 1,
      assessedAt: '2025-03-01T09:00:00.000Z',
      result: { stage: 'development', relationshipLevel: 'transactional' },
    });
    const last = stored({ id: 2, result: { stage: 'initial-cooperation', relationshipLevel: 'transactional' } });
    const result = briefing(
      input({
        account: makeAccount({
          position: 'secondary',
          share: 30,
          stage: 'initial-cooperation',
          updatedAt: '2025-06-01T00:00:00Z',
        }),
        assessments: [previous, last],
        contacts: [
          makeContact({ name: 'New Person', createdAt: '2025-05-20T00:00:00Z' }),
          makeContact({ name: 'Old' }),
        ],
        activities: [
          makeActivity({ date: '2025-05-10', type: 'visit' }),
          makeActivity({ date: '2025-05-12', type: 'call' }),
          makeActivity({ date: '2025-04-01', type: 'call' }),
        ],
      }),
    );
    const words = result.since!.words.map((w) => w.text);
    expect(words).toContain('2 interactions logged (call, visit)');
    expect(words).toContain('1 contact added: New Person');
    expect(words).toContain('stage: development → initial-cooperation at the assessment of 2025-05-01');
    expect(words).toContain('share of wallet edited since: 20 → 30');
    expect(result.since!.activities).toHaveLength(2);
  });

  it("derives today's risk from the last answers and today's records, as the assessment would", () => {
    const last = stored({ riskLevel: 'low' });
    const base = input({ assessments: [last] });
    const result = briefing(base);
    const expected = deriveJudgments({
      account: base.account,
      contacts: [],
      activities: [],
      openActions: [],
      answers: last.answers,
      now: NOW,
      previous: null,
    }).judgments.risk;
    expect(result.risk.level).toBe(expected.level);
    expect(result.risk.reasons.map((r) => r.text)).toEqual(expected.reasons);
    expect(result.risk.reasons.map((r) => r.text)).toContain('relationship hangs on a single thread');
    expect(result.risk.basis.text).toBe("from the answers of 2025-05-01 and today's records");
    expect(result.risk.was).toBe(expected.level === 'low' ? null : 'low');
  });

  it('without an assessment: no "since", risk from the records alone', () => {
    const result = briefing(input());
    expect(result.since).toBeNull();
    expect(result.lastAssessment).toBeNull();
    expect(result.risk.basis.key).toBe('risk.from-records');
    expect(result.coverage.words.map((w) => w.key)).toEqual(['coverage.none']);
  });
});
