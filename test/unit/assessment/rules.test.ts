/**
 * The method's rules (docs/domain.md §7), one scenario each, with accounts of
 * our own making.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assess,
  datedSurveyAnswers,
  settleStage,
  staleSurveyAnswers,
  validateAnswers,
  withoutStaleSurvey,
  type AssessmentInput,
  type AssessmentResult,
} from '../../../src/domain/assessment/index.js';
import { buildBriefing } from '../../../src/domain/assessment/briefing.js';
import { loadPlaybooks, type LoadedPlaybooks } from '../../../src/playbooks/load.js';
import { diamondContacts, makeAccount, makeActivity, makeContact, makeInput } from './helpers.js';

let loaded: LoadedPlaybooks;
beforeAll(() => {
  loaded = loadPlaybooks();
});

const ids = (result: AssessmentResult): string[] => result.plan.map((item) => item.play);
const run = (input: Partial<AssessmentInput>): AssessmentResult => assess(makeInput(input), loaded.playbooks);

function checked(answers: Record<string, unknown>): Record<string, never> {
  const validation = validateAnswers(loaded.questionnaire, answers);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  return validation.answers as Record<string, never>;
}

/** A secondary supplier to Harbour Pumps, three departments reached. */
function challenger(purchaseCriteria: string): AssessmentResult {
  return run({
    account: makeAccount({ name: 'Harbour Pumps', tier: 'B', position: 'secondary', stage: 'initial-cooperation' }),
    contacts: diamondContacts(),
    activities: [makeActivity({ date: '2025-06-12' })],
    answers: checked({
      supplierPosition: 'secondary',
      shareOfWallet: 15,
      purchaseCriteria,
      buyingDriver: 'engineering',
    }),
  });
}

describe('rule 3: unknown criteria are unknown, and the fit shapes a challenger plan', () => {
  it('unknown criteria give fit unknown, and finding them out comes before shaping or widening', () => {
    const result = challenger('unknown');
    expect(result.criteriaFit).toBe('unknown');
    expect(result.risk.reasons).toContain('purchase criteria unknown');
    const plan = ids(result);
    expect(plan).toContain('rk-learn-criteria');
    expect(plan.filter((id) => /^(ic|kr)-fit-/.test(id))).toEqual([]);
    const learn = plan.indexOf('rk-learn-criteria');
    for (const widening of ['ic-personalised-value-add', 'ic-non-price-bonds'])
      expect(learn, widening).toBeLessThan(plan.indexOf(widening));
    expect(result.plan[learn]!.priority).toBe(1);
  });

  it('safe, alert and alarm each bring their challenger play', () => {
    expect(ids(challenger('we-fit'))).toContain('ic-fit-safe');
    expect(ids(challenger('both-fit'))).toContain('ic-fit-alert');
    expect(ids(challenger('rivals-fit'))).toContain('ic-fit-alarm');
    expect(ids(challenger('both-fit'))).not.toContain('ic-fit-alarm');
  });

  it('facing alarm, a challenger reshapes the criteria before widening its offer, and risk shows the alarm', () => {
    const result = challenger('rivals-fit');
    const plan = ids(result);
    expect(plan).toEqual(expect.arrayContaining(['ic-fit-alarm', 'ic-personalised-value-add']));
    expect(plan.indexOf('ic-fit-alarm')).toBeLessThan(plan.indexOf('ic-personalised-value-add'));
    expect(result.risk.factors.find((factor) => factor.fact === 'criteriaFit')!.points).toBe(3);
    expect(result.risk.level).not.toBe('low');
    expect(challenger('we-fit').risk.score).toBeLessThan(result.risk.score);
  });
});

describe('rule 4: slowing the shift stays, and each observed fact counts once', () => {
  const profile = (shiftSigns: string[], buyingDriver: string) =>
    run({
      account: makeAccount({ tier: 'A', position: 'primary', level: 'preferred-supplier' }),
      contacts: diamondContacts(),
      activities: [makeActivity({ date: '2025-06-12' })],
      answers: checked({ supplierPosition: 'primary', purchaseCriteria: 'we-fit', buyingDriver, shiftSigns }),
    });

  it('a specialist buyer gets the slowing play alongside the adaptation play', () => {
    const result = profile(['price-only', 'unbundling', 'sponsors-stepped-back', 'faster-decisions'], 'purchasing');
    expect(result.experience.profile).toBe('specialist');
    expect(ids(result)).toEqual(expect.arrayContaining(['es-slow-the-shift', 'es-adapt-to-expert']));
  });

  it('a shifting buyer gets both too', () => {
    const result = profile(['price-only', 'unbundling'], 'engineering');
    expect(result.experience.profile).toBe('shifting');
    expect(ids(result)).toEqual(expect.arrayContaining(['es-slow-the-shift', 'es-adapt-to-expert']));
  });

  it('purchasing taking over counts once, whether seen as a sign, the driver or both', () => {
    const asSign = profile(['purchasing-took-over'], 'engineering').experience;
    const asBoth = profile(['purchasing-took-over'], 'purchasing').experience;
    const asDriver = profile([], 'purchasing').experience;
    expect(asBoth.score).toBe(asDriver.score);
    // The sign with an engineering driver adds the engineering fact (5) on top of the one purchasing fact.
    expect(asSign.score).toBe(asDriver.score + 5);
    expect(asBoth.signals).toEqual(['purchasing has taken over the decisions']);
  });
});

describe('rule 5: a cause outside our control', () => {
  let result: AssessmentResult;
  beforeAll(() => {
    result = run({
      account: makeAccount({ name: 'Delta Textiles', tier: 'A', position: 'primary', level: 'preferred-supplier' }),
      contacts: diamondContacts(),
      activities: [makeActivity({ date: '2025-06-12' })],
      answers: checked({
        supplierPosition: 'primary',
        purchaseCriteria: 'we-fit',
        buyingDriver: 'senior-management',
        structuralChange: ['selling-unit'],
        serviceLevel: [],
        strategicAlignment: 'partly',
        prioritySupply: false,
      }),
    });
  });

  it('is named in words as uncontrollable and makes the risk high', () => {
    expect(result.risk.reasons[0]).toBe('uncontrollable: the customer is selling the business we supply');
    expect(result.risk.reasons.join(' ')).not.toMatch(/selling-unit/);
    expect(result.risk.level).toBe('high');
  });

  it('leads with the uncontrollable response and drops plays that invest in the business', () => {
    const plan = ids(result);
    expect(plan[0]).toBe('du-protect-receivables');
    expect(plan).toEqual(expect.arrayContaining(['du-find-new-owner', 'du-follow-the-people', 'du-replace-volume']));
    const investing = new Set(
      loaded.playbooks.flatMap((book) => book.plays.filter((play) => play.invests).map((play) => play.id)),
    );
    expect([...investing]).toEqual(expect.arrayContaining(['kr-service-team', 'kr-align-strategy']));
    expect(plan.filter((id) => investing.has(id))).toEqual([]);
  });

  it('without the cause, the same account keeps its investing plays', () => {
    const calm = run({
      account: makeAccount({ tier: 'A', position: 'primary', level: 'preferred-supplier' }),
      contacts: diamondContacts(),
      answers: checked({
        supplierPosition: 'primary',
        purchaseCriteria: 'we-fit',
        serviceLevel: [],
        structuralChange: [],
      }),
    });
    expect(ids(calm)).toContain('kr-service-team');
    expect(ids(calm).some((id) => id.startsWith('du-'))).toBe(false);
  });
});

describe('rule 6: an open complaint weighs more the longer it stays open', () => {
  const withComplaint = (date: string) =>
    run({
      account: makeAccount({ tier: 'A', position: 'primary', level: 'preferred-supplier' }),
      contacts: diamondContacts(),
      activities: [makeActivity({ date: '2025-06-12' }), makeActivity({ type: 'complaint', date })],
      answers: checked({ supplierPosition: 'primary', purchaseCriteria: 'we-fit', openComplaints: 1 }),
    });
  const points = (result: AssessmentResult) => result.risk.factors.find((f) => f.fact === 'openComplaints')!.points;

  it('a fresh complaint, one over 14 days and one over 30 days weigh 1, 2 and 3', () => {
    const fresh = withComplaint('2025-06-10');
    const late = withComplaint('2025-05-25');
    const old = withComplaint('2025-04-20');
    expect([points(fresh), points(late), points(old)]).toEqual([1, 2, 3]);
    expect(old.risk.reasons).toContain('1 open complaint, the oldest open for 56 days');
    expect(ids(old)).toContain('kr-complaint-overdue');
    expect(ids(fresh)).not.toContain('kr-complaint-overdue');
  });

  it('the open ones are the latest logged: an old, settled complaint does not age a new one', () => {
    const result = run({
      account: makeAccount({ tier: 'A', position: 'primary' }),
      activities: [
        makeActivity({ type: 'complaint', date: '2025-01-10' }),
        makeActivity({ type: 'complaint', date: '2025-06-11' }),
      ],
      answers: checked({ supplierPosition: 'primary', openComplaints: 1 }),
    });
    expect(points(result)).toBe(1);
  });

  it('without complaints on record, the answered count weighs as before', () => {
    const result = run({
      account: makeAccount({ tier: 'A', position: 'primary' }),
      answers: checked({ supplierPosition: 'primary', openComplaints: 3 }),
    });
    expect(result.risk.reasons).toContain('3 open complaints');
    expect(points(result)).toBe(2);
  });
});

describe('rule 7: keeping is periodic', () => {
  const previous = {
    assessedAt: '2025-01-05T10:00:00Z',
    answers: { supplierPosition: 'primary', satisfaction: 4, repurchaseIntent: 'yes', buyingDriver: 'engineering' },
    result: {},
  };

  it('survey answers older than the cadence are not pre-filled; the rest are', () => {
    expect(staleSurveyAnswers(previous, '2025-06-15', 90).map((entry) => entry.key)).toEqual([
      'satisfaction',
      'repurchaseIntent',
    ]);
    expect(withoutStaleSurvey(previous, '2025-06-15', 90)).toEqual({
      supplierPosition: 'primary',
      buyingDriver: 'engineering',
    });
    // A longer cadence (e.g. survey-days.C 365) keeps them.
    expect(withoutStaleSurvey(previous, '2025-06-15', 365)).toMatchObject({ satisfaction: 4 });
  });

  it('a pre-filled answer keeps its date; a new or re-asked one is dated today; stored dates win over the assessment date', () => {
    const recent = {
      ...previous,
      assessedAt: '2025-05-01T10:00:00Z',
      result: { answeredAt: { satisfaction: '2025-04-20' } },
    };
    expect(datedSurveyAnswers({ satisfaction: 4, repurchaseIntent: 'no' }, recent, '2025-06-15', 90)).toEqual({
      satisfaction: '2025-04-20',
      repurchaseIntent: '2025-06-15',
    });
    expect(datedSurveyAnswers({ satisfaction: 4 }, previous, '2025-06-15', 90)).toEqual({ satisfaction: '2025-06-15' });
  });

  /** Northwind Foods: our main account, everything in order. */
  function northwind(answeredAt?: Record<string, string>, surveyDays?: number): AssessmentResult {
    return run({
      account: makeAccount({ name: 'Northwind Foods', tier: 'A', position: 'primary', level: 'preferred-supplier' }),
      contacts: diamondContacts(),
      activities: [makeActivity({ date: '2025-06-10' })],
      answers: checked({
        supplierPosition: 'primary',
        purchaseCriteria: 'we-fit',
        buyingDriver: 'senior-management',
        shiftSigns: [],
        openComplaints: 0,
        problems: [],
        serviceLevel: [],
        toldAboutChanges: false,
        satisfaction: 5,
        repurchaseIntent: 'yes',
        wouldRecommend: 'yes',
      }),
      ...(answeredAt ? { answeredAt } : {}),
      ...(surveyDays ? { surveyDays } : {}),
    });
  }

  it('a healthy account at its right level gets the short upkeep plan and no repair plays', () => {
    const result = northwind();
    const plan = ids(result);
    expect(plan).toEqual(
      expect.arrayContaining(['rk-upkeep-survey', 'rk-upkeep-care', 'rk-upkeep-contact', 'rk-upkeep-inform']),
    );
    const upkeep = new Set(
      loaded.playbooks.flatMap((book) => book.plays.filter((play) => play.upkeep).map((play) => play.id)),
    );
    expect(plan.filter((id) => !upkeep.has(id))).toEqual([]);
    expect(plan).not.toContain('kr-service-team');
    expect(plan).not.toContain('rk-inform-changes');
    expect(result.plan.every((item) => item.priority >= 2)).toBe(true);
    expect(result.answeredAt).toEqual({
      satisfaction: '2025-06-15',
      repurchaseIntent: '2025-06-15',
      wouldRecommend: '2025-06-15',
    });
  });

  it('when the survey is older than the cadence, the plan asks for a new one and the upkeep plan gives way', () => {
    const old = { satisfaction: '2025-02-01', repurchaseIntent: '2025-02-01', wouldRecommend: '2025-02-01' };
    const result = northwind(old, 90);
    expect(ids(result)).toContain('rk-measure-satisfaction');
    expect(ids(result)).not.toContain('rk-upkeep-survey');
    // A cadence of a year keeps it current.
    expect(ids(northwind(old, 365))).toContain('rk-upkeep-survey');
  });
});

describe('rule 8: the gap after delivery, from the records', () => {
  const order = (orderDate: string, after: { date: string; type: 'visit' }[] = [], orderSilenceDays?: number) =>
    run({
      account: makeAccount({ tier: 'A', position: 'primary', level: 'preferred-supplier' }),
      contacts: [makeContact({ department: 'purchasing', lastContacted: orderDate, strength: 3 })],
      activities: [makeActivity({ type: 'order', date: orderDate }), ...after.map((a) => makeActivity(a))],
      answers: checked({ supplierPosition: 'primary', postDeliveryDrop: false }),
      ...(orderSilenceDays ? { orderSilenceDays } : {}),
    });

  it('an order then 45 days of silence sets the drop without asking, and the risk reasons say so', () => {
    const result = order('2025-05-01');
    expect(result.risk.reasons).toContain(
      'no contact for 45 days since the order of 2025-05-01: the gap after delivery is open',
    );
    // The silence is one fact: no second "no contact" reason.
    expect(result.risk.reasons.filter((reason) => reason.startsWith('no contact'))).toHaveLength(1);
    expect(ids(result)).toContain('es-lifetime-value');
  });

  it('contact after the order, or a longer order-silence setting, closes it', () => {
    expect(ids(order('2025-05-01', [{ date: '2025-05-20', type: 'visit' }]))).not.toContain('es-lifetime-value');
    expect(ids(order('2025-05-01', [], 60))).not.toContain('es-lifetime-value');
  });

  it('the briefing shows it', () => {
    const briefing = buildBriefing({
      account: makeAccount({ position: 'primary' }),
      contacts: [],
      activities: [makeActivity({ type: 'order', date: '2025-05-01' })],
      openActions: [],
      last: undefined,
      today: '2025-06-15',
    });
    expect(briefing.postDeliveryGap).toEqual({ orderDate: '2025-05-01', days: 45 });
  });
});

describe('rule 10: one consistent stage, level and position', () => {
  const prospect = { position: 'none', share: null, level: 'transactional', stage: 'development' } as const;

  it('a secondary supplier is in initial cooperation: the stage follows the position', () => {
    expect(settleStage(prospect, { position: 'secondary' })).toMatchObject({
      ok: true,
      fields: { position: 'secondary', stage: 'initial-cooperation' },
      derived: [{ field: 'stage', to: 'initial-cooperation' }],
    });
  });

  it('an inconsistent explicit pair is refused, naming the stages that fit', () => {
    expect(settleStage(prospect, { position: 'secondary', stage: 'development' })).toEqual({
      ok: false,
      message: 'stage development does not fit a secondary supplier',
      fix: 'give a stage that fits it (initial-cooperation), or leave the stage out and it follows from the position',
    });
    expect(settleStage(prospect, { position: 'primary', stage: 'initial-cooperation' })).toMatchObject({
      ok: false,
      fix: expect.stringContaining('(primary-supplier or partnership or strategic-alliance)'),
    });
  });

  it('a stage given alone moves the position to fit it, and keeps one that fits', () => {
    expect(settleStage(prospect, { stage: 'initial-cooperation' })).toMatchObject({
      ok: true,
      fields: { position: 'secondary', stage: 'initial-cooperation' },
      derived: [{ field: 'position', to: 'secondary' }],
    });
    const candidate = {
      position: 'candidate',
      share: 10,
      level: 'transactional',
      stage: 'initial-cooperation',
    } as const;
    expect(settleStage(candidate, { stage: 'development' })).toMatchObject({ ok: true, derived: [] });
  });

  it('level and stage stay two axes: a primary supplier at level partner may be recorded at primary-supplier', () => {
    const primary = { position: 'primary', share: 60, level: 'partner', stage: 'primary-supplier' } as const;
    expect(settleStage(primary, { level: 'partner', stage: 'primary-supplier' })).toMatchObject({ ok: true });
    // A position given without a stage takes the stage the assessment would derive.
    expect(settleStage(prospect, { position: 'primary', level: 'partner' })).toMatchObject({
      ok: true,
      fields: { stage: 'partnership' },
    });
  });
});
