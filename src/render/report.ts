/**
 * How the weekly review looks: sections with headings and a bar chart on a
 * terminal; tab-separated rows prefixed by their section when piped (so
 * `grep ^attention` and `cut -f` work); JSON (the model itself, stable
 * camelCase fields); CSV with one row per line item; Markdown for meeting
 * notes (headings and GitHub tables, cells escaped).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { neutralise } from '../io/formula.js';
import {
  ATTENTION_GROUPS,
  type AttentionGroup,
  type Distribution,
  type AttentionRule,
  type Move,
  type MovedField,
  type Priority,
  type ReportModel,
  type ReportTrends,
  type TrendLine,
  type TrendSeries,
} from '../domain/report.js';
import { judgementColour } from './colour.js';
import type { Output } from './output.js';
import { safeJson, visible, visibleDeep } from './safe-text.js';
import type { Column } from './table.js';
import { currentLanguage, t } from '../i18n/index.js';
import { formatDate, formatDay } from './format.js';
import { listed, said } from './labels.js';
import type { Vocabulary } from '../domain/vocabulary.js';
import { col, type ColumnName } from './report-columns.js';

/** The table renderer loads only for the terminal view; piped and file formats never pay for it. */
type RenderTable = typeof import('./table.js').renderTable;

/** `text` is the terminal's report without colour, for e-mail or chat. */
export const REPORT_FORMATS = ['table', 'text', 'plain', 'json', 'csv', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export async function renderReport(out: Output, model: ReportModel, format: ReportFormat): Promise<string> {
  switch (format) {
    case 'json':
      return `${safeJson(model, 2)}\n`;
    case 'csv':
      return renderCsv(model);
    // Markdown and plain make every field visible as they escape it (mdCell, renderPlain).
    case 'markdown':
      return renderMarkdown(model);
    case 'plain':
      return renderPlain(model);
    case 'table':
    case 'text': {
      const { renderTable } = await import('./table.js');
      // Names, owners and reasons made visible once, before any colour is added.
      return renderTty(format === 'text' ? withoutColour(out) : out, shownOnTerminal(model), renderTable);
    }
  }
}

/**
 * What the terminal view shows, made visible (names, owners and reasons,
 * before any colour is added): the lists as the model caps them (--limit),
 * not the per-rule attention items (other formats carry those).
 */
function shownOnTerminal(model: ReportModel): TerminalModel {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out on purpose
  const { attention, ...rest } = model;
  return visibleDeep(rest);
}

/** The terminal's part of the model. */
type TerminalModel = Omit<ReportModel, 'attention'>;

/**
 * The human report without colour (`--format text`, for e-mail or chat): aligned tables with
 * headings even when piped or redirected, never the tab-separated rows of the plain form.
 */
function withoutColour(out: Output): Output {
  return Object.create(out, {
    color: { value: false },
    chalk: { value: new Chalk({ level: 0 }) },
    mode: { value: 'table' },
  }) as Output;
}

// ---------------------------------------------------------------- shared text

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const ownerName = (owner: string | null): string => owner ?? t('reportHtml.noOwner');
const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);
/** A date for people: ISO in English, 2026年11月30日 in Chinese (render/format.ts). */
const dateText = (date: string): string => formatDate(date, currentLanguage());

/** The terminal's column headings are the shared ones (report-columns.ts) in capitals. */
const COL = (name: ColumnName): string => col(name).toLocaleUpperCase('en');

/** The field of a move in words (stage, relationship level, …). */
export const movedLabel = (field: MovedField): string => t(`report.field.${field}`);

/** Which vocabulary a moved field's values belong to. */
const MOVED_VOCABULARY: Record<MovedField, Vocabulary> = {
  stage: 'stage',
  level: 'level',
  position: 'position',
  criteriaFit: 'criteriaFit',
  risk: 'risk',
  experience: 'experienceProfile',
};

/** A distribution's or trend's value in words: the label in Chinese, the id in English; "unassessed" risk too. */
export function valueLabel(kind: Vocabulary, value: string): string {
  return kind === 'risk' && value === 'unassessed' ? t('report.unassessed') : said(kind, value);
}

/** A moved field's value in words (ids in English). */
export const movedValue = (move: Pick<Move, 'field'>, value: string): string =>
  valueLabel(MOVED_VOCABULARY[move.field], value);

export function title(model: Pick<ReportModel, 'window'>): string {
  const { since, asOf, days } = model.window;
  return t('report.title', { since: dateText(since), asOf: dateText(asOf), days });
}

export function subtitle(model: Pick<ReportModel, 'window' | 'owner'>): string {
  return t('report.subtitle', { baseline: dateText(model.window.baselineDate), owner: model.owner ?? '' });
}

/** An attention group's heading (Markdown). */
export function groupTitle(group: AttentionGroup, model: Pick<ReportModel, 'staleDays' | 'unassessedDays'>): string {
  if (group === 'stale') return t('report.group.stale', { days: model.staleDays });
  if (group === 'unassessed') return t('report.group.unassessed', { days: model.unassessedDays });
  return t(`report.group.${group}`);
}

// ---------------------------------------------------------------- terminal

const BLOCKS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar of `value / max` of `width` cells, in eighths of a block. */
export function bar(value: number, max: number, width = 24): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + BLOCKS[eighths % 8]!;
}

/**
 * Colour carries meaning, not sign: more high-risk or unassessed accounts is
 * bad (red), more low-risk accounts good (green), and the reverse for fewer.
 * A count moving between stages, levels or medium risk is neither: plain.
 */
const MORE_IS: Record<string, 'good' | 'bad'> = { low: 'good', high: 'bad', unassessed: 'bad' };

function changeColour(textValue: string, row: Distribution, chalk: ChalkInstance, risk: boolean): string {
  const more = risk ? MORE_IS[row.value] : undefined;
  if (!more || row.change === 0) return textValue;
  const good = row.change > 0 === (more === 'good');
  return good ? chalk.green(textValue) : chalk.red(textValue);
}

function sectionHeading(out: Output, value: string): string {
  return out.color ? out.chalk.bold.underline(value) : value;
}

function distributionTable(
  renderTable: RenderTable,
  out: Output,
  kind: 'stage' | 'level' | 'risk',
  rows: readonly Distribution[],
  options: { bars?: boolean } = {},
): string {
  const max = Math.max(0, ...rows.map((row) => row.end));
  const risk = kind === 'risk';
  const columns: Column<Distribution>[] = [
    {
      header: COL(kind),
      value: (row) => valueLabel(kind, row.value),
      style: risk ? (t, row, chalk) => judgementColour(t, chalk, row.value) : undefined,
    },
    { header: COL('now'), value: (row) => row.end, align: 'right' },
    {
      header: COL('change'),
      value: (row) => (row.change === 0 ? '' : signed(row.change)),
      align: 'right',
      style: (t, row, chalk) => changeColour(t, row, chalk, risk),
    },
  ];
  if (options.bars) {
    columns.push({
      header: '',
      value: (row) => bar(row.end, max),
      style: (t, _row, chalk) => chalk.blue(t),
    });
  }
  return renderTable(out, columns, rows);
}

function moveColumns(): Column<Move>[] {
  return [
    { header: COL('account'), value: (m) => m.account, style: (t, _m, chalk) => chalk.bold(t) },
    { header: COL('owner'), value: (m) => m.owner },
    { header: COL('what'), value: (m) => movedLabel(m.field) },
    { header: COL('from'), value: (m) => movedValue(m, m.from) },
    {
      header: COL('to'),
      value: (m) => movedValue(m, m.to),
      style: (t, m, chalk) => (m.direction === 'worse' ? chalk.red(t) : m.direction === 'better' ? chalk.green(t) : t),
    },
    { header: COL('date'), value: (m) => dateText(m.date) },
  ];
}

/** "30 accounts", or "31 accounts (+1 this period)". */
function accountsLine(accounts: ReportModel['portfolio']['accounts']): string {
  return t('reportHtml.accountCount', {
    count: accounts.end,
    change: accounts.change === 0 ? '' : signed(accounts.change),
  });
}

/** The terminal's first screen: what needs me this week, one row per account, most severe first. */
function priorityColumns(): Column<Priority>[] {
  return [
    { header: COL('rank'), value: (p) => p.rank, align: 'right' },
    {
      header: COL('account'),
      value: (p) => (p.keyAccount ? `${p.account} ★` : p.account),
      style: (t, _p, chalk) => chalk.bold(t),
    },
    { header: COL('owner'), value: (p) => ownerName(p.owner) },
    {
      header: COL('why'),
      value: (p) => reasonsText(p.reasons),
      style: (t, p, chalk) => (p.rules.some((rule) => RED_RULES.has(rule)) ? chalk.red(t) : t),
    },
    { header: COL('next'), value: (p) => p.next },
  ];
}

const RED_RULES: ReadonlySet<AttentionRule> = new Set(['risk-rose', 'risk-high', 'criteria-alarm']);

/** An account's reasons on one line: "; " between them in English, "；" in Chinese. */
const reasonsText = (reasons: readonly string[]): string => reasons.join(t('assessment.separator'));

/** "Beta (single-threaded), Delta (no recent contact)": the accounts of the "also" line. */
export function alsoLine(model: Pick<ReportModel, 'also'>): string {
  return model.also
    .map((a) =>
      t('report.alsoItem', { account: a.account, rules: listed(a.rules.map((rule) => t(`report.rule.${rule}`))) }),
    )
    .join(t('report.alsoSeparator'));
}

function renderTty(out: Output, model: TerminalModel, renderTable: RenderTable): string {
  const parts: string[] = [];
  const dim = (value: string) => (out.color ? out.chalk.dim(value) : value);
  parts.push(out.color ? out.chalk.bold(title(model)) : title(model), dim(subtitle(model)), '');

  // First: what needs me this week, most severe first; truncation cuts the least severe.
  const { priorities } = model;
  const count = model.totals.priorities;
  parts.push(sectionHeading(out, t('reportHtml.needsYou', { count })));
  if (count === 0) parts.push(dim(t('reportHtml.nothingNeeds')));
  else {
    parts.push(renderTable(out, priorityColumns(), priorities));
    if (priorities.length < count) parts.push(dim(t('reportHtml.more', { count: count - priorities.length })));
  }
  if (model.also.length > 0) {
    parts.push(dim(t('report.also', { list: alsoLine(model), more: model.totals.also - model.also.length })));
  }
  parts.push('');

  parts.push(sectionHeading(out, t('reportHtml.perOwner')));
  if (model.owners.length === 0) parts.push(dim(t('reportHtml.noAccounts')));
  else
    parts.push(
      renderTable(
        out,
        [
          { header: COL('owner'), value: (o) => ownerName(o.owner), style: (t, _o, chalk) => chalk.bold(t) },
          { header: COL('accounts'), value: (o) => o.accounts, align: 'right' },
          {
            header: COL('highRisk'),
            value: (o) => o.highRisk,
            align: 'right',
            style: (t, o, chalk) => (o.highRisk > 0 ? chalk.red(t) : t),
          },
          {
            header: COL('overdueActions'),
            value: (o) => o.overdueActions,
            align: 'right',
            style: (t, o, chalk) => (o.overdueActions > 0 ? chalk.yellow(t) : t),
          },
          { header: COL('needAttention'), value: (o) => o.needAttention, align: 'right' },
        ],
        model.owners,
      ),
    );
  parts.push('');

  parts.push(sectionHeading(out, t('reportHtml.moved', { count: model.totals.moved })));
  parts.push(
    model.moved.length === 0 ? dim(t('reportHtml.nothingMoved')) : renderTable(out, moveColumns(), model.moved),
  );
  if (model.moved.length < model.totals.moved)
    parts.push(dim(t('report.movedMore', { count: model.totals.moved - model.moved.length })));
  parts.push('');

  const { portfolio } = model;
  parts.push(
    sectionHeading(out, t('reportHtml.glance')),
    accountsLine(portfolio.accounts),
    '',
    distributionTable(renderTable, out, 'stage', portfolio.stages, { bars: true }),
    '',
    distributionTable(renderTable, out, 'level', portfolio.levels),
    '',
    distributionTable(renderTable, out, 'risk', portfolio.risk),
  );
  parts.push('', ...trendSection(renderTable, out, model));
  return parts.join('\n');
}

// ---------------------------------------------------------------- trends

const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * One character per week, scaled from 0 to the row's highest count (so a
 * steady large count reads as a full, flat line, not as noise); a week with
 * none is a blank.
 */
export function sparkline(counts: readonly number[]): string {
  const max = Math.max(0, ...counts);
  return counts
    .map((n) => (n <= 0 || max <= 0 ? ' ' : SPARKS[Math.min(7, Math.max(0, Math.ceil((n / max) * 8) - 1))]))
    .join('');
}

/** "2 → 4": the oldest week's count and the newest. */
const firstToLast = (counts: readonly number[]): string => `${counts[0] ?? 0} → ${counts[counts.length - 1] ?? 0}`;

interface TrendRow {
  /** accounts, stage or risk, in words. */
  kind: string;
  /** The stage or risk level in words. */
  value: string;
  /** Its id (a risk level's colour goes by it). */
  id?: string;
  /** A risk level's row (its value is coloured by judgement). */
  risk?: boolean;
  counts: readonly number[];
}

/** The series worth a row: accounts, then every stage and risk level that had an account in some week. */
function trendRows(series: TrendSeries): TrendRow[] {
  const used = (line: TrendLine) => line.counts.some((n) => n > 0);
  const rows = (kind: string, vocabulary: 'stage' | 'risk', lines: readonly TrendLine[]) =>
    lines.filter(used).map((line) => ({
      kind,
      value: valueLabel(vocabulary, line.value),
      id: line.value,
      counts: line.counts,
      risk: vocabulary === 'risk',
    }));
  return [
    { kind: t('reportTrends.kind.accounts'), value: '', counts: series.accounts },
    ...rows(t('reportTrends.kind.stage'), 'stage', series.stages),
    ...rows(t('reportTrends.kind.risk'), 'risk', series.risk),
  ];
}

/** The risk line of a series for one value (zeros when absent). */
const riskCounts = (series: TrendSeries, value: string, weeks: number): readonly number[] =>
  series.risk.find((line) => line.value === value)?.counts ?? new Array<number>(weeks).fill(0);

const weeksTitle = (trends: ReportTrends): string =>
  t('reportTrends.title', {
    weeks: trends.weeks.length,
    first: dateText(trends.weeks[0] ?? ''),
    last: dateText(trends.weeks[trends.weeks.length - 1] ?? ''),
  });

/**
 * The terminal's trends: a row per series of the portfolio (or of the owner
 * asked for), then, for all owners, one row per owner with its accounts and
 * high-risk accounts. Sparklines are 8 columns: the table fits 80.
 */
function trendSection(renderTable: RenderTable, out: Output, model: Pick<ReportModel, 'trends' | 'owner'>): string[] {
  const { trends } = model;
  const weeks = trends.weeks.length;
  const parts = [sectionHeading(out, weeksTitle(trends))];
  if (trends.portfolio.accounts.every((n) => n === 0)) return [...parts, t('reportTrends.none')];
  parts.push(
    renderTable(
      out,
      [
        { header: t('reportTrends.column.series'), value: (row) => row.kind },
        {
          header: '',
          value: (row) => row.value,
          style: (s, row, chalk) => (row.risk ? judgementColour(s, chalk, row.id) : s),
        },
        {
          header: t('reportTrends.column.weekly'),
          value: (row) => sparkline(row.counts),
          style: (s, _row, chalk) => chalk.blue(s),
        },
        { header: t('reportTrends.column.thenNow'), value: (row) => firstToLast(row.counts), align: 'right' },
      ],
      trendRows(trends.portfolio),
    ),
  );
  if (model.owner === null && trends.owners.length > 0) {
    const rows = trends.owners.map((o) => ({
      owner: o.owner,
      accounts: o.accounts,
      high: riskCounts(o, 'high', weeks),
    }));
    parts.push(
      '',
      renderTable(
        out,
        [
          {
            header: t('reportTrends.column.owner'),
            value: (r) => ownerName(r.owner),
            style: (s, _r, chalk) => chalk.bold(s),
          },
          {
            header: t('reportTrends.column.accounts'),
            value: (r) => sparkline(r.accounts),
            style: (s, _r, chalk) => chalk.blue(s),
          },
          { header: '', value: (r) => firstToLast(r.accounts), align: 'right' },
          {
            header: t('reportTrends.column.highRisk'),
            value: (r) => sparkline(r.high),
            style: (s, _r, chalk) => chalk.red(s),
          },
          { header: '', value: (r) => firstToLast(r.high), align: 'right' },
        ],
        rows,
      ),
    );
  }
  return parts;
}

// ---------------------------------------------------------------- plain (piped)

/**
 * One row per line, the first field naming the section:
 *   window     since  asOf  days  baselineDate
 *   portfolio  accounts|stage|level|risk  value  start  end  change
 *   moved      account  owner  field  from  to  direction  date
 *   priority   rank  account  owner  severity  reasons (joined by "; ")  next
 *   also       account  owner  rules (joined by ",")
 *   attention  group  rule  account  owner  reason  date  days
 *   owner      owner  accounts  highRisk  overdueActions  needAttention
 *   trend      weeks  ""  week  end  then the last day of each of the 8 weeks, oldest first
 *   trend      portfolio|owner  owner ("" for the portfolio)  accounts|stage|risk  value  then 8 counts
 * (trend rows: the count at the end of each week, oldest first; every stage and
 * risk level has a row, zeros included; `accounts` rows have the value `total`)
 */
export function plainRows(model: ReportModel): string[][] {
  const rows: string[][] = [];
  const { window, portfolio } = model;
  rows.push(['window', window.since, window.asOf, String(window.days), window.baselineDate]);
  const { accounts } = portfolio;
  rows.push(['portfolio', 'accounts', 'total', ...[accounts.start, accounts.end, accounts.change].map(String)]);
  for (const [kind, list] of [
    ['stage', portfolio.stages],
    ['level', portfolio.levels],
    ['risk', portfolio.risk],
  ] as const) {
    for (const row of list) rows.push(['portfolio', kind, row.value, ...[row.start, row.end, row.change].map(String)]);
  }
  for (const move of model.moved) {
    rows.push(['moved', move.account, text(move.owner), move.field, move.from, move.to, move.direction, move.date]);
  }
  for (const p of model.priorities) {
    rows.push(['priority', String(p.rank), p.account, text(p.owner), String(p.severity), p.reasons.join('; '), p.next]);
  }
  for (const a of model.also) rows.push(['also', a.account, text(a.owner), a.rules.join(',')]);
  for (const item of model.attention) {
    rows.push([
      'attention',
      item.group,
      item.rule,
      item.account,
      text(item.owner),
      item.reason,
      text(item.date),
      text(item.days),
    ]);
  }
  for (const owner of model.owners) {
    rows.push([
      'owner',
      text(owner.owner),
      ...[owner.accounts, owner.highRisk, owner.overdueActions, owner.needAttention].map(String),
    ]);
  }
  const { trends } = model;
  rows.push(['trend', 'weeks', '', 'week', 'end', ...trends.weeks]);
  const series = (scope: string, owner: string, s: TrendSeries) => {
    rows.push(['trend', scope, owner, 'accounts', 'total', ...s.accounts.map(String)]);
    for (const line of s.stages) rows.push(['trend', scope, owner, 'stage', line.value, ...line.counts.map(String)]);
    for (const line of s.risk) rows.push(['trend', scope, owner, 'risk', line.value, ...line.counts.map(String)]);
  };
  series('portfolio', '', trends.portfolio);
  for (const o of trends.owners) series('owner', text(o.owner), o);
  return rows;
}

/** Tab-separated, as src/render/table.ts does it: tabs and line breaks inside a field shown as \t, \n. */
function renderPlain(model: ReportModel): string {
  return plainRows(model)
    .map((row) => row.map(visible).join('\t'))
    .join('\n');
}

// ---------------------------------------------------------------- CSV

export const CSV_COLUMNS = [
  'section',
  'kind',
  'value',
  'accountId',
  'account',
  'owner',
  'reason',
  'from',
  'to',
  'date',
  'days',
  'count',
  'start',
  'end',
  'change',
  'accounts',
  'highRisk',
  'overdueActions',
  'needAttention',
] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

export function csvRows(model: ReportModel): CsvRow[] {
  const rows: CsvRow[] = [];
  const { window, portfolio } = model;
  rows.push({ section: 'window', kind: 'window', from: window.since, to: window.asOf, days: window.days });
  rows.push({ section: 'portfolio', kind: 'accounts', value: 'total', ...portfolio.accounts });
  for (const [kind, list] of [
    ['stage', portfolio.stages],
    ['level', portfolio.levels],
    ['risk', portfolio.risk],
  ] as const) {
    for (const row of list) rows.push({ section: 'portfolio', kind, ...row });
  }
  for (const move of model.moved) {
    rows.push({
      section: 'moved',
      kind: move.field,
      value: move.direction,
      accountId: move.accountId,
      account: move.account,
      owner: move.owner,
      reason: `${movedLabel(move.field)}: ${move.from} → ${move.to}`,
      from: move.from,
      to: move.to,
      date: move.date,
    });
  }
  for (const item of model.attention) {
    rows.push({
      section: 'attention',
      kind: item.rule,
      value: item.group,
      accountId: item.accountId,
      account: item.account,
      owner: item.owner,
      reason: item.reason,
      from: item.from,
      to: item.to,
      date: item.date,
      days: item.days,
      count: item.count,
    });
  }
  for (const owner of model.owners) {
    rows.push({
      section: 'owner',
      kind: 'summary',
      owner: owner.owner,
      accounts: owner.accounts,
      highRisk: owner.highRisk,
      overdueActions: owner.overdueActions,
      needAttention: owner.needAttention,
    });
  }
  return rows;
}

/** Free-text columns, where a name like "=HYPERLINK(…)" must not become a spreadsheet formula. */
const CSV_TEXT_COLUMNS = new Set<string>(['account', 'owner', 'reason']);

async function renderCsv(model: ReportModel): Promise<string> {
  const { stringify } = await import('csv-stringify/sync');
  const records = csvRows(model).map((row) =>
    CSV_COLUMNS.map((column) => (CSV_TEXT_COLUMNS.has(column) ? neutralise(text(row[column])) : text(row[column]))),
  );
  return stringify(records, { header: true, columns: [...CSV_COLUMNS] });
}

// ---------------------------------------------------------------- Markdown

/**
 * Escapes a value for a GitHub table cell: line breaks fold to a space (a
 * cell is one line), other controls become visible escapes, and Markdown
 * punctuation, `|`, `<` (no HTML tags) and `&` (no character references such
 * as `&#x202e;`) are backslash-escaped.
 */
export function mdCell(value: string | number | null | undefined): string {
  return visible(text(value).replace(/[\r\n\t]+/g, ' '))
    .replace(/[\\`*_[\]<>|#~&]/g, (c) => `\\${c}`)
    .trim();
}

function mdTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  right: number[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(headers.map(mdCell)),
    line(headers.map((_h, i) => (right.includes(i) ? '---:' : '---'))),
    ...rows.map((row) => line(row.map(mdCell))),
  ].join('\n');
}

function renderMarkdown(model: ReportModel): string {
  const parts: string[] = [];
  const nothingNeeds = `_${mdCell(t('reportHtml.nothingNeeds'))}_`;
  parts.push(`# ${mdCell(title(model))}`, '', `_${mdCell(subtitle(model))}_`, '');
  parts.push(`## ${mdCell(t('report.md.needsYou'))}`, '');
  parts.push(
    model.priorities.length === 0
      ? nothingNeeds
      : mdTable(
          [col('rank'), col('account'), col('owner'), col('why'), col('next')],
          model.priorities.map((p) => [p.rank, p.account, ownerName(p.owner), reasonsText(p.reasons), p.next]),
          [0],
        ),
    '',
  );
  if (model.also.length > 0) parts.push(mdCell(t('report.also', { list: alsoLine(model), more: 0 })), '');
  const { portfolio } = model;
  parts.push(`## ${mdCell(t('reportHtml.glance'))}`, '');
  parts.push(mdCell(t('report.md.sentence', { text: accountsLine(portfolio.accounts) })), '');
  for (const [kind, list] of [
    ['stage', portfolio.stages],
    ['level', portfolio.levels],
    ['risk', portfolio.risk],
  ] as const) {
    parts.push(
      mdTable(
        [col(kind), t('report.col.start'), col('now'), col('change')],
        list.map((row) => [valueLabel(kind, row.value), row.start, row.end, signed(row.change)]),
        [1, 2, 3],
      ),
      '',
    );
  }

  parts.push(`## ${mdCell(t('report.md.moved'))}`, '');
  parts.push(
    model.moved.length === 0
      ? `_${mdCell(t('reportHtml.nothingMoved'))}_`
      : mdTable(
          [col('account'), col('owner'), col('what'), col('from'), col('to'), col('date')],
          model.moved.map((m) => [
            m.account,
            ownerName(m.owner),
            movedLabel(m.field),
            movedValue(m, m.from),
            movedValue(m, m.to),
            dateText(m.date),
          ]),
        ),
    '',
  );

  parts.push(`## ${mdCell(t('report.md.attention'))}`, '');
  if (model.attention.length === 0) parts.push(nothingNeeds, '');
  for (const group of ATTENTION_GROUPS) {
    const items = model.attention.filter((a) => a.group === group);
    if (items.length === 0) continue;
    parts.push(`### ${mdCell(groupTitle(group, model))}`, '');
    parts.push(
      group === 'overdue'
        ? mdTable(
            [col('owner'), col('account'), t('report.col.reason')],
            items.map((a) => [ownerName(a.owner), a.account, a.reason]),
          )
        : mdTable(
            [col('account'), col('owner'), t('report.col.reason')],
            items.map((a) => [a.account, ownerName(a.owner), a.reason]),
          ),
      '',
    );
  }

  parts.push(`## ${mdCell(t('reportHtml.perOwner'))}`, '');
  parts.push(
    model.owners.length === 0
      ? `_${mdCell(t('reportHtml.noAccounts'))}_`
      : mdTable(
          [col('owner'), col('accounts'), col('highRisk'), col('overdueActions'), col('needAttention')],
          model.owners.map((o) => [ownerName(o.owner), o.accounts, o.highRisk, o.overdueActions, o.needAttention]),
          [1, 2, 3, 4],
        ),
  );
  parts.push('', ...markdownTrends(model));
  return `${parts.join('\n').trimEnd()}\n`;
}

/** Two small tables: the portfolio's series per week, then (for all owners) high-risk accounts per owner. */
function markdownTrends(model: ReportModel): string[] {
  const { trends } = model;
  const weeks = trends.weeks.map((day) => formatDay(day, currentLanguage()));
  const right = weeks.map((_w, i) => i + 1);
  const parts = [`## ${mdCell(weeksTitle(trends))}`, ''];
  parts.push(
    mdTable(
      [t('reportTrends.markdown.series'), ...weeks],
      trendRows(trends.portfolio).map((row) => [row.value ? `${row.kind} ${row.value}` : row.kind, ...row.counts]),
      right,
    ),
    '',
  );
  if (model.owner === null && trends.owners.length > 0) {
    parts.push(
      `### ${mdCell(t('reportTrends.markdown.highRiskByOwner'))}`,
      '',
      mdTable(
        [t('reportTrends.markdown.owner'), ...weeks],
        trends.owners.map((o) => [ownerName(o.owner), ...riskCounts(o, 'high', weeks.length)]),
        right,
      ),
      '',
    );
  }
  return parts;
}
