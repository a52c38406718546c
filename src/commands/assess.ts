/**
 * acct assess: the five minutes before a sales call. A one-screen briefing,
 * the questions (pre-filled with the previous answers), the derived results
 * and the ranked plan; accepted plays become actions. The assessment, its
 * actions and the account's new stage/level/position are written in one
 * transaction, or not at all (Ctrl-C, --dry-run, any error).
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Context } from '../context.js';
import { addDays } from '../domain/dates.js';
import {
  accountChanges,
  assess,
  completeWithoutAsking,
  datedSurveyAnswers,
  defaultsFrom,
  isAsked,
  keyResults,
  missingAnswers,
  planLimit,
  playOwner,
  rolePeople,
  orderedAnswers,
  parseAnswerText,
  staleSurveyAnswers,
  surveyCadence,
  validateAnswers,
  versionTag,
  withoutStaleSurvey,
  type AccountChange,
  type AnswerValue,
  type Answers,
  type AssessmentResult,
  type PlanItem,
  type PlaybookVersions,
  type Question,
  type Questionnaire,
  type StoredAssessment,
} from '../domain/assessment/index.js';
import { closestMatches } from '../domain/names.js';
import type { Account, Action } from '../domain/types.js';
import { fsReason, UserError, UsageError } from '../errors.js';
import type { Choice, Prompter } from '../prompt/prompter.js';
import {
  describeChanges,
  questionnaireData,
  renderPlan,
  renderQuestionnaire,
  renderResult,
} from '../render/assessment.js';
import type { AccountPatch } from '../store/accounts.js';
import { planChoice } from './plan.js';
import { loadForCommand, loadQuestionnaireForCommand } from './playbook.js';
import type { Briefing } from '../domain/briefing.js';
import { loadBriefing, printBriefing } from './brief.js';
import { accountOrPick } from './pick.js';

export interface AssessOptions {
  answers?: string;
  set?: string[];
  /** false with --no-input. */
  input?: boolean;
  defaults?: boolean;
  accept?: string;
  dryRun?: boolean;
  playbooks?: string;
  questions?: boolean;
  top?: string;
  all?: boolean;
}

const SKIP = '__skip__';

// --- answers from files and flags ---------------------------------------------------

async function readText(ctx: Context, file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read answers file ${file}: ${fsReason(error)}`);
  }
}

function knownKeysHint(questionnaire: Questionnaire, key: string): string {
  const close = closestMatches(
    key,
    questionnaire.questions.map((question) => question.key),
  );
  return close.length > 0
    ? `did you mean ${close.join(', ')}? All keys: acct assess --questions`
    : 'see the keys and allowed values with `acct assess --questions`';
}

function reject(
  ctx: Context,
  where: string,
  problems: readonly { key: string; message: string }[],
  questionnaire: Questionnaire,
): never {
  if (problems.length === 1) {
    const [problem] = problems;
    const unknown = problem!.message.startsWith('unknown question');
    throw new UserError(
      `${where}: ${unknown ? `unknown question "${problem!.key}"` : problem!.message}; nothing was stored`,
      unknown ? knownKeysHint(questionnaire, problem!.key) : 'see `acct assess --questions`',
    );
  }
  for (const problem of problems) ctx.out.error(`${where}: ${problem.message}`);
  throw new UserError(
    `${problems.length} problems in ${where}; nothing was stored`,
    'see the keys and allowed values with `acct assess --questions`',
  );
}

export async function readAnswersFile(ctx: Context, file: string, questionnaire: Questionnaire): Promise<Answers> {
  const text = await readText(ctx, file);
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new UserError(
      `answers file ${file} is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`,
      'write one `key: value` per line',
    );
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(
      `answers file ${file} must be a mapping of question keys to answers`,
      'e.g. supplierPosition: secondary',
    );
  }
  let record = data as Record<string, unknown>;
  // Accept the JSON that `acct assess --json` printed: its answers are under "answers".
  const inner = record.answers;
  if (
    inner &&
    typeof inner === 'object' &&
    !Array.isArray(inner) &&
    !questionnaire.questions.some((q) => q.key === 'answers')
  ) {
    record = inner as Record<string, unknown>;
  }
  const validation = validateAnswers(questionnaire, record);
  if (!validation.ok) reject(ctx, file === '-' ? 'answers on stdin' : file, validation.problems, questionnaire);
  return validation.answers;
}

export function parseSetFlags(sets: readonly string[], questionnaire: Questionnaire): Answers {
  const answers: Answers = {};
  for (const item of sets) {
    const at = item.indexOf('=');
    if (at <= 0) throw new UsageError(`--set "${item}": expected key=value`, 'e.g. --set supplierPosition=secondary');
    const key = item.slice(0, at).trim();
    const question = questionnaire.questions.find((q) => q.key === key);
    if (!question) throw new UserError(`--set: unknown question "${key}"`, knownKeysHint(questionnaire, key));
    const parsed = parseAnswerText(question, item.slice(at + 1));
    if (!parsed.ok) throw new UserError(`--set: ${parsed.message}`);
    answers[key] = parsed.value;
  }
  return answers;
}

// --- asking ----------------------------------------------------------------------

function selectChoices(question: Question): Choice<string>[] {
  if (question.type === 'scale') {
    const min = question.min ?? 1;
    const max = question.max ?? 5;
    return Array.from({ length: max - min + 1 }, (_, index) => {
      const value = min + index;
      const label = question.labels?.[index];
      return { value: String(value), name: label ? `${value} ${label}` : String(value) };
    });
  }
  return (question.options ?? []).map((option) => ({ value: option.value, name: option.label }));
}

/** Asks one question; `undefined` means skipped (optional questions only). */
export async function askQuestion(
  ask: Prompter,
  question: Question,
  previous: AnswerValue | undefined,
): Promise<AnswerValue | undefined> {
  const message = question.prompt;
  switch (question.type) {
    case 'select':
    case 'scale': {
      const choices = selectChoices(question);
      if (question.optional) choices.push({ value: SKIP, name: '(skip: not known)' });
      const fallback = previous !== undefined ? String(previous) : question.optional ? SKIP : undefined;
      const value = await ask.select({ message, choices, ...(fallback !== undefined ? { default: fallback } : {}) });
      if (value === SKIP) return undefined;
      return question.type === 'scale' ? Number(value) : value;
    }
    case 'multi': {
      const chosen = Array.isArray(previous) ? previous : [];
      const choices = selectChoices(question).map((choice) => ({ ...choice, checked: chosen.includes(choice.value) }));
      return ask.checkbox({ message: `${message} (none is fine)`, choices });
    }
    case 'boolean':
      return ask.confirm({ message, default: typeof previous === 'boolean' ? previous : false });
    case 'number': {
      const text = await ask.input({
        message,
        ...(previous !== undefined ? { default: String(previous) } : {}),
        validate: (entered) => {
          if (entered.trim() === '') return question.optional ? true : 'an answer is needed';
          const parsed = parseAnswerText(question, entered);
          return parsed.ok ? true : parsed.message.replace(/^"[^"]*": /, '');
        },
      });
      if (text.trim() === '') return undefined;
      const parsed = parseAnswerText(question, text);
      return parsed.ok ? parsed.value : undefined;
    }
  }
}

async function askAll(
  ask: Prompter,
  questionnaire: Questionnaire,
  given: Answers,
  defaults: Answers,
): Promise<Answers> {
  const answers: Answers = { ...given };
  for (const question of questionnaire.questions) {
    if (given[question.key] !== undefined) continue;
    if (!isAsked(question, answers)) continue;
    const value = await askQuestion(ask, question, defaults[question.key]);
    if (value !== undefined) answers[question.key] = value;
  }
  return orderedAnswers(questionnaire, answers);
}

// --- choosing plays ----------------------------------------------------------------

export function acceptedFromFlag(plan: readonly PlanItem[], spec: string): PlanItem[] {
  const text = spec.trim().toLowerCase();
  if (text === 'all') return [...plan];
  if (text === 'none' || text === '') return [];
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !plan.some((item) => item.play === id));
  if (unknown.length > 0) {
    throw new UserError(
      `--accept: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in this plan`,
      plan.length > 0
        ? `the plan has: ${plan.map((item) => item.play).join(', ')}`
        : 'the plan is empty; use --accept none',
    );
  }
  return plan.filter((item) => ids.includes(item.play));
}

async function pickPlays(
  ask: Prompter,
  plan: readonly PlanItem[],
  today: string,
  openPlays: ReadonlySet<string>,
): Promise<PlanItem[]> {
  const choosable = plan.filter((item) => !openPlays.has(item.play));
  if (choosable.length === 0) return [];
  const picked = await ask.checkbox({
    message: `Accept plays as actions (space ticks, enter confirms; none is fine)${
      openPlays.size > 0 && choosable.length < plan.length ? '; plays already open as actions are left out' : ''
    }`,
    choices: choosable.map((item) => ({
      value: item.play,
      name: `P${item.priority} ${item.title} (${item.play}, due ${addDays(today, item.dueInDays)})`,
    })),
  });
  return choosable.filter((item) => picked.includes(item.play));
}

// --- storing ------------------------------------------------------------------------

// --- the command ----------------------------------------------------------------------

export async function assessAccount(ctx: Context, name: string | undefined, options: AssessOptions): Promise<void> {
  const choice = planChoice(options);
  if (options.questions) {
    // The questionnaire alone: parsing every playbook would triple the start-up.
    const questionnaire = await loadQuestionnaireForCommand(ctx, options.playbooks);
    if (ctx.out.mode === 'json') return ctx.out.json(questionnaireData(questionnaire));
    return ctx.out.data(renderQuestionnaire(ctx.out, questionnaire));
  }
  const loaded = await loadForCommand(ctx, options.playbooks);
  const { questionnaire } = loaded;
  // On a terminal a missing name opens the account picker (commands/pick.ts).
  if ((name === undefined || name.trim() === '') && !(ctx.interactive && options.input !== false)) {
    throw new UsageError(
      'which account? give its name',
      'e.g. acct assess acme; acct assess --questions lists the questions',
    );
  }
  if (options.accept !== undefined && options.accept.trim() === '')
    throw new UsageError('--accept needs all, none or play ids');

  // Everything the user gave is checked before anything is asked or opened for writing.
  const given: Answers = {
    ...(options.answers ? await readAnswersFile(ctx, options.answers, questionnaire) : {}),
    ...parseSetFlags(options.set ?? [], questionnaire),
  };

  const store = await ctx.store({ create: !options.dryRun });
  const account = await accountOrPick(ctx, store, name, 'assess');
  const contacts = store.contacts.forAccount(account.id);
  const activities = store.activities.forAccount(account.id);
  const openActions = store.actions.list({ accountId: account.id, status: 'open' });
  const last = store.assessments.latest(account.id);
  // Cadences from the settings (docs/domain.md §7): survey answers expire; an order then silence opens the gap.
  const surveyDays = surveyCadence(account.tier, (key) => ctx.settings.get(key));
  const orderSilenceDays = ctx.settings.days('order-silence-days');
  const briefing = loadBriefing(ctx, store, account);
  const out = ctx.out;
  const showBriefing = () => {
    if (out.mode !== 'json') printBriefing(ctx, briefing);
  };

  // An `acct edit` after the last assessment is newer than its answers (assess itself updates both at once).
  const changedSinceAnswers = last !== null && last !== undefined && account.updatedAt > last.assessedAt;
  // Survey answers older than the cadence are asked again, not pre-filled.
  const stale = last ? staleSurveyAnswers(last, ctx.today, surveyDays) : [];
  const previousAnswers = last ? withoutStaleSurvey(last, ctx.today, surveyDays) : undefined;
  const defaults = defaultsFrom(previousAnswers, questionnaire, { ...account, changedSinceAnswers });
  const noteStale = () => {
    if (stale.length === 0 || out.mode === 'json') return;
    const dates = [...new Set(stale.map((entry) => entry.answeredAt))].sort().join(', ');
    out.info(
      `Survey answers of ${dates} are older than ${surveyDays} days, so they are asked again: ${stale.map((entry) => entry.key).join(', ')}`,
    );
  };
  const interactive = ctx.interactive && options.input !== false;
  let answers: Answers;
  if (interactive) {
    showBriefing();
    if (out.mode !== 'json') out.data('');
    noteStale();
    answers = await askAll(ctx.prompter, questionnaire, given, defaults);
  } else {
    // The account's own fields (position, share, level, target) are on record; earlier answers only with --defaults.
    const recorded = Object.fromEntries(
      Object.entries(defaultsFrom(null, questionnaire, account)).filter(
        ([key]) => !questionnaire.questions.find((question) => question.key === key)?.optional,
      ),
    );
    if (options.defaults) noteStale();
    answers = completeWithoutAsking(questionnaire, given, options.defaults ? defaults : recorded);
    const missing = missingAnswers(questionnaire, answers);
    if (missing.length > 0) {
      for (const key of missing) {
        const question = questionnaire.questions.find((q) => q.key === key)!;
        out.error(`  ${key}: ${question.prompt}`);
      }
      throw new UserError(
        `missing answers: ${missing.join(', ')}; nothing was stored`,
        `give them with --answers FILE or --set key=value (see acct assess --questions)${last ? ', or --defaults to reuse the previous answers' : ''}`,
      );
    }
    // Scripts get the briefing only when the run goes ahead: a failed run prints no data.
    showBriefing();
  }

  const result = assess(
    {
      account,
      contacts,
      activities,
      openActions,
      previous: last ? { answers: last.answers, result: last.result } : null,
      answers,
      now: ctx.now,
      answeredAt: datedSurveyAnswers(answers, last, ctx.today, surveyDays),
      surveyDays,
      orderSilenceDays,
    },
    loaded.playbooks,
  );
  // Accepted plays go to the person named for their role (docs/domain.md §7).
  const people = rolePeople((key) => ctx.settings.get(key));
  const ownerOf = (item: PlanItem) => playOwner(item.ownerRole, account.owner, people);
  if (out.mode !== 'json') {
    const top = planLimit({ ...choice, terminal: out.mode === 'table' });
    const plan = renderPlan(out, result.plan, {
      start: ctx.today,
      today: ctx.today,
      owner: ownerOf,
      more: options.dryRun ? 'add --all' : `acct plan "${account.name}" --all`,
      ...(top !== undefined ? { top } : {}),
    });
    out.data(['', renderResult(out, result), '', plan].join('\n'));
  }

  // A play that is already an open action of this account is not added twice by a re-assessment.
  const openPlays = new Set(openActions.map((action) => action.play).filter((play): play is string => play !== null));
  let accepted: PlanItem[];
  if (options.accept !== undefined) accepted = acceptedFromFlag(result.plan, options.accept);
  else if (interactive) accepted = await pickPlays(ctx.prompter, result.plan, ctx.today, openPlays);
  else {
    accepted = [];
    if (result.plan.length > 0) out.info('To turn plays into actions, add --accept all or --accept <play-id>,…');
  }
  const changes = accountChanges(account, result, answers);
  const newActions = accepted.map((item) => ({
    text: item.title,
    playbook: item.playbook,
    play: item.play,
    owner: ownerOf(item).owner,
    due: addDays(ctx.today, item.dueInDays),
  }));
  const playbookVersions: PlaybookVersions = {
    [questionnaire.id]: versionTag({ version: questionnaire.version, hash: loaded.questionnaire.hash }),
    ...result.playbookVersions,
  };

  // A dry run goes by the open actions read above; a real run checks again inside its write
  // transaction, where another run may have added some of the plays meanwhile.
  let alreadyOpen = accepted.filter((item) => openPlays.has(item.play)).map((item) => item.play);
  const wouldAdd = newActions.filter((action) => !openPlays.has(action.play));
  let stored: { record: StoredAssessment; actions: Action[]; account: Account } | null = null;
  if (!options.dryRun) {
    stored = store.write(() => {
      const current = store.accounts.byId(account.id);
      if (!current) throw new UserError(`${account.name} was removed meanwhile; nothing was stored`);
      const record = store.assessments.insert({
        accountId: account.id,
        assessedAt: ctx.nowIso,
        answers,
        result,
        playbookVersions,
        ...keyResults(result),
      });
      const actions = store.actions.addUnlessOpen(account.id, newActions, ctx.nowIso);
      alreadyOpen = actions.alreadyOpen;
      const patch: AccountPatch = Object.fromEntries(changes.map((change) => [change.field, change.to]));
      const updated = changes.length > 0 ? store.accounts.update(account.id, patch, ctx.nowIso) : current;
      return { record, actions: actions.added, account: updated };
    });
  }

  if (alreadyOpen.length > 0 && out.mode !== 'json') {
    out.info(`Already open as actions, not added again: ${alreadyOpen.join(', ')}`);
  }
  if (out.mode === 'json') {
    return out.json(
      jsonResult(briefing, answers, result, {
        dryRun: Boolean(options.dryRun),
        assessment: stored ? { id: stored.record.id, assessedAt: stored.record.assessedAt } : null,
        actions: stored ? stored.actions : wouldAdd.map((action) => ({ id: null, ...action, status: 'open' })),
        alreadyOpen,
        accountUpdates: changes,
        account: stored?.account ?? account,
        playbookVersions,
      }),
    );
  }
  const updates =
    changes.length > 0 ? `updated the account: ${describeChanges(changes)}` : 'the account already matched';
  const count = (n: number): string => `${n} action${n === 1 ? '' : 's'}`;
  if (!stored) {
    const would = [
      changes.length > 0 ? `would have updated the account: ${describeChanges(changes)}` : '',
      wouldAdd.length > 0 ? `would have added ${count(wouldAdd.length)}` : '',
    ].filter(Boolean);
    out.info(`Dry run: nothing was stored${would.length > 0 ? ` (${would.join('; ')})` : ''}`);
    return;
  }
  out.success(
    `Stored assessment #${stored.record.id} of ${account.name}` +
      `${stored.actions.length > 0 ? ` with ${count(stored.actions.length)}` : ''}; ${updates}`,
  );
  if (stored.actions.length > 0) out.info(`See them with: acct action list "${account.name}"`);
}

function jsonResult(
  briefing: Briefing,
  answers: Answers,
  result: AssessmentResult,
  extra: {
    dryRun: boolean;
    assessment: { id: number; assessedAt: string } | null;
    actions: unknown[];
    /** Accepted plays skipped because they are already open actions. */
    alreadyOpen: string[];
    accountUpdates: AccountChange[];
    account: Account;
    playbookVersions: PlaybookVersions;
  },
): Record<string, unknown> {
  return {
    account: extra.account,
    briefing,
    answers,
    result,
    accepted: extra.actions,
    alreadyOpen: extra.alreadyOpen,
    accountUpdates: extra.accountUpdates,
    assessment: extra.assessment,
    playbookVersions: extra.playbookVersions,
    dryRun: extra.dryRun,
  };
}
