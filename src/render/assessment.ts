/**
 * How an assessment looks: the derived results, the ranked plan, and the
 * questionnaire (the briefing before the questions is render/brief.ts).
 * Table mode is for people (aligned, coloured, wrapped); plain mode is
 * tab-separated for scripts; JSON callers use the data objects directly.
 */
import type { Question, Questionnaire } from '../domain/assessment/questions.js';
import type { AccountChange } from '../domain/assessment/session.js';
import { isCompleteResult } from '../domain/assessment/stored.js';
import type { AssessmentResult, Coverage, PlanItem, StoredAssessment } from '../domain/assessment/types.js';
import type { Action } from '../domain/types.js';
import { addDays, daysBetween } from '../domain/dates.js';
import type { PlayOwner } from '../domain/assessment/owners.js';
import { moneyText, type LifetimeValue, type OrdersToDate } from '../domain/assessment/lifetime-value.js';
import { paintJudgement } from './colour.js';
import { formatAmount, formatDate } from './format.js';
import type { Output } from './output.js';
import { visible, visibleDeep } from './safe-text.js';
import { heading, renderFields, renderTable, wrapText, type Column } from './table.js';
import { currentLanguage, t } from '../i18n/index.js';
import { words } from '../domain/words.js';
import { listed, said, shown } from './labels.js';
import { localText, type LocalText } from '../domain/local-text.js';
import { wordPlanItem, type WordedPlanItem } from '../domain/assessment/plan.js';

// --- shared lines: coverage and value (also used by render/brief.ts) -----------

/** Colour only in the terminal table view: plain rows stay free of escape codes even with FORCE_COLOR. */
function paint(out: Output, text: string, colour: 'green' | 'yellow' | 'red' | undefined): string {
  return out.mode === 'table' && out.color && colour ? out.chalk[colour](text) : text;
}

/** A risk level or criteria fit; '?' when there is none. */
function judgementText(out: Output, kind: 'risk' | 'criteriaFit', value: string | null | undefined): string {
  return value ? paintJudgement(out, value, said(kind, value)) : '?';
}

function list(items: readonly string[], empty: string = t('assessment.none')): string {
  return items.length > 0 ? listed(items) : empty;
}

function coverageLines(out: Output, coverage: Coverage): [string, string][] {
  const threads = coverage.singleThreaded
    ? paint(
        out,
        t('assessment.singleThreaded', { reasons: coverage.singleThreadReasons.join(reasonSeparator()) }),
        'red',
      )
    : t('assessment.shape', {
        shape: t('assessment.shapeName', { shape: coverage.shape }),
        strong: coverage.strongContacts,
        departments: coverage.departmentsReached.length,
      });
  const names = (group: { count: number; names: string[] }): string => `${group.count}: ${listed(group.names)}`;
  return [
    [
      t('assessment.contacts'),
      coverage.contactCount === 0
        ? t('assessment.contactsNone')
        : t('assessment.contactsIn', {
            count: coverage.contactCount,
            departments: list(
              coverage.departmentsReached.map((department) => said('department', department)),
              t('assessment.noDepartment'),
            ),
            seniority: list(
              coverage.seniorityReached.map((seniority) => said('seniority', seniority)),
              t('assessment.unknown'),
            ),
          }),
    ],
    [t('assessment.supporters'), coverage.supporters.count > 0 ? names(coverage.supporters) : t('assessment.none')],
    [
      t('assessment.opponents'),
      coverage.opponents.count > 0 ? paint(out, names(coverage.opponents), 'red') : t('assessment.none'),
    ],
    [t('assessment.threads'), threads],
  ];
}

/**
 * The risk reasons in the run's language: worded again from their keys and
 * parameters when every factor has them (results stored since they do), so
 * an assessment made in English reads in Chinese; else the stored texts.
 */
function riskReasons(risk: AssessmentResult['risk']): string[] {
  const factors = risk.factors ?? [];
  if (factors.length !== risk.reasons.length || !factors.every((f) => f.key && f.params)) return risk.reasons;
  return factors.map((f) => words(`risk.${f.key}`, f.params));
}

/** Between reasons in one line: "; " in English, "；" in Chinese. */
const reasonSeparator = (): string => t('assessment.separator');

/**
 * Orders to date and the lifetime value with its inputs (docs/domain.md §4); nothing when no order is logged.
 * `written`: for a reader (a terminal, Markdown), amounts and dates in the run's language (420万元,
 * 2026年1月3日 in Chinese); else, piped, whole units and ISO dates for scripts. English reads the same either way.
 */
export function valueLines(orders: OrdersToDate, value: LifetimeValue | null, written = false): [string, string][] {
  if (orders.count === 0) return [];
  const lang = currentLanguage();
  const money = (amount: number, currency: string | null): string =>
    written ? formatAmount(amount, currency, lang) : moneyText(amount, currency);
  const totals = orders.totals.map((total) => money(total.amount, total.currency)).join(' + ');
  const unpriced = orders.count - orders.priced;
  const lines: [string, string][] = [
    [
      t('assessment.orders'),
      t('assessment.ordersSince', {
        count: orders.count,
        first: orders.first === null ? '' : written ? formatDate(orders.first, lang) : orders.first,
        totals,
        // Only worth saying when some orders have an amount.
        unpriced: orders.priced > 0 ? unpriced : 0,
      }),
    ],
  ];
  if (value) {
    lines.push([
      t('assessment.lifetimeValue'),
      t('assessment.lifetimeValueText', {
        estimate: money(value.estimate, value.currency),
        average: money(value.averageOrder, value.currency),
        perYear: value.ordersPerYear,
        years: value.expectedYears,
      }),
    ]);
  }
  return lines;
}

/** renderFields: a pair with an empty key continues the list above it (plain output drops it). */
function renderPairs(out: Output, pairs: readonly (readonly [string, string | number | null])[]): string {
  return renderFields(out, pairs);
}

// --- the derived results --------------------------------------------------------

export function renderResult(out: Output, given: AssessmentResult): string {
  const result = visibleDeep(given);
  const { coverage, experience, risk, satisfaction, targetLevel } = result;
  const yesNo = (value: string | null): string => (value ? t('assessment.yesUnsureNo', { value }) : '');
  const pairs: [string, string | null][] = [
    [t('assessment.stage'), shown(out, 'stage', result.stage)],
    [t('assessment.level'), shown(out, 'level', result.relationshipLevel)],
    [
      t('assessment.position'),
      result.shareOfWallet === null
        ? shown(out, 'position', result.supplierPosition)
        : t('assessment.positionShare', {
            position: shown(out, 'position', result.supplierPosition),
            share: result.shareOfWallet,
          }),
    ],
    [t('assessment.criteriaFit'), judgementText(out, 'criteriaFit', result.criteriaFit)],
    [
      t('assessment.experience'),
      t('assessment.because', {
        judgement: t('assessment.experienceText', {
          profile: shown(out, 'experienceProfile', experience.profile),
          score: experience.score,
        }),
        reasons: experience.signals,
      }),
    ],
    [
      t('assessment.risk'),
      t('assessment.because', { judgement: judgementText(out, 'risk', risk.level), reasons: riskReasons(risk) }),
    ],
    ...coverageLines(out, coverage),
    [
      t('assessment.satisfaction'),
      satisfaction.score === null
        ? t('assessment.notSurveyed')
        : t('assessment.satisfactionText', {
            score: satisfaction.score,
            label: t('assessment.satisfactionLabel', { score: satisfaction.score }),
            repurchase: yesNo(satisfaction.repurchase),
            recommend: yesNo(satisfaction.recommend),
          }),
    ],
    [
      t('assessment.targetLevel'),
      t('assessment.targetText', {
        level: targetLevel.level ? shown(out, 'level', targetLevel.level) : t('assessment.none'),
        recommended: targetLevel.worthIt ? null : shown(out, 'level', targetLevel.recommended),
        verdict: targetLevel.verdict,
      }),
    ],
  ];
  return [heading(out, t('assessment.heading')), renderPairs(out, pairs)].join('\n');
}

// --- the plan -------------------------------------------------------------------

/** Text wrapped to `width` by display width (CJK counts two), each line after `indent`. */
export function wrap(text: string, width: number, indent: string): string {
  return wrapText(text, width, indent);
}

export interface PlanView {
  /** List only the first N plays of the ranking (planLimit); the rest are counted. */
  top?: number;
  /** Plays accepted as actions from this very assessment, by play id: marked ✓, with the action's state. */
  accepted?: ReadonlyMap<string, Action>;
  /** Who does each play (owners.ts playOwner); without it the role alone is shown. */
  owner?: (item: PlanItem) => PlayOwner;
  /** The day the plan was made: due dates count from it. */
  start: string;
  today: string;
  /** The command that lists every play, named when the list is cut short. */
  more?: string;
}

/**
 * "due 2026-03-22, in 7 days", "due today", "due 2026-03-01, overdue by 14 days": overdue in words, not only
 * colour. `written`: the date in the run's language (2026年3月22日), for a terminal; else ISO.
 */
export function dueText(isoDue: string, today: string, written = true): { text: string; overdue: boolean } {
  const days = daysBetween(today, isoDue);
  const due = written ? formatDate(isoDue, currentLanguage()) : isoDue;
  if (days === 0) return { text: t('assessment.dueToday'), overdue: false };
  if (days > 0) return { text: t('assessment.dueIn', { due, days }), overdue: false };
  return { text: t('assessment.dueOverdue', { due, days: -days }), overdue: true };
}

function ownerText(owner: PlayOwner | undefined, roleId: string): string {
  const role = said('ownerRole', roleId);
  if (!owner) return role;
  if (owner.owner === null) return t('assessment.noOwner', { role });
  return owner.standIn
    ? t('assessment.standIn', { owner: owner.owner, role, roleId })
    : t('assessment.roleOwner', { owner: owner.owner, role });
}

/** What an accepted play's action says about itself: its number and state. */
function actionState(action: Action, today: string): { text: string; overdue: boolean } {
  const state = (text: string) => t('assessment.actionState', { id: action.id, state: text });
  if (action.status !== 'open') return { text: state(said('actionStatus', action.status)), overdue: false };
  if (action.due === null) return { text: state(said('actionStatus', 'open')), overdue: false };
  const due = dueText(action.due.slice(0, 10), today);
  return { text: state(due.text), overdue: due.overdue };
}

// Piped: one tab-separated row per play, ids and numbers for scripts (no header row is printed).
const planColumns: Column<{ item: WordedPlanItem; rank: number }>[] = [
  { header: 'RANK', value: (row) => row.rank },
  { header: 'PLAYBOOK', value: (row) => row.item.playbook },
  { header: 'PLAY', value: (row) => row.item.play },
  { header: 'PRIORITY', value: (row) => row.item.priority },
  { header: 'DUE_IN_DAYS', value: (row) => row.item.dueInDays },
  { header: 'OWNER_ROLE', value: (row) => row.item.ownerRole },
  { header: 'TITLE', value: (row) => row.item.title },
  { header: 'WHY', value: (row) => row.item.why },
];

/** The plan's heading, the same words in `assess` and `plan`. */
export function planHeading(plan: readonly PlanItem[]): string {
  const urgent = plan.filter((item) => item.priority === 1).length;
  return plan.length === 0 ? t('assessment.planNone') : t('assessment.plan', { count: plan.length, urgent });
}

/**
 * The ranked plan, numbered 1..n in the order shown (plan.ts buildPlan), one
 * play after another: title, due date, owner, why and because lines.
 */
export function renderPlan(out: Output, planShown: readonly PlanItem[], viewShown: PlanView): string {
  // Playbook texts are files from anywhere: visible before they are composed and coloured.
  const plan = visibleDeep(planShown.map((item) => wordPlanItem(item, currentLanguage())));
  const view = viewShown;
  const shown = view.top !== undefined ? plan.slice(0, view.top) : plan;
  const summary = planHeading(plan);
  if (plan.length === 0) return heading(out, summary);
  if (out.mode !== 'table') {
    const rows = shown.map((item, index) => ({ item, rank: index + 1 }));
    return [heading(out, summary), renderTable(out, planColumns, rows)].join('\n');
  }
  const lines: string[] = [heading(out, summary)];
  const width = out.width;
  const dim = (text: string): string => (out.color ? out.chalk.dim(text) : text);
  shown.forEach((item, index) => {
    const action = view.accepted?.get(item.play);
    const mark = action ? '✓' : item.priority === 1 ? '!' : ' ';
    const label = `${String(index + 1).padStart(2)}. ${mark} P${item.priority} ${item.title}`;
    const labelLines = wrap(label, width, '');
    const styled = item.priority === 1 && out.color ? out.chalk.bold(out.chalk.red(labelLines)) : labelLines;
    const due = action ? actionState(action, view.today) : dueText(addDays(view.start, item.dueInDays), view.today);
    const owner = ownerText(view.owner?.(item), item.ownerRole);
    const dueShown = due.overdue ? paint(out, due.text, 'red') : due.text;
    const meta = wrap(`    ${dueShown}${dim(` · ${owner} · ${item.play}`)}`, width, '');
    lines.push('', styled, meta, wrap(item.why, width, '    '));
    // Old stored plans have no because lines; they render without them.
    const reasons = (item.because ?? []).map((line) => line.text);
    if (reasons.length > 0) lines.push(dim(wrap(t('assessment.becauseLine', { reasons }), width, '    ')));
  });
  if (shown.length < plan.length) {
    const more = plan.length - shown.length;
    lines.push('', t('assessment.more', { count: more, command: view.more ?? '' }));
  }
  return lines.join('\n');
}

// --- the questionnaire ----------------------------------------------------------

// --- a stored plan (acct plan) ----------------------------------------------------

/** The JSON view of a stored assessment's plan and the actions accepted from it. */
export function storedPlanData(
  account: { id: number; name: string },
  record: StoredAssessment,
  actions: readonly Action[],
  view: { top?: number; today: string; owner?: (item: PlanItem) => PlayOwner },
): unknown {
  const start = record.assessedAt.slice(0, 10);
  const accepted = new Map(actions.map((action) => [action.play, action]));
  const worded = (record.result.plan ?? []).map((item) => wordPlanItem(item, currentLanguage()));
  const plan = worded.map((item, index) => {
    const due = addDays(start, item.dueInDays);
    const owner = view.owner?.(item);
    return {
      rank: index + 1,
      ...item,
      due,
      overdue: daysBetween(view.today, due) < 0,
      ...(owner ? { owner: owner.owner } : {}),
      action: accepted.get(item.play)?.id ?? null,
    };
  });
  return {
    account: { id: account.id, name: account.name },
    assessment: {
      id: record.id,
      assessedAt: record.assessedAt,
      answers: record.answers,
      playbookVersions: record.playbookVersions,
    },
    result: record.result.plan ? { ...record.result, plan: worded } : record.result,
    plan: view.top === undefined ? plan : plan.slice(0, view.top),
    actions,
  };
}

/**
 * A stored assessment's results (when complete) and plan, its due dates
 * counted from the day it was made and read against today, and ✓ on the
 * plays accepted from this assessment (actions.assessmentId).
 */
export function renderStoredPlan(
  out: Output,
  accountName: string,
  record: StoredAssessment,
  actions: readonly Action[],
  view: Pick<PlanView, 'top' | 'today' | 'owner' | 'more'>,
): string {
  const { result } = record;
  const accepted = new Map(actions.filter((action) => action.play !== null).map((action) => [action.play!, action]));
  const parts = [
    heading(
      out,
      t('assessment.storedPlan', {
        name: accountName,
        date:
          out.mode === 'table'
            ? formatDate(record.assessedAt.slice(0, 10), currentLanguage())
            : record.assessedAt.slice(0, 10),
        id: record.id,
      }),
    ),
  ];
  if (isCompleteResult(result)) parts.push('', renderResult(out, result));
  parts.push('', renderPlan(out, result.plan ?? [], { ...view, accepted, start: record.assessedAt.slice(0, 10) }));
  if (accepted.size > 0 && out.mode === 'table')
    parts.push('', t('assessment.acceptedMark', { name: visible(accountName) }));
  return parts.join('\n');
}

export function describeQuestionValues(question: Question): string {
  switch (question.type) {
    case 'select':
      return (question.options ?? []).map((option) => option.value).join(' | ');
    case 'multi':
      return t('assessment.listOf', { values: (question.options ?? []).map((option) => option.value).join(', ') });
    case 'boolean':
      return 'true | false';
    case 'number':
      return `${t('assessment.number')}${question.min !== undefined ? ` ${question.min}` : ''}${question.max !== undefined ? `..${question.max}` : ''}`;
    case 'scale':
      return `${question.min ?? 1}..${question.max ?? 5}${question.labels ? ` (${listed(question.labels.map((label) => localText(label, currentLanguage())))})` : ''}`;
  }
}

/** The questionnaire as scripts need it: keys, types, allowed values, when each is asked. */
export function questionnaireData(questionnaire: Questionnaire): unknown {
  const lang = currentLanguage();
  const word = (text: LocalText): string => localText(text, lang);
  return {
    id: questionnaire.id,
    title: word(questionnaire.title),
    version: questionnaire.version,
    questions: questionnaire.questions.map((question) => ({
      key: question.key,
      type: question.type,
      prompt: word(question.prompt),
      section: question.section !== undefined ? word(question.section) : null,
      ...(question.options
        ? { options: question.options.map((option) => ({ value: option.value, label: word(option.label) })) }
        : {}),
      ...(question.min !== undefined ? { min: question.min } : {}),
      ...(question.max !== undefined ? { max: question.max } : {}),
      ...(question.labels ? { labels: question.labels.map(word) } : {}),
      optional: Boolean(question.optional),
      when: question.when ?? null,
      ...(question.help !== undefined ? { help: word(question.help) } : {}),
    })),
  };
}

export function renderQuestionnaire(out: Output, questionnaire: Questionnaire): string {
  const columns: Column<Question>[] = [
    { header: t('render.column.key'), value: (q) => q.key, style: (text, _q, chalk) => chalk.bold(text) },
    { header: t('render.column.type'), value: (q) => `${q.type}${q.optional ? '?' : ''}` },
    { header: t('render.column.values'), value: (q) => describeQuestionValues(q) },
    { header: t('render.column.question'), value: (q) => localText(q.prompt, currentLanguage()) },
  ];
  return [
    heading(
      out,
      t('assessment.questionnaire', {
        title: localText(questionnaire.title, currentLanguage()),
        count: questionnaire.questions.length,
        version: questionnaire.version,
      }),
    ),
    renderTable(out, columns, questionnaire.questions),
  ].join('\n');
}

/** "stage development → initial-cooperation, share 10% → 20%" */
export function describeChanges(changes: readonly AccountChange[]): string {
  const KIND = { stage: 'stage', level: 'level', targetLevel: 'level', position: 'position' } as const;
  const show = (value: string | number | null, field: AccountChange['field']): string =>
    value === null ? t('assessment.unset') : field === 'share' ? `${value}%` : said(KIND[field], String(value));
  return listed(
    changes.map((c) =>
      t('assessment.change', {
        field: t(`assessment.field.${c.field}`),
        from: show(c.from, c.field),
        to: show(c.to, c.field),
      }),
    ),
  );
}
