/**
 * The words the briefing and `acct today` use, each a template keyed by the
 * fact it states (as src/domain/assessment/wording.ts does for risk reasons),
 * so a later message catalogue can translate them by key. Plain words first,
 * the method's term after them in brackets: "all contacts sit in one
 * department (bow-tie)", never "bow-tie" alone (docs/domain.md §3).
 */
import type { WordParams } from './assessment/wording.js';
import { plural } from './plural.js';

const num = (params: WordParams, key: string): number => Number(params[key] ?? 0);
const str = (params: WordParams, key: string): string => String(params[key] ?? '');

export const PHRASES = {
  // How far our web of contacts reaches (coverage, docs/domain.md §3).
  'coverage.none': () => 'no contacts recorded: nobody there to call (bow-tie)',
  'coverage.one-department': (p: WordParams) =>
    `all contacts sit in one department, ${str(p, 'department')}: one move there cuts us off (bow-tie)`,
  'coverage.no-department': () => 'no contact has a known department (bow-tie)',
  'coverage.no-strong': () => 'nobody there knows us well: no contact with strength 2 or more (single-threaded)',
  'coverage.one-strong': (p: WordParams) => `only one person there knows us well, ${str(p, 'name')} (single-threaded)`,
  'coverage.one-level': (p: WordParams) =>
    `contacts reach ${plural(num(p, 'departments'), 'department')} but only one level of seniority (bow-tie)`,
  'coverage.broad': (p: WordParams) =>
    `many people know us, across ${plural(num(p, 'departments'), 'department')} and ${plural(num(p, 'levels'), 'level')} (diamond)`,
  'coverage.no-executive': () => 'no executive or decision maker among our contacts',
  'coverage.opponents': (p: WordParams) =>
    `${plural(num(p, 'count'), 'opponent')}: ${str(p, 'names')}${num(p, 'count') > num(p, 'supporters') ? ', more than supporters' : ''}`,

  // What changed since the last assessment.
  'since.activities': (p: WordParams) => `${plural(num(p, 'count'), 'interaction')} logged (${str(p, 'types')})`,
  'since.no-activities': () => 'nothing logged since',
  'since.contacts-added': (p: WordParams) => `${plural(num(p, 'count'), 'contact')} added: ${str(p, 'names')}`,
  'since.move': (p: WordParams) =>
    `${str(p, 'field')}: ${str(p, 'from')} → ${str(p, 'to')} at the assessment of ${str(p, 'date')}`,
  'since.edited': (p: WordParams) => `${str(p, 'field')} edited since: ${str(p, 'from')} → ${str(p, 'to')}`,

  // Risk: where its level comes from.
  'risk.from-last': (p: WordParams) => `from the answers of ${str(p, 'date')} and today's records`,
  'risk.from-records': () => 'from the records alone: never assessed',
  'risk.was': (p: WordParams) => `was ${str(p, 'level')} at the last assessment`,

  // acct today: why an account or action is on the list.
  'today.overdue': (p: WordParams) => `overdue by ${plural(num(p, 'days'), 'day')}`,
  'today.due': (p: WordParams) =>
    num(p, 'days') === 0 ? 'due today' : num(p, 'days') === 1 ? 'due tomorrow' : `due in ${num(p, 'days')} days`,
  'today.quiet-after-order': (p: WordParams) =>
    `quiet for ${plural(num(p, 'days'), 'day')} since the order of ${str(p, 'date')} (gap after delivery)`,
  'today.stale': (p: WordParams) => `no contact for ${plural(num(p, 'days'), 'day')}`,
  'today.never-contacted': () => 'no contact logged yet',
  'today.never-assessed': () => 'never assessed',
  'today.not-assessed': (p: WordParams) => `not assessed for ${plural(num(p, 'days'), 'day')}`,
  'today.survey-due': (p: WordParams) =>
    `customer survey is ${plural(num(p, 'days'), 'day')} old (cadence ${num(p, 'cadence')} days)`,
} as const satisfies Record<string, (params: WordParams) => string>;

export type PhraseKey = keyof typeof PHRASES;

/** A stated fact: its template key and parameters (for a catalogue), and the English text. */
export interface Phrase {
  key: PhraseKey;
  params: WordParams;
  text: string;
}

export function phrase(key: PhraseKey, params: WordParams = {}): Phrase {
  return { key, params, text: PHRASES[key](params) };
}
