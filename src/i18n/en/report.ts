/**
 * The weekly review on a terminal, as text and as Markdown (acct report; render/report.ts). Headings
 * and columns the HTML page shares are its keys (reportHtml.*); these are the report's own.
 */
import { plural } from '../../domain/plural.js';

export const report = {
  'report.title': ({ since, asOf, days }: { since: string; asOf: string; days: number }) =>
    `Weekly review ${since} → ${asOf} (${plural(days, 'day')})`,
  /** `owner` is empty for the whole portfolio. */
  'report.subtitle': ({ baseline, owner }: { baseline: string; owner: string }) =>
    `Changes since the end of ${baseline}; ${owner === '' ? 'all owners' : `owner ${owner}`}.`,
  /** The accounts with only minor reasons, on one line; `more` are left out (capped by --limit). */
  'report.also': ({ list, more }: { list: string; more: number }) =>
    `Also: ${list}${more > 0 ? `, and ${more} more (all with --limit 0)` : ''}`,
  /** What moved, capped by --limit: the changes for the better are left out first. */
  'report.movedMore': ({ count }: { count: number }) =>
    `… and ${plural(count, 'more change')}, the better ones first left out (all with --limit 0)`,
  'report.alsoSeparator': ', ',
  'report.alsoItem': ({ account, rules }: { account: string; rules: string }) => `${account} (${rules})`,
  'report.unassessed': 'unassessed',
  'report.md.needsYou': 'Needs you this week',
  'report.md.moved': 'What moved',
  'report.md.attention': 'Needs attention',
  'report.md.sentence': ({ text }: { text: string }) => `${text}.`,
  'report.col.start': 'Start',
  'report.col.reason': 'Reason',
  // The attention rules in a word (the "also" line).
  'report.rule.risk-rose': 'risk rose',
  'report.rule.risk-high': 'high risk',
  'report.rule.criteria-alarm': 'criteria alarm',
  'report.rule.single-threaded': 'single-threaded',
  'report.rule.no-executive': 'no executive contact',
  'report.rule.experience-shift': 'experience shift',
  'report.rule.purchasing-took-over': 'purchasing took over',
  'report.rule.satisfaction-low': 'low satisfaction',
  'report.rule.satisfaction-dropped': 'satisfaction dropped',
  'report.rule.overdue-actions': 'overdue actions',
  'report.rule.no-contact': 'no recent contact',
  'report.rule.quiet-after-order': 'quiet after an order',
  'report.rule.not-assessed': 'assessment due',
  'report.rule.never-assessed': 'never assessed',
  // The attention groups' headings (Markdown).
  'report.group.risk': 'High or rising risk, or criteria fit is alarm',
  'report.group.threads': 'Single-threaded, or tier A without an executive contact',
  'report.group.experience': 'Experience shift under way',
  'report.group.satisfaction': 'Satisfaction neutral or worse, or dropped',
  'report.group.overdue': 'Overdue actions, by owner',
  'report.group.stale': ({ days }: { days: number }) => `No logged contact for ${days} days or more`,
  'report.group.unassessed': ({ days }: { days: number }) =>
    `Not assessed for ${days} days or more, or key account never assessed`,
  // What moved: the field.
  'report.field.stage': 'stage',
  'report.field.level': 'relationship level',
  'report.field.position': 'supplier position',
  'report.field.criteriaFit': 'purchase-criteria fit',
  'report.field.risk': 'risk',
  'report.field.experience': 'experience profile',
};
