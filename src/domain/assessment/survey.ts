/**
 * Survey answers have a date and expire (docs/domain.md §5, §7): satisfaction,
 * repurchase intent and willingness to recommend come from asking the
 * customer, so each keeps the date it was answered. An answer older than the
 * survey cadence is not pre-filled; the questionnaire asks it again.
 *
 * The dates live in the stored result as `answeredAt` (key -> YYYY-MM-DD);
 * an assessment stored before they existed counts as answered on its own date.
 */
import { daysBetween } from '../dates.js';
import { settingSpec } from '../settings.js';
import type { Tier } from '../enums.js';
import type { Answers } from './questions.js';

/** The questions answered by surveying the customer. */
export const SURVEY_KEYS = ['satisfaction', 'repurchaseIntent', 'wouldRecommend'] as const;

function fallbackDays(key: string): number {
  return Number(settingSpec(key)?.fallback);
}

/** Days a survey answer stays current, and days of silence after an order before the gap counts as open. */
export const DEFAULT_SURVEY_DAYS = fallbackDays('survey-days');
export const DEFAULT_ORDER_SILENCE_DAYS = fallbackDays('order-silence-days');

/** The survey cadence for an account: the tier's own setting, else the general one (see the settings `survey-days*`). */
export function surveyCadence(tier: Tier | null, lookup: (key: string) => string | undefined): number {
  const own = tier ? lookup(`survey-days.${tier}`) : undefined;
  const value = Number(own ?? lookup('survey-days') ?? DEFAULT_SURVEY_DAYS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_SURVEY_DAYS;
}

/** An earlier assessment as far as its survey dates go. */
export interface DatedAssessment {
  assessedAt: string;
  answers: Readonly<Record<string, unknown>>;
  result?: unknown;
}

/** When each survey answer of `previous` was given; old results without dates count as answered on their own date. */
export function answerDates(previous: DatedAssessment): Record<string, string> {
  const stored = (previous.result as { answeredAt?: unknown } | null | undefined)?.answeredAt;
  const dates: Record<string, string> = {};
  for (const key of SURVEY_KEYS) {
    if (previous.answers[key] === undefined || previous.answers[key] === null) continue;
    const date = stored && typeof stored === 'object' ? (stored as Record<string, unknown>)[key] : undefined;
    dates[key] =
      typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date)
        ? date.slice(0, 10)
        : previous.assessedAt.slice(0, 10);
  }
  return dates;
}

/** Survey answers of `previous` older than the cadence on `today`, with their dates. */
export function staleSurveyAnswers(
  previous: DatedAssessment,
  today: string,
  cadenceDays: number,
): { key: string; answeredAt: string }[] {
  return Object.entries(answerDates(previous))
    .filter(([, date]) => daysBetween(date, today) > cadenceDays)
    .map(([key, answeredAt]) => ({ key, answeredAt }));
}

/** The previous answers without the expired survey answers: what may pre-fill a new assessment. */
export function withoutStaleSurvey(previous: DatedAssessment, today: string, cadenceDays: number): Answers {
  const stale = new Set(staleSurveyAnswers(previous, today, cadenceDays).map((entry) => entry.key));
  const out: Answers = {};
  for (const [key, value] of Object.entries(previous.answers)) {
    if (!stale.has(key) && value !== undefined && value !== null) out[key] = value as Answers[string];
  }
  return out;
}

/**
 * The dates of this assessment's survey answers: an answer that repeats a
 * still-current earlier answer keeps that answer's date (it was pre-filled, or
 * given again unchanged); any other is dated `today`.
 */
export function datedSurveyAnswers(
  answers: Readonly<Answers>,
  previous: DatedAssessment | null | undefined,
  today: string,
  cadenceDays: number,
): Record<string, string> {
  const earlier = previous ? answerDates(previous) : {};
  const dates: Record<string, string> = {};
  for (const key of SURVEY_KEYS) {
    const value = answers[key];
    if (value === undefined) continue;
    const date = earlier[key];
    const same = previous !== null && previous !== undefined && previous.answers[key] === value;
    dates[key] = same && date !== undefined && daysBetween(date, today) <= cadenceDays ? date : today;
  }
  return dates;
}
