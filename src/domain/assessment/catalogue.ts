/**
 * FACTS: the closed catalogue of names a condition may read. Each entry says
 * the fact's type, its allowed values when it is a closed vocabulary and where
 * it comes from; what it means is in the message catalogue (`facts.<name>`,
 * docs/i18n.md), so the domain holds no words. Conditions naming anything else are
 * rejected when playbooks are loaded. The questionnaire's keys are facts too;
 * a team that adds questions to its own assessment.yaml gets those keys as
 * extra facts (see factCatalogue()).
 */
import {
  BUYING_DRIVERS,
  CRITERIA_FITS,
  DEPARTMENTS,
  EXPERIENCE_PROFILES,
  LEVELS,
  RISK_LEVELS,
  SENIORITIES,
  STAGES,
  SUPPLIER_POSITIONS,
  TIERS,
} from '../enums.js';
import type { LocalText } from '../local-text.js';
import type { Questionnaire } from './questions.js';

export type FactType = 'string' | 'number' | 'boolean' | 'list';
export type FactSource = 'answer' | 'account' | 'contacts' | 'activities' | 'actions' | 'previous' | 'derived';

export interface FactSpec {
  type: FactType;
  /** Closed vocabulary for string facts, or for the items of list facts. */
  values?: readonly string[];
  source: FactSource;
  /** A team's own question (not a built-in fact): its prompt is what the fact means. */
  prompt?: LocalText;
}

export type FactCatalogue = Readonly<Record<string, FactSpec>>;

const TRIGGERS = [
  'new-product-launch',
  'supplier-review',
  'personnel-change',
  'rival-quality-problem',
  'incumbent-service-complaints',
  'rival-single-threaded',
  'incumbent-relationship-deteriorating',
  'cost-pressure',
] as const;
const SHIFT_SIGNS = [
  'purchasing-took-over',
  'sponsors-stepped-back',
  'less-interest-new-applications',
  'price-only',
  'unbundling',
  'faster-decisions',
] as const;
const YES_UNSURE_NO = ['yes', 'unsure', 'no'] as const;

export const FACTS = {
  // --- answers (keys of playbooks/assessment.yaml) ---------------------------
  supplierPosition: {
    type: 'string',
    values: SUPPLIER_POSITIONS,
    source: 'answer',
  },
  shareOfWallet: {
    type: 'number',
    source: 'answer',
  },
  currentLevel: {
    type: 'string',
    values: LEVELS,
    source: 'answer',
  },
  purchaseCriteria: {
    type: 'string',
    values: ['we-fit', 'both-fit', 'rivals-fit', 'unknown'],
    source: 'answer',
  },
  buyingDriver: { type: 'string', values: BUYING_DRIVERS, source: 'answer' },
  shiftSigns: {
    type: 'list',
    values: SHIFT_SIGNS,
    source: 'answer',
  },
  newApplications: { type: 'boolean', source: 'answer' },
  triggers: { type: 'list', values: TRIGGERS, source: 'answer' },
  internalConflict: { type: 'boolean', source: 'answer' },
  userDeptIssues: {
    type: 'boolean',
    source: 'answer',
  },
  newDemandIdea: { type: 'boolean', source: 'answer' },
  differentiatedOffer: {
    type: 'boolean',
    source: 'answer',
  },
  personalNeedsUnmet: {
    type: 'boolean',
    source: 'answer',
  },
  bondsCovered: {
    type: 'list',
    values: ['org-interest', 'personal-interest', 'org-trust', 'personal-trust'],
    source: 'answer',
  },
  personalCare: {
    type: 'list',
    values: ['regular-visits', 'holiday-greetings', 'birthdays', 'after-sale-contact'],
    source: 'answer',
  },
  openComplaints: { type: 'number', source: 'answer' },
  problems: {
    type: 'list',
    values: ['quality', 'delivery', 'service', 'billing'],
    source: 'answer',
  },
  serviceLevel: {
    type: 'list',
    values: ['dedicated-team', 'hotline-24h', 'onsite-crew', 'standard-process', 'personalised', 'proactive'],
    source: 'answer',
  },
  prioritySupply: { type: 'boolean', source: 'answer' },
  priceVsMarket: {
    type: 'string',
    values: ['below', 'at', 'slightly-above', 'far-above'],
    source: 'answer',
  },
  meetingCadence: {
    type: 'string',
    values: ['none', 'ad-hoc', 'quarterly', 'monthly', 'weekly'],
    source: 'answer',
  },
  counterpartTeam: { type: 'boolean', source: 'answer' },
  executiveChannel: { type: 'boolean', source: 'answer' },
  strategicAlignment: {
    type: 'string',
    values: ['aligned', 'partly', 'not-aligned', 'unknown'],
    source: 'answer',
  },
  toldAboutChanges: {
    type: 'boolean',
    source: 'answer',
  },
  customerFile: {
    type: 'boolean',
    source: 'answer',
  },
  satisfaction: {
    type: 'number',
    source: 'answer',
  },
  repurchaseIntent: { type: 'string', values: YES_UNSURE_NO, source: 'answer' },
  wouldRecommend: { type: 'string', values: YES_UNSURE_NO, source: 'answer' },
  referralsAsked: { type: 'boolean', source: 'answer' },
  rivalRebates: { type: 'boolean', source: 'answer' },
  structuralChange: {
    type: 'list',
    values: ['scope-change', 'selling-unit', 'closing-unit', 'relocating', 'taken-over', 'integrating-upstream'],
    source: 'answer',
  },
  postDeliveryDrop: {
    type: 'boolean',
    source: 'answer',
  },
  targetLevel: {
    type: 'string',
    values: LEVELS,
    source: 'answer',
  },
  mutualImportance: {
    type: 'string',
    values: ['high', 'one-sided', 'low'],
    source: 'answer',
  },
  powerBalance: {
    type: 'string',
    values: ['balanced', 'customer-dominates', 'we-dominate'],
    source: 'answer',
  },
  switchingCost: {
    type: 'string',
    values: ['high', 'medium', 'low'],
    source: 'answer',
  },

  // --- account record --------------------------------------------------------
  tier: { type: 'string', values: TIERS, source: 'account' },
  industry: { type: 'string', source: 'account' },
  hasOwner: { type: 'boolean', source: 'account' },
  isKeyAccount: {
    type: 'boolean',
    source: 'derived',
  },

  // --- contacts (see coverage.ts) ------------------------------------------
  contactCount: { type: 'number', source: 'contacts' },
  strongContacts: {
    type: 'number',
    source: 'contacts',
  },
  departmentsReached: {
    type: 'list',
    values: DEPARTMENTS,
    source: 'contacts',
  },
  departmentCount: {
    type: 'number',
    source: 'contacts',
  },
  seniorityReached: { type: 'list', values: SENIORITIES, source: 'contacts' },
  supporters: { type: 'number', source: 'contacts' },
  opponents: { type: 'number', source: 'contacts' },
  singleThreaded: {
    type: 'boolean',
    source: 'contacts',
  },
  hasExecutive: {
    type: 'boolean',
    source: 'contacts',
  },
  coverageShape: {
    type: 'string',
    values: ['bow-tie', 'diamond'],
    source: 'contacts',
  },
  onlyPurchasingContacts: {
    type: 'boolean',
    source: 'contacts',
  },
  birthdaysNext30d: { type: 'number', source: 'contacts' },

  // --- activities and actions ----------------------------------------------
  daysSinceContact: {
    type: 'number',
    source: 'activities',
  },
  complaintsLast90d: { type: 'number', source: 'activities' },
  oldestOpenComplaintDays: {
    type: 'number',
    source: 'activities',
  },
  postDeliveryGap: {
    type: 'boolean',
    source: 'activities',
  },
  daysSinceOrder: {
    type: 'number',
    source: 'activities',
  },
  lastOrderDate: { type: 'string', source: 'activities' },
  ordersToDate: { type: 'number', source: 'activities' },
  lifetimeValue: {
    type: 'number',
    source: 'activities',
  },
  openActionCount: { type: 'number', source: 'actions' },
  overdueActions: {
    type: 'number',
    source: 'actions',
  },

  // --- previous assessment ---------------------------------------------------
  hasPrevious: { type: 'boolean', source: 'previous' },
  previousBuyingDriver: {
    type: 'string',
    values: BUYING_DRIVERS,
    source: 'previous',
  },
  buyingDriverChanged: {
    type: 'boolean',
    source: 'previous',
  },
  satisfactionDropped: {
    type: 'boolean',
    source: 'previous',
  },

  // --- derived results (derive.ts) -------------------------------------------
  stage: { type: 'string', values: STAGES, source: 'derived' },
  relationshipLevel: {
    type: 'string',
    values: LEVELS,
    source: 'derived',
  },
  criteriaFit: {
    type: 'string',
    values: CRITERIA_FITS,
    source: 'derived',
  },
  experienceProfile: {
    type: 'string',
    values: EXPERIENCE_PROFILES,
    source: 'derived',
  },
  experienceScore: {
    type: 'number',
    source: 'derived',
  },
  shiftSignCount: { type: 'number', source: 'derived' },
  riskLevel: { type: 'string', values: RISK_LEVELS, source: 'derived' },
  riskScore: { type: 'number', source: 'derived' },
  targetAboveCurrent: { type: 'boolean', source: 'derived' },
  uncontrollable: {
    type: 'boolean',
    source: 'derived',
  },
  surveyAgeDays: {
    type: 'number',
    source: 'derived',
  },
  surveyDue: {
    type: 'boolean',
    source: 'derived',
  },
  atRightLevel: {
    type: 'boolean',
    source: 'derived',
  },
  healthy: {
    type: 'boolean',
    source: 'derived',
  },
  targetWorthIt: {
    type: 'boolean',
    source: 'derived',
  },
} as const satisfies Record<string, FactSpec>;

export type FactName = keyof typeof FACTS;

/**
 * The built-in catalogue plus every question key of `questionnaire`. For
 * answer facts the questionnaire is authoritative: a team that adds options
 * to a shipped question can use them in conditions. Non-answer facts keep
 * their built-in definition (a question cannot shadow a derived fact).
 */
export function factCatalogue(questionnaire?: Questionnaire): FactCatalogue {
  const catalogue: Record<string, FactSpec> = { ...FACTS };
  for (const question of questionnaire?.questions ?? []) {
    const existing = catalogue[question.key];
    if (existing && existing.source !== 'answer') continue;
    const values = question.options?.map((option) => option.value);
    const type: FactType =
      question.type === 'multi'
        ? 'list'
        : question.type === 'boolean'
          ? 'boolean'
          : question.type === 'select'
            ? 'string'
            : 'number';
    catalogue[question.key] = {
      type,
      ...(values ? { values } : {}),
      source: 'answer',
      // A built-in answer fact is documented by the catalogue; a team's own question by its prompt.
      ...(existing ? {} : { prompt: question.prompt }),
    };
  }
  return catalogue;
}
