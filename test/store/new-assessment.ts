/** A stored assessment for the store's tests: plausible key results, `keys` overriding any of them. */
import type { NewAssessment } from '../../src/store/assessments.js';

export function newAssessment(accountId: number, assessedAt: string, keys: Partial<NewAssessment> = {}): NewAssessment {
  return {
    accountId,
    assessedAt,
    answers: { buyingDriver: 'engineering' },
    result: {},
    playbookVersions: {},
    stage: 'initial-cooperation',
    level: 'transactional',
    position: 'secondary',
    share: 10,
    criteriaFit: 'safe',
    riskLevel: 'low',
    experienceProfile: 'generalist',
    experienceScore: 5,
    satisfaction: 4,
    singleThreaded: false,
    targetLevel: null,
    ...keys,
  };
}
