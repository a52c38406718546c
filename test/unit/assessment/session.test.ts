import { beforeAll, describe, expect, it } from 'vitest';
import {
  accountChanges,
  assess,
  buildBriefing,
  completeWithoutAsking,
  keyResults,
  orderedAnswers,
  type Questionnaire,
} from '../../../src/domain/assessment/index.js';
import { loadPlaybooks, type LoadedPlaybooks } from '../../../src/playbooks/load.js';
import { makeAccount, makeAction, makeActivity, makeContact, makeInput } from './helpers.js';

let loaded: LoadedPlaybooks;
let questionnaire: Questionnaire;
beforeAll(() => {
  loaded = loadPlaybooks();
  questionnaire = loaded.questionnaire;
});

describe('a scripted assessment run', () => {
  it('keeps answers in questionnaire order and adds only the defaults of questions that apply', () => {
    expect(
      Object.keys(orderedAnswers(questionnaire, { buyingDriver: 'engineering', supplierPosition: 'none' })),
    ).toEqual(['supplierPosition', 'buyingDriver']);
    // shareOfWallet is asked only of suppliers: a prospect does not inherit it from the defaults.
    const prospect = completeWithoutAsking(questionnaire, { supplierPosition: 'none' }, { shareOfWallet: 30 });
    expect(prospect).toEqual({ supplierPosition: 'none' });
    const supplier = completeWithoutAsking(questionnaire, { supplierPosition: 'secondary' }, { shareOfWallet: 30 });
    expect(supplier).toEqual({ supplierPosition: 'secondary', shareOfWallet: 30 });
    expect(completeWithoutAsking(questionnaire, { supplierPosition: 'secondary' }, null)).toEqual({
      supplierPosition: 'secondary',
    });
  });

  it('lists only the account fields the results change, and the key results kept as columns', () => {
    const account = makeAccount({ position: 'none', stage: 'development', level: 'transactional', share: null });
    const answers = { supplierPosition: 'secondary', shareOfWallet: 20, targetLevel: 'preferred-supplier' } as const;
    const result = assess(makeInput({ account, answers: { ...answers } }), loaded.playbooks);
    const changes = accountChanges(account, result, { ...answers });
    expect(changes.map((change) => change.field)).toEqual(['stage', 'position', 'share', 'targetLevel']);
    expect(changes.find((change) => change.field === 'share')).toEqual({ field: 'share', from: null, to: 20 });
    expect(keyResults(result)).toMatchObject({ position: 'secondary', share: 20, stage: result.stage });
  });
});

describe('the briefing', () => {
  it('counts open and overdue actions and takes the last contact from logs and contacts, never the future', () => {
    const briefing = buildBriefing({
      account: makeAccount({ position: 'secondary' }),
      contacts: [makeContact({ name: 'Wang', lastContacted: '2025-06-20' })],
      activities: [makeActivity({ date: '2025-06-01' }), makeActivity({ date: '2025-06-10' })],
      openActions: [makeAction({ due: '2025-06-01' }), makeAction({ id: 2, due: '2025-07-01' })],
      last: undefined,
      today: '2025-06-15',
    });
    expect(briefing.actions).toMatchObject({ open: 2, overdue: 1 });
    expect(briefing.lastContact).toBe('2025-06-10');
    expect(briefing.daysSinceContact).toBe(5);
    expect(briefing.lastAssessment).toBeNull();
  });
});
