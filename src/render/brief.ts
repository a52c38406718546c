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
import { dateText, when, whenWithDate } from './records.js';
import { formatDate } from './format.js';
import { mdCell } from './report.js';
import { visibleLines } from './safe-text.js';
import { heading, renderFields, renderTable, wrapLines, type Column } from './table.js';
import { currentLanguage, t } from '../i18n/index.js';
import { listed, said, shown } from './labels.js';

type Pairs = [string, string | number | null][];

// The briefing's sentences name enum values in the run's language (ids in English), in every mode.
function profile(briefing: Briefing): string {
  const { account } = briefing;
  const level = account.targetLevel
    ? t('brief.levelTarget', { level: said('level', account.level), target: said('level', account.targetLevel) })
    : said('level', account.level);
  const position =
    account.share === null
      ? said('position', account.position)
      : t('brief.positionShare', { position: said('position', account.position), share: account.share });
  return t('brief.where.text', { stage: said('stage', account.stage), level, position });
}

/** "lin, tier A"; nobody named: "nobody" alone on a terminal, "nobody, tier A" in Markdown (as before). */
function ownerText(briefing: Briefing, markdown = false): string {
  const { account } = briefing;
  const tier = account.tier ? t('brief.tier', { tier: said('tier', account.tier) }) : null;
  const owner = markdown ? (account.owner ?? t('brief.nobody')) : account.owner;
  return listed([owner, tier].filter((part): part is string => Boolean(part))) || t('brief.nobody');
}

function talkText(date: string, briefing: Briefing): string {
  const talk = briefing.lastConversation!;
  return t('brief.talk', { date, type: said('activityType', talk.type), who: listed(talk.with), note: talk.note });
}

function conversationText(out: Output, briefing: Briefing, today: string): string {
  const talk = briefing.lastConversation;
  if (!talk) return t('brief.noTalk');
  return talkText(whenWithDate(out, talk.date, today), briefing);
}

function riskText(out: Output, briefing: Briefing): string {
  const { risk } = briefing;
  return t('brief.riskText', {
    level: paintJudgement(out, risk.level, said('risk', risk.level)),
    basis: risk.basis.text,
    was: risk.was ? said('risk', risk.was) : '',
  });
}

function overview(out: Output, briefing: Briefing, today: string): Pairs {
  const { lastAssessment: last } = briefing;
  const pairs: Pairs = [
    [t('brief.owner'), ownerText(briefing)],
    [t('brief.where'), profile(briefing)],
    [t('brief.notes'), briefing.notes],
    [t('brief.lastTalk'), conversationText(out, briefing, today)],
    [
      t('brief.lastAssessed'),
      last
        ? t('brief.assessed', {
            date: whenWithDate(out, last.assessedAt.slice(0, 10), today),
            fit: last.criteriaFit ? said('criteriaFit', last.criteriaFit) : '?',
            plays: last.planSize,
          })
        : t('brief.never'),
    ],
    [t('brief.risk'), riskText(out, briefing)],
  ];
  if (briefing.postDeliveryGap) {
    const gap = briefing.postDeliveryGap;
    pairs.push([
      t('brief.afterOrder'),
      t('brief.afterOrderText', { days: gap.days, date: dateText(out, gap.orderDate) }),
    ]);
  }
  pairs.push(...valueLines(briefing.orders, briefing.lifetimeValue, out.mode === 'table'));
  return pairs;
}

function actionColumns(out: Output, today: string): Column<BriefingAction>[] {
  return [
    { header: t('render.column.id'), value: (a) => a.id, align: 'right' },
    { header: t('render.column.action'), value: (a) => a.text },
    { header: t('render.column.owner'), value: (a) => a.owner },
    {
      header: t('render.column.due'),
      // "(overdue)" is a word, not only a colour: it stays without colour and when piped.
      value: (a) => (a.due === null ? '' : `${when(out, a.due, today)}${a.overdue ? t('brief.overdue') : ''}`),
      style: (text, a, chalk) => (a.overdue ? chalk.red(text) : text),
    },
  ];
}

function playColumns(): Column<OpenPlay>[] {
  return [
    { header: 'P', value: (p) => `P${p.priority}` },
    { header: t('render.column.play'), value: (p) => p.title },
    { header: t('render.column.id'), value: (p) => p.play },
    {
      header: t('render.column.action'),
      value: (p) => (p.actionId === null ? t('brief.notTakenUp') : `#${p.actionId}`),
    },
  ];
}

function contactColumns(out: Output, today: string): Column<BriefingContact>[] {
  return [
    { header: t('render.column.name'), value: (c) => c.name },
    { header: t('render.column.title'), value: (c) => c.title },
    { header: t('render.column.department'), value: (c) => shown(out, 'department', c.department) },
    { header: t('render.column.role'), value: (c) => shown(out, 'buyingRole', c.role) },
    {
      header: t('render.column.attitude'),
      value: (c) => shown(out, 'attitude', c.attitude),
      style: (text, c, chalk) =>
        c.attitude === 'supporter' ? chalk.green(text) : c.attitude === 'opponent' ? chalk.red(text) : text,
    },
    { header: t('render.column.strength'), value: (c) => c.strength },
    { header: t('render.column.lastContact'), value: (c) => when(out, c.lastContacted, today) },
  ];
}

/** An activity logged since the last assessment: its date (written out for a reader), type and note. */
const activityLine =
  (written: boolean) =>
  (a: { date: string; type: string; note: string }): string =>
    t('brief.activity', {
      date: written ? formatDate(a.date.slice(0, 10), currentLanguage()) : a.date.slice(0, 10),
      type: said('activityType', a.type),
      note: a.note,
    });

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
    heading(out, t('brief.title', { name: briefing.account.name })),
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
      t('brief.since', { date: dateText(out, briefing.since.date.slice(0, 10)) }),
      bullets(out, [
        ...briefing.since.words.map((w) => w.text),
        ...briefing.since.activities.map(activityLine(out.mode === 'table')),
      ]),
    );
  }
  section(
    t('brief.openActions', { count: briefing.openActions.length }),
    briefing.openActions.length > 0
      ? renderTable(out, actionColumns(out, today), briefing.openActions)
      : t('brief.noActions'),
  );
  if (briefing.openPlays.length > 0) section(t('brief.openPlays'), renderTable(out, playColumns(), briefing.openPlays));
  section(
    t('brief.contacts', { count: briefing.contacts.length }),
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
  const pair = (key: string, value: string): string => t('brief.md.pair', { key, value });
  // Markdown is read by people: dates written out in the run's language, as on a terminal.
  const day = (date: string): string => formatDate(date, currentLanguage());
  const parts: string[] = [`# ${md(t('brief.title', { name: account.name }))}`, ''];
  parts.push(
    list([
      pair(t('brief.owner'), ownerText(briefing, true)),
      pair(t('brief.where'), profile(briefing)),
      pair(t('brief.lastTalk'), talk ? talkText(day(talk.date), briefing) : t('brief.noTalk')),
      pair(
        t('brief.lastAssessed'),
        last
          ? t('brief.assessedShort', {
              date: day(last.assessedAt.slice(0, 10)),
              fit: last.criteriaFit ? said('criteriaFit', last.criteriaFit) : '?',
            })
          : t('brief.never'),
      ),
      pair(
        t('brief.risk'),
        t('brief.riskText', {
          level: said('risk', risk.level),
          basis: risk.basis.text,
          was: risk.was ? said('risk', risk.was) : '',
        }),
      ),
      ...valueLines(briefing.orders, briefing.lifetimeValue, true).map(([key, value]) => pair(key, value)),
    ]),
    '',
  );
  if (briefing.notes) parts.push(`## ${t('brief.md.notes')}`, '', md(briefing.notes), '');
  if (risk.reasons.length > 0) parts.push(`## ${t('brief.md.whyRisk')}`, '', list(risk.reasons.map((r) => r.text)), '');
  if (briefing.since) {
    parts.push(
      `## ${t('brief.since', { date: day(briefing.since.date.slice(0, 10)) })}`,
      '',
      list([...briefing.since.words.map((w) => w.text), ...briefing.since.activities.map(activityLine(true))]),
      '',
    );
  }
  parts.push(`## ${t('brief.openActions', { count: briefing.openActions.length })}`, '');
  parts.push(
    briefing.openActions.length > 0
      ? table(
          [t('brief.md.id'), t('brief.md.action'), t('brief.md.owner'), t('brief.md.due')],
          briefing.openActions.map((a) => [
            a.id,
            a.text,
            a.owner,
            a.due ? `${day(a.due)}${a.overdue ? t('brief.overdue') : ''}` : '',
          ]),
        )
      : t('brief.md.noActions'),
    '',
  );
  if (briefing.openPlays.length > 0) {
    parts.push(
      `## ${t('brief.openPlays')}`,
      '',
      table(
        ['P', t('brief.md.play'), t('brief.md.playId'), t('brief.md.action')],
        briefing.openPlays.map((p) => [
          `P${p.priority}`,
          p.title,
          p.play,
          p.actionId === null ? t('brief.notTakenUp') : `#${p.actionId}`,
        ]),
      ),
      '',
    );
  }
  parts.push(`## ${t('brief.contacts', { count: briefing.contacts.length })}`, '');
  if (briefing.contacts.length > 0)
    parts.push(
      table(
        [
          t('brief.md.name'),
          t('brief.md.title'),
          t('brief.md.department'),
          t('brief.md.role'),
          t('brief.md.attitude'),
          t('brief.md.strength'),
          t('brief.md.lastContact'),
        ],
        briefing.contacts.map((c) => [
          c.name,
          c.title,
          said('department', c.department),
          said('buyingRole', c.role),
          said('attitude', c.attitude),
          c.strength,
          c.lastContacted ? day(c.lastContacted.slice(0, 10)) : '',
        ]),
      ),
      '',
    );
  parts.push(list(briefing.coverage.words.map((w) => w.text)), '');
  return parts.join('\n');
}
