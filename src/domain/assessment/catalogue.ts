/**
 * FACTS: the closed catalogue of names a condition may read. Each entry says
 * the fact's type, its allowed values when it is a closed vocabulary, where
 * it comes from and what it means. Conditions naming anything else are
 * rejected when playbooks are loaded. The questionnaire's keys are facts too;
 * a team that adds questions to its own assessment.yaml gets those keys as
 * extra facts (see factCatalogue()).
 */
import {
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
import { localText } from '../local-text.js';
import type { Questionnaire } from './questions.js';

export type FactType = 'string' | 'number' | 'boolean' | 'list';
export type FactSource = 'answer' | 'account' | 'contacts' | 'activities' | 'actions' | 'previous' | 'derived';

export interface FactSpec {
  type: FactType;
  /** Closed vocabulary for string facts, or for the items of list facts. */
  values?: readonly string[];
  source: FactSource;
  doc: string;
  /** A short name for because lines ("days since the last contact"); the doc is used when absent. */
  label?: string;
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
const BUYING_DRIVERS = ['senior-management', 'engineering', 'purchasing'] as const;

export const FACTS = {
  // --- answers (keys of playbooks/assessment.yaml) ---------------------------
  supplierPosition: {
    type: 'string',
    values: SUPPLIER_POSITIONS,
    source: 'answer',
    doc: 'Our place in the supplier list; falls back to the account record when unanswered.',
  },
  shareOfWallet: {
    type: 'number',
    source: 'answer',
    doc: 'Our share of their category spend, 0-100; falls back to account.share.',
  },
  currentLevel: {
    type: 'string',
    values: LEVELS,
    source: 'answer',
    doc: 'Relationship level as answered (see relationshipLevel for the value used).',
  },
  purchaseCriteria: {
    type: 'string',
    values: ['we-fit', 'both-fit', 'rivals-fit', 'unknown'],
    source: 'answer',
    doc: 'Who meets the purchase criteria (see criteriaFit).',
  },
  buyingDriver: { type: 'string', values: BUYING_DRIVERS, source: 'answer', doc: 'Who drives buying now.' },
  shiftSigns: {
    type: 'list',
    values: SHIFT_SIGNS,
    source: 'answer',
    doc: 'Signs that the buyer is becoming an experienced specialist.',
  },
  newApplications: { type: 'boolean', source: 'answer', doc: 'We are developing a new application with the customer.' },
  triggers: { type: 'list', values: TRIGGERS, source: 'answer', doc: 'The eight opportunity triggers present now.' },
  internalConflict: { type: 'boolean', source: 'answer', doc: 'Disagreement inside the customer about the incumbent.' },
  userDeptIssues: {
    type: 'boolean',
    source: 'answer',
    doc: 'User departments suffer from the incumbent quality or service.',
  },
  newDemandIdea: { type: 'boolean', source: 'answer', doc: 'We see a new market or product creating new demand.' },
  differentiatedOffer: {
    type: 'boolean',
    source: 'answer',
    doc: 'We have a clearly more competitive product or solution.',
  },
  personalNeedsUnmet: {
    type: 'boolean',
    source: 'answer',
    doc: 'Key people have personal needs the incumbent does not meet.',
  },
  bondsCovered: {
    type: 'list',
    values: ['org-interest', 'personal-interest', 'org-trust', 'personal-trust'],
    source: 'answer',
    doc: 'Interest and trust bonds firmly in place.',
  },
  personalCare: {
    type: 'list',
    values: ['regular-visits', 'holiday-greetings', 'birthdays', 'after-sale-contact'],
    source: 'answer',
    doc: 'Personal-care habits in place.',
  },
  openComplaints: { type: 'number', source: 'answer', doc: 'Open customer complaints.' },
  problems: {
    type: 'list',
    values: ['quality', 'delivery', 'service', 'billing'],
    source: 'answer',
    doc: 'Unresolved problems on our side.',
  },
  serviceLevel: {
    type: 'list',
    values: ['dedicated-team', 'hotline-24h', 'onsite-crew', 'standard-process', 'personalised', 'proactive'],
    source: 'answer',
    doc: 'Service elements the account has.',
  },
  prioritySupply: { type: 'boolean', source: 'answer', doc: 'The account gets priority on quantities and dates.' },
  priceVsMarket: {
    type: 'string',
    values: ['below', 'at', 'slightly-above', 'far-above'],
    source: 'answer',
    doc: 'Our price against the market average.',
  },
  meetingCadence: {
    type: 'string',
    values: ['none', 'ad-hoc', 'quarterly', 'monthly', 'weekly'],
    source: 'answer',
    doc: 'Planned meeting cadence with the customer team.',
  },
  counterpartTeam: { type: 'boolean', source: 'answer', doc: 'A counterpart team exists.' },
  executiveChannel: { type: 'boolean', source: 'answer', doc: 'An executive-to-executive channel works.' },
  strategicAlignment: {
    type: 'string',
    values: ['aligned', 'partly', 'not-aligned', 'unknown'],
    source: 'answer',
    doc: 'Fit of our development strategy with theirs.',
  },
  toldAboutChanges: {
    type: 'boolean',
    source: 'answer',
    doc: 'We told them about our changes and collected feedback.',
  },
  customerFile: {
    type: 'boolean',
    source: 'answer',
    doc: 'The customer file is complete with one owner reviewed by a manager.',
  },
  satisfaction: {
    type: 'number',
    source: 'answer',
    doc: 'Surveyed satisfaction, 1 (very dissatisfied) to 5 (highly satisfied); unset when not surveyed.',
    label: 'surveyed satisfaction',
  },
  repurchaseIntent: { type: 'string', values: YES_UNSURE_NO, source: 'answer', doc: 'Intent to buy from us again.' },
  wouldRecommend: { type: 'string', values: YES_UNSURE_NO, source: 'answer', doc: 'Willingness to recommend us.' },
  referralsAsked: { type: 'boolean', source: 'answer', doc: 'We asked for referrals.' },
  rivalRebates: { type: 'boolean', source: 'answer', doc: 'A rival offers short-term rebates to switch.' },
  structuralChange: {
    type: 'list',
    values: ['scope-change', 'selling-unit', 'closing-unit', 'relocating', 'taken-over', 'integrating-upstream'],
    source: 'answer',
    doc: 'Uncontrollable defection causes under way (see uncontrollable).',
  },
  postDeliveryDrop: {
    type: 'boolean',
    source: 'answer',
    doc: 'Our attention dropped after delivery while their service need grew: answered yes, or postDeliveryGap.',
  },
  targetLevel: {
    type: 'string',
    values: LEVELS,
    source: 'answer',
    doc: 'Target relationship level; falls back to account.targetLevel.',
  },
  mutualImportance: {
    type: 'string',
    values: ['high', 'one-sided', 'low'],
    source: 'answer',
    doc: 'How much both sides matter to each other.',
  },
  powerBalance: {
    type: 'string',
    values: ['balanced', 'customer-dominates', 'we-dominate'],
    source: 'answer',
    doc: 'Balance of power.',
  },
  switchingCost: {
    type: 'string',
    values: ['high', 'medium', 'low'],
    source: 'answer',
    doc: 'Cost of replacing each other.',
  },

  // --- account record --------------------------------------------------------
  tier: { type: 'string', values: TIERS, source: 'account', doc: 'Account value grade A/B/C; unset when not graded.' },
  industry: { type: 'string', source: 'account', doc: 'Account industry.' },
  hasOwner: { type: 'boolean', source: 'account', doc: 'The account has a named owner.' },
  isKeyAccount: {
    type: 'boolean',
    source: 'derived',
    doc: 'Tier A, or we are primary or sole supplier.',
    label: 'key account',
  },

  // --- contacts (see coverage.ts) ------------------------------------------
  contactCount: { type: 'number', source: 'contacts', doc: 'Number of contacts on file.', label: 'contacts on file' },
  strongContacts: {
    type: 'number',
    source: 'contacts',
    doc: 'Contacts with relationship strength 2 or more.',
    label: 'strong contacts',
  },
  departmentsReached: {
    type: 'list',
    values: DEPARTMENTS,
    source: 'contacts',
    doc: 'Departments where we have a contact.',
  },
  departmentCount: {
    type: 'number',
    source: 'contacts',
    doc: 'Number of departments reached.',
    label: 'departments reached',
  },
  seniorityReached: { type: 'list', values: SENIORITIES, source: 'contacts', doc: 'Seniority levels reached.' },
  supporters: { type: 'number', source: 'contacts', doc: 'Contacts whose attitude is supporter.' },
  opponents: { type: 'number', source: 'contacts', doc: 'Contacts whose attitude is opponent.' },
  singleThreaded: {
    type: 'boolean',
    source: 'contacts',
    doc: 'Fewer than 2 strong contacts, or all contacts in one department.',
    label: 'single-threaded',
  },
  hasExecutive: {
    type: 'boolean',
    source: 'contacts',
    doc: 'At least one executive-seniority or decision-maker contact.',
    label: 'an executive or decision-maker contact',
  },
  coverageShape: {
    type: 'string',
    values: ['bow-tie', 'diamond'],
    source: 'contacts',
    doc: 'bow-tie: contact funnels through one person/department; diamond: many-to-many.',
    label: 'contact shape',
  },
  onlyPurchasingContacts: {
    type: 'boolean',
    source: 'contacts',
    doc: 'Every contact with a known department is in purchasing.',
    label: 'all contacts in purchasing',
  },
  birthdaysNext30d: { type: 'number', source: 'contacts', doc: 'Contacts whose birthday falls in the next 30 days.' },

  // --- activities and actions ----------------------------------------------
  daysSinceContact: {
    type: 'number',
    source: 'activities',
    doc: 'Days since the last visit/call/email/meeting or contact touch; unset when never.',
    label: 'days since the last contact',
  },
  complaintsLast90d: { type: 'number', source: 'activities', doc: 'Complaint activities logged in the last 90 days.' },
  oldestOpenComplaintDays: {
    type: 'number',
    source: 'activities',
    doc: 'Days the oldest open complaint has been open: the latest openComplaints complaints logged; unset when none is logged.',
    label: 'days the oldest complaint is open',
  },
  postDeliveryGap: {
    type: 'boolean',
    source: 'activities',
    doc: 'An order logged and no contact since, for order-silence-days (default 30) or more.',
    label: 'silence after the last order',
  },
  daysSinceOrder: {
    type: 'number',
    source: 'activities',
    doc: 'Days of silence since the last order, when postDeliveryGap holds.',
  },
  lastOrderDate: { type: 'string', source: 'activities', doc: 'Date of the order behind postDeliveryGap.' },
  ordersToDate: { type: 'number', source: 'activities', doc: 'Orders logged so far.', label: 'orders to date' },
  lifetimeValue: {
    type: 'number',
    source: 'activities',
    doc: 'Lifetime-value estimate: average order × orders per year × relationship-years (docs/domain.md §4); unset without an order amount.',
    label: 'lifetime value estimate',
  },
  openActionCount: { type: 'number', source: 'actions', doc: 'Open actions on the account.', label: 'open actions' },
  overdueActions: {
    type: 'number',
    source: 'actions',
    doc: 'Open actions past their due date.',
    label: 'overdue actions',
  },

  // --- previous assessment ---------------------------------------------------
  hasPrevious: { type: 'boolean', source: 'previous', doc: 'An earlier assessment exists.' },
  previousBuyingDriver: {
    type: 'string',
    values: BUYING_DRIVERS,
    source: 'previous',
    doc: 'buyingDriver in the previous assessment.',
  },
  buyingDriverChanged: {
    type: 'boolean',
    source: 'previous',
    doc: 'buyingDriver differs from the previous assessment.',
    label: 'buying driver changed',
  },
  satisfactionDropped: {
    type: 'boolean',
    source: 'previous',
    doc: 'satisfaction is lower than in the previous assessment.',
    label: 'satisfaction fell',
  },

  // --- derived results (derive.ts) -------------------------------------------
  stage: { type: 'string', values: STAGES, source: 'derived', doc: 'Development stage.' },
  relationshipLevel: {
    type: 'string',
    values: LEVELS,
    source: 'derived',
    doc: 'Relationship level used for the assessment.',
  },
  criteriaFit: {
    type: 'string',
    values: CRITERIA_FITS,
    source: 'derived',
    doc: 'safe / alert / alarm from purchaseCriteria; unknown when the criteria are not known.',
    label: 'criteria fit',
  },
  experienceProfile: {
    type: 'string',
    values: EXPERIENCE_PROFILES,
    source: 'derived',
    doc: 'generalist / shifting / specialist.',
    label: 'buyer profile',
  },
  experienceScore: {
    type: 'number',
    source: 'derived',
    doc: '0 (inexperienced generalist) to 100 (experienced specialist).',
    label: 'experience score',
  },
  shiftSignCount: { type: 'number', source: 'derived', doc: 'Number of shiftSigns answered.' },
  riskLevel: { type: 'string', values: RISK_LEVELS, source: 'derived', doc: 'Defection risk.', label: 'risk' },
  riskScore: { type: 'number', source: 'derived', doc: 'Points behind riskLevel.' },
  targetAboveCurrent: { type: 'boolean', source: 'derived', doc: 'The target level is above the current level.' },
  uncontrollable: {
    type: 'boolean',
    source: 'derived',
    doc: 'A defection cause outside our control is under way (structuralChange); plays marked invests are left out.',
    label: 'a cause outside our control',
  },
  surveyAgeDays: {
    type: 'number',
    source: 'derived',
    doc: 'Days since the oldest survey answer (satisfaction, repurchaseIntent, wouldRecommend) was given.',
    label: 'days since the survey',
  },
  surveyDue: {
    type: 'boolean',
    source: 'derived',
    doc: 'We supply them and satisfaction is not surveyed, or the survey is older than survey-days.',
    label: 'survey due',
  },
  atRightLevel: {
    type: 'boolean',
    source: 'derived',
    doc: 'The relationship level is at or above the recommended level.',
    label: 'at its right level',
  },
  healthy: {
    type: 'boolean',
    source: 'derived',
    doc: 'Main supplier, low risk, safe fit, a current satisfied survey, nothing open, wide web, at its right level; only upkeep plays apply.',
  },
  targetWorthIt: {
    type: 'boolean',
    source: 'derived',
    doc: 'The target level pays off (partner+ needs high mutual importance, balanced power, high switching cost).',
    label: 'target level worth it',
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
      // A team's own question is documented by its prompt (the facts list is in English for now).
      doc: existing?.doc ?? localText(question.prompt, 'en'),
    };
  }
  return catalogue;
}
