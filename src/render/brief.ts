/**
 * How the briefing looks (`acct brief`, and the start of `acct assess`): one
 * screen in the order a rep reads before a call. Text on a terminal, tab-
 * separated sections when piped, Markdown for notes and mail; `--json` prints
 * the Briefing object itself. Layout goes through table.ts (renderFields,
 * renderTable, heading), so the briefing fits the terminal as every table does.
 */
import type { Briefing, BriefingAction, BriefingContact, OpenPlay } from '../domain/briefing.js';
import { valueLines } from './assessment.js';
import { paintJudgement } from './colour.js';
import type { Output } from './output.js';
import { when } from './records.js';
import { mdCell } from './report.js';
import { visibleLines } from './safe-text.js';
import { heading, renderFields, renderTable, wrapLines, type Column } from './table.js';

type Pairs = [string, string | number | null][];

function profile(briefing: Briefing): string {
  const { account } = briefing;
  const level = account.targetLevel ? `${account.level} (target ${account.targetLevel})` : account.level;
  const position = account.share === null ? account.position : `${account.position}, ${account.share}% share`;
  return `${account.stage}; ${level}; ${position}`;
}

function conversationText(out: Output, briefing: Briefing, today: string): string {
  const talk = briefing.lastConversation;
  if (!talk) return 'none logged';
  const date = out.mode === 'table' ? `${when(out, talk.date, today)} (${talk.date})` : talk.date;
  const who = talk.with.length > 0 ? ` with ${talk.with.join(', ')}` : '';
  return `${date}, ${talk.type}${who}: ${talk.note}`;
}

function riskText(out: Output, briefing: Briefing): string {
  const { risk } = briefing;
  const was = risk.was ? `; was ${risk.was} at the last assessment` : '';
  return `${paintJudgement(out, risk.level)} (${risk.basis.text}${was})`;
}

function overview(out: Output, briefing: Briefing, today: string): Pairs {
  const { account, lastAssessment: last } = briefing;
  const pairs: Pairs = [
    ['owner', [account.owner, account.tier ? `tier ${account.tier}` : null].filter(Boolean).join(', ') || 'nobody'],
    ['where', profile(briefing)],
    ['notes', briefing.notes],
    ['last talk', conversationText(out, briefing, today)],
    [
      'last assessed',
      last
        ? `${out.mode === 'table' ? `${when(out, last.assessedAt.slice(0, 10), today)} (${last.assessedAt.slice(0, 10)})` : last.assessedAt.slice(0, 10)}: fit ${last.criteriaFit ?? '?'}, ${last.planSize} plays planned`
        : 'never',
    ],
    ['risk', riskText(out, briefing)],
  ];
  if (briefing.postDeliveryGap) {
    const gap = briefing.postDeliveryGap;
    pairs.push(['after the order', `no contact for ${gap.days} days since the order of ${gap.orderDate}`]);
  }
  pairs.push(...valueLines(briefing.orders, briefing.lifetimeValue));
  return pairs;
}

function actionColumns(out: Output, today: string): Column<BriefingAction>[] {
  return [
    { header: 'ID', value: (a) => a.id, align: 'right' },
    { header: 'ACTION', value: (a) => a.text },
    { header: 'OWNER', value: (a) => a.owner },
    {
      header: 'DUE',
      // "(overdue)" is a word, not only a colour: it stays without colour and when piped.
      value: (a) => (a.due === null ? '' : `${when(out, a.due, today)}${a.overdue ? ' (overdue)' : ''}`),
      style: (t, a, chalk) => (a.overdue ? chalk.red(t) : t),
    },
  ];
}

const PLAY_COLUMNS: Column<OpenPlay>[] = [
  { header: 'P', value: (p) => `P${p.priority}` },
  { header: 'PLAY', value: (p) => p.title },
  { header: 'ID', value: (p) => p.play },
  { header: 'ACTION', value: (p) => (p.actionId === null ? 'not taken up' : `#${p.actionId}`) },
];

function contactColumns(out: Output, today: string): Column<BriefingContact>[] {
  return [
    { header: 'NAME', value: (c) => c.name },
    { header: 'TITLE', value: (c) => c.title },
    { header: 'DEPARTMENT', value: (c) => c.department },
    { header: 'ROLE', value: (c) => c.role },
    {
      header: 'ATTITUDE',
      value: (c) => c.attitude,
      style: (t, _c, chalk) => (t === 'supporter' ? chalk.green(t) : t === 'opponent' ? chalk.red(t) : t),
    },
    { header: 'STRENGTH', value: (c) => c.strength },
    { header: 'LAST CONTACT', value: (c) => when(out, c.lastContacted, today) },
  ];
}

/** A list on a terminal: a long item wraps under its own text, not back under the dash. */
function bullets(out: Output, lines: readonly string[]): string {
  if (out.mode !== 'table') return lines.map((line) => visibleLines(line)).join('\n');
  return lines
    .map((line) =>
      wrapLines(visibleLines(line), out.width - 4)
        .map((part, i) => `${i === 0 ? '  - ' : '    '}${part}`)
        .join('\n'),
    )
    .join('\n');
}

/** The briefing for a terminal (table mode) or a pipe (plain: sections of tab-separated rows). */
export function renderBrief(out: Output, briefing: Briefing, today: string): string {
  const parts: string[] = [
    heading(out, `${briefing.account.name}: briefing`),
    renderFields(out, overview(out, briefing, today)),
  ];
  if (briefing.risk.reasons.length > 0)
    parts.push(
      bullets(
        out,
        briefing.risk.reasons.map((r) => r.text),
      ),
    );
  const section = (title: string, body: string): void => {
    parts.push('', heading(out, title), body);
  };
  if (briefing.since) {
    section(
      `Since the last assessment (${briefing.since.date.slice(0, 10)})`,
      bullets(out, [
        ...briefing.since.words.map((w) => w.text),
        ...briefing.since.activities.map((a) => `${a.date.slice(0, 10)} ${a.type}: ${a.note}`),
      ]),
    );
  }
  section(
    `Open actions (${briefing.openActions.length})`,
    briefing.openActions.length > 0 ? renderTable(out, actionColumns(out, today), briefing.openActions) : 'none',
  );
  if (briefing.openPlays.length > 0)
    section('Open plays from the last plan', renderTable(out, PLAY_COLUMNS, briefing.openPlays));
  section(
    `Contacts (${briefing.contacts.length})`,
    [
      ...(briefing.contacts.length > 0 ? [renderTable(out, contactColumns(out, today), briefing.contacts)] : []),
      bullets(
        out,
        briefing.coverage.words.map((w) => w.text),
      ),
    ].join('\n'),
  );
  return parts.join('\n');
}

/** The briefing as Markdown: for a note before the call, or a mail to the team. */
export function renderBriefMarkdown(briefing: Briefing): string {
  const md = mdCell;
  const table = (headers: string[], rows: (string | number | null)[][]): string =>
    [
      `| ${headers.map(md).join(' | ')} |`,
      `| ${headers.map(() => '---').join(' | ')} |`,
      ...rows.map((row) => `| ${row.map(md).join(' | ')} |`),
    ].join('\n');
  const list = (lines: readonly string[]): string => lines.map((line) => `- ${md(line)}`).join('\n');
  const { account, lastConversation: talk, lastAssessment: last, risk } = briefing;
  const parts: string[] = [`# ${md(account.name)}: briefing`, ''];
  parts.push(
    list([
      `owner: ${[account.owner ?? 'nobody', account.tier ? `tier ${account.tier}` : null].filter(Boolean).join(', ')}`,
      `where: ${profile(briefing)}`,
      `last talk: ${talk ? `${talk.date}, ${talk.type}${talk.with.length > 0 ? ` with ${talk.with.join(', ')}` : ''}: ${talk.note}` : 'none logged'}`,
      `last assessed: ${last ? `${last.assessedAt.slice(0, 10)}, fit ${last.criteriaFit ?? '?'}` : 'never'}`,
      `risk: ${risk.level} (${risk.basis.text}${risk.was ? `; was ${risk.was} at the last assessment` : ''})`,
      ...valueLines(briefing.orders, briefing.lifetimeValue).map(([key, value]) => `${key}: ${value}`),
    ]),
    '',
  );
  if (briefing.notes) parts.push('## Notes', '', md(briefing.notes), '');
  if (risk.reasons.length > 0) parts.push('## Why this risk', '', list(risk.reasons.map((r) => r.text)), '');
  if (briefing.since) {
    parts.push(
      `## Since the last assessment (${briefing.since.date.slice(0, 10)})`,
      '',
      list([
        ...briefing.since.words.map((w) => w.text),
        ...briefing.since.activities.map((a) => `${a.date.slice(0, 10)} ${a.type}: ${a.note}`),
      ]),
      '',
    );
  }
  parts.push(`## Open actions (${briefing.openActions.length})`, '');
  parts.push(
    briefing.openActions.length > 0
      ? table(
          ['ID', 'Action', 'Owner', 'Due'],
          briefing.openActions.map((a) => [
            a.id,
            a.text,
            a.owner,
            a.due ? `${a.due}${a.overdue ? ' (overdue)' : ''}` : '',
          ]),
        )
      : 'None.',
    '',
  );
  if (briefing.openPlays.length > 0) {
    parts.push(
      '## Open plays from the last plan',
      '',
      table(
        ['P', 'Play', 'Id', 'Action'],
        briefing.openPlays.map((p) => [
          `P${p.priority}`,
          p.title,
          p.play,
          p.actionId === null ? 'not taken up' : `#${p.actionId}`,
        ]),
      ),
      '',
    );
  }
  parts.push(`## Contacts (${briefing.contacts.length})`, '');
  if (briefing.contacts.length > 0)
    parts.push(
      table(
        ['Name', 'Title', 'Department', 'Role', 'Attitude', 'Strength', 'Last contact'],
        briefing.contacts.map((c) => [
          c.name,
          c.title,
          c.department,
          c.role,
          c.attitude,
          c.strength,
          c.lastContacted?.slice(0, 10) ?? '',
        ]),
      ),
      '',
    );
  parts.push(list(briefing.coverage.words.map((w) => w.text)), '');
  return parts.join('\n');
}
