/**
 * What acct's tables and pages say around the data (src/render): column
 * headers, field labels, headings and the short words between values, for
 * `acct show`, `list`, `today`, `find`, `history`, `action show` and the
 * playbook listing. Enum values are not here: src/domain/vocabulary.ts.
 */
import { plural } from '../../domain/plural.js';

export const render = {
  // Column headers (terminal tables).
  'render.column.name': 'NAME',
  'render.column.tier': 'TIER',
  'render.column.owner': 'OWNER',
  'render.column.stage': 'STAGE',
  'render.column.level': 'LEVEL',
  'render.column.position': 'POSITION',
  'render.column.share': 'SHARE',
  'render.column.city': 'CITY',
  'render.column.title': 'TITLE',
  'render.column.department': 'DEPARTMENT',
  'render.column.role': 'ROLE',
  'render.column.attitude': 'ATTITUDE',
  'render.column.strength': 'STRENGTH',
  'render.column.seniority': 'SENIORITY',
  'render.column.lastContact': 'LAST CONTACT',
  'render.column.id': 'ID',
  'render.column.account': 'ACCOUNT',
  'render.column.action': 'ACTION',
  'render.column.due': 'DUE',
  'render.column.status': 'STATUS',
  'render.column.play': 'PLAY',
  'render.column.date': 'DATE',
  'render.column.type': 'TYPE',
  'render.column.with': 'WITH',
  'render.column.note': 'NOTE',
  'render.column.do': 'DO',
  'render.column.what': 'WHAT',
  'render.column.where': 'WHERE',
  'render.column.match': 'MATCH',
  'render.column.fit': 'FIT',
  'render.column.risk': 'RISK',
  'render.column.experience': 'EXPERIENCE',
  'render.column.satisfaction': 'SATISFACTION',
  'render.column.plays': 'PLAYS',
  'render.column.changes': 'CHANGES',
  'render.column.priority': 'P',
  'render.column.source': 'SOURCE',
  'render.column.key': 'KEY',
  'render.column.values': 'VALUES',
  'render.column.question': 'QUESTION',
  'render.column.fact': 'FACT',
  'render.column.from': 'FROM',
  'render.column.meaning': 'MEANING',

  // Dates and due dates in words.
  'render.when.today': 'today',
  'render.when.yesterday': 'yesterday',
  'render.when.tomorrow': 'tomorrow',
  'render.when.ago': ({ days }: { days: number }) => `${plural(days, 'day')} ago`,
  'render.when.in': ({ days }: { days: number }) => `in ${plural(days, 'day')}`,
  'render.due.overdue': ({ due }: { due: string }) => `${due} (overdue)`,
  /** A relative date with the date itself: "48 days ago (2026-10-03)". */
  'render.whenWithDate': ({ when, date }: { when: string; date: string }) => `${when} (${date})`,

  // acct show: one account's page.
  'render.show.externalId': 'external id',
  'render.show.owner': 'owner',
  'render.show.tier': 'tier',
  'render.show.industry': 'industry',
  'render.show.city': 'city',
  'render.show.address': 'address',
  'render.show.revenue': 'revenue',
  'render.show.stage': 'stage',
  'render.show.level': 'level',
  'render.show.position': 'position',
  'render.show.lastAssessed': 'last assessed',
  'render.show.notes': 'notes',
  'render.show.levelTarget': ({ level, target }: { level: string; target: string }) => `${level} (target ${target})`,
  'render.show.positionShare': ({ position, share }: { position: string; share: number }) =>
    `${position}, ${share}% share of wallet`,
  'render.show.assessed': ({ when, fit, risk }: { when: string; fit: string; risk: string }) =>
    `${when} (fit ${fit}, risk ${risk})`,
  'render.show.never': 'never',
  'render.show.unknownDepartment': 'unknown department',
  'render.show.contacts': ({ count }: { count: number }) => `Contacts (${count})`,
  'render.show.noContacts': 'none yet: single-threaded at best. Add with: acct contact add',
  'render.show.openActions': ({ count }: { count: number }) => `Open actions (${count})`,
  'render.show.recentActivity': 'Recent activity',
  'render.show.nothingLogged': 'nothing logged yet',
  'render.show.value': 'Value',

  // acct today.
  'render.today.do.overdue': 'overdue',
  'render.today.do.call': 'call',
  'render.today.do.due': 'due',
  'render.today.do.assess': 'assess',
  'render.today.overdue': ({ count }: { count: number }) => plural(count, 'overdue action'),
  'render.today.due': ({ count }: { count: number }) => `${plural(count, 'action')} due this week`,
  'render.today.call': ({ count }: { count: number }) => `${plural(count, 'account')} to call`,
  'render.today.assess': ({ count }: { count: number }) => `${plural(count, 'assessment')} due`,
  'render.today.nothing': 'nothing due',
  'render.today.everyone': 'for everyone',
  'render.today.everyoneHint': 'for everyone (set yours with acct config set owner NAME)',
  'render.today.for': ({ owner }: { owner: string }) => `for ${owner}`,
  'render.today.forConfigured': ({ owner }: { owner: string }) => `for ${owner} (configured owner)`,
  'render.today.title': ({ today, whose, parts }: { today: string; whose: string; parts: readonly string[] }) =>
    `Today, ${today}, ${whose}: ${parts.join(', ')}`,
  'render.today.actionWhat': ({ id, text, reason, due }: { id: number; text: string; reason: string; due: string }) =>
    `#${id} ${text} (${reason}, ${due})`,
  'render.today.more': ({ count }: { count: number }) => `… and ${count} more: acct today --all`,

  // acct find: where a text matched.
  'render.find.name': 'name',
  'render.find.externalId': 'external id',
  'render.find.contact': 'contact',
  'render.find.email': 'email',
  'render.find.notes': 'notes',
  'render.find.activity': 'logged',

  // acct action show.
  'render.action.account': 'account',
  'render.action.status': 'status',
  'render.action.owner': 'owner',
  'render.action.due': 'due',
  'render.action.play': 'play',
  'render.action.from': 'from',
  'render.action.why': 'why',
  'render.action.because': 'because',
  'render.action.steps': 'steps',
  'render.action.nobody': ({ role }: { role: string }) => `nobody (${role}'s play)`,
  'render.action.standIn': ({ owner, role, roleId }: { owner: string; role: string; roleId: string }) =>
    `${owner}, for the ${role} (role.${roleId} not set)`,
  'render.action.ownerRole': ({ owner, role }: { owner: string; role: string }) => `${owner} (${role})`,
  'render.action.playbook': ({ play, playbook }: { play: string; playbook: string }) =>
    `${play} (playbook ${playbook})`,
  'render.action.fromAssessment': ({ date, id }: { date: string; id: number }) => `the assessment of ${date} (#${id})`,

  // acct history.
  'render.history.first': 'first assessment',
  'render.history.noChange': 'no change',
  'render.history.notSurveyed': '-',
  'render.history.title': ({ name, count }: { name: string; count: number }) =>
    `${name}: ${plural(count, 'assessment')}`,
  'render.history.footer': ({ when, name }: { when: string; name: string }) =>
    `Last assessed ${when}. Its plan: acct plan "${name}"`,

  // acct playbook list / show / facts (the plays' own texts come from the playbooks).
  'render.playbook.heading': ({
    id,
    title,
    version,
    plays,
  }: {
    id: string;
    title: string;
    version: string | number;
    plays: number;
  }) => `${id}: ${title} (version ${version}, ${plural(plays, 'play')})`,
  'render.playbook.footer': ({ playbooks, plays }: { playbooks: number; plays: number }) =>
    `${plural(playbooks, 'playbook')}, ${plural(plays, 'play')}. Details: acct playbook show <id>`,
  'render.playbook.days': ({ days }: { days: number }) => `${days}d`,
  'render.playbook.version': 'version',
  'render.playbook.files': 'files',
  'render.playbook.description': 'description',
  'render.playbook.playbook': 'playbook',
  'render.playbook.priority': 'priority',
  'render.playbook.dueIn': 'due in',
  'render.playbook.dueInDays': ({ days }: { days: number }) => `${days} days`,
  'render.playbook.owner': 'owner',
  'render.playbook.source': 'source',
  'render.playbook.why': 'why',
  'render.playbook.steps': 'steps',
  'render.playbook.always': 'always (no condition)',
  'render.playbook.factsFooter': ({ count }: { count: number }) => `${plural(count, 'fact')}. Operators by type:`,
  'render.playbook.howTo': 'How to write a condition: docs/playbooks.md',
};
