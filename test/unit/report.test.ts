import { describe, expect, it } from 'vitest';
import {
  buildReport,
  mostSevere,
  reportWindow,
  type AccountAssessments,
  type AssessmentKeys,
  type FieldChange,
  type ReportAccount,
  type ReportInput,
} from '../../src/domain/report.js';
import { bar, mdCell } from '../../src/render/report.js';

const account = (id: number, values: Partial<ReportAccount> = {}): ReportAccount => ({
  id,
  name: `Account ${id}`,
  owner: 'lin',
  tier: 'B',
  position: 'none',
  stage: 'development',
  level: 'transactional',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...values,
});

const keys = (assessedAt: string, values: Partial<AssessmentKeys> = {}): AssessmentKeys => ({
  assessedAt,
  stage: 'initial-cooperation',
  level: 'transactional',
  position: 'secondary',
  criteriaFit: 'safe',
  riskLevel: 'low',
  experienceProfile: 'generalist',
  satisfaction: 4,
  buyingDriver: 'senior-management',
  ...values,
});

const assessed = (values: Partial<AccountAssessments>): AccountAssessments => ({
  latest: null,
  previous: null,
  ...values,
});

const change = (accountId: number, field: FieldChange['field'], from: string | null, to: string | null, at: string) =>
  ({ accountId, field, from, to, at }) satisfies FieldChange;

function input(values: Partial<ReportInput> = {}): ReportInput {
  return {
    window: reportWindow('2026-03-15'),
    accounts: [],
    assessments: new Map(),
    coverage: new Map(),
    activity: new Map(),
    overdue: [],
    ...values,
  };
}

describe('reportWindow', () => {
  it('covers --days whole days ending with as-of, both ends included', () => {
    expect(reportWindow('2026-03-15')).toEqual({
      since: '2026-03-09',
      asOf: '2026-03-15',
      days: 7,
      baselineDate: '2026-03-08',
    });
    expect(reportWindow('2026-03-15', { days: 1 })).toMatchObject({ since: '2026-03-15', days: 1 });
    expect(reportWindow('2026-03-01', { days: 2 })).toMatchObject({ since: '2026-02-28', baselineDate: '2026-02-27' });
  });

  it('starts on --since and refuses an inverted or empty window', () => {
    expect(reportWindow('2026-03-15', { since: '2026-03-01' })).toMatchObject({ days: 15 });
    expect(() => reportWindow('2026-03-15', { since: '2026-03-16' })).toThrow(RangeError);
    expect(() => reportWindow('2026-03-15', { days: 0 })).toThrow(RangeError);
  });
});

describe('buildReport', () => {
  it('counts the portfolio at the start and end of the window from the history; new accounts only at the end', () => {
    const model = buildReport(
      input({
        accounts: [
          account(1, { stage: 'primary-supplier', position: 'primary' }),
          account(2, { createdAt: '2026-03-09T00:00:00Z' }),
          account(3, { createdAt: '2026-03-16' }),
        ],
        assessments: new Map([
          [1, assessed({ latest: keys('2026-03-10T09:00:00Z', { stage: 'primary-supplier', riskLevel: 'high' }) })],
        ]),
        changes: [
          change(1, 'stage', 'initial-cooperation', 'primary-supplier', '2026-03-10T09:00:00Z'),
          change(1, 'position', 'secondary', 'primary', '2026-03-10T09:00:00Z'),
          change(1, 'risk', 'medium', 'high', '2026-03-10T09:00:00Z'),
          change(3, 'stage', null, 'development', '2026-03-16T00:00:00Z'),
        ],
      }),
    );
    expect(model.portfolio.accounts).toEqual({ start: 1, end: 2, change: 1 });
    const stage = (value: string) => model.portfolio.stages.find((row) => row.value === value)!;
    expect(stage('initial-cooperation')).toMatchObject({ start: 1, end: 0, change: -1 });
    expect(stage('primary-supplier')).toMatchObject({ start: 0, end: 1 });
    expect(stage('development')).toMatchObject({ start: 0, end: 1 });
    expect(model.portfolio.risk.map((row) => [row.value, row.start, row.end])).toEqual([
      ['low', 0, 0],
      ['medium', 1, 0],
      ['high', 0, 1],
      ['unassessed', 0, 1],
    ]);
    expect(model.moved.map((m) => [m.field, m.from, m.to, m.direction, m.date])).toEqual([
      ['stage', 'initial-cooperation', 'primary-supplier', 'better', '2026-03-10'],
      ['position', 'secondary', 'primary', 'better', '2026-03-10'],
      ['risk', 'medium', 'high', 'worse', '2026-03-10'],
    ]);
  });

  it('counts an edit as a move on its own date, and a past week replayed has not seen it', () => {
    const latest = keys('2026-03-01T09:00:00Z', { stage: 'partnership', level: 'partner' });
    const edited = account(1, { stage: 'primary-supplier', level: 'partner', position: 'primary' });
    const changes = [change(1, 'stage', 'partnership', 'primary-supplier', '2026-03-12T08:00:00Z')];
    const stages = (model: ReturnType<typeof buildReport>) =>
      model.portfolio.stages.filter((row) => row.end > 0).map((row) => row.value);
    const now = buildReport(input({ accounts: [edited], assessments: new Map([[1, assessed({ latest })]]), changes }));
    expect(stages(now)).toEqual(['primary-supplier']);
    expect(now.moved.map((m) => [m.field, m.from, m.to, m.date])).toEqual([
      ['stage', 'partnership', 'primary-supplier', '2026-03-12'],
    ]);
    // The CHANGE column agrees with the move.
    expect(now.portfolio.stages.filter((row) => row.change !== 0).map((row) => [row.value, row.change])).toEqual([
      ['primary-supplier', 1],
      ['partnership', -1],
    ]);
    // A week regenerated for 2026-03-11 has not seen the edit yet.
    const before = buildReport(
      input({
        window: reportWindow('2026-03-11'),
        accounts: [edited],
        assessments: new Map([[1, assessed({ latest })]]),
        changes,
      }),
    );
    expect(stages(before)).toEqual(['partnership']);
    expect(before.moved).toEqual([]);
  });

  it('moves an account by its first assessment from its recorded values; net moves only', () => {
    const model = buildReport(
      input({
        accounts: [account(1, { stage: 'initial-cooperation', position: 'secondary' }), account(2)],
        assessments: new Map([
          [1, assessed({ latest: keys('2026-03-12T00:00:00Z', { criteriaFit: 'alarm', riskLevel: 'medium' }) })],
          [2, assessed({ latest: keys('2026-03-12T00:00:00Z', { stage: 'development', position: 'none' }) })],
        ]),
        changes: [
          change(1, 'stage', 'development', 'initial-cooperation', '2026-03-12T00:00:00Z'),
          change(1, 'position', 'none', 'secondary', '2026-03-12T00:00:00Z'),
          change(1, 'criteriaFit', null, 'alarm', '2026-03-12T00:00:00Z'),
          change(1, 'risk', null, 'medium', '2026-03-12T00:00:00Z'),
          // Account 2 went there and back inside the window: no net move.
          change(2, 'stage', 'development', 'initial-cooperation', '2026-03-10T00:00:00Z'),
          change(2, 'stage', 'initial-cooperation', 'development', '2026-03-11T00:00:00Z'),
          change(2, 'risk', null, 'low', '2026-03-12T00:00:00Z'),
        ],
      }),
    );
    expect(model.moved.map((m) => [m.accountId, m.field, m.from, m.to, m.direction])).toEqual([
      [1, 'stage', 'development', 'initial-cooperation', 'better'],
      [1, 'position', 'none', 'secondary', 'better'],
      [1, 'risk', 'unassessed', 'medium', 'changed'],
      [2, 'risk', 'unassessed', 'low', 'changed'],
    ]);
  });

  it('flags no contact at exactly --stale-days, and quiet after an order at order-silence-days', () => {
    const model = (
      last: string,
      lastOrder: string | null,
      staleDays = 30,
      orderSilenceDays = 30,
      lastContacted?: string,
    ) =>
      buildReport(
        input({
          accounts: [account(1)],
          activity: new Map([[1, { lastActivity: last, lastOrder, lastContacted }]]),
          options: { staleDays, orderSilenceDays },
        }),
      ).attention.map((a) => [a.rule, a.days]);
    expect(model('2026-02-13', null)).toEqual([['no-contact', 30]]);
    expect(model('2026-02-14', null)).toEqual([]);
    expect(model('2026-02-13', '2026-02-13')).toEqual([['quiet-after-order', 30]]);
    expect(model('2026-02-13', '2026-01-02')).toEqual([['no-contact', 30]]);
    expect(model('2026-03-10', '2026-03-10', 6)).toEqual([]);
    expect(model('2026-03-10', '2026-03-10', 30, 5)).toEqual([['quiet-after-order', 5]]);
    expect(model('2026-03-10', '2026-03-10', 5, 6)).toEqual([['no-contact', 5]]);
    // A contact's last-contacted date after the order closes the gap, and counts as the last contact.
    expect(model('2026-02-13', '2026-02-13', 30, 30, '2026-02-20')).toEqual([]);
    expect(model('2026-02-13', '2026-02-13', 20, 30, '2026-02-20')).toEqual([['no-contact', 23]]);
  });

  it('groups overdue actions per owner and account, ignoring actions due today', () => {
    const model = buildReport(
      input({
        accounts: [account(1, { owner: 'lin' }), account(2, { owner: 'wu' })],
        activity: new Map([
          [1, { lastActivity: '2026-03-15', lastOrder: null }],
          [2, { lastActivity: '2026-03-15', lastOrder: null }],
        ]),
        overdue: [
          { id: 1, accountId: 1, text: 'a', owner: 'wu', due: '2026-03-01' },
          { id: 2, accountId: 1, text: 'b', owner: 'wu', due: '2026-03-10' },
          { id: 3, accountId: 2, text: 'c', owner: 'lin', due: '2026-03-14' },
          { id: 4, accountId: 2, text: 'due today', owner: 'lin', due: '2026-03-15' },
        ],
      }),
    );
    expect(model.attention.map((a) => [a.owner, a.accountId, a.count, a.days])).toEqual([
      ['lin', 2, 1, 1],
      ['wu', 1, 2, 14],
    ]);
    expect(model.owners.map((o) => [o.owner, o.accounts, o.overdueActions])).toEqual([
      ['lin', 1, 1],
      ['wu', 1, 2],
    ]);
    // --owner: that person's accounts, and the overdue actions that person owns.
    const wu = buildReport(
      input({
        accounts: [account(1, { owner: 'lin' }), account(2, { owner: 'wu' })],
        overdue: [{ id: 1, accountId: 1, text: 'a', owner: 'wu', due: '2026-03-01' }],
        options: { owner: 'Wu' },
      }),
    );
    expect(wu.portfolio.accounts.end).toBe(1);
    expect(wu.attention.filter((a) => a.rule === 'overdue-actions').map((a) => a.accountId)).toEqual([1]);
  });

  it('applies the relationship rules from contact coverage and the latest two assessments', () => {
    const model = buildReport(
      input({
        accounts: [
          account(1, { tier: 'A', position: 'secondary' }),
          account(2, { tier: 'A', position: 'primary' }),
          account(3, { position: 'none' }),
        ],
        coverage: new Map([
          [1, { contacts: 2, strongContacts: 2, departments: 1, hasExecutive: false }],
          [2, { contacts: 3, strongContacts: 3, departments: 2, hasExecutive: true }],
        ]),
        activity: new Map([1, 2, 3].map((id) => [id, { lastActivity: '2026-03-14', lastOrder: null }])),
        assessments: new Map([
          [
            1,
            assessed({
              latest: keys('2026-03-01', {
                satisfaction: 3,
                experienceProfile: 'shifting',
                buyingDriver: 'purchasing',
              }),
              previous: keys('2026-02-01', {
                satisfaction: 3,
                experienceProfile: 'generalist',
                buyingDriver: 'purchasing',
              }),
            }),
          ],
          [
            2,
            assessed({
              latest: keys('2026-03-01', { satisfaction: 4, riskLevel: 'medium', experienceProfile: 'generalist' }),
              previous: keys('2026-02-01', { satisfaction: 5, riskLevel: 'high', experienceProfile: 'specialist' }),
            }),
          ],
        ]),
      }),
    );
    const rules = (id: number) => model.attention.filter((a) => a.accountId === id).map((a) => a.rule);
    expect(rules(1)).toEqual(['single-threaded', 'no-executive', 'experience-shift', 'satisfaction-low']);
    expect(rules(2)).toEqual(['satisfaction-dropped']);
    // No business yet: being single-threaded is normal; not a key account, so never assessed is fine.
    expect(rules(3)).toEqual([]);
  });
});

describe('report rendering helpers', () => {
  it('escapes Markdown table cells', () => {
    expect(mdCell('A|B *bold* _x_ [link]\nnext')).toBe('A\\|B \\*bold\\* \\_x\\_ \\[link\\] next');
    expect(mdCell(null)).toBe('');
  });

  it('draws bars in eighths of a block', () => {
    expect(bar(10, 10, 4)).toBe('████');
    expect(bar(1, 16, 4)).toBe('▎');
    expect(bar(0, 10)).toBe('');
  });
});

describe('priorities', () => {
  it('ranks accounts by severity, one row each with every reason, minor-only accounts on the also line', () => {
    const model = buildReport(
      input({
        accounts: [
          account(1, { name: 'Minor Co', position: 'secondary' }),
          account(2, { name: 'Risky Co', position: 'secondary' }),
          account(3, { name: 'Key Quiet', tier: 'A', position: 'secondary' }),
          account(4, { name: 'Overdue Co', position: 'secondary' }),
        ],
        assessments: new Map([
          [2, assessed({ latest: keys('2026-03-10T00:00:00Z', { riskLevel: 'high', criteriaFit: 'alarm' }) })],
          [3, assessed({ latest: keys('2026-03-10T00:00:00Z') })],
          [4, assessed({ latest: keys('2026-03-10T00:00:00Z') })],
        ]),
        coverage: new Map(
          [2, 3, 4].map((id) => [id, { contacts: 3, strongContacts: 2, departments: 2, hasExecutive: true }]),
        ),
        activity: new Map([
          [1, { lastActivity: '2026-03-14', lastOrder: null }],
          [2, { lastActivity: '2026-03-14', lastOrder: null }],
          [3, { lastActivity: '2026-01-01', lastOrder: null }],
          [4, { lastActivity: '2026-03-14', lastOrder: null }],
        ]),
        overdue: [{ id: 9, accountId: 4, text: 'Send the offer', owner: 'lin', due: '2026-03-01' }],
        nextAction: (id) =>
          id === 4 ? { accountId: 4, text: 'Send the offer', due: '2026-03-01', play: null } : undefined,
      }),
    );
    expect(model.priorities.map((p) => [p.rank, p.account, p.rules, p.next])).toEqual([
      [1, 'Risky Co', ['risk-high', 'criteria-alarm'], 'acct plan "Risky Co"'],
      // A key account's silence is not minor; it weighs more.
      [2, 'Key Quiet', ['no-contact'], 'acct brief "Key Quiet", then call or visit'],
      [3, 'Overdue Co', ['overdue-actions'], 'Send the offer (due 2026-03-01)'],
    ]);
    expect(model.priorities[0]!.reasons).toHaveLength(2);
    // Single-threaded, nothing more: the also line.
    expect(model.also.map((a) => [a.account, a.rules])).toEqual([['Minor Co', ['single-threaded']]]);
  });
});

describe('a capped report (--limit)', () => {
  // 1-5 high risk (40 points), 6-30 criteria alarm (35), 31-40 only single-threaded (minor: the "also" line).
  const many = (limit: number, asked: { risk: number[]; next: number[] }) =>
    buildReport(
      input({
        accounts: Array.from({ length: 40 }, (_, i) => account(i + 1, { position: 'secondary' })),
        assessments: new Map(
          Array.from({ length: 30 }, (_, i) => [
            i + 1,
            assessed({
              latest: keys('2026-03-10T00:00:00Z', i < 5 ? { riskLevel: 'high' } : { criteriaFit: 'alarm' }),
            }),
          ]),
        ),
        coverage: new Map(
          Array.from({ length: 30 }, (_, i) => [
            i + 1,
            { contacts: 3, strongContacts: 2, departments: 2, hasExecutive: true },
          ]),
        ),
        activity: new Map(
          Array.from({ length: 40 }, (_, i) => [i + 1, { lastActivity: '2026-03-14', lastOrder: null }]),
        ),
        riskChangedAt: (id) => (asked.risk.push(id), '2026-02-02T10:00:00Z'),
        nextAction: (id) => (asked.next.push(id), undefined),
        options: { limit },
      }),
    );

  it('keeps the most severe of every list, says how many there were, and words and looks up only those', () => {
    const asked = { risk: [] as number[], next: [] as number[] };
    const model = many(3, asked);
    expect(model.limit).toBe(3);
    expect(model.totals).toMatchObject({ priorities: 30, also: 10, attention: { risk: 30, threads: 10 } });
    expect(model.priorities.map((p) => [p.rank, p.account, p.rules])).toEqual([
      [1, 'Account 1', ['risk-high']],
      [2, 'Account 2', ['risk-high']],
      [3, 'Account 3', ['risk-high']],
    ]);
    // High risk since the lookup's date, for the shown ones.
    expect(model.priorities[0]!.reasons[0]).toContain('2026-02-02');
    expect(model.also.map((a) => a.account)).toEqual(['Account 31', 'Account 32', 'Account 33']);
    // Each attention group: its 3 most severe, in the list's own (name) order.
    const risk = model.attention.filter((a) => a.group === 'risk');
    expect(risk.map((a) => [a.account, a.rule, a.date])).toEqual([
      ['Account 1', 'risk-high', '2026-02-02'],
      ['Account 2', 'risk-high', '2026-02-02'],
      ['Account 3', 'risk-high', '2026-02-02'],
    ]);
    expect(model.attention.filter((a) => a.group === 'threads')).toHaveLength(3);
    // The per-owner summary counts every account, not the shown ones.
    expect(model.owners).toEqual([{ owner: 'lin', accounts: 40, highRisk: 5, overdueActions: 0, needAttention: 40 }]);
    // The store is asked only about what the report shows.
    expect(new Set(asked.risk)).toEqual(new Set([1, 2, 3]));
    expect(asked.next.sort()).toEqual([1, 2, 3]);
  });

  it('keeps everything with no limit', () => {
    const asked = { risk: [] as number[], next: [] as number[] };
    const model = many(0, asked);
    expect(model.priorities).toHaveLength(30);
    expect(model.also).toHaveLength(10);
    expect(model.attention.filter((a) => a.group === 'risk')).toHaveLength(30);
    expect(new Set(asked.risk)).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('mostSevere keeps the heaviest, ties to the earlier, in the list order', () => {
    const weights = [1, 5, 3, 5, 2, 5];
    expect(mostSevere(weights, 3, (n) => n)).toEqual([5, 5, 5]);
    expect(mostSevere(['a', 'b', 'c', 'd'], 2, (s) => (s === 'd' ? 9 : s === 'b' ? 1 : 0))).toEqual(['b', 'd']);
    expect(mostSevere(['a', 'b'], 0, () => 0)).toEqual(['a', 'b']);
    expect(mostSevere(['a', 'b'], 5, () => 0)).toEqual(['a', 'b']);
  });
});
