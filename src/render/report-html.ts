/**
 * The weekly review as one self-contained HTML page (`acct report --format
 * html -o review.html`), to share or print: the same content as the
 * terminal report (render/report.ts) with charts, and a section per account
 * on the attention list (briefing, relationship map, last plan, open
 * actions), linked from the list by #anchors.
 *
 * Self-contained means nothing is fetched: inline CSS and inline SVG drawn
 * here (render/svg/), no script, font, image or link to the network, so the
 * page opens the same offline, from a mail attachment, or printed. Every
 * value from data goes through escapeHtml (controls made visible, then the
 * HTML specials as entities). The stylesheet follows the reader's dark mode
 * and prints on A4 without cutting a chart or an account in two.
 */
import type { Briefing } from '../domain/briefing.js';
import type { PlanItem } from '../domain/assessment/index.js';
import { plural } from '../domain/plural.js';
import { MOVED_LABELS, type Distribution, type ReportModel } from '../domain/report.js';
import { alsoLine, subtitle, title } from './report.js';
import { escapeHtml } from './safe-text.js';
import { barChart, columnChart, funnelChart, type Stack } from './svg/charts.js';
import { relationshipMap, type MapContact } from './svg/relationship-map.js';

/** The page's words, kept together so they can move to a catalogue (issue 14). */
export const HTML_WORDS = {
  needsYou: (count: number) => `Needs you this week (${plural(count, 'account')})`,
  nothingNeeds: 'Nothing needs attention.',
  more: (count: number) => `… and ${count} more, less severe (all with --limit 0)`,
  also: 'Also',
  perOwner: 'Per owner',
  noAccounts: 'No accounts.',
  moved: (count: number) => `What moved (${count})`,
  nothingMoved: 'Nothing moved in this window.',
  glance: 'Portfolio at a glance',
  charts: 'Charts',
  funnel: 'Stage funnel (accounts per stage now)',
  riskWeeks: 'Risk over the last 8 weeks',
  riskWindow: 'Risk at the start and end of the window',
  byOwner: 'Accounts by owner (high risk first)',
  accounts: 'Accounts',
  keyAccount: 'key account',
  why: 'Why it is on the list',
  next: 'Next',
  briefing: 'Briefing',
  map: 'Relationship map',
  noContacts: 'No contacts yet: the whole map is a gap.',
  lastPlan: 'Last plan',
  noPlan: 'No assessment yet, so no plan.',
  openActions: 'Open actions',
  noActions: 'No open actions.',
  overdue: 'overdue',
  top: 'back to the list',
  highRisk: 'high risk',
  otherRisk: 'other',
  generated: 'Written by acct report',
  columns: {
    rank: '#',
    account: 'Account',
    owner: 'Owner',
    why: 'Why',
    next: 'Next',
    accounts: 'Accounts',
    highRisk: 'High risk',
    overdueActions: 'Overdue actions',
    needAttention: 'Need attention',
    what: 'What',
    from: 'From',
    to: 'To',
    date: 'Date',
    now: 'Now',
    change: 'Change',
    stage: 'Stage',
    level: 'Level',
    risk: 'Risk',
    priority: 'Priority',
    play: 'Play',
    status: 'Status',
    action: 'Action',
    due: 'Due',
  },
  fields: {
    profile: 'Stage; level; position',
    risk: 'Risk',
    notes: 'Notes',
    lastConversation: 'Last conversation',
    lastContact: 'Last contact',
    afterDelivery: 'After the last order',
    coverage: 'Coverage',
    since: 'Since the last assessment',
    orders: 'Orders',
  },
  plays: { open: 'open action', notTaken: 'not taken up', done: 'done' },
  noOwner: '(no owner)',
};

/** One account's section: its briefing (domain/briefing.ts), its contacts with seniority, its last plan. */
export interface AccountSection {
  briefing: Briefing;
  /** The contacts for the map (the briefing's contacts carry no seniority). */
  contacts: readonly MapContact[];
  lastPlan: { assessedAt: string; items: readonly PlanItem[] } | null;
}

export interface HtmlOptions {
  /** At most this many accounts in "needs you this week" (0 = all); each gets a section. */
  limit: number;
}

/** The anchor of an account's section. */
export const accountAnchor = (accountId: number): string => `account-${accountId}`;

/** The accounts the page gives a section to: the shown part of the ranked list. */
export function shownAccounts(model: ReportModel, limit: number): number[] {
  const shown = limit > 0 ? model.priorities.slice(0, limit) : model.priorities;
  return shown.map((p) => p.accountId);
}

const e = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : escapeHtml(String(value));
const ownerName = (owner: string | null): string => owner ?? HTML_WORDS.noOwner;
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

function table(headers: readonly string[], rows: readonly string[][], className = ''): string {
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function figure(caption: string, svg: string): string {
  return `<figure class="chart-box">${svg}<figcaption>${e(caption)}</figcaption></figure>`;
}

// ---------------------------------------------------------------- charts from the model

const RISK_TONES = ['low', 'medium', 'high', 'unassessed'];

/**
 * Risk by week. The model's 8-week trends once the report has them; until
 * then the two moments it does have, the start and the end of the window.
 */
export function riskColumns(model: ReportModel): { caption: string; columns: Stack[] } {
  const trends = (model as { trends?: unknown }).trends;
  const weekly = weeklyRisk(trends);
  if (weekly) return { caption: HTML_WORDS.riskWeeks, columns: weekly };
  const at = (label: string, pick: (row: Distribution) => number): Stack => ({
    label,
    segments: RISK_TONES.map((tone) => ({
      label: tone,
      value: pick(
        model.portfolio.risk.find((row) => row.value === tone) ?? { value: tone, start: 0, end: 0, change: 0 },
      ),
      tone,
    })),
  });
  return {
    caption: HTML_WORDS.riskWindow,
    columns: [at(model.window.baselineDate, (row) => row.start), at(model.window.asOf, (row) => row.end)],
  };
}

/** Reads `trends.portfolio` as a list of weeks with risk counts, if the model has it. */
function weeklyRisk(trends: unknown): Stack[] | null {
  const portfolio = (trends as { portfolio?: unknown } | undefined)?.portfolio;
  const weeks = Array.isArray(portfolio) ? portfolio : (portfolio as { weeks?: unknown } | undefined)?.weeks;
  if (!Array.isArray(weeks) || weeks.length === 0) return null;
  const columns: Stack[] = [];
  for (const week of weeks as { week?: unknown; date?: unknown; asOf?: unknown; risk?: unknown }[]) {
    const label = String(week.week ?? week.asOf ?? week.date ?? '');
    const risk = week.risk as Record<string, unknown> | undefined;
    if (!risk || typeof risk !== 'object') return null;
    columns.push({
      label: label.length > 5 ? label.slice(5) : label,
      segments: RISK_TONES.map((tone) => ({ label: tone, value: Number(risk[tone] ?? 0) || 0, tone })),
    });
  }
  return columns;
}

function ownerBars(model: ReportModel): Stack[] {
  return model.owners.map((owner) => ({
    label: ownerName(owner.owner),
    segments: [
      { label: HTML_WORDS.highRisk, value: owner.highRisk, tone: 'high' },
      { label: HTML_WORDS.otherRisk, value: owner.accounts - owner.highRisk, tone: 'stage' },
    ],
  }));
}

// ---------------------------------------------------------------- sections

function prioritySection(model: ReportModel, limit: number): string {
  const { priorities } = model;
  const parts = [`<section id="needs-you"><h2>${e(HTML_WORDS.needsYou(priorities.length))}</h2>`];
  if (priorities.length === 0) parts.push(`<p class="dim">${e(HTML_WORDS.nothingNeeds)}</p>`);
  else {
    const shown = limit > 0 ? priorities.slice(0, limit) : priorities;
    const c = HTML_WORDS.columns;
    parts.push(
      table(
        [c.rank, c.account, c.owner, c.why, c.next],
        shown.map((p) => [
          String(p.rank),
          `<a href="#${accountAnchor(p.accountId)}">${e(p.account)}</a>${p.keyAccount ? ` <span class="key" title="${e(HTML_WORDS.keyAccount)}">★</span>` : ''}`,
          e(ownerName(p.owner)),
          `<span class="${p.rules.some((r) => r === 'risk-rose' || r === 'risk-high' || r === 'criteria-alarm') ? 'bad' : ''}">${p.reasons.map(e).join('; ')}</span>`,
          e(p.next),
        ]),
        'priorities',
      ),
    );
    if (shown.length < priorities.length)
      parts.push(`<p class="dim">${e(HTML_WORDS.more(priorities.length - shown.length))}</p>`);
  }
  if (model.also.length > 0) parts.push(`<p class="dim">${e(HTML_WORDS.also)}: ${e(alsoLine(model))}</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

function ownerSection(model: ReportModel): string {
  const c = HTML_WORDS.columns;
  const body =
    model.owners.length === 0
      ? `<p class="dim">${e(HTML_WORDS.noAccounts)}</p>`
      : table(
          [c.owner, c.accounts, c.highRisk, c.overdueActions, c.needAttention],
          model.owners.map((o) => [
            e(ownerName(o.owner)),
            String(o.accounts),
            `<span class="${o.highRisk > 0 ? 'bad' : ''}">${o.highRisk}</span>`,
            `<span class="${o.overdueActions > 0 ? 'warn' : ''}">${o.overdueActions}</span>`,
            String(o.needAttention),
          ]),
          'numbers',
        );
  return `<section id="owners"><h2>${e(HTML_WORDS.perOwner)}</h2>\n${body}\n</section>`;
}

function movedSection(model: ReportModel): string {
  const c = HTML_WORDS.columns;
  const body =
    model.moved.length === 0
      ? `<p class="dim">${e(HTML_WORDS.nothingMoved)}</p>`
      : table(
          [c.account, c.owner, c.what, c.from, c.to, c.date],
          model.moved.map((m) => [
            e(m.account),
            e(ownerName(m.owner)),
            e(MOVED_LABELS[m.field]),
            e(m.from),
            `<span class="${m.direction === 'worse' ? 'bad' : m.direction === 'better' ? 'good' : ''}">${e(m.to)}</span>`,
            e(m.date),
          ]),
        );
  return `<section id="moved"><h2>${e(HTML_WORDS.moved(model.moved.length))}</h2>\n${body}\n</section>`;
}

function chartsSection(model: ReportModel): string {
  const risk = riskColumns(model);
  const funnel = funnelChart(
    model.portfolio.stages.map((row) => ({ label: row.value, value: row.end, tone: 'stage' })),
    HTML_WORDS.funnel,
  );
  return [
    `<section id="charts"><h2>${e(HTML_WORDS.charts)}</h2><div class="charts">`,
    figure(HTML_WORDS.funnel, funnel),
    figure(risk.caption, columnChart(risk.columns, risk.caption)),
    figure(HTML_WORDS.byOwner, barChart(ownerBars(model), HTML_WORDS.byOwner)),
    '</div></section>',
  ].join('\n');
}

const MORE_IS: Record<string, 'good' | 'bad'> = { low: 'good', high: 'bad', unassessed: 'bad' };

function distribution(header: string, rows: readonly Distribution[], risk: boolean): string {
  const c = HTML_WORDS.columns;
  return table(
    [header, c.now, c.change],
    rows.map((row) => {
      const more = risk ? MORE_IS[row.value] : undefined;
      const tone = !more || row.change === 0 ? '' : row.change > 0 === (more === 'good') ? 'good' : 'bad';
      return [
        risk ? `<span class="risk-${e(row.value)}">${e(row.value)}</span>` : e(row.value),
        String(row.end),
        `<span class="${tone}">${row.change === 0 ? '' : signed(row.change)}</span>`,
      ];
    }),
    'numbers',
  );
}

function portfolioSection(model: ReportModel): string {
  const { portfolio } = model;
  const accounts = `${plural(portfolio.accounts.end, 'account')}${portfolio.accounts.change === 0 ? '' : ` (${signed(portfolio.accounts.change)} this period)`}`;
  const c = HTML_WORDS.columns;
  return [
    `<section id="portfolio"><h2>${e(HTML_WORDS.glance)}</h2><p>${e(accounts)}</p><div class="tables">`,
    distribution(c.stage, portfolio.stages, false),
    distribution(c.level, portfolio.levels, false),
    distribution(c.risk, portfolio.risk, true),
    '</div></section>',
  ].join('\n');
}

// ---------------------------------------------------------------- per account

function fields(pairs: readonly [string, string][]): string {
  const rows = pairs.filter(([, value]) => value !== '').map(([key, value]) => `<dt>${e(key)}</dt><dd>${value}</dd>`);
  return `<dl class="fields">${rows.join('')}</dl>`;
}

function briefingFields(b: Briefing): string {
  const f = HTML_WORDS.fields;
  const { account } = b;
  const level = account.targetLevel ? `${account.level} (target ${account.targetLevel})` : account.level;
  const position = account.share === null ? account.position : `${account.position}, ${account.share}% share`;
  const talk = b.lastConversation;
  const was = b.risk.was ? `; was ${b.risk.was} at the last assessment` : '';
  const reasons = b.risk.reasons.map((r) => `<li>${e(r.text)}</li>`).join('');
  const orders =
    b.orders.count === 0
      ? ''
      : `${plural(b.orders.count, 'order')}${b.orders.totals.length > 0 ? `: ${b.orders.totals.map((t) => `${t.amount} ${t.currency ?? ''}`.trim()).join(', ')}` : ''}`;
  return fields([
    [f.profile, e(`${account.stage}; ${level}; ${position}`)],
    [
      f.risk,
      `<span class="risk-${e(b.risk.level)}">${e(b.risk.level)}</span> ${e(`(${b.risk.basis.text}${was})`)}${reasons ? `<ul>${reasons}</ul>` : ''}`,
    ],
    [f.notes, b.notes ? `<span class="pre">${e(b.notes)}</span>` : ''],
    [
      f.lastConversation,
      talk
        ? e(`${talk.date}, ${talk.type}${talk.with.length > 0 ? ` with ${talk.with.join(', ')}` : ''}: ${talk.note}`)
        : e('none logged'),
    ],
    [
      f.lastContact,
      b.lastContact
        ? e(`${b.lastContact}${b.daysSinceContact === null ? '' : ` (${plural(b.daysSinceContact, 'day')} ago)`}`)
        : '',
    ],
    [
      f.afterDelivery,
      b.postDeliveryGap
        ? `<span class="bad">${e(`quiet since the order of ${b.postDeliveryGap.orderDate}: ${plural(b.postDeliveryGap.days, 'day')}`)}</span>`
        : '',
    ],
    [f.orders, e(orders)],
    [f.coverage, b.coverage.words.map((w) => e(w.text)).join('; ')],
    [f.since, b.since ? b.since.words.map((w) => e(w.text)).join('; ') : ''],
  ]);
}

function planTable(section: AccountSection): string {
  const plan = section.lastPlan;
  if (!plan || plan.items.length === 0) return `<p class="dim">${e(HTML_WORDS.noPlan)}</p>`;
  const open = new Map(section.briefing.openPlays.map((p) => [p.play, p]));
  const c = HTML_WORDS.columns;
  return (
    `<p class="dim">${e(plan.assessedAt.slice(0, 10))}</p>` +
    table(
      [c.priority, c.play, c.status],
      plan.items.map((item) => {
        const still = open.get(item.play);
        const status = still
          ? still.actionId !== null
            ? HTML_WORDS.plays.open
            : HTML_WORDS.plays.notTaken
          : HTML_WORDS.plays.done;
        return [
          `P${item.priority}`,
          `<strong>${e(item.title)}</strong><br><span class="dim">${e(item.why)}</span>`,
          e(status),
        ];
      }),
    )
  );
}

function actionsTable(b: Briefing): string {
  if (b.openActions.length === 0) return `<p class="dim">${e(HTML_WORDS.noActions)}</p>`;
  const c = HTML_WORDS.columns;
  return table(
    [c.action, c.owner, c.due],
    b.openActions.map((a) => [
      e(a.text),
      e(ownerName(a.owner)),
      a.due
        ? `<span class="${a.overdue ? 'bad' : ''}">${e(a.due)}${a.overdue ? ` (${e(HTML_WORDS.overdue)})` : ''}</span>`
        : '',
    ]),
  );
}

function accountSection(model: ReportModel, accountId: number, section: AccountSection): string {
  const priority = model.priorities.find((p) => p.accountId === accountId);
  const b = section.briefing;
  const meta = [
    ownerName(b.account.owner),
    b.account.tier ? `tier ${b.account.tier}` : '',
    priority?.keyAccount ? HTML_WORDS.keyAccount : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
  const why = priority
    ? `<p><strong>${e(HTML_WORDS.why)}:</strong> ${priority.reasons.map(e).join('; ')}<br><strong>${e(HTML_WORDS.next)}:</strong> ${e(priority.next)}</p>`
    : '';
  const map =
    section.contacts.length === 0
      ? `<p class="dim">${e(HTML_WORDS.noContacts)}</p>${relationshipMap(b.account.name, section.contacts)}`
      : relationshipMap(b.account.name, section.contacts);
  return [
    `<section class="account" id="${accountAnchor(accountId)}">`,
    `<h3>${priority ? `${priority.rank}. ` : ''}${e(b.account.name)} <span class="dim">${e(meta)}</span></h3>`,
    why,
    `<h4>${e(HTML_WORDS.briefing)}</h4>`,
    briefingFields(b),
    `<h4>${e(HTML_WORDS.map)}</h4>`,
    `<div class="map">${map}</div>`,
    `<h4>${e(HTML_WORDS.lastPlan)}</h4>`,
    planTable(section),
    `<h4>${e(HTML_WORDS.openActions)}</h4>`,
    actionsTable(b),
    `<p class="top"><a href="#needs-you">${e(HTML_WORDS.top)}</a></p>`,
    '</section>',
  ].join('\n');
}

// ---------------------------------------------------------------- the page

const STYLE = `
:root { color-scheme: light dark; --fg: #1d232b; --bg: #ffffff; --dim: #5d6875; --line: #d8dde3; --panel: #f5f7f9;
  --good: #1b7f3b; --bad: #b3261e; --warn: #9a6700; --accent: #2457a6;
  --stage: #4f7cc4; --low: #3f9d5a; --medium: #d6a12a; --high: #cf3b32; --unassessed: #9aa4ae;
  --supporter: #3f9d5a; --neutral: #9aa4ae; --opponent: #cf3b32; --unknown: transparent; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e3e7ec; --bg: #14181d; --dim: #9aa5b1; --line: #343c46; --panel: #1c222a;
    --good: #5cc47a; --bad: #ff7a70; --warn: #e0b34d; --accent: #8ab4f8;
    --stage: #6d97dc; --low: #5cb877; --medium: #e0b34d; --high: #ef6259; --unassessed: #76808a;
    --supporter: #5cb877; --neutral: #8d97a1; --opponent: #ef6259; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1160px; padding: 24px; background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0 0 6px; } h4 { font-size: 14px; margin: 14px 0 4px; color: var(--dim); }
a { color: var(--accent); }
.dim { color: var(--dim); } .good { color: var(--good); } .bad { color: var(--bad); } .warn { color: var(--warn); }
.key { color: var(--warn); } .pre { white-space: pre-wrap; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 10px 4px 0; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--dim); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
table.numbers td + td, table.numbers th + th { text-align: right; }
table.priorities { width: 100%; }
.tables { display: flex; flex-wrap: wrap; gap: 32px; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
.chart-box { flex: 1 1 300px; min-width: 0; margin: 0; padding: 10px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.chart-box figcaption { color: var(--dim); font-size: 12px; margin-top: 4px; }
svg.chart { display: block; max-width: 100%; height: auto; overflow: visible; }
.chart-box svg.chart { width: 100%; }
svg .label { fill: var(--fg); font-size: 12px; } svg .label.small { font-size: 11px; } svg .label.strong { font-weight: 600; }
svg .value { fill: var(--dim); font-size: 12px; } svg .axis { stroke: var(--line); }
svg .tone-stage { fill: var(--stage); } svg .tone-low { fill: var(--low); } svg .tone-medium { fill: var(--medium); }
svg .tone-high { fill: var(--high); } svg .tone-unassessed { fill: var(--unassessed); }
svg .cell { fill: var(--panel); stroke: var(--line); } svg .cell.gap { fill: none; stroke: var(--bad); stroke-dasharray: 4 3; }
svg .gap-label { fill: var(--bad); }
svg .node circle { stroke: var(--fg); stroke-width: 1; } svg .node.strong circle { stroke-width: 3; }
svg .node.tone-supporter circle { fill: var(--supporter); } svg .node.tone-neutral circle { fill: var(--neutral); }
svg .node.tone-opponent circle { fill: var(--opponent); } svg .node.tone-unknown circle { fill: var(--bg); }
.risk-high { color: var(--bad); font-weight: 600; } .risk-medium { color: var(--warn); } .risk-low { color: var(--good); }
section.account { margin: 20px 0; padding: 14px 16px; border: 1px solid var(--line); border-radius: 6px; }
.map { overflow-x: auto; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 4px 0; }
dl.fields dt { color: var(--dim); } dl.fields dd { margin: 0; } dl.fields ul { margin: 2px 0; padding-left: 18px; }
.top { font-size: 12px; margin: 8px 0 0; }
footer { margin-top: 32px; color: var(--dim); font-size: 12px; }
@page { size: A4; margin: 14mm; }
@media print {
  :root { color-scheme: light; --fg: #000; --bg: #fff; --dim: #444; --panel: #fff; }
  body { max-width: none; padding: 0; font-size: 11px; }
  .chart-box, section.account, table, dl.fields, svg.chart { break-inside: avoid; page-break-inside: avoid; }
  section.account { break-before: auto; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  svg.chart { max-width: 100%; height: auto; }
  .map { overflow: visible; } .top { display: none; } a { color: inherit; text-decoration: none; }
}
`;

/**
 * The page. `sections` holds the accounts of the shown list (shownAccounts);
 * an account without an entry is listed but gets no section.
 */
export function renderReportHtml(
  model: ReportModel,
  sections: ReadonlyMap<number, AccountSection>,
  options: HtmlOptions,
): string {
  const accounts = shownAccounts(model, options.limit)
    .filter((id) => sections.has(id))
    .map((id) => accountSection(model, id, sections.get(id)!));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No request may leave the page: no scripts, no fetches, images only inline (none are used).
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${e(title(model))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${e(title(model))}</h1><p class="dim">${e(subtitle(model))}</p></header>`,
    prioritySection(model, options.limit),
    ownerSection(model),
    chartsSection(model),
    movedSection(model),
    portfolioSection(model),
    accounts.length > 0
      ? `<section id="accounts"><h2>${e(HTML_WORDS.accounts)}</h2>\n${accounts.join('\n')}\n</section>`
      : '',
    `<footer>${e(HTML_WORDS.generated)} · ${e(model.window.asOf)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
