import { beforeAll, describe, expect, it } from 'vitest';
import { assess, diffResults, type AssessmentResult } from '../../../src/domain/assessment/index.js';
import { loadPlaybooks, type LoadedPlaybooks } from '../../../src/playbooks/load.js';
import { diamondContacts, makeAccount, makeInput } from './helpers.js';

let loaded: LoadedPlaybooks;
beforeAll(() => {
  loaded = loadPlaybooks();
});

describe('diffResults', () => {
  it('lists what moved and in which direction', () => {
    const before: AssessmentResult = assess(
      makeInput({
        account: makeAccount({ position: 'secondary' }),
        answers: { supplierPosition: 'secondary', purchaseCriteria: 'both-fit', satisfaction: 3 },
      }),
      loaded.playbooks,
    );
    const after: AssessmentResult = assess(
      makeInput({
        account: makeAccount({ position: 'primary', level: 'preferred-supplier' }),
        contacts: diamondContacts(),
        answers: {
          supplierPosition: 'primary',
          purchaseCriteria: 'we-fit',
          satisfaction: 5,
          shiftSigns: ['price-only', 'unbundling'],
          buyingDriver: 'purchasing',
        },
      }),
      loaded.playbooks,
    );
    const changes = diffResults(before, after);
    const byField = Object.fromEntries(changes.map((change) => [change.field, change]));
    expect(byField.stage).toMatchObject({ from: 'initial-cooperation', to: 'primary-supplier', direction: 'better' });
    expect(byField.relationshipLevel).toMatchObject({
      from: 'transactional',
      to: 'preferred-supplier',
      direction: 'better',
    });
    expect(byField.supplierPosition).toMatchObject({ from: 'secondary', to: 'primary', direction: 'better' });
    expect(byField.criteriaFit).toMatchObject({
      from: 'alert',
      to: 'safe',
      direction: 'better',
      text: 'purchase-criteria fit: alert → safe',
    });
    expect(byField.experience).toMatchObject({ from: 'generalist', to: 'shifting', direction: 'worse' });
    expect(byField.satisfaction).toMatchObject({
      from: 3,
      to: 5,
      direction: 'better',
      text: 'satisfaction: 3/5 neutral → 5/5 highly satisfied',
    });
  });

  it('is empty for identical results, a missing side, or results lacking fields', () => {
    const result = assess(makeInput(), loaded.playbooks);
    expect(diffResults(result, result)).toEqual([]);
    expect(diffResults(null, result)).toEqual([]);
    expect(diffResults({ stage: 'development' }, { stage: 'initial-cooperation' })).toEqual([
      {
        field: 'stage',
        from: 'development',
        to: 'initial-cooperation',
        direction: 'better',
        text: 'stage: development → initial-cooperation',
      },
    ]);
  });

  it('reports risk going up as worse', () => {
    const low = { risk: { level: 'low' as const, score: 0, reasons: [], factors: [] } };
    const high = { risk: { level: 'high' as const, score: 8, reasons: [], factors: [] } };
    expect(diffResults(low, high)[0]).toMatchObject({ field: 'risk', direction: 'worse', text: 'risk: low → high' });
  });
});
