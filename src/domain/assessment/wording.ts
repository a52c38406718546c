/**
 * The words the assessment uses for its judgments: risk reasons, experience
 * signals and the uncontrollable causes of defection, each a template keyed
 * by fact and value. Kept in one table (not sentences spread through the
 * rules) so a message catalogue can translate them later.
 */

import { plural } from '../plural.js';

export type WordParams = Readonly<Record<string, string | number>>;

const num = (params: WordParams, key: string): number => Number(params[key] ?? 0);
const str = (params: WordParams, key: string): string => String(params[key] ?? '');

/** Risk reasons (docs/domain.md §3, §7), keyed `fact` or `fact.value`. */
export const RISK_REASONS = {
  'criteriaFit.alarm': () => 'rivals meet the purchase criteria and we do not (alarm)',
  'criteriaFit.alert': () => 'rivals meet the purchase criteria as well as we do (alert)',
  'criteriaFit.unknown': () => 'purchase criteria unknown',
  openComplaints: (p: WordParams) => `${plural(num(p, 'count'), 'open complaint')}`,
  'openComplaints.aged': (p: WordParams) =>
    `${plural(num(p, 'count'), 'open complaint')}, the oldest open for ${num(p, 'days')} days`,
  'problems.quality': () => 'unresolved quality problem',
  'problems.other': (p: WordParams) =>
    `unresolved ${str(p, 'problems')} ${num(p, 'count') > 1 ? 'problems' : 'problem'}`,
  'satisfaction.low': (p: WordParams) => `customer is dissatisfied (${num(p, 'score')}/5)`,
  'satisfaction.neutral': () => 'customer is only neutral (3/5)',
  satisfactionDropped: () => 'satisfaction fell since the last assessment',
  'repurchaseIntent.no': () => 'customer does not intend to buy again',
  'repurchaseIntent.unsure': () => 'customer is unsure about buying again',
  'wouldRecommend.no': () => 'customer would not recommend us',
  singleThreaded: () => 'relationship hangs on a single thread',
  'experienceProfile.specialist': () => 'buyer has become an experienced specialist',
  'experienceProfile.shifting': () => 'buyer is shifting toward specialist buying',
  'priceVsMarket.far-above': () => 'our price is far above the market',
  'priceVsMarket.slightly-above': () => 'our price is slightly above the market',
  daysSinceContact: (p: WordParams) => `no contact for ${num(p, 'days')} days`,
  'daysSinceContact.never': () => 'no contact recorded',
  rivalRebates: () => 'a rival offers short-term rebates',
  uncontrollable: (p: WordParams) => `uncontrollable: ${str(p, 'causes')}`,
  opponents: () => 'more opponents than supporters',
  overdueActions: (p: WordParams) => plural(num(p, 'count'), 'overdue action'),
  postDeliveryDrop: () => 'our attention dropped after delivery',
  'postDeliveryDrop.records': (p: WordParams) =>
    `no contact for ${num(p, 'days')} days since the order of ${str(p, 'date')}: the gap after delivery is open`,
} as const satisfies Record<string, (params: WordParams) => string>;

export type RiskReasonKey = keyof typeof RISK_REASONS;

export function riskReasonText(key: RiskReasonKey, params: WordParams = {}): string {
  return RISK_REASONS[key](params);
}

/**
 * The uncontrollable causes of defection (seed 001; answers to
 * `structuralChange`), said as what the customer is doing.
 */
export const UNCONTROLLABLE_CAUSES: Readonly<Record<string, string>> = {
  'selling-unit': 'the customer is selling the business we supply',
  'closing-unit': 'the customer is closing the business we supply',
  relocating: 'the customer is moving the business we supply out of our reach',
  'taken-over': 'the customer is being taken over by a group with its own supplier',
  'integrating-upstream': 'the customer is starting to make what we sell',
  'scope-change': 'the customer is changing its business away from what we supply',
};

/** A cause in words; a cause a team added to its own questionnaire is named as an outside change. */
export function uncontrollableCauseText(cause: string): string {
  return UNCONTROLLABLE_CAUSES[cause] ?? `the customer is making a change outside our control (${cause})`;
}

/** Signals of the experience shift (seed 002), one per observed fact. */
export const EXPERIENCE_SIGNALS = {
  'purchasing-decides': () => 'purchasing has taken over the decisions',
  'purchasing-decides.driver': () => 'the purchasing department drives buying',
  'buying-moved': (p: WordParams) => `buying moved from ${str(p, 'from')} to ${str(p, 'to')}`,
  'sponsors-stepped-back': () => 'the original sponsors have stepped back',
  'less-interest-new-applications': () => 'interest in new applications is fading',
  'price-only': () => 'talks are about price only',
  unbundling: () => 'they unbundle systems and buy parts elsewhere',
  'faster-decisions': () => 'decisions are faster and need less of our guidance',
} as const satisfies Record<string, (params: WordParams) => string>;

export type ExperienceSignalKey = keyof typeof EXPERIENCE_SIGNALS;

export function experienceSignalText(key: ExperienceSignalKey, params: WordParams = {}): string {
  return EXPERIENCE_SIGNALS[key](params);
}
