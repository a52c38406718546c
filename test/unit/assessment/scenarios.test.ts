import { beforeAll, describe, expect, it } from 'vitest';
import { assess, validateAnswers, type AssessmentResult } from '../../../src/domain/assessment/index.js';
import { loadPlaybooks, type LoadedPlaybooks } from '../../../src/playbooks/load.js';
import { diamondContacts, makeAccount, makeActivity, makeContact, makeInput } from './helpers.js';

let loaded: LoadedPlaybooks;
beforeAll(() => {
  loaded = loadPlaybooks();
});

const planIds = (result: AssessmentResult): string[] => result.plan.map((item) => item.play);

function checkedAnswers(answers: Record<string, unknown>): Record<string, never> {
  const validation = validateAnswers(loaded.questionnaire, answers);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  return validation.answers as Record<string, never>;
}

describe('scenario (a): secondary supplier, single-threaded through purchasing, before the annual supplier review', () => {
  let result: AssessmentResult;
  beforeAll(() => {
    result = assess(
      makeInput({
        account: makeAccount({ position: 'secondary', share: 20, stage: 'initial-cooperation' }),
        contacts: [
          makeContact({
            name: 'Mr Zhao',
            department: 'purchasing',
            seniority: 'manager',
            role: 'purchasing',
            attitude: 'supporter',
            strength: 3,
          }),
          makeContact({
            name: 'Ms Qian',
            department: 'purchasing',
            seniority: 'staff',
            role: 'purchasing',
            attitude: 'neutral',
            strength: 1,
          }),
        ],
        activities: [makeActivity({ date: '2025-06-01', type: 'visit' })],
        answers: checkedAnswers({
          supplierPosition: 'secondary',
          shareOfWallet: 20,
          purchaseCriteria: 'both-fit',
          buyingDriver: 'engineering',
          shiftSigns: [],
          triggers: ['supplier-review'],
          bondsCovered: ['org-interest'],
          priceVsMarket: 'below',
        }),
      }),
      loaded.playbooks,
    );
  });

  it('derives stage, fit and single-threaded coverage', () => {
    expect(result.stage).toBe('initial-cooperation');
    expect(result.supplierPosition).toBe('secondary');
    expect(result.criteriaFit).toBe('alert');
    expect(result.coverage.singleThreaded).toBe(true);
    expect(result.coverage.shape).toBe('bow-tie');
    expect(result.coverage.departmentsReached).toEqual(['purchasing']);
    expect(result.risk.level).toBe('medium');
    expect(result.risk.reasons).toContain('relationship hangs on a single thread');
  });

  it('plans the supplier-review preparation first and widening the network', () => {
    const ids = planIds(result);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ic-trigger-supplier-review',
        'ic-weave-network',
        'ic-reach-beyond-purchasing',
        'ic-personal-trust',
      ]),
    );
    // Priority-1 plays come first; the review (due in 7 days) is among them.
    expect(result.plan[0]!.priority).toBe(1);
    expect(ids.indexOf('ic-trigger-supplier-review')).toBeLessThan(ids.indexOf('ic-reach-beyond-purchasing'));
    // No key-account plays for a secondary supplier on a B account.
    expect(ids.some((id) => id.startsWith('kr-'))).toBe(false);
    // Other triggers were not selected.
    expect(ids).not.toContain('ic-trigger-new-product');
  });

  it('carries play details and playbook versions', () => {
    const review = result.plan.find((item) => item.play === 'ic-trigger-supplier-review')!;
    expect(review).toMatchObject({ playbook: 'initial-cooperation', priority: 1, dueInDays: 7, ownerRole: 'rep' });
    expect(review.source).toContain('seed 000 §trigger 2');
    expect(review.steps.length).toBeGreaterThan(0);
    expect(Object.keys(result.playbookVersions)).toContain('initial-cooperation');
    expect(Object.values(result.playbookVersions).every((tag) => /^[^#]+#[0-9a-f]{16}$/.test(tag))).toBe(true);
  });
});

describe('scenario (b): key account in alarm with an unresolved quality complaint', () => {
  let result: AssessmentResult;
  beforeAll(() => {
    result = assess(
      makeInput({
        account: makeAccount({
          tier: 'A',
          position: 'primary',
          share: 70,
          stage: 'primary-supplier',
          level: 'preferred-supplier',
        }),
        contacts: diamondContacts(),
        activities: [makeActivity({ date: '2025-06-05', type: 'complaint', note: 'batch 42 out of tolerance' })],
        answers: checkedAnswers({
          supplierPosition: 'primary',
          shareOfWallet: 70,
          purchaseCriteria: 'rivals-fit',
          buyingDriver: 'engineering',
          shiftSigns: [],
          openComplaints: 1,
          problems: ['quality'],
          priceVsMarket: 'at',
          executiveChannel: true,
          satisfaction: 3,
        }),
      }),
      loaded.playbooks,
    );
  });

  it('is a primary-supplier account in alarm with high risk', () => {
    expect(result.stage).toBe('primary-supplier');
    expect(result.criteriaFit).toBe('alarm');
    expect(result.risk.level).toBe('high');
    expect(result.risk.reasons[0]).toMatch(/alarm/);
    expect(result.risk.reasons).toContain('unresolved quality problem');
    expect(result.coverage.singleThreaded).toBe(false);
    expect(result.satisfaction).toEqual({ score: 3, label: 'neutral', repurchase: null, recommend: null });
  });

  it('plans the alarm response, quality escalation and complaint handling at priority 1', () => {
    const ids = planIds(result);
    expect(ids).toEqual(expect.arrayContaining(['kr-fit-alarm', 'kr-quality-escalation', 'kr-complaint-response']));
    expect(ids).not.toContain('kr-fit-safe');
    expect(ids).not.toContain('kr-fit-alert');
    expect(ids).not.toContain('kr-executive-channel');
    expect(ids.some((id) => id.startsWith('ic-'))).toBe(false);
    const top = result.plan
      .slice(0, 3)
      .map((item) => item.play)
      .sort();
    expect(top).toEqual(['kr-complaint-response', 'kr-fit-alarm', 'kr-quality-escalation']);
    expect(result.plan.find((item) => item.play === 'kr-fit-alarm')!.ownerRole).toBe('executive');
  });
});

describe('scenario (c): buying moved from engineering to purchasing, now price-only', () => {
  let result: AssessmentResult;
  beforeAll(() => {
    const previousAnswers = checkedAnswers({
      supplierPosition: 'primary',
      buyingDriver: 'engineering',
      shiftSigns: [],
      newApplications: true,
    });
    result = assess(
      makeInput({
        account: makeAccount({ tier: 'A', position: 'primary', share: 60, level: 'preferred-supplier' }),
        contacts: diamondContacts(),
        activities: [makeActivity({ date: '2025-06-12' })],
        previous: { answers: previousAnswers, result: null },
        answers: checkedAnswers({
          supplierPosition: 'primary',
          shareOfWallet: 60,
          purchaseCriteria: 'both-fit',
          buyingDriver: 'purchasing',
          shiftSigns: ['price-only', 'sponsors-stepped-back', 'less-interest-new-applications'],
          newApplications: false,
          priceVsMarket: 'slightly-above',
        }),
      }),
      loaded.playbooks,
    );
  });

  it('reads the buyer as a specialist and names the signals', () => {
    expect(result.experience.profile).toBe('specialist');
    expect(result.experience.score).toBeGreaterThanOrEqual(60);
    expect(result.experience.signals).toEqual(
      expect.arrayContaining([
        'talks are about price only',
        'buying moved from engineering to purchasing',
        'the original sponsors have stepped back',
      ]),
    );
    expect(result.risk.reasons).toContain('buyer has become an experienced specialist');
  });

  it('plans the experience-shift warning and response plays', () => {
    const ids = planIds(result);
    expect(ids).toEqual(
      expect.arrayContaining([
        'es-sign-purchasing-takeover',
        'es-sign-price-only',
        'es-sign-sponsors-left',
        'es-sign-applications-fading',
        'es-adapt-to-expert',
        'es-reopen-value',
        'kr-price-check',
      ]),
    );
    // Slowing the shift stays once the buyer is a specialist, alongside adapting (docs/domain.md §7).
    expect(ids).toContain('es-slow-the-shift');
    expect(ids).not.toContain('es-sign-unbundling');
  });
});

describe('scenario (d): healthy preferred-supplier account aiming at partner, which is not worth it', () => {
  let result: AssessmentResult;
  beforeAll(() => {
    result = assess(
      makeInput({
        account: makeAccount({
          tier: 'A',
          position: 'primary',
          share: 65,
          level: 'preferred-supplier',
          targetLevel: 'partner',
        }),
        contacts: diamondContacts(),
        activities: [makeActivity({ date: '2025-06-10' })],
        answers: checkedAnswers({
          supplierPosition: 'primary',
          shareOfWallet: 65,
          purchaseCriteria: 'we-fit',
          buyingDriver: 'senior-management',
          shiftSigns: [],
          openComplaints: 0,
          problems: [],
          priceVsMarket: 'at',
          satisfaction: 5,
          repurchaseIntent: 'yes',
          wouldRecommend: 'yes',
          targetLevel: 'partner',
          mutualImportance: 'one-sided',
          powerBalance: 'customer-dominates',
          switchingCost: 'low',
        }),
      }),
      loaded.playbooks,
    );
  });

  it('is low risk, safe and highly satisfied', () => {
    expect(result.stage).toBe('primary-supplier');
    expect(result.relationshipLevel).toBe('preferred-supplier');
    expect(result.criteriaFit).toBe('safe');
    expect(result.risk.level).toBe('low');
    expect(result.experience.profile).toBe('generalist');
    expect(result.satisfaction).toEqual({ score: 5, label: 'highly satisfied', repurchase: 'yes', recommend: 'yes' });
  });

  it('says partner is not worth it and preferred supplier is enough', () => {
    expect(result.targetLevel.level).toBe('partner');
    expect(result.targetLevel.worthIt).toBe(false);
    expect(result.targetLevel.recommended).toBe('preferred-supplier');
    expect(result.targetLevel.verdict).toMatch(/not worth it/);
    expect(result.targetLevel.verdict).toMatch(/Preferred supplier is enough/);
    expect(result.targetLevel.verdict).toMatch(/switching cost is not high/);
  });

  it('plans holding at preferred supplier, not structural bonds', () => {
    const ids = planIds(result);
    expect(ids).toContain('kr-target-not-worth-it');
    expect(ids).toContain('kr-fit-safe');
    expect(ids).toContain('rk-ask-referrals');
    expect(ids).not.toContain('kr-structural-bonds');
    expect(ids).not.toContain('kr-fit-alarm');
    expect(ids).not.toContain('rk-recover-dissatisfied');
    expect(ids.some((id) => id.startsWith('es-'))).toBe(false);
  });

  it('recommends structural bonds when all three conditions hold', () => {
    const worth = assess(
      makeInput({
        account: makeAccount({ tier: 'A', position: 'primary', level: 'preferred-supplier' }),
        contacts: diamondContacts(),
        answers: {
          supplierPosition: 'primary',
          targetLevel: 'partner',
          mutualImportance: 'high',
          powerBalance: 'balanced',
          switchingCost: 'high',
        },
      }),
      loaded.playbooks,
    );
    expect(worth.targetLevel.worthIt).toBe(true);
    expect(planIds(worth)).toContain('kr-structural-bonds');
    expect(planIds(worth)).not.toContain('kr-target-not-worth-it');
  });
});

describe('scenario (e): brand-new prospect', () => {
  let result: AssessmentResult;
  beforeAll(() => {
    result = assess(
      makeInput({ account: makeAccount({ owner: null, tier: null }), answers: { supplierPosition: 'none' } }),
      loaded.playbooks,
    );
  });

  it('is in development, transactional, not yet assessed for satisfaction', () => {
    expect(result.stage).toBe('development');
    expect(result.relationshipLevel).toBe('transactional');
    expect(result.supplierPosition).toBe('none');
    expect(result.coverage.contactCount).toBe(0);
    expect(result.coverage.singleThreaded).toBe(true);
    expect(result.satisfaction.label).toBe('not surveyed');
    expect(result.risk.level).toBe('low');
    expect(result.targetLevel.level).toBeNull();
    expect(result.targetLevel.verdict).toMatch(/preferred supplier is enough/);
  });

  it('plans mapping the buying center, widening contacts and starting the file', () => {
    const ids = planIds(result);
    expect(ids).toEqual(
      expect.arrayContaining(['ic-map-buying-center', 'ic-weave-network', 'rk-customer-file', 'rk-grade-account']),
    );
    expect(ids.some((id) => id.startsWith('kr-') || id.startsWith('es-'))).toBe(false);
    expect(ids).not.toContain('rk-regular-contact');
    expect(ids).not.toContain('rk-measure-satisfaction');
  });
});

describe('plays never fire on questions that were not asked', () => {
  it('a tier-A prospect gets no retention plays: there is nothing to retain yet', () => {
    const result = assess(
      makeInput({
        account: makeAccount({ tier: 'A', position: 'none', stage: 'development' }),
        answers: checkedAnswers({ supplierPosition: 'none', buyingDriver: 'senior-management', triggers: [] }),
      }),
      loaded.playbooks,
    );
    expect(planIds(result).filter((id) => id.startsWith('kr-'))).toEqual([]);
  });

  it('a tier-A secondary supplier is not told to fix priority supply or counterpart teams it was never asked about', () => {
    const answers = {
      supplierPosition: 'secondary',
      shareOfWallet: 25,
      purchaseCriteria: 'we-fit',
      buyingDriver: 'engineering',
      shiftSigns: [],
      serviceLevel: ['dedicated-team', 'standard-process', 'proactive'],
      meetingCadence: 'monthly',
      executiveChannel: true,
    };
    const input = { account: makeAccount({ tier: 'A', position: 'secondary', stage: 'initial-cooperation' }) };
    const unasked = planIds(assess(makeInput({ ...input, answers: checkedAnswers(answers) }), loaded.playbooks));
    expect(unasked).toEqual(expect.arrayContaining(['kr-fit-safe']));
    expect(unasked).not.toContain('kr-priority-supply');
    expect(unasked).not.toContain('kr-communication-cadence');
    // Answered "no", the same plays do fire.
    const answeredNo = planIds(
      assess(
        makeInput({
          account: makeAccount({ tier: 'A', position: 'primary', stage: 'primary-supplier' }),
          answers: checkedAnswers({
            ...answers,
            supplierPosition: 'primary',
            prioritySupply: false,
            counterpartTeam: false,
          }),
        }),
        loaded.playbooks,
      ),
    );
    expect(answeredNo).toEqual(expect.arrayContaining(['kr-priority-supply', 'kr-communication-cadence']));
  });
});

describe('purchase criteria we do not know yet', () => {
  it('plans finding them out first, not shaping criteria we have not seen', () => {
    const plan = (purchaseCriteria: string) =>
      planIds(
        assess(
          makeInput({
            account: makeAccount({ tier: 'A', position: 'primary', stage: 'primary-supplier' }),
            answers: checkedAnswers({ supplierPosition: 'primary', purchaseCriteria, buyingDriver: 'engineering' }),
          }),
          loaded.playbooks,
        ),
      );
    expect(plan('unknown')).toContain('rk-learn-criteria');
    expect(plan('unknown')).not.toContain('kr-fit-alert');
    expect(plan('both-fit')).toContain('kr-fit-alert');
    expect(plan('both-fit')).not.toContain('rk-learn-criteria');
  });
});
