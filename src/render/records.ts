/**
 * How accounts, contacts, activities and actions look in each output mode.
 * JSON uses the domain records as they are (stable camelCase fields).
 */
import { daysBetween } from '../domain/dates.js';
import type { StoredAssessment } from '../domain/assessment/types.js';
import type { Account, Action, Activity, Contact } from '../domain/types.js';
import { isOverdue } from '../domain/definitions.js';
import type { Output } from './output.js';
import { plural } from '../domain/plural.js';
import { visible } from './safe-text.js';
import { heading, renderFields, renderTable, type Column } from './table.js';

export function formatMoney(amount: number | null, currency: string | null): string {
  if (amount === null) return '';
  const compact =
    amount >= 1e9
      ? `${+(amount / 1e9).toFixed(2)}b`
      : amount >= 1e6
        ? `${+(amount / 1e6).toFixed(2)}m`
        : amount >= 1e4
          ? `${+(amount / 1e3).toFixed(1)}k`
          : String(amount);
  return currency ? `${currency} ${compact}` : compact;
}

/**
 * "3 days ago", "in 2 weeks"-style words for a date on a terminal, always
 * relative so a column never mixes "58 days ago" with "2026-09-04"; the ISO
 * date when piped (script-friendly).
 */
export function when(output: Output, date: string | null, today: string): string {
  if (!date) return '';
  if (output.mode !== 'table') return date;
  const days = daysBetween(date, today);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days === -1) return 'tomorrow';
  return days > 0 ? `${plural(days, 'day')} ago` : `in ${plural(-days, 'day')}`;
}

/** A due date: the ISO date in every mode, with "(overdue)" in words when an open action is past it. */
export function dueText(action: Pick<Action, 'due' | 'status'>, today: string): string {
  if (!action.due) return '';
  return isOverdue(action, today) ? `${action.due} (overdue)` : action.due;
}

const levelColour = (text: string, chalk: import('chalk').ChalkInstance): string =>
  text === 'strategic-alliance' || text === 'partner' || text === 'partnership' ? chalk.green(text) : text;

export const ACCOUNT_COLUMNS: readonly Column<Account>[] = [
  { header: 'NAME', value: (a) => a.name, style: (t, _a, chalk) => chalk.bold(t) },
  { header: 'TIER', value: (a) => a.tier, style: (t, _a, chalk) => (t === 'A' ? chalk.yellow(t) : t) },
  { header: 'OWNER', value: (a) => a.owner },
  { header: 'STAGE', value: (a) => a.stage, style: (t, _a, chalk) => levelColour(t, chalk) },
  { header: 'LEVEL', value: (a) => a.level, style: (t, _a, chalk) => levelColour(t, chalk) },
  { header: 'POSITION', value: (a) => a.position },
  { header: 'SHARE', value: (a) => (a.share === null ? '' : `${a.share}%`), align: 'right' },
  { header: 'CITY', value: (a) => a.city },
];

export function accountTable(output: Output, accounts: readonly Account[]): string {
  return renderTable(output, ACCOUNT_COLUMNS, accounts);
}

export function contactColumns(output: Output, today: string): Column<Contact>[] {
  return [
    { header: 'NAME', value: (c) => c.name, style: (t, _c, chalk) => chalk.bold(t) },
    { header: 'TITLE', value: (c) => c.title },
    { header: 'DEPARTMENT', value: (c) => c.department },
    { header: 'ROLE', value: (c) => c.role },
    {
      header: 'ATTITUDE',
      value: (c) => c.attitude,
      style: (t, _c, chalk) => (t === 'supporter' ? chalk.green(t) : t === 'opponent' ? chalk.red(t) : t),
    },
    {
      header: 'STRENGTH',
      value: (c) =>
        c.strength === null
          ? ''
          : output.mode === 'table'
            ? '●'.repeat(c.strength) + '○'.repeat(5 - c.strength)
            : c.strength,
    },
    { header: 'SENIORITY', value: (c) => c.seniority },
    { header: 'LAST CONTACT', value: (c) => when(output, c.lastContacted, today) },
  ];
}

export function actionColumns(output: Output, today: string, accountName?: (id: number) => string): Column<Action>[] {
  const columns: Column<Action>[] = [{ header: 'ID', value: (a) => a.id, align: 'right' }];
  if (accountName) columns.push({ header: 'ACCOUNT', value: (a) => accountName(a.accountId) });
  columns.push(
    { header: 'ACTION', value: (a) => a.text, wrap: true },
    { header: 'OWNER', value: (a) => a.owner },
    {
      header: 'DUE',
      // The ISO date, not "in 3 days": piped or coloured, the column has one style; "(overdue)" is a word, red only adds to it.
      value: (a) => (output.mode === 'table' ? dueText(a, today) : a.due),
      // Wraps "(overdue)" under the date rather than cutting it off.
      wrap: true,
      style: (t, a, chalk) => (isOverdue(a, today) ? chalk.red(t) : t),
    },
    { header: 'STATUS', value: (a) => a.status },
    { header: 'PLAY', value: (a) => a.play },
  );
  return columns;
}

export function activityColumns(
  output: Output,
  today: string,
  contactName: (id: number) => string,
): Column<Activity>[] {
  return [
    { header: 'DATE', value: (a) => when(output, a.date, today) },
    { header: 'TYPE', value: (a) => a.type, style: (t, _a, chalk) => (t === 'complaint' ? chalk.red(t) : t) },
    { header: 'WITH', value: (a) => a.contactIds.map(contactName).join(', ') },
    { header: 'NOTE', value: (a) => a.note, wrap: true },
  ];
}

// --- one account's page (acct show) ------------------------------------------------

/** What `acct show` gathers about one account. */
export interface AccountProfile {
  account: Account;
  contacts: readonly Contact[];
  openActions: readonly Action[];
  recentActivities: readonly Activity[];
  lastAssessment: StoredAssessment | undefined;
}

export function accountProfileData(profile: AccountProfile): unknown {
  const { lastAssessment: last } = profile;
  return {
    account: profile.account,
    contacts: profile.contacts,
    openActions: profile.openActions,
    recentActivities: profile.recentActivities,
    lastAssessment: last
      ? {
          assessedAt: last.assessedAt,
          stage: last.stage,
          level: last.level,
          criteriaFit: last.criteriaFit,
          riskLevel: last.riskLevel,
        }
      : null,
  };
}

/** Profile, contacts by department, open actions and recent activity. */
export function renderAccountProfile(out: Output, profile: AccountProfile, today: string): string {
  const { account, contacts, openActions, recentActivities, lastAssessment } = profile;
  const parts: string[] = [];
  parts.push(heading(out, account.name));
  parts.push(
    renderFields(out, [
      ['external id', account.externalId],
      ['owner', account.owner],
      ['tier', account.tier],
      ['industry', account.industry],
      ['city', account.city],
      ['address', account.address],
      ['revenue', formatMoney(account.revenue, account.currency)],
      ['stage', account.stage],
      ['level', account.targetLevel ? `${account.level} (target ${account.targetLevel})` : account.level],
      [
        'position',
        account.share === null ? account.position : `${account.position}, ${account.share}% share of wallet`,
      ],
      [
        'last assessed',
        lastAssessment
          ? `${when(out, lastAssessment.assessedAt.slice(0, 10), today)} (fit ${lastAssessment.criteriaFit ?? '?'}, risk ${lastAssessment.riskLevel ?? '?'})`
          : 'never',
      ],
      ['notes', account.notes],
    ]),
  );
  const departments = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const key = contact.department ?? 'unknown department';
    departments.set(key, [...(departments.get(key) ?? []), contact]);
  }
  parts.push('', heading(out, `Contacts (${contacts.length})`));
  if (contacts.length === 0) parts.push('none yet: single-threaded at best. Add with: acct contact add');
  for (const [department, people] of [...departments].sort(([a], [b]) => a.localeCompare(b))) {
    if (out.mode === 'table') parts.push(out.color ? out.chalk.cyan(visible(department)) : visible(department));
    parts.push(
      renderTable(
        out,
        contactColumns(out, today).filter((c) => c.header !== 'DEPARTMENT' || out.mode !== 'table'),
        people,
      ),
    );
  }
  parts.push('', heading(out, `Open actions (${openActions.length})`));
  if (openActions.length > 0) parts.push(renderTable(out, actionColumns(out, today), openActions));
  const byId = new Map(contacts.map((contact) => [contact.id, contact.name]));
  parts.push('', heading(out, 'Recent activity'));
  if (recentActivities.length > 0) {
    parts.push(
      renderTable(
        out,
        activityColumns(out, today, (id) => byId.get(id) ?? `#${id}`),
        recentActivities,
      ),
    );
  } else {
    parts.push('nothing logged yet');
  }
  return parts.join('\n');
}
