/**
 * How accounts, contacts, activities and actions look in each output mode.
 * JSON uses the domain records as they are (stable camelCase fields).
 */
import { daysBetween } from '../domain/dates.js';
import type { StoredAssessment } from '../domain/assessment/types.js';
import type { Account, Action, Activity, Contact } from '../domain/types.js';
import { isOverdue } from '../domain/definitions.js';
import type { Output } from './output.js';
import { currentLanguage, t } from '../i18n/index.js';
import { formatDate, formatMoney } from './format.js';

// Moved to format.ts (money in the run's language); kept importable from here.
export { formatMoney } from './format.js';
import { listed, shown } from './labels.js';
import { visible } from './safe-text.js';
import { heading, renderFields, renderTable, type Column } from './table.js';

/**
 * "3 days ago", "in 2 weeks"-style words for a date on a terminal, always
 * relative so a column never mixes "58 days ago" with "2026-09-04"; the ISO
 * date when piped (script-friendly).
 */
export function when(output: Output, date: string | null, today: string): string {
  if (!date) return '';
  if (output.mode !== 'table') return date;
  const days = daysBetween(date, today);
  if (days === 0) return t('render.when.today');
  if (days === 1) return t('render.when.yesterday');
  if (days === -1) return t('render.when.tomorrow');
  return days > 0 ? t('render.when.ago', { days }) : t('render.when.in', { days: -days });
}

/**
 * A calendar date as the output shows it: written out on a terminal in the
 * run's language (2026年11月30日 in Chinese; English keeps the ISO date), and
 * the ISO date when piped or in JSON, where scripts read it (docs/i18n.md).
 */
export function dateText(output: Pick<Output, 'mode'>, date: string): string {
  return output.mode === 'table' ? formatDate(date, currentLanguage()) : date;
}

/** "48 days ago (2026-10-03)", 48天前（2026年10月3日） on a terminal; the ISO date alone when piped. */
export function whenWithDate(output: Output, date: string, today: string): string {
  if (output.mode !== 'table') return date;
  return t('render.whenWithDate', { when: when(output, date, today), date: dateText(output, date) });
}

/** A due date on a terminal, with "(overdue)" in words when an open action is past it (2026年3月1日 in Chinese). */
export function dueText(action: Pick<Action, 'due' | 'status'>, today: string): string {
  if (!action.due) return '';
  const due = formatDate(action.due, currentLanguage());
  return isOverdue(action, today) ? t('render.due.overdue', { due }) : due;
}

export function contactColumns(output: Output, today: string): Column<Contact>[] {
  return [
    { header: t('render.column.name'), value: (c) => c.name, style: (text, _c, chalk) => chalk.bold(text) },
    { header: t('render.column.title'), value: (c) => c.title },
    { header: t('render.column.department'), value: (c) => shown(output, 'department', c.department) },
    { header: t('render.column.role'), value: (c) => shown(output, 'buyingRole', c.role) },
    {
      header: t('render.column.attitude'),
      value: (c) => shown(output, 'attitude', c.attitude),
      style: (text, c, chalk) =>
        c.attitude === 'supporter' ? chalk.green(text) : c.attitude === 'opponent' ? chalk.red(text) : text,
    },
    {
      header: t('render.column.strength'),
      value: (c) =>
        c.strength === null
          ? ''
          : output.mode === 'table'
            ? '●'.repeat(c.strength) + '○'.repeat(5 - c.strength)
            : c.strength,
    },
    { header: t('render.column.seniority'), value: (c) => shown(output, 'seniority', c.seniority) },
    { header: t('render.column.lastContact'), value: (c) => when(output, c.lastContacted, today) },
  ];
}

export function actionColumns(output: Output, today: string, accountName?: (id: number) => string): Column<Action>[] {
  const columns: Column<Action>[] = [{ header: t('render.column.id'), value: (a) => a.id, align: 'right' }];
  if (accountName) columns.push({ header: t('render.column.account'), value: (a) => accountName(a.accountId) });
  columns.push(
    { header: t('render.column.action'), value: (a) => a.text, wrap: true },
    { header: t('render.column.owner'), value: (a) => a.owner },
    {
      header: t('render.column.due'),
      // The ISO date, not "in 3 days": piped or coloured, the column has one style; "(overdue)" is a word, red only adds to it.
      value: (a) => (output.mode === 'table' ? dueText(a, today) : a.due),
      // Wraps "(overdue)" under the date rather than cutting it off.
      wrap: true,
      style: (text, a, chalk) => (isOverdue(a, today) ? chalk.red(text) : text),
    },
    { header: t('render.column.status'), value: (a) => shown(output, 'actionStatus', a.status) },
    { header: t('render.column.play'), value: (a) => a.play },
  );
  return columns;
}

export function activityColumns(
  output: Output,
  today: string,
  contactName: (id: number) => string,
): Column<Activity>[] {
  return [
    { header: t('render.column.date'), value: (a) => when(output, a.date, today) },
    {
      header: t('render.column.type'),
      value: (a) => shown(output, 'activityType', a.type),
      style: (text, a, chalk) => (a.type === 'complaint' ? chalk.red(text) : text),
    },
    {
      header: t('render.column.with'),
      // A reader's list on a terminal (王建国、李明 in Chinese); piped, the comma scripts split on.
      value: (a) =>
        output.mode === 'table' ? listed(a.contactIds.map(contactName)) : a.contactIds.map(contactName).join(', '),
    },
    { header: t('render.column.note'), value: (a) => a.note, wrap: true },
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
      [t('render.show.externalId'), account.externalId],
      [t('render.show.owner'), account.owner],
      [t('render.show.tier'), shown(out, 'tier', account.tier)],
      [t('render.show.industry'), account.industry],
      [t('render.show.city'), account.city],
      [t('render.show.address'), account.address],
      [t('render.show.revenue'), formatMoney(account.revenue, account.currency, currentLanguage())],
      [t('render.show.stage'), shown(out, 'stage', account.stage)],
      [
        t('render.show.level'),
        account.targetLevel
          ? t('render.show.levelTarget', {
              level: shown(out, 'level', account.level),
              target: shown(out, 'level', account.targetLevel),
            })
          : shown(out, 'level', account.level),
      ],
      [
        t('render.show.position'),
        account.share === null
          ? shown(out, 'position', account.position)
          : t('render.show.positionShare', {
              position: shown(out, 'position', account.position),
              share: account.share,
            }),
      ],
      [
        t('render.show.lastAssessed'),
        lastAssessment
          ? t('render.show.assessed', {
              when: when(out, lastAssessment.assessedAt.slice(0, 10), today),
              fit: shown(out, 'criteriaFit', lastAssessment.criteriaFit) || '?',
              risk: shown(out, 'risk', lastAssessment.riskLevel) || '?',
            })
          : t('render.show.never'),
      ],
      [t('render.show.notes'), account.notes],
    ]),
  );
  const departments = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const key = contact.department ?? '';
    departments.set(key, [...(departments.get(key) ?? []), contact]);
  }
  parts.push('', heading(out, t('render.show.contacts', { count: contacts.length })));
  if (contacts.length === 0) parts.push(t('render.show.noContacts'));
  // Grouped by department id, in the order of its name; contacts without one last, under "unknown department".
  const name = (department: string): string =>
    department === '' ? t('render.show.unknownDepartment') : shown(out, 'department', department);
  const order = (department: string): string => (department === '' ? 'unknown department' : department);
  for (const [department, people] of [...departments].sort(([a], [b]) => order(a).localeCompare(order(b)))) {
    const title = name(department);
    if (out.mode === 'table') parts.push(out.color ? out.chalk.cyan(visible(title)) : visible(title));
    const columns = contactColumns(out, today);
    const departmentHeader = t('render.column.department');
    parts.push(
      renderTable(
        out,
        columns.filter((c) => c.header !== departmentHeader || out.mode !== 'table'),
        people,
      ),
    );
  }
  parts.push('', heading(out, t('render.show.openActions', { count: openActions.length })));
  if (openActions.length > 0) parts.push(renderTable(out, actionColumns(out, today), openActions));
  const byId = new Map(contacts.map((contact) => [contact.id, contact.name]));
  parts.push('', heading(out, t('render.show.recentActivity')));
  if (recentActivities.length > 0) {
    parts.push(
      renderTable(
        out,
        activityColumns(out, today, (id) => byId.get(id) ?? `#${id}`),
        recentActivities,
      ),
    );
  } else {
    parts.push(t('render.show.nothingLogged'));
  }
  return parts.join('\n');
}
