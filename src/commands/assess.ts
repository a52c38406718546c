/**
 * acct assess: the five minutes before a sales call. A one-screen briefing,
 * the questions (pre-filled with the previous answers), the derived results
 * and the ranked plan; accepted plays become actions. The assessment, its
 * actions and the account's new stage/level/position are written in one
 * transaction, or not at all (Ctrl-C, --dry-run, any error).
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml, type Tags } from 'yaml';
import type { Context } from '../context.js';
import { addDays } from '../domain/dates.js';
import {
  accountChanges,
  assess,
  completeWithoutAsking,
  datedSurveyAnswers,
  defaultsFrom,
  keyResults,
  missingAnswers,
  planLimit,
  playOwner,
  rolePeople,
  parseAnswerText,
  staleSurveyAnswers,
  surveyCadence,
  validateAnswers,
  versionTag,
  withoutStaleSurvey,
  type AccountChange,
  type Answers,
  type AssessmentResult,
  type PlanItem,
  type PlaybookVersions,
  type Questionnaire,
  type StoredAssessment,
} from '../domain/assessment/index.js';
import { closestMatches } from '../domain/names.js';
import { localText } from '../domain/local-text.js';
import type { Lang } from '../domain/language.js';
import { wordPlanItem } from '../domain/assessment/plan.js';
import type { Account, Action } from '../domain/types.js';
import { fsReason, UserError, UsageError } from '../errors.js';
import { askDecision, askWhatChanged, changeAnAnswer, pickPlays, walkQuestions } from '../prompt/assessment.js';
import { renderAnswerSummary } from '../render/answers.js';
import {
  applicableAnswers,
  plannedQuestions,
  reassessmentInclude,
  summarise,
  type Walk,
} from '../domain/assessment/flow.js';
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
import { t } from '../i18n/index.js';
import { formatDate } from '../render/format.js';

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
    throw new UserError(t('error.cmd.assess.cannotRead', { file, reason: fsReason(error) }));
  }
}

function knownKeysHint(questionnaire: Questionnaire, key: string): string {
  const close = closestMatches(
    key,
    questionnaire.questions.map((question) => question.key),
  );
  return t('error.cmd.assess.keysHint', { close });
}

function reject(
  ctx: Context,
  where: string,
  problems: readonly { key: string; message: string }[],
  questionnaire: Questionnaire,
): never {
  if (problems.length === 1) {
    const [problem] = problems;
    // Unknown by key, not by the wording of the domain's message (which may be in either language).
    const unknown = !questionnaire.questions.some((question) => question.key === problem!.key);
    throw new UserError(
      unknown
        ? t('error.cmd.assess.unknownQuestion', { where, key: problem!.key })
        : t('error.cmd.assess.problem', { where, message: problem!.message }),
      unknown ? knownKeysHint(questionnaire, problem!.key) : t('error.cmd.assess.seeQuestions'),
    );
  }
  for (const problem of problems) ctx.out.error(`${where}: ${problem.message}`);
  throw new UserError(
    t('error.cmd.assess.problems', { count: problems.length, where }),
    t('error.cmd.assess.keysHint', { close: [] }),
  );
}

/**
 * The YAML core schema without its hexadecimal, octal, exponent and
 * infinity/NaN forms: in an answers file `0x10`, `0o20`, `1e3` and `.inf` stay
 * text and are refused with the accepted form named, exactly as `--set`
 * refuses them (a numeric answer is a plain decimal). YAML 1.1's sexagesimal
 * `1:30` is not in the core schema, so it stays text too.
 */
export function decimalOnlyTags(tags: Tags): Tags {
  return tags.filter((tag) => {
    if (typeof tag === 'string') return true;
    if ('format' in tag && (tag.format === 'HEX' || tag.format === 'OCT' || tag.format === 'EXP')) return false;
    // The float tag that matches .inf and .nan (the plain decimal float tag has another test).
    return !(tag.tag === 'tag:yaml.org,2002:float' && 'test' in tag && tag.test?.source.includes('inf'));
  });
}

export async function readAnswersFile(ctx: Context, file: string, questionnaire: Questionnaire): Promise<Answers> {
  const text = await readText(ctx, file);
  let data: unknown;
  try {
    data = parseYaml(text, { schema: 'core', customTags: decimalOnlyTags });
  } catch (error) {
    throw new UserError(
      t('error.cmd.assess.notYaml', { file, reason: (error as Error).message.split('\n')[0] ?? '' }),
      t('error.cmd.assess.notYaml.hint'),
    );
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(t('error.cmd.assess.notMapping', { file }), t('error.cmd.assess.notMapping.hint'));
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
  if (!validation.ok)
    reject(ctx, file === '-' ? t('error.cmd.assess.stdin') : file, validation.problems, questionnaire);
  return validation.answers;
}

export function parseSetFlags(sets: readonly string[], questionnaire: Questionnaire): Answers {
  const answers: Answers = {};
  for (const item of sets) {
    const at = item.indexOf('=');
    if (at <= 0) throw new UsageError(t('error.cmd.assess.setForm', { item }), t('error.cmd.assess.setForm.hint'));
    const key = item.slice(0, at).trim();
    const question = questionnaire.questions.find((q) => q.key === key);
    if (!question) throw new UserError(t('error.cmd.assess.setUnknown', { key }), knownKeysHint(questionnaire, key));
    const parsed = parseAnswerText(question, item.slice(at + 1));
    if (!parsed.ok) throw new UserError(t('error.cmd.assess.setBad', { message: parsed.message }));
    answers[key] = parsed.value;
  }
  return answers;
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
      t('error.cmd.assess.acceptUnknown', { ids: unknown }),
      t('error.cmd.assess.acceptUnknown.hint', { plays: plan.map((item) => item.play) }),
    );
  }
  return plan.filter((item) => ids.includes(item.play));
}

// --- storing ------------------------------------------------------------------------

// --- asking ---------------------------------------------------------------------------

/**
 * The questions of an interactive run. A first assessment walks every
 * question that applies; a re-assessment first shows last time's answers
 * and asks what changed, then walks only that (plus the survey answers that
 * are due, and required questions with nothing to pre-fill them).
 */
async function interview(
  ctx: Context,
  run: {
    questionnaire: Questionnaire;
    given: Answers;
    defaults: Answers;
    last: StoredAssessment | null | undefined;
    staleKeys: string[];
    /** --defaults: "nothing changed" given on the command line; only what has no answer is asked. */
    keepDefaults: boolean;
  },
): Promise<Answers> {
  const { questionnaire, given, defaults, last, staleKeys } = run;
  const everything: Walk = { questionnaire, given, defaults, include: () => true };
  const unchanged = reassessmentInclude(new Set(), new Set(staleKeys), defaults);
  if (run.keepDefaults) return walkQuestions(ctx.prompter, { ...everything, include: unchanged });
  if (!last) return walkQuestions(ctx.prompter, everything);
  // Nothing left to ask when the flags and file answered every question that applies.
  if (plannedQuestions(everything, {}, new Set()).length === 0)
    return completeWithoutAsking(questionnaire, given, defaults);
  const date = last.assessedAt.slice(0, 10);
  if (ctx.out.mode !== 'json') {
    const previous = applicableAnswers(questionnaire, last.answers as Answers);
    ctx.out.data(
      `${renderAnswerSummary(ctx.out, t('command.assess.lastAssessment', { date: formatDate(date, ctx.lang) }), summarise(questionnaire, previous, ctx.lang))}\n`,
    );
  }
  const kept = completeWithoutAsking(questionnaire, given, defaults);
  const changed = await askWhatChanged(ctx.prompter, questionnaire, kept, given, date, staleKeys);
  const include =
    changed.kind === 'all'
      ? everything.include
      : changed.kind === 'sections'
        ? reassessmentInclude(changed.sections, new Set(staleKeys), defaults)
        : unchanged;
  return walkQuestions(ctx.prompter, { ...everything, include });
}

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
    throw new UsageError(t('error.pick.which'), t('error.cmd.assess.which.hint'));
  }
  if (options.accept !== undefined && options.accept.trim() === '')
    throw new UsageError(t('error.cmd.assess.acceptEmpty'));

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
    const dates = [...new Set(stale.map((entry) => entry.answeredAt))].sort().map((d) => formatDate(d, ctx.lang));
    out.info(t('command.assess.surveyStale', { dates, days: surveyDays, keys: stale.map((entry) => entry.key) }));
  };
  const interactive = ctx.interactive && options.input !== false;
  let answers: Answers;
  if (interactive) {
    // The briefing first (commands/brief.ts prints it; issue 12, point 10), then the questions.
    showBriefing();
    if (out.mode !== 'json') out.data('');
    noteStale();
    answers = await interview(ctx, {
      questionnaire,
      given,
      defaults,
      last,
      staleKeys: stale.map((entry) => entry.key),
      keepDefaults: Boolean(options.defaults),
    });
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
        out.error(`  ${key}: ${localText(question.prompt, ctx.lang)}`);
      }
      throw new UserError(
        t('error.cmd.assess.missing', { keys: missing }),
        t('error.cmd.assess.missing.hint', { again: Boolean(last) }),
      );
    }
    // Scripts get the briefing only when the run goes ahead: a failed run prints no data.
    showBriefing();
  }

  const evaluate = (given: Answers): AssessmentResult =>
    assess(
      {
        account,
        contacts,
        activities,
        openActions,
        previous: last ? { answers: last.answers, result: last.result } : null,
        answers: given,
        now: ctx.now,
        answeredAt: datedSurveyAnswers(given, last, ctx.today, surveyDays),
        surveyDays,
        orderSilenceDays,
        relationshipYears: Number(ctx.settings.get('relationship-years')),
      },
      loaded.playbooks,
      questionnaire.questions,
    );
  let result = evaluate(answers);
  // Accepted plays go to the person named for their role (docs/domain.md §7).
  const people = rolePeople((key) => ctx.settings.get(key));
  const ownerOf = (item: PlanItem) => playOwner(item.ownerRole, account.owner, people);
  const showResult = () => {
    if (out.mode === 'json') return;
    const top = planLimit({ ...choice, terminal: out.mode === 'table' });
    const plan = renderPlan(out, result.plan, {
      start: ctx.today,
      today: ctx.today,
      owner: ownerOf,
      more: options.dryRun ? t('command.assess.moreDryRun') : `acct plan "${account.name}" --all`,
      ...(top !== undefined ? { top } : {}),
    });
    out.data(['', renderResult(out, result), '', plan].join('\n'));
  };

  // A play that is already an open action of this account is not added twice by a re-assessment.
  const openPlays = new Set(openActions.map((action) => action.play).filter((play): play is string => play !== null));
  let accepted: PlanItem[] = [];
  if (interactive) {
    // The review, then the final step: nothing is stored until the rep chooses to store (issue 12, points 6, 8).
    for (;;) {
      // The plan, then the answers it came from right above the choice that can change them.
      showResult();
      if (out.mode !== 'json')
        out.data(
          [
            '',
            renderAnswerSummary(out, t('command.assess.yourAnswers'), summarise(questionnaire, answers, ctx.lang)),
          ].join('\n'),
        );
      // --accept answers the final step from the command line (store, with those plays); --dry-run stores nothing anyway.
      if (options.accept !== undefined) {
        accepted = acceptedFromFlag(result.plan, options.accept);
        break;
      }
      if (options.dryRun) break;
      const choosable = result.plan.filter((item) => !openPlays.has(item.play)).length;
      const decision = await askDecision(ctx.prompter, choosable);
      if (decision === 'discard') {
        out.info(t('command.assess.discarded', { account: account.name }));
        return;
      }
      if (decision === 'change') {
        answers = await changeAnAnswer(ctx.prompter, questionnaire, answers, given);
        result = evaluate(answers);
        continue;
      }
      if (decision === 'store-plays') accepted = await pickPlays(ctx.prompter, result.plan, ctx.today, openPlays);
      break;
    }
  } else {
    showResult();
    if (options.accept !== undefined) accepted = acceptedFromFlag(result.plan, options.accept);
    else if (result.plan.length > 0) out.info(t('command.assess.acceptHint'));
  }
  const changes = accountChanges(account, result, answers);
  // An action keeps its play's role, why, steps and because lines (docs/domain.md §7: actions keep the how).
  const newActions = accepted.map((item) => ({
    text: localText(item.title, ctx.lang),
    playbook: item.playbook,
    play: item.play,
    owner: ownerOf(item).owner,
    due: addDays(ctx.today, item.dueInDays),
    ownerRole: item.ownerRole,
    why: localText(item.why, ctx.lang),
    steps: item.steps.map((step) => localText(step, ctx.lang)),
    because: (item.because ?? []).map((line) => line.text),
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
      if (!current) throw new UserError(t('error.cmd.assess.removedMeanwhile', { name: account.name }));
      const record = store.assessments.insert({
        accountId: account.id,
        assessedAt: ctx.nowIso,
        answers,
        result,
        playbookVersions,
        ...keyResults(result),
      });
      const actions = store.actions.addUnlessOpen(
        account.id,
        newActions.map((action) => ({ ...action, assessmentId: record.id })),
        ctx.nowIso,
      );
      alreadyOpen = actions.alreadyOpen;
      const patch: AccountPatch = Object.fromEntries(changes.map((change) => [change.field, change.to]));
      const updated = changes.length > 0 ? store.accounts.update(account.id, patch, ctx.nowIso) : current;
      return { record, actions: actions.added, account: updated };
    });
  }

  if (alreadyOpen.length > 0 && out.mode !== 'json') {
    out.info(t('command.assess.alreadyOpen', { plays: alreadyOpen }));
  }
  if (out.mode === 'json') {
    return out.json(
      jsonResult(
        briefing,
        answers,
        result,
        {
          dryRun: Boolean(options.dryRun),
          assessment: stored ? { id: stored.record.id, assessedAt: stored.record.assessedAt } : null,
          actions: stored ? stored.actions : wouldAdd.map((action) => ({ id: null, ...action, status: 'open' })),
          alreadyOpen,
          accountUpdates: changes,
          account: stored?.account ?? account,
          playbookVersions,
        },
        ctx.lang,
      ),
    );
  }
  const updates = changes.length > 0 ? describeChanges(changes) : null;
  if (!stored) {
    out.info(t('command.assess.dryRun', { changes: updates, actions: wouldAdd.length }));
    return;
  }
  out.success(
    t('command.assess.stored', {
      id: stored.record.id,
      account: account.name,
      actions: stored.actions.length,
      changes: updates,
    }),
  );
  if (stored.actions.length > 0) out.info(t('command.assess.seeActions', { account: account.name }));
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
  lang: Lang,
): Record<string, unknown> {
  return {
    account: extra.account,
    briefing,
    answers,
    // Plays are worded in the run's language; ids stay as they are (docs/playbooks.md §Languages).
    result: { ...result, plan: result.plan.map((item) => wordPlanItem(item, lang)) },
    accepted: extra.actions,
    alreadyOpen: extra.alreadyOpen,
    accountUpdates: extra.accountUpdates,
    assessment: extra.assessment,
    playbookVersions: extra.playbookVersions,
    dryRun: extra.dryRun,
  };
}
