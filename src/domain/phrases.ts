/**
 * The facts the briefing and `acct today` state, each a key into the message
 * catalogue (area `words`, keys `coverage.*`, `since.*`, `risk.from-*`,
 * `today.*`) with its parameters, as src/domain/assessment/wording.ts does for
 * risk reasons. In English: plain words first, the method's term after them
 * in brackets: "all contacts sit in one department (bow-tie)", never "bow-tie"
 * alone (docs/domain.md §3).
 */
import { worded, type WordParams, type Worded } from './words.js';

export const PHRASE_KEYS = [
  // How far our web of contacts reaches (coverage, docs/domain.md §3).
  'coverage.none',
  'coverage.one-department',
  'coverage.no-department',
  'coverage.no-strong',
  'coverage.one-strong',
  'coverage.one-level',
  'coverage.broad',
  'coverage.no-executive',
  'coverage.opponents',
  // What changed since the last assessment.
  'since.activities',
  'since.no-activities',
  'since.contacts-added',
  'since.move',
  'since.edited',
  // Risk: where its level comes from.
  'risk.from-last',
  'risk.from-records',
  'risk.was',
  // acct today: why an account or action is on the list.
  'today.overdue',
  'today.due',
  'today.quiet-after-order',
  'today.stale',
  'today.never-contacted',
  'today.never-assessed',
  'today.not-assessed',
  'today.survey-due',
] as const;

export type PhraseKey = (typeof PHRASE_KEYS)[number];

/** A stated fact: its catalogue key and parameters, and its text in the run's language. */
export interface Phrase extends Worded {
  key: PhraseKey;
}

export function phrase(key: PhraseKey, params: WordParams = {}): Phrase {
  return worded(key, params) as Phrase;
}
