/**
 * The keys of the assessment's judgments in words: risk reasons, experience
 * signals and the uncontrollable causes of defection. The sentences live in
 * the message catalogue (area `words`, keys `risk.*`, `signal.*`, `cause.*`)
 * in every language; the domain names the key and its parameters and gets the
 * text through the wording port (src/domain/words.ts, docs/i18n.md).
 */
import { words, type WordParams } from '../words.js';

export type { WordParams } from '../words.js';

/** Risk reasons (docs/domain.md §3, §7), keyed `fact` or `fact.value`. */
export const RISK_REASON_KEYS = [
  'criteriaFit.alarm',
  'criteriaFit.alert',
  'criteriaFit.unknown',
  'openComplaints',
  'openComplaints.aged',
  'problems.quality',
  'problems.other',
  'satisfaction.low',
  'satisfaction.neutral',
  'satisfactionDropped',
  'repurchaseIntent.no',
  'repurchaseIntent.unsure',
  'wouldRecommend.no',
  'singleThreaded',
  'experienceProfile.specialist',
  'experienceProfile.shifting',
  'priceVsMarket.far-above',
  'priceVsMarket.slightly-above',
  'daysSinceContact',
  'daysSinceContact.never',
  'rivalRebates',
  'uncontrollable',
  'opponents',
  'overdueActions',
  'postDeliveryDrop',
  'postDeliveryDrop.records',
] as const;

export type RiskReasonKey = (typeof RISK_REASON_KEYS)[number];

export function riskReasonText(key: RiskReasonKey, params: WordParams = {}): string {
  return words(`risk.${key}`, params);
}

/**
 * The uncontrollable causes of defection (seed 001; answers to
 * `structuralChange`), said as what the customer is doing.
 */
export const UNCONTROLLABLE_CAUSE_KEYS = [
  'selling-unit',
  'closing-unit',
  'relocating',
  'taken-over',
  'integrating-upstream',
  'scope-change',
] as const;

/** Signals of the experience shift (seed 002), one per observed fact. */
export const EXPERIENCE_SIGNAL_KEYS = [
  'purchasing-decides',
  'purchasing-decides.driver',
  'buying-moved',
  'sponsors-stepped-back',
  'less-interest-new-applications',
  'price-only',
  'unbundling',
  'faster-decisions',
] as const;

export type ExperienceSignalKey = (typeof EXPERIENCE_SIGNAL_KEYS)[number];

export function experienceSignalText(key: ExperienceSignalKey, params: WordParams = {}): string {
  return words(`signal.${key}`, params);
}
