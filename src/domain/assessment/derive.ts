/**
 * assess(): from an account's records and this assessment's answers to the
 * derived results and the ranked plan. Pure: `now` comes in with the input.
 */
import {
  LEVELS,
  SUPPLIER_POSITIONS,
  rank,
  satisfactionLabel,
  type CriteriaFit,
  type ExperienceProfile,
  type Level,
  type RiskLevel,
  type Stage,
  type SupplierPosition,
} from '../enums.js';
import { computeCoverage } from './coverage.js';
import { buildFacts, type FactRecord } from './facts.js';
import { buildPlan } from './plan.js';
import { versionTag } from './stored.js';
import type {
  AssessmentInput,
  AssessmentResult,
  Coverage,
  PlaybookVersions,
  Playbook,
  RiskReason,
  YesUnsureNo,
} from './types.js';

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function deriveStage(position: SupplierPosition, share: number | null, level: Level): Stage {
  switch (position) {
    case 'none':
      return 'development';
    case 'candidate':
      return share !== null && share > 0 ? 'initial-cooperation' : 'development';
    case 'secondary':
      return 'initial-cooperation';
    case 'primary':
    case 'sole':
      if (level === 'strategic-alliance') return 'strategic-alliance';
      if (level === 'partner') return 'partnership';
      return 'primary-supplier';
  }
}

export function deriveCriteriaFit(answer: unknown): CriteriaFit {
  if (answer === 'we-fit') return 'safe';
  if (answer === 'rivals-fit') return 'alarm';
  return 'alert';
}

const SHIFT_SIGN_WEIGHTS: Record<string, { points: number; text: string }> = {
  'purchasing-took-over': { points: 20, text: 'purchasing has taken over the decisions' },
  'sponsors-stepped-back': { points: 15, text: 'the original sponsors have stepped back' },
  'less-interest-new-applications': { points: 15, text: 'interest in new applications is fading' },
  'price-only': { points: 20, text: 'talks are about price only' },
  unbundling: { points: 15, text: 'they unbundle systems and buy parts elsewhere' },
  'faster-decisions': { points: 10, text: 'decisions are faster and need less of our guidance' },
};

export function deriveExperience(facts: FactRecord): { profile: ExperienceProfile; score: number; signals: string[] } {
  let score = 0;
  const signals: string[] = [];
  for (const sign of stringList(facts.shiftSigns)) {
    const weight = SHIFT_SIGN_WEIGHTS[sign];
    if (!weight) continue;
    score += weight.points;
    signals.push(weight.text);
  }
  if (facts.buyingDriver === 'purchasing') {
    score += 15;
    signals.push('the purchasing department drives buying');
  } else if (facts.buyingDriver === 'engineering') {
    score += 5;
  }
  if (facts.buyingDriverChanged === true && typeof facts.previousBuyingDriver === 'string') {
    signals.push(`buying moved from ${facts.previousBuyingDriver} to ${String(facts.buyingDriver)}`);
    if (facts.buyingDriver === 'purchasing') score += 10;
  }
  score = Math.min(100, score);
  const profile: ExperienceProfile = score >= 60 ? 'specialist' : score >= 25 ? 'shifting' : 'generalist';
  return { profile, score, signals };
}

export function deriveRisk(
  facts: FactRecord,
  criteriaFit: CriteriaFit,
  experience: ExperienceProfile,
): { level: RiskLevel; score: number; reasons: string[]; factors: RiskReason[] } {
  const factors: RiskReason[] = [];
  const add = (fact: string, points: number, text: string): void => {
    factors.push({ fact, points, text });
  };
  const hasBusiness = facts.supplierPosition !== 'none';
  if (criteriaFit === 'alarm') add('criteriaFit', 3, 'rivals meet the purchase criteria and we do not (alarm)');
  else if (criteriaFit === 'alert' && hasBusiness) {
    add(
      'criteriaFit',
      1,
      facts.purchaseCriteria === 'both-fit'
        ? 'rivals meet the purchase criteria as well as we do (alert)'
        : 'purchase criteria unknown',
    );
  }
  const complaints = typeof facts.openComplaints === 'number' ? facts.openComplaints : 0;
  if (complaints >= 3) add('openComplaints', 2, `${complaints} open complaints`);
  else if (complaints > 0) add('openComplaints', 1, `${complaints} open complaint${complaints === 1 ? '' : 's'}`);
  const problems = stringList(facts.problems);
  if (problems.includes('quality')) add('problems', 2, 'unresolved quality problem');
  const otherProblems = problems.filter((problem) => problem !== 'quality');
  if (otherProblems.length > 0)
    add('problems', 1, `unresolved ${otherProblems.join(', ')} problem${otherProblems.length > 1 ? 's' : ''}`);
  if (typeof facts.satisfaction === 'number') {
    if (facts.satisfaction <= 2) add('satisfaction', 3, `customer is dissatisfied (${facts.satisfaction}/5)`);
    else if (facts.satisfaction === 3) add('satisfaction', 1, 'customer is only neutral (3/5)');
  }
  if (facts.satisfactionDropped === true) add('satisfactionDropped', 1, 'satisfaction fell since the last assessment');
  if (facts.repurchaseIntent === 'no') add('repurchaseIntent', 2, 'customer does not intend to buy again');
  else if (facts.repurchaseIntent === 'unsure') add('repurchaseIntent', 1, 'customer is unsure about buying again');
  if (facts.wouldRecommend === 'no') add('wouldRecommend', 1, 'customer would not recommend us');
  if (hasBusiness && facts.singleThreaded === true) add('singleThreaded', 2, 'relationship hangs on a single thread');
  if (experience === 'specialist') add('experienceProfile', 2, 'buyer has become an experienced specialist');
  else if (experience === 'shifting') add('experienceProfile', 1, 'buyer is shifting toward specialist buying');
  if (facts.priceVsMarket === 'far-above') add('priceVsMarket', 2, 'our price is far above the market');
  else if (facts.priceVsMarket === 'slightly-above') add('priceVsMarket', 1, 'our price is slightly above the market');
  if (hasBusiness) {
    if (typeof facts.daysSinceContact === 'number') {
      if (facts.daysSinceContact > 60) add('daysSinceContact', 2, `no contact for ${facts.daysSinceContact} days`);
      else if (facts.daysSinceContact > 30) add('daysSinceContact', 1, `no contact for ${facts.daysSinceContact} days`);
    } else {
      add('daysSinceContact', 1, 'no contact recorded');
    }
  }
  if (facts.rivalRebates === true) add('rivalRebates', 1, 'a rival offers short-term rebates');
  const structural = stringList(facts.structuralChange);
  if (structural.length > 0) add('structuralChange', 2, `customer is changing structurally (${structural.join(', ')})`);
  if (
    typeof facts.opponents === 'number' &&
    typeof facts.supporters === 'number' &&
    facts.opponents > facts.supporters
  ) {
    add('opponents', 1, 'more opponents than supporters');
  }
  if (typeof facts.overdueActions === 'number' && facts.overdueActions > 0)
    add('overdueActions', 1, `${facts.overdueActions} overdue action(s)`);
  if (facts.postDeliveryDrop === true) add('postDeliveryDrop', 1, 'our attention dropped after delivery');

  const score = factors.reduce((sum, factor) => sum + factor.points, 0);
  const level: RiskLevel = score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low';
  const ranked = [...factors].sort((a, b) => b.points - a.points);
  return { level, score, reasons: ranked.map((factor) => factor.text), factors: ranked };
}

export function deriveSatisfaction(facts: FactRecord): AssessmentResult['satisfaction'] {
  const raw = facts.satisfaction;
  const score =
    typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 5 ? (raw as 1 | 2 | 3 | 4 | 5) : null;
  const yn = (value: unknown): YesUnsureNo | null => (isOneOf(['yes', 'unsure', 'no'] as const, value) ? value : null);
  return {
    score,
    label: score === null ? 'not surveyed' : satisfactionLabel(score),
    repurchase: yn(facts.repurchaseIntent),
    recommend: yn(facts.wouldRecommend),
  };
}

export function deriveTarget(facts: FactRecord, current: Level): AssessmentResult['targetLevel'] {
  const target = isOneOf(LEVELS, facts.targetLevel) ? facts.targetLevel : null;
  if (target === null) {
    return {
      level: null,
      worthIt: false,
      recommended: rank(LEVELS, current) > rank(LEVELS, 'preferred-supplier') ? current : 'preferred-supplier',
      verdict: 'No target level set. For most accounts preferred supplier is enough.',
    };
  }
  if (rank(LEVELS, target) < rank(LEVELS, 'partner')) {
    return {
      level: target,
      worthIt: true,
      recommended: target,
      verdict:
        target === 'preferred-supplier'
          ? 'Preferred supplier is a sound target: the value comes from lower transaction cost without the expense of a partnership.'
          : 'A transactional relationship is the target: keep the cost of serving the account low.',
    };
  }
  const missing: string[] = [];
  if (facts.mutualImportance !== 'high') {
    missing.push(
      facts.mutualImportance === undefined
        ? 'mutual importance is not assessed'
        : 'the two sides do not matter to each other equally and highly',
    );
  }
  if (facts.powerBalance !== 'balanced') {
    missing.push(
      facts.powerBalance === undefined ? 'the balance of power is not assessed' : 'one side can dictate to the other',
    );
  }
  if (facts.switchingCost !== 'high') {
    missing.push(facts.switchingCost === undefined ? 'switching cost is not assessed' : 'switching cost is not high');
  }
  const name = target === 'partner' ? 'A partnership' : 'A strategic alliance';
  if (missing.length === 0) {
    return {
      level: target,
      worthIt: true,
      recommended: target,
      verdict: `${name} is worth pursuing: both sides matter to each other, power is balanced and switching is costly.`,
    };
  }
  return {
    level: target,
    worthIt: false,
    recommended: 'preferred-supplier',
    verdict: `${name} is not worth it here: ${missing.join('; ')}. Preferred supplier is enough; spend on service and a wide network instead.`,
  };
}

type Judgments = Omit<AssessmentResult, 'plan' | 'playbookVersions'>;

/** Everything but the plan: the judgments and the full fact set plays are evaluated against. */
export function deriveJudgments(input: AssessmentInput): { judgments: Judgments; facts: FactRecord } {
  const coverage: Coverage = computeCoverage(input.contacts);
  const facts = buildFacts(input, coverage);

  const supplierPosition: SupplierPosition = isOneOf(SUPPLIER_POSITIONS, facts.supplierPosition)
    ? facts.supplierPosition
    : input.account.position;
  const shareOfWallet = typeof facts.shareOfWallet === 'number' ? facts.shareOfWallet : null;
  const relationshipLevel: Level = isOneOf(LEVELS, input.answers.currentLevel)
    ? input.answers.currentLevel
    : input.account.level;
  const stage = deriveStage(supplierPosition, shareOfWallet, relationshipLevel);
  const criteriaFit = deriveCriteriaFit(facts.purchaseCriteria);
  const experience = deriveExperience(facts);
  const satisfaction = deriveSatisfaction(facts);
  const targetLevel = deriveTarget(facts, relationshipLevel);

  facts.supplierPosition = supplierPosition;
  facts.stage = stage;
  facts.relationshipLevel = relationshipLevel;
  facts.criteriaFit = criteriaFit;
  facts.experienceProfile = experience.profile;
  facts.experienceScore = experience.score;
  facts.shiftSignCount = stringList(facts.shiftSigns).length;
  facts.targetWorthIt = targetLevel.level === null ? undefined : targetLevel.worthIt;
  facts.targetAboveCurrent =
    targetLevel.level === null ? undefined : rank(LEVELS, targetLevel.level) > rank(LEVELS, relationshipLevel);

  const risk = deriveRisk(facts, criteriaFit, experience.profile);
  facts.riskLevel = risk.level;
  facts.riskScore = risk.score;
  return {
    facts,
    judgments: {
      assessedAt: input.now.toISOString(),
      stage,
      relationshipLevel,
      supplierPosition,
      shareOfWallet,
      criteriaFit,
      experience,
      risk,
      coverage,
      satisfaction,
      targetLevel,
    },
  };
}

/** Derived results and the ranked plan for one assessment. */
export function assess(input: AssessmentInput, playbooks: readonly (Playbook & { hash?: string })[]): AssessmentResult {
  const { judgments, facts } = deriveJudgments(input);
  const plan = buildPlan(
    playbooks,
    facts,
    judgments.risk.factors.map((factor) => factor.fact),
  );
  const playbookVersions: PlaybookVersions = Object.fromEntries(
    playbooks.map((playbook) => [playbook.id, versionTag({ version: playbook.version, hash: playbook.hash ?? '' })]),
  );
  return { ...judgments, plan, playbookVersions };
}
