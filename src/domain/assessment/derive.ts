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
  type SupplierPosition,
} from '../enums.js';
import { localDate } from '../dates.js';
import { deriveStage } from '../stage.js';
import { words } from '../words.js';
import { computeCoverage } from './coverage.js';
import { SURVEY_KEYS } from './survey.js';
import { buildFacts, type FactRecord } from './facts.js';
import { buildPlan } from './plan.js';
import type { Question } from './questions.js';
import { versionTag } from './stored.js';
import {
  experienceSignalText,
  riskReasonText,
  type ExperienceSignalKey,
  type RiskReasonKey,
  type WordParams,
} from './wording.js';
import type {
  AssessmentInput,
  AssessmentResult,
  Coverage,
  PlaybookVersions,
  Play,
  Playbook,
  RiskReason,
  YesUnsureNo,
} from './types.js';

export { deriveStage, settleStage, stagesFor, type SettledStage, type StageFields } from '../stage.js';

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Purchase-criteria fit (docs/domain.md §3, §7): `unknown` unless the rep knows the criteria. */
export function deriveCriteriaFit(answer: unknown): CriteriaFit {
  if (answer === 'we-fit') return 'safe';
  if (answer === 'both-fit') return 'alert';
  if (answer === 'rivals-fit') return 'alarm';
  return 'unknown';
}

/** The observed facts of the experience shift (seed 002) and what each is worth. */
const SHIFT_FACT_POINTS = {
  'purchasing-decides': 20,
  'sponsors-stepped-back': 15,
  'less-interest-new-applications': 15,
  'price-only': 20,
  unbundling: 15,
  'faster-decisions': 10,
  'engineering-decides': 5,
} as const;
type ShiftFact = keyof typeof SHIFT_FACT_POINTS;

/** Which observed fact each warning sign is. */
const SIGN_FACT: Readonly<Record<string, ShiftFact>> = {
  'purchasing-took-over': 'purchasing-decides',
  'sponsors-stepped-back': 'sponsors-stepped-back',
  'less-interest-new-applications': 'less-interest-new-applications',
  'price-only': 'price-only',
  unbundling: 'unbundling',
  'faster-decisions': 'faster-decisions',
};

/**
 * The experience profile. Each observed fact counts once (docs/domain.md §7):
 * purchasing taking over, seen as a sign, as the buying driver and as a
 * change of driver since the last assessment, is one fact, said once.
 */
export function deriveExperience(facts: FactRecord): { profile: ExperienceProfile; score: number; signals: string[] } {
  const seen = new Map<ShiftFact, string>();
  const observe = (fact: ShiftFact, text: string | null): void => {
    if (!seen.has(fact)) seen.set(fact, text ?? '');
    else if (text !== null && seen.get(fact) === '') seen.set(fact, text);
  };
  const moved = facts.buyingDriverChanged === true && typeof facts.previousBuyingDriver === 'string';
  const movedText = moved
    ? experienceSignalText('buying-moved', { from: String(facts.previousBuyingDriver), to: String(facts.buyingDriver) })
    : null;
  // The most telling wording first: a change of driver, then the sign, then the driver as answered.
  if (moved && facts.buyingDriver === 'purchasing') observe('purchasing-decides', movedText);
  for (const sign of stringList(facts.shiftSigns)) {
    const fact = SIGN_FACT[sign];
    if (fact)
      observe(
        fact,
        experienceSignalText(sign === 'purchasing-took-over' ? 'purchasing-decides' : (sign as ExperienceSignalKey)),
      );
  }
  if (facts.buyingDriver === 'purchasing')
    observe('purchasing-decides', experienceSignalText('purchasing-decides.driver'));
  else if (facts.buyingDriver === 'engineering') observe('engineering-decides', null);
  let score = 0;
  const signals: string[] = [];
  for (const [fact, text] of seen) {
    score += SHIFT_FACT_POINTS[fact];
    if (text !== '') signals.push(text);
  }
  // A move between other drivers is worth saying, though it scores nothing by itself.
  if (moved && facts.buyingDriver !== 'purchasing' && movedText !== null) signals.push(movedText);
  score = Math.min(100, score);
  const profile: ExperienceProfile = score >= 60 ? 'specialist' : score >= 25 ? 'shifting' : 'generalist';
  return { profile, score, signals };
}

/** Open complaints weigh more the longer they stay open (docs/domain.md §7). */
export const COMPLAINT_LATE_DAYS = 14;
export const COMPLAINT_OVERDUE_DAYS = 30;

export function deriveRisk(
  facts: FactRecord,
  criteriaFit: CriteriaFit,
  experience: ExperienceProfile,
): { level: RiskLevel; score: number; reasons: string[]; factors: RiskReason[] } {
  const factors: RiskReason[] = [];
  const add = (fact: string, points: number, key: RiskReasonKey, params: WordParams = {}): void => {
    factors.push({ fact, key, params, points, text: riskReasonText(key, params) });
  };
  const hasBusiness = facts.supplierPosition !== 'none';
  if (facts.uncontrollable === true) {
    // Outside our control and real: enough on its own for high risk (docs/domain.md §7).
    add('uncontrollable', 6, 'uncontrollable', { causes: stringList(facts.structuralChange) });
  }
  if (criteriaFit === 'alarm') add('criteriaFit', 3, 'criteriaFit.alarm');
  else if (criteriaFit === 'alert' && hasBusiness) add('criteriaFit', 1, 'criteriaFit.alert');
  else if (criteriaFit === 'unknown' && hasBusiness) add('criteriaFit', 1, 'criteriaFit.unknown');
  const complaints = typeof facts.openComplaints === 'number' ? facts.openComplaints : 0;
  if (complaints > 0) {
    const age = typeof facts.oldestOpenComplaintDays === 'number' ? facts.oldestOpenComplaintDays : null;
    const agePoints = age === null ? 0 : age > COMPLAINT_OVERDUE_DAYS ? 2 : age > COMPLAINT_LATE_DAYS ? 1 : 0;
    const points = (complaints >= 3 ? 2 : 1) + agePoints;
    if (age !== null && agePoints > 0)
      add('openComplaints', points, 'openComplaints.aged', { count: complaints, days: age });
    else add('openComplaints', points, 'openComplaints', { count: complaints });
  }
  const problems = stringList(facts.problems);
  if (problems.includes('quality')) add('problems', 2, 'problems.quality');
  const otherProblems = problems.filter((problem) => problem !== 'quality');
  if (otherProblems.length > 0)
    add('problems', 1, 'problems.other', { problems: otherProblems, count: otherProblems.length });
  if (typeof facts.satisfaction === 'number') {
    if (facts.satisfaction <= 2) add('satisfaction', 3, 'satisfaction.low', { score: facts.satisfaction });
    else if (facts.satisfaction === 3) add('satisfaction', 1, 'satisfaction.neutral');
  }
  if (facts.satisfactionDropped === true) add('satisfactionDropped', 1, 'satisfactionDropped');
  if (facts.repurchaseIntent === 'no') add('repurchaseIntent', 2, 'repurchaseIntent.no');
  else if (facts.repurchaseIntent === 'unsure') add('repurchaseIntent', 1, 'repurchaseIntent.unsure');
  if (facts.wouldRecommend === 'no') add('wouldRecommend', 1, 'wouldRecommend.no');
  if (hasBusiness && facts.singleThreaded === true) add('singleThreaded', 2, 'singleThreaded');
  if (experience === 'specialist') add('experienceProfile', 2, 'experienceProfile.specialist');
  else if (experience === 'shifting') add('experienceProfile', 1, 'experienceProfile.shifting');
  if (facts.priceVsMarket === 'far-above') add('priceVsMarket', 2, 'priceVsMarket.far-above');
  else if (facts.priceVsMarket === 'slightly-above') add('priceVsMarket', 1, 'priceVsMarket.slightly-above');
  // Silence after an order and silence in general are one fact: the gap, when the records show it, says both.
  let silencePoints = 0;
  if (hasBusiness) {
    if (typeof facts.daysSinceContact === 'number') {
      silencePoints = facts.daysSinceContact > 60 ? 2 : facts.daysSinceContact > 30 ? 1 : 0;
      if (silencePoints > 0 && facts.postDeliveryGap !== true)
        add('daysSinceContact', silencePoints, 'daysSinceContact', { days: facts.daysSinceContact });
    } else {
      add('daysSinceContact', 1, 'daysSinceContact.never');
    }
  }
  if (facts.postDeliveryGap === true && typeof facts.daysSinceOrder === 'number') {
    add('postDeliveryDrop', silencePoints + 1, 'postDeliveryDrop.records', {
      days: facts.daysSinceOrder,
      date: String(facts.lastOrderDate ?? ''),
    });
  } else if (facts.postDeliveryDrop === true) add('postDeliveryDrop', 1, 'postDeliveryDrop');
  if (facts.rivalRebates === true) add('rivalRebates', 1, 'rivalRebates');
  if (
    typeof facts.opponents === 'number' &&
    typeof facts.supporters === 'number' &&
    facts.opponents > facts.supporters
  ) {
    add('opponents', 1, 'opponents');
  }
  if (typeof facts.overdueActions === 'number' && facts.overdueActions > 0)
    add('overdueActions', 1, 'overdueActions', { count: facts.overdueActions });

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
      verdict: words('target.none'),
    };
  }
  if (rank(LEVELS, target) < rank(LEVELS, 'partner')) {
    return {
      level: target,
      worthIt: true,
      recommended: target,
      verdict: words(target === 'preferred-supplier' ? 'target.preferred' : 'target.transactional'),
    };
  }
  const missing: string[] = [];
  if (facts.mutualImportance !== 'high') {
    missing.push(facts.mutualImportance === undefined ? 'importance-unassessed' : 'importance-unequal');
  }
  if (facts.powerBalance !== 'balanced') {
    missing.push(facts.powerBalance === undefined ? 'power-unassessed' : 'power-unbalanced');
  }
  if (facts.switchingCost !== 'high') {
    missing.push(facts.switchingCost === undefined ? 'switching-unassessed' : 'switching-low');
  }
  if (missing.length === 0) {
    return {
      level: target,
      worthIt: true,
      recommended: target,
      verdict: words('target.worth', { level: target }),
    };
  }
  return {
    level: target,
    worthIt: false,
    recommended: 'preferred-supplier',
    // What is missing goes to the catalogue as ids, so each language says it its own way.
    verdict: words('target.not-worth', { level: target, missing }),
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
  facts.atRightLevel = rank(LEVELS, relationshipLevel) >= rank(LEVELS, targetLevel.recommended);
  facts.healthy = isHealthy(facts);
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
      answeredAt: surveyDates(input),
    },
  };
}

/** The survey answers' dates as given, with undated ones dated today. */
function surveyDates(input: AssessmentInput): Record<string, string> {
  const dates: Record<string, string> = {};
  for (const key of SURVEY_KEYS) {
    if (input.answers[key] !== undefined) dates[key] = input.answeredAt?.[key] ?? localDate(input.now);
  }
  return dates;
}

/**
 * Healthy at its right level (docs/domain.md §7): we are the main supplier,
 * risk is low, the criteria favour us, a current survey says satisfied and
 * buying again, nothing is open or failing, the web is wide, the buyer is not
 * shifting, and the relationship is where it should be. Such an account gets
 * the upkeep plan, not repairs.
 */
function isHealthy(facts: FactRecord): boolean {
  return (
    (facts.supplierPosition === 'primary' || facts.supplierPosition === 'sole') &&
    facts.riskLevel === 'low' &&
    facts.criteriaFit === 'safe' &&
    typeof facts.satisfaction === 'number' &&
    facts.satisfaction >= 4 &&
    facts.surveyDue !== true &&
    facts.repurchaseIntent === 'yes' &&
    !(typeof facts.openComplaints === 'number' && facts.openComplaints > 0) &&
    stringList(facts.problems).length === 0 &&
    facts.singleThreaded !== true &&
    facts.experienceProfile === 'generalist' &&
    facts.uncontrollable !== true &&
    facts.postDeliveryDrop !== true &&
    facts.atRightLevel === true
  );
}

/**
 * The plays the rules allow before conditions are read (docs/domain.md §7):
 * with a cause outside our control, nothing that invests in the business;
 * for a healthy account, only upkeep.
 */
export function allowedPlays(playbooks: readonly Playbook[], facts: FactRecord): Playbook[] {
  const keep = (play: Play): boolean =>
    !(facts.uncontrollable === true && play.invests === true) && !(facts.healthy === true && play.upkeep !== true);
  return playbooks.map((playbook) => ({ ...playbook, plays: playbook.plays.filter(keep) }));
}

/** Derived results and the ranked plan for one assessment. */
/** `questions`: the questionnaire, so because lines name an answer by its option label. */
export function assess(
  input: AssessmentInput,
  playbooks: readonly (Playbook & { hash?: string })[],
  questions: readonly Question[] = [],
): AssessmentResult {
  const { judgments, facts } = deriveJudgments(input);
  const plan = buildPlan(
    allowedPlays(playbooks, facts),
    facts,
    judgments.risk.factors.map((factor) => factor.fact),
    questions,
  );
  const playbookVersions: PlaybookVersions = Object.fromEntries(
    playbooks.map((playbook) => [playbook.id, versionTag({ version: playbook.version, hash: playbook.hash ?? '' })]),
  );
  return { ...judgments, plan, playbookVersions };
}
