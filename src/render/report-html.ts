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
import { currentLanguage, t } from '../i18n/index.js';
import { labelOf, type Vocabulary } from '../domain/vocabulary.js';
import { localText } from '../domain/local-text.js';
import type { Distribution, ReportModel } from '../domain/report.js';
import { alsoLine, movedLabel, movedValue, subtitle, title, valueLabel } from './report.js';
import { formatDate, formatDay } from './format.js';
import { escapeHtml } from './safe-text.js';
import { barChart, columnChart, funnelChart, type Stack } from './svg/charts.js';
import { relationshipMap, type MapContact } from './svg/relationship-map.js';
import { col } from './report-columns.js';

/** One account's section: its briefing (domain/briefing.ts), its contacts with seniority, its last plan. */
export interface AccountSection {
  briefing: Briefing;
  /** The contacts for the map (the briefing's contacts carry no seniority). */
  contacts: readonly MapContact[];
  lastPlan: { assessedAt: string; items: readonly PlanItem[] } | null;
}

/** The anchor of an account's section. */
export const accountAnchor = (accountId: number): string => `account-${accountId}`;

/** The accounts the page gives a section to: the ranked list as the model caps it (--limit). */
export function shownAccounts(model: ReportModel): number[] {
  return model.priorities.map((p) => p.accountId);
}

const e = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : escapeHtml(String(value));
const ownerName = (owner: string | null): string => owner ?? t('reportHtml.noOwner');
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
/** A closed vocabulary's value in the chosen language (domain/vocabulary.ts). */
const label = (kind: Vocabulary, value: string): string => labelOf(kind, value, currentLanguage());

function table(headers: readonly string[], rows: readonly string[][], className = ''): string {
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function figure(caption: string, svg: string): string {
  return `<figure class="chart-box">${svg}<figcaption>${e(caption)}</figcaption></figure>`;
}

// ---------------------------------------------------------------- charts from the model

/** Accounts by risk level at the end of each of the last 8 weeks (the model's trends), oldest left. */
export function riskColumns(model: ReportModel): Stack[] {
  const { weeks, portfolio } = model.trends;
  return weeks.map((week, i) => ({
    // MM-DD: the year is in the title; eight full dates would not fit under the columns.
    label: formatDay(week, currentLanguage()),
    segments: portfolio.risk.map((line) => ({
      label: valueLabel('risk', line.value),
      value: line.counts[i] ?? 0,
      tone: line.value,
    })),
  }));
}

function ownerBars(model: ReportModel): Stack[] {
  return model.owners.map((owner) => ({
    label: ownerName(owner.owner),
    segments: [
      { label: t('reportHtml.highRisk'), value: owner.highRisk, tone: 'high' },
      { label: t('reportHtml.otherRisk'), value: owner.accounts - owner.highRisk, tone: 'stage' },
    ],
  }));
}

// ---------------------------------------------------------------- sections

function prioritySection(model: ReportModel): string {
  const { priorities, totals } = model;
  const parts = [`<section id="needs-you"><h2>${e(t('reportHtml.needsYou', { count: totals.priorities }))}</h2>`];
  if (priorities.length === 0) parts.push(`<p class="dim">${e(t('reportHtml.nothingNeeds'))}</p>`);
  else {
    parts.push(
      table(
        [col('rank'), col('account'), col('owner'), col('why'), col('next')],
        priorities.map((p) => [
          String(p.rank),
          `<a href="#${accountAnchor(p.accountId)}">${e(p.account)}</a>${p.keyAccount ? ` <span class="key" title="${e(t('reportHtml.keyAccount'))}">★</span>` : ''}`,
          e(ownerName(p.owner)),
          `<span class="${p.rules.some((r) => r === 'risk-rose' || r === 'risk-high' || r === 'criteria-alarm') ? 'bad' : ''}">${p.reasons.map(e).join('; ')}</span>`,
          e(p.next),
        ]),
        'priorities',
      ),
    );
    if (priorities.length < totals.priorities)
      parts.push(`<p class="dim">${e(t('reportHtml.more', { count: totals.priorities - priorities.length }))}</p>`);
  }
  if (model.also.length > 0)
    parts.push(
      `<p class="dim">${e(t('report.also', { list: alsoLine(model), more: totals.also - model.also.length }))}</p>`,
    );
  parts.push('</section>');
  return parts.join('\n');
}

function ownerSection(model: ReportModel): string {
  const body =
    model.owners.length === 0
      ? `<p class="dim">${e(t('reportHtml.noAccounts'))}</p>`
      : table(
          [col('owner'), col('accounts'), col('highRisk'), col('overdueActions'), col('needAttention')],
          model.owners.map((o) => [
            e(ownerName(o.owner)),
            String(o.accounts),
            `<span class="${o.highRisk > 0 ? 'bad' : ''}">${o.highRisk}</span>`,
            `<span class="${o.overdueActions > 0 ? 'warn' : ''}">${o.overdueActions}</span>`,
            String(o.needAttention),
          ]),
          'numbers',
        );
  return `<section id="owners"><h2>${e(t('reportHtml.perOwner'))}</h2>\n${body}\n</section>`;
}

function movedSection(model: ReportModel): string {
  const body =
    model.moved.length === 0
      ? `<p class="dim">${e(t('reportHtml.nothingMoved'))}</p>`
      : table(
          [col('account'), col('owner'), col('what'), col('from'), col('to'), col('date')],
          model.moved.map((m) => [
            e(m.account),
            e(ownerName(m.owner)),
            e(movedLabel(m.field)),
            e(movedValue(m, m.from)),
            `<span class="${m.direction === 'worse' ? 'bad' : m.direction === 'better' ? 'good' : ''}">${e(movedValue(m, m.to))}</span>`,
            e(formatDate(m.date, currentLanguage())),
          ]),
        );
  const more =
    model.moved.length < model.totals.moved
      ? `\n<p class="dim">${e(t('report.movedMore', { count: model.totals.moved - model.moved.length }))}</p>`
      : '';
  return `<section id="moved"><h2>${e(t('reportHtml.moved', { count: model.totals.moved }))}</h2>\n${body}${more}\n</section>`;
}

function chartsSection(model: ReportModel): string {
  const funnel = funnelChart(
    model.portfolio.stages.map((row) => ({ label: label('stage', row.value), value: row.end, tone: 'stage' })),
    t('reportHtml.funnel'),
  );
  return [
    `<section id="charts"><h2>${e(t('reportHtml.charts'))}</h2><div class="charts">`,
    figure(t('reportHtml.funnel'), funnel),
    figure(t('reportHtml.riskWeeks'), columnChart(riskColumns(model), t('reportHtml.riskWeeks'))),
    figure(t('reportHtml.byOwner'), barChart(ownerBars(model), t('reportHtml.byOwner'))),
    '</div></section>',
  ].join('\n');
}

const MORE_IS: Record<string, 'good' | 'bad'> = { low: 'good', high: 'bad', unassessed: 'bad' };

function distribution(header: string, rows: readonly Distribution[], kind: 'stage' | 'level' | 'risk'): string {
  const risk = kind === 'risk';
  return table(
    [header, col('now'), col('change')],
    rows.map((row) => {
      const more = risk ? MORE_IS[row.value] : undefined;
      const tone = !more || row.change === 0 ? '' : row.change > 0 === (more === 'good') ? 'good' : 'bad';
      return [
        risk
          ? `<span class="risk-${e(row.value)}">${e(valueLabel('risk', row.value))}</span>`
          : e(label(kind, row.value)),
        String(row.end),
        `<span class="${tone}">${row.change === 0 ? '' : signed(row.change)}</span>`,
      ];
    }),
    'numbers',
  );
}

function portfolioSection(model: ReportModel): string {
  const { portfolio } = model;
  const { end, change } = portfolio.accounts;
  const accounts = t('reportHtml.accountCount', { count: end, change: change === 0 ? '' : signed(change) });
  return [
    `<section id="portfolio"><h2>${e(t('reportHtml.glance'))}</h2><p>${e(accounts)}</p><div class="tables">`,
    distribution(col('stage'), portfolio.stages, 'stage'),
    distribution(col('level'), portfolio.levels, 'level'),
    distribution(col('risk'), portfolio.risk, 'risk'),
    '</div></section>',
  ].join('\n');
}

// ---------------------------------------------------------------- per account

function fields(pairs: readonly [string, string][]): string {
  const rows = pairs.filter(([, value]) => value !== '').map(([key, value]) => `<dt>${e(key)}</dt><dd>${value}</dd>`);
  return `<dl class="fields">${rows.join('')}</dl>`;
}

function briefingFields(b: Briefing): string {
  const { account } = b;
  const level = account.targetLevel
    ? `${label('level', account.level)} (${t('reportHtml.target', { level: label('level', account.targetLevel) })})`
    : label('level', account.level);
  const position = label('position', account.position);
  const share = account.share === null ? '' : `, ${t('reportHtml.share', { share: account.share })}`;
  const talk = b.lastConversation;
  const was = b.risk.was ? `; ${t('reportHtml.riskWas', { level: label('risk', b.risk.was) })}` : '';
  const reasons = b.risk.reasons.map((r) => `<li>${e(r.text)}</li>`).join('');
  const orders =
    b.orders.count === 0
      ? ''
      : `${t('reportHtml.orders', { count: b.orders.count })}${b.orders.totals.length > 0 ? `: ${b.orders.totals.map((total) => `${total.amount} ${total.currency ?? ''}`.trim()).join(', ')}` : ''}`;
  return fields([
    [t('reportHtml.field.profile'), e(`${label('stage', account.stage)}; ${level}; ${position}${share}`)],
    [
      t('reportHtml.field.risk'),
      `<span class="risk-${e(b.risk.level)}">${e(label('risk', b.risk.level))}</span> ${e(`(${b.risk.basis.text}${was})`)}${reasons ? `<ul>${reasons}</ul>` : ''}`,
    ],
    [t('reportHtml.field.notes'), b.notes ? `<span class="pre">${e(b.notes)}</span>` : ''],
    [
      t('reportHtml.field.lastConversation'),
      talk
        ? e(
            `${talk.date}, ${label('activityType', talk.type)}${talk.with.length > 0 ? ` ${t('reportHtml.conversationWith', { names: talk.with.join(', ') })}` : ''}: ${talk.note}`,
          )
        : e(t('reportHtml.noConversation')),
    ],
    [
      t('reportHtml.field.lastContact'),
      b.lastContact
        ? e(
            `${b.lastContact}${b.daysSinceContact === null ? '' : ` (${t('reportHtml.daysAgo', { days: b.daysSinceContact })})`}`,
          )
        : '',
    ],
    [
      t('reportHtml.field.afterDelivery'),
      b.postDeliveryGap
        ? `<span class="bad">${e(t('reportHtml.quietSince', { date: b.postDeliveryGap.orderDate, days: b.postDeliveryGap.days }))}</span>`
        : '',
    ],
    [t('reportHtml.field.orders'), e(orders)],
    [t('reportHtml.field.coverage'), b.coverage.words.map((w) => e(w.text)).join('; ')],
    [t('reportHtml.field.since'), b.since ? b.since.words.map((w) => e(w.text)).join('; ') : ''],
  ]);
}

function planTable(section: AccountSection): string {
  const plan = section.lastPlan;
  if (!plan || plan.items.length === 0) return `<p class="dim">${e(t('reportHtml.noPlan'))}</p>`;
  const open = new Map(section.briefing.openPlays.map((p) => [p.play, p]));
  return (
    `<p class="dim">${e(t('reportHtml.planOf', { date: plan.assessedAt.slice(0, 10) }))}</p>` +
    table(
      [col('priority'), col('play'), col('status')],
      plan.items.map((item) => {
        const still = open.get(item.play);
        const status = still
          ? still.actionId !== null
            ? t('reportHtml.play.open')
            : t('reportHtml.play.notTaken')
          : t('reportHtml.play.done');
        return [
          `P${item.priority}`,
          `<strong>${e(localText(item.title, currentLanguage()))}</strong><br><span class="dim">${e(localText(item.why, currentLanguage()))}</span>`,
          e(status),
        ];
      }),
      'plan',
    )
  );
}

function actionsTable(b: Briefing): string {
  if (b.openActions.length === 0) return `<p class="dim">${e(t('reportHtml.noActions'))}</p>`;
  return table(
    [col('action'), col('owner'), col('due')],
    b.openActions.map((a) => [
      e(a.text),
      e(ownerName(a.owner)),
      a.due
        ? `<span class="${a.overdue ? 'bad' : ''}">${e(a.due)}${a.overdue ? ` (${e(t('reportHtml.overdue'))})` : ''}</span>`
        : '',
    ]),
  );
}

function accountSection(model: ReportModel, accountId: number, section: AccountSection): string {
  const priority = model.priorities.find((p) => p.accountId === accountId);
  const b = section.briefing;
  const meta = [
    ownerName(b.account.owner),
    b.account.tier ? t('reportHtml.tier', { tier: b.account.tier }) : '',
    priority?.keyAccount ? t('reportHtml.keyAccount') : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
  const why = priority
    ? `<p><strong>${e(t('reportHtml.why'))}:</strong> ${priority.reasons.map(e).join('; ')}<br><strong>${e(t('reportHtml.next'))}:</strong> ${e(priority.next)}</p>`
    : '';
  const map =
    section.contacts.length === 0
      ? `<p class="dim">${e(t('reportHtml.noContacts'))}</p>${relationshipMap(b.account.name, section.contacts)}`
      : relationshipMap(b.account.name, section.contacts);
  return [
    `<section class="account" id="${accountAnchor(accountId)}">`,
    `<h3>${priority ? `${priority.rank}. ` : ''}${e(b.account.name)} <span class="dim">${e(meta)}</span></h3>`,
    why,
    `<h4>${e(t('reportHtml.briefing'))}</h4>`,
    briefingFields(b),
    `<h4>${e(t('reportHtml.map'))}</h4>`,
    `<div class="map">${map}</div>`,
    `<h4>${e(t('reportHtml.lastPlan'))}</h4>`,
    planTable(section),
    `<h4>${e(t('reportHtml.openActions'))}</h4>`,
    actionsTable(b),
    `<p class="top"><a href="#needs-you">${e(t('reportHtml.top'))}</a></p>`,
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
table.plan td:first-child, table.plan td:last-child { white-space: nowrap; }
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
export function renderReportHtml(model: ReportModel, sections: ReadonlyMap<number, AccountSection>): string {
  const accounts = shownAccounts(model)
    .filter((id) => sections.has(id))
    .map((id) => accountSection(model, id, sections.get(id)!));
  return [
    '<!DOCTYPE html>',
    `<html lang="${currentLanguage()}">`,
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
    prioritySection(model),
    ownerSection(model),
    chartsSection(model),
    movedSection(model),
    portfolioSection(model),
    accounts.length > 0
      ? `<section id="accounts"><h2>${e(t('reportHtml.accounts'))}</h2>\n${accounts.join('\n')}\n</section>`
      : '',
    `<footer>${e(t('reportHtml.generated', { date: model.window.asOf }))}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
