/**
 * The weekly review's reasons and next steps (acct report, every format):
 * derived sentences the domain names by key through the words port
 * (src/domain/words.ts, docs/i18n.md §Derived sentences). Parameters hold ids,
 * counts, names and ISO dates; each language words them its own way.
 */
import { SATISFACTION_LABELS } from '../../domain/enums.js';
import { plural } from '../../domain/plural.js';
import type { WordParams } from '../../domain/words.js';
import { list, num, str } from '../word-params.js';

/** Why an account is single-threaded (domain/definitions.ts singleThreadCauses). */
const THREAD_CAUSE: Readonly<Record<string, string>> = {
  'no-strong-contact': 'no strong contact',
  'one-strong-contact': 'only one strong contact',
  'no-department': 'no known department',
  'one-department': 'every contact in one department',
};

export const reportWords = {
  'words.report.overdue.one': (p: WordParams) => `overdue ${plural(num(p, 'days'), 'day')}: ${str(p, 'text')}`,
  'words.report.overdue.many': (p: WordParams) =>
    `${num(p, 'count')} overdue actions, oldest ${plural(num(p, 'days'), 'day')}`,
  'words.report.riskRose': (p: WordParams) => `risk rose: ${str(p, 'from')} → ${str(p, 'to')}`,
  'words.report.riskHigh': (p: WordParams) => `risk is high (since ${str(p, 'date')})`,
  'words.report.criteriaAlarm': () => 'purchase-criteria fit is alarm: rivals meet the criteria and we do not',
  'words.report.singleThreaded': (p: WordParams) =>
    `single-threaded (${plural(num(p, 'contacts'), 'contact')}): ${list(p, 'causes')
      .map((cause) => THREAD_CAUSE[cause] ?? cause)
      .join(', ')}`,
  'words.report.noExecutive': () => 'tier A with no executive or decision maker among the contacts',
  'words.report.experienceShift': (p: WordParams) =>
    `buyer moving toward specialist: ${str(p, 'from')} → ${str(p, 'to')}`,
  'words.report.purchasingTookOver': (p: WordParams) =>
    `purchasing took over buying (was ${str(p, 'was') || 'unknown'})`,
  'words.report.satisfactionLow': (p: WordParams) =>
    `satisfaction ${num(p, 'score')}/5: ${SATISFACTION_LABELS[num(p, 'score') - 1] ?? ''}`,
  'words.report.satisfactionDropped': (p: WordParams) =>
    `satisfaction dropped: ${num(p, 'from')}/5 → ${num(p, 'to')}/5`,
  'words.report.quietAfterOrder': (p: WordParams) =>
    `quiet since the order of ${str(p, 'date')}: no contact for ${plural(num(p, 'days'), 'day')}`,
  'words.report.noContactYet': () => 'no contact logged yet',
  'words.report.noContact': (p: WordParams) => `no contact for ${num(p, 'days')} days`,
  /** `position` is primary or sole when that makes it a key account; empty when tier A does. */
  'words.report.neverAssessed': (p: WordParams) =>
    `key account (${str(p, 'position') ? `${str(p, 'position')} supplier` : 'tier A'}) never assessed`,
  'words.report.notAssessed': (p: WordParams) => `not assessed for ${num(p, 'days')} days`,
  // What to do next: the first open action, else the command to run.
  'words.report.next.action': (p: WordParams) => `${str(p, 'text')}${str(p, 'due') ? ` (due ${str(p, 'due')})` : ''}`,
  'words.report.next.assess': (p: WordParams) => `acct assess ${str(p, 'name')}`,
  'words.report.next.call': (p: WordParams) => `acct brief ${str(p, 'name')}, then call or visit`,
  'words.report.next.contact': (p: WordParams) => `acct contact add ${str(p, 'name')} NAME`,
  'words.report.next.plan': (p: WordParams) => `acct plan ${str(p, 'name')}`,
};
