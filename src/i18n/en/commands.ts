/**
 * What the commands say on stderr (done, nothing to do, next steps, warnings)
 * and the few headings and columns they print themselves. Enum values,
 * amounts and dates arrive already worded in the run's language (said,
 * formatAmount, formatDate); fields and record types arrive as ids.
 */
import { plural } from '../../domain/plural.js';
import type { CopyCounts } from '../../store/copy.js';

/** What `acct db copy` copied (the store's counts), and between which locations (passwords masked). */
type CopyWords = CopyCounts & { from: string; to: string };

/** How many of each kind of record an account takes with it. */
export interface Dependents {
  contacts: number;
  activities: number;
  actions: number;
  assessments: number;
}

/** " with its 2 contacts, 5 activities and 1 action", naming only what exists; "" for none. */
function withDependents(counts: Dependents): string {
  const one = { contacts: 'contact', activities: 'activity', actions: 'action', assessments: 'assessment' };
  const parts = (Object.entries(counts) as [keyof Dependents, number][])
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => plural(n, one[kind], kind));
  if (parts.length === 0) return '';
  const last = parts.pop()!;
  return ` with its ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}`;
}

const leaves = (logged: number): string =>
  logged > 0 ? ` (their name also leaves ${plural(logged, 'logged activity', 'logged activities')})` : '';

type Name = { name: string };
type Fields = { name: string; fields: readonly string[] };

export const commands = {
  'command.fields': ({ fields }: { fields: readonly string[] }) => fields.join(', '),

  'command.account.added': ({ name, stage, level }: { name: string; stage: string; level: string }) =>
    `Added ${name} (${stage}, ${level})`,
  'command.account.next': ({ name }: Name) => `Next: acct contact add "${name}" <name> --department purchasing`,
  'command.account.stageDerived': ({ to, position }: { to: string; position: string }) =>
    `stage set to ${to}, to fit position ${position}`,
  'command.account.positionDerived': ({ to, stage }: { to: string; stage: string }) =>
    `position set to ${to}, to fit stage ${stage}`,
  'command.account.updated': ({ name, fields }: Fields) => `Updated ${name}: ${fields.join(', ')}`,
  'command.account.renamed': ({ from, to }: { from: string; to: string }) => `Renamed ${from} to ${to}`,
  'command.account.removed': ({ name, counts }: Name & { counts: Dependents }) =>
    `Removed ${name}${withDependents(counts)}`,
  'command.account.removeQuestion': ({
    name,
    externalId,
    counts,
  }: Name & { externalId: string | null; counts: Dependents }) =>
    `Remove ${externalId ? `${name} (external id ${externalId})` : name}${
      withDependents(counts) || ', which has no contacts, activities, actions or assessments'
    }?`,

  'command.contact.added': ({ name, account }: Name & { account: string }) => `Added ${name} to ${account}`,
  'command.contact.none': ({ account }: { account: string }) => `No contacts at ${account} yet.`,
  'command.contact.updated': ({ name, fields }: Fields) => `Updated ${name}: ${fields.join(', ')}`,
  'command.contact.removed': ({ name, account, logged }: Name & { account: string; logged: number }) =>
    `Removed ${name} from ${account}${leaves(logged)}`,
  'command.contact.removeQuestion': ({ who, account, logged }: { who: string; account: string; logged: number }) =>
    `Remove ${who} from ${account}${leaves(logged)}?`,

  'command.log.logged': ({
    type,
    amount,
    account,
    contacts,
    date,
  }: {
    type: string;
    amount: string | null;
    account: string;
    contacts: readonly string[];
    date: string;
  }) =>
    `Logged ${type}${amount === null ? '' : ` worth ${amount}`} at ${account}${
      contacts.length > 0 ? ` with ${contacts.join(', ')}` : ''
    } on ${date}`,

  'command.action.added': ({ id, account, due }: { id: number; account: string; due: string | null }) =>
    `Added action #${id} for ${account}${due ? `, due ${due}` : ''}`,
  'command.action.statusAll': 'all',
  'command.action.none': 'No actions match.',
  'command.action.updated': ({ id, fields }: { id: number; fields: readonly string[] }) =>
    `Updated action #${id}: ${fields.join(', ')}`,
  'command.action.already': ({ id, status }: { id: number; status: string }) =>
    `Action #${id} is already ${status}; nothing changed`,
  'command.action.marked': ({
    id,
    status,
    was,
    text,
  }: {
    id: number;
    status: string;
    was: string | null;
    text: string;
  }) => `Marked action #${id} ${status}${was !== null ? ` (it was ${was})` : ''}: ${text}`,

  'command.list.noAccounts': 'No accounts yet. Add one with: acct add "Acme Industrial"',
  'command.list.noMatch': 'No accounts match.',
  'command.report.noneOwned': ({ owner }: { owner: string }) => `No accounts owned by ${owner}.`,
  'command.history.none': ({ account }: { account: string }) =>
    `${account} has not been assessed yet. Start with: acct assess "${account}"`,
  'command.find.none': ({ query, near }: { query: string; near: readonly string[] }) =>
    `Nothing matches "${query}"${near.length > 0 ? `; did you mean ${near.join(', ')}?` : '.'}`,

  'command.import.moreErrors': ({ count }: { count: number }) => `… and ${plural(count, 'more error')}`,
  'command.import.counts': ({
    created,
    updated,
    unchanged,
    invalid,
  }: {
    created: number;
    updated: number;
    unchanged: number;
    invalid: number;
  }) => `${created} created, ${updated} updated, ${unchanged} unchanged, ${invalid} invalid`,
  'command.import.type': ({ type }: { type: string }) => type,
  'command.import.dryRun': ({ file, type, counts }: { file: string; type: string; counts: string }) =>
    `Dry run of ${file} (${type}): would be ${counts}; nothing written`,
  'command.import.done': ({
    file,
    type,
    counts,
    rejects,
  }: {
    file: string;
    type: string;
    counts: string;
    rejects: string | null;
  }) => `Imported ${file} (${type}): ${counts}${rejects ? `; rejected rows in ${rejects}` : ''}`,
  'command.import.total': ({ counts }: { counts: string }) => `Total: ${counts}`,

  'command.export.done': ({ count, type, file }: { count: number; type: string; file: string }) =>
    `Exported ${count} ${type} to ${file}`,

  'command.assess.lastAssessment': ({ date }: { date: string }) => `Last assessment (${date})`,
  'command.assess.yourAnswers': 'Your answers',
  'command.assess.surveyStale': ({ dates, days, keys }: { dates: readonly string[]; days: number; keys: string[] }) =>
    `Survey answers of ${dates.join(', ')} are older than ${days} days, so they are asked again: ${keys.join(', ')}`,
  'command.assess.discarded': ({ account }: { account: string }) => `Discarded: nothing was stored for ${account}`,
  'command.assess.acceptHint': 'To turn plays into actions, add --accept all or --accept <play-id>,…',
  'command.assess.alreadyOpen': ({ plays }: { plays: readonly string[] }) =>
    `Already open as actions, not added again: ${plays.join(', ')}`,
  'command.assess.dryRun': ({ changes, actions }: { changes: string | null; actions: number }) => {
    const would = [
      changes !== null ? `would have updated the account: ${changes}` : '',
      actions > 0 ? `would have added ${plural(actions, 'action')}` : '',
    ].filter(Boolean);
    return `Dry run: nothing was stored${would.length > 0 ? ` (${would.join('; ')})` : ''}`;
  },
  'command.assess.stored': ({
    id,
    account,
    actions,
    changes,
  }: {
    id: number;
    account: string;
    actions: number;
    changes: string | null;
  }) =>
    `Stored assessment #${id} of ${account}${actions > 0 ? ` with ${plural(actions, 'action')}` : ''}; ${
      changes !== null ? `updated the account: ${changes}` : 'the account already matched'
    }`,
  'command.assess.moreDryRun': 'add --all',
  'command.assess.seeActions': ({ account }: { account: string }) => `See them with: acct action list "${account}"`,

  'command.config.set': ({ key, value, path }: { key: string; value: string; path: string }) =>
    `Set ${key} = ${value} in ${path}`,
  'command.config.envWins': ({ env }: { env: string }) => `${env} is set and wins over the config file`,
  'command.config.notSet': ({ key, path }: { key: string; path: string }) =>
    `${key} was not set in ${path}; nothing changed`,
  'command.config.removed': ({ key, path }: { key: string; path: string }) => `Removed ${key} from ${path}`,
  'command.config.meaning': ({ description }: { key: string; description: string }) => description,
  'command.config.source': ({ source }: { source: string }) => source,
  'command.config.column.setting': 'SETTING',
  'command.config.column.value': 'VALUE',
  'command.config.column.source': 'FROM',
  'command.config.column.description': 'MEANING',

  'command.db.ok': ({ path }: { path: string }) => `${path}: ok`,
  'command.db.more': ({ count }: { count: number }) => `… and ${count} more`,
  'command.db.noBackups': ({ path }: { path: string }) =>
    `No backups of ${path}. acct writes one before each upgrade of the database.`,
  'command.db.nothingToPrune': ({ count, path }: { count: number; path: string }) =>
    `Nothing to prune: ${plural(count, 'backup')} of ${path}.`,
  'command.db.pruneQuestion': ({ count, path, keep }: { count: number; path: string; keep: number }) =>
    `Delete ${plural(count, 'backup')} of ${path}${keep > 0 ? ` (keeping the newest ${keep})` : ''}?`,
  'command.db.deleted': ({ count, path }: { count: number; path: string }) =>
    `Deleted ${plural(count, 'backup')} of ${path}`,
  'command.db.remind': ({ count }: { count: number }) =>
    `${plural(count, 'older backup')} (see \`acct db backups\`) still hold${count === 1 ? 's' : ''} the removed data; \`acct db backups --prune --keep 0\` deletes them`,
  'command.db.column.path': 'PATH',
  'command.db.column.schema': 'SCHEMA',
  'command.db.column.written': 'WRITTEN',
  'command.db.column.size': 'SIZE',
  'command.db.status.backend': 'backend',
  'command.db.status.location': 'location',
  'command.db.status.database': 'database',
  'command.db.status.schema': 'schema',
  'command.db.status.user': 'user',
  'command.db.status.server': 'server',
  'command.db.status.owner': 'owner',
  'command.db.status.rights': 'rights',
  'command.db.rights.owner': 'database owner: changes everything, adds people (acct db grant)',
  'command.db.rights.manager': 'manager: reads and changes every account, hands accounts over',
  'command.db.rights.rep': ({ owner }: { owner: string }) =>
    `rep: reads every account, changes those owned by ${owner}`,
  'command.db.rights.reader': 'reads every account, changes none (not in the team: ask the owner for acct db grant)',
  'command.db.teamOnly': ({ command }: { command: string }) =>
    `acct db ${command} is for a team database on PostgreSQL (ACCT_DB=postgres://…); a SQLite file has one user`,
  'command.db.init.done': ({ location }: { location: string }) =>
    `${location} is ready for a team: roles acct_rep and acct_manager; add people with acct db grant ROLE`,
  'command.db.grant.done': ({
    role,
    owner,
    manager,
    created,
  }: {
    role: string;
    owner: string;
    manager: boolean;
    created: boolean;
  }) =>
    `${role} works as ${manager ? 'a manager' : 'a rep'}, owner ${owner}${created ? ' (login role created without a password: set one with psql \\password)' : ''}`,
  'command.db.copied': (c: CopyWords) =>
    `Copied ${c.accounts} accounts, ${c.contacts} contacts, ${c.activities} activities, ${c.actions} actions, ` +
    `${c.assessments} assessments and ${c.changes} history entries from ${c.from} to ${c.to}`,

  'command.completion.help': 'show help',

  'command.context.noDatabase': ({ path }: { path: string }) =>
    `no database at ${path} yet; showing an empty portfolio (check --db or ACCT_DB)`,
  'command.context.upgraded': ({ backup }: { backup: string }) =>
    `Upgraded the database; a copy of the old one is at ${backup}`,
};
