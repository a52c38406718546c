/**
 * The interactive assessment (issue 12, points 5–8): each question with where
 * it stands and its help line; on a re-assessment, what changed since last
 * time; the review with a way back to any answer; and the final step, where
 * storing is chosen on purpose. Only the asking lives here: which questions a
 * run asks is the domain's (src/domain/assessment/flow.ts), the flow between
 * the steps is the command's (src/commands/assess.ts).
 */
import { addDays } from '../domain/dates.js';
import { localText } from '../domain/local-text.js';
import { currentLanguage, t } from '../i18n/index.js';
import { formatDate } from '../render/format.js';
import {
  applicableAnswers,
  changeInclude,
  progressLine,
  sectionOf,
  sectionsOf,
  shortAnswer,
  type Walk,
} from '../domain/assessment/flow.js';
import { describeAllowed } from '../domain/assessment/questions.js';
import {
  isAsked,
  orderedAnswers,
  parseAnswerText,
  type AnswerValue,
  type Answers,
  type PlanItem,
  type Question,
  type Questionnaire,
} from '../domain/assessment/index.js';
import type { Choice, Framing, KeyedChoice, Prompter } from './prompter.js';

const SKIP = '__skip__';

function selectChoices(question: Question): Choice<string>[] {
  if (question.type === 'scale') {
    const min = question.min ?? 1;
    const max = question.max ?? 5;
    return Array.from({ length: max - min + 1 }, (_, index) => {
      const value = min + index;
      const label = question.labels?.[index];
      return { value: String(value), name: label ? `${value} ${localText(label, currentLanguage())}` : String(value) };
    });
  }
  return (question.options ?? []).map((option) => ({
    value: option.value,
    name: localText(option.label, currentLanguage()),
  }));
}

/**
 * Asks one question; `undefined` means skipped (optional questions only). A
 * number typed wrong is refused with words ("enter a number from 0 to 100"),
 * and the question stays until the answer is one it accepts.
 */
export async function askQuestion(
  ask: Prompter,
  question: Question,
  previous: AnswerValue | undefined,
  framing: Framing = {},
): Promise<AnswerValue | undefined> {
  const message = localText(question.prompt, currentLanguage());
  const frame = {
    ...(framing.context !== undefined ? { context: framing.context } : {}),
    ...(framing.help !== undefined ? { help: framing.help } : {}),
  };
  switch (question.type) {
    case 'select':
    case 'scale': {
      const choices = selectChoices(question);
      if (question.optional) choices.push({ value: SKIP, name: t('prompt.question.skip') });
      const fallback = previous !== undefined ? String(previous) : question.optional ? SKIP : undefined;
      const value = await ask.select({
        message,
        choices,
        ...frame,
        ...(fallback !== undefined ? { default: fallback } : {}),
      });
      if (value === SKIP) return undefined;
      return question.type === 'scale' ? Number(value) : value;
    }
    case 'multi': {
      const chosen = Array.isArray(previous) ? previous : [];
      const choices = selectChoices(question).map((choice) => ({ ...choice, checked: chosen.includes(choice.value) }));
      return ask.checkbox({ message: t('prompt.question.multi', { message }), choices, ...frame });
    }
    case 'boolean':
      return ask.confirm({ message, ...frame, default: typeof previous === 'boolean' ? previous : false });
    case 'number': {
      const text = await ask.input({
        message,
        ...frame,
        ...(previous !== undefined ? { default: String(previous) } : {}),
        validate: (entered) => {
          if (entered.trim() === '')
            return question.optional ? true : t('prompt.question.needed', { allowed: describeAllowed(question) });
          const parsed = parseAnswerText(question, entered);
          // The message without its key: the person is looking at the question.
          return parsed.ok ? true : parsed.message.replace(/^"[^"]*": /, '');
        },
      });
      if (text.trim() === '') return undefined;
      const parsed = parseAnswerText(question, text);
      return parsed.ok ? parsed.value : undefined;
    }
  }
}

/**
 * Walks the questionnaire once: asks what the walk includes (with "Section ·
 * N of M" and the help line), keeps the pre-filled value of the rest, and
 * leaves out what does not apply. Returns the answers in questionnaire order.
 */
export async function walkQuestions(ask: Prompter, walk: Walk): Promise<Answers> {
  const answers: Answers = {};
  const done = new Set<string>();
  for (const question of walk.questionnaire.questions) {
    const given = walk.given[question.key];
    if (given !== undefined) {
      answers[question.key] = given;
      done.add(question.key);
      continue;
    }
    if (!isAsked(question, answers)) continue;
    const previous = walk.defaults[question.key];
    if (walk.include(question)) {
      const value = await askQuestion(ask, question, previous, {
        context: progressLine(walk, answers, done, question, currentLanguage()),
        ...(question.help !== undefined ? { help: localText(question.help, currentLanguage()) } : {}),
      });
      if (value !== undefined) answers[question.key] = value;
    } else if (previous !== undefined) {
      answers[question.key] = previous;
    }
    done.add(question.key);
  }
  return orderedAnswers(walk.questionnaire, answers);
}

/** What changed since the last assessment: nothing, some sections, or everything. */
export type Changed = { kind: 'nothing' } | { kind: 'sections'; sections: Set<string> } | { kind: 'all' };

/**
 * Asked after last time's answers were shown. "Nothing changed" is first and
 * the default, so an unchanged account costs one key here; `due` names the
 * survey answers that are asked again all the same.
 */
export async function askWhatChanged(
  ask: Prompter,
  questionnaire: Questionnaire,
  kept: Answers,
  given: Answers,
  lastDate: string,
  due: readonly string[],
): Promise<Changed> {
  const kind = await ask.select<'nothing' | 'sections' | 'all'>({
    message: t('prompt.changed.question', { date: formatDate(lastDate, currentLanguage()) }),
    choices: [
      { value: 'nothing', name: t('prompt.changed.nothing', { due: due.length }) },
      { value: 'sections', name: t('prompt.changed.some') },
      { value: 'all', name: t('prompt.changed.all') },
    ],
    default: 'nothing',
  });
  if (kind !== 'sections') return { kind };
  // Sections with a question this run could ask: one that applies and was not given by a flag or file.
  const counts = new Map<string, number>();
  const sofar: Answers = {};
  for (const question of questionnaire.questions) {
    const value = given[question.key] ?? kept[question.key];
    if (!isAsked(question, sofar)) continue;
    if (value !== undefined) sofar[question.key] = value;
    if (given[question.key] === undefined) counts.set(sectionOf(question), (counts.get(sectionOf(question)) ?? 0) + 1);
  }
  // A section is named by its English title (flow.ts sectionOf) and shown in the run's language.
  const shown = new Map(
    questionnaire.questions.map((question) => [sectionOf(question), sectionOf(question, currentLanguage())]),
  );
  const picked = await ask.checkbox({
    message: t('prompt.changed.sections'),
    choices: sectionsOf(questionnaire)
      .filter((section) => counts.has(section))
      .map((section) => {
        const count = counts.get(section)!;
        return { value: section, name: t('prompt.changed.section', { section: shown.get(section) ?? section, count }) };
      }),
  });
  return picked.length === 0 ? { kind: 'nothing' } : { kind: 'sections', sections: new Set(picked) };
}

/** The final step's choices. */
export type Decision = 'store-plays' | 'store' | 'change' | 'discard';

/**
 * The final step: store with plays chosen next, store without actions, change
 * an answer, or discard. It has no default (see ChooseOptions): holding Enter
 * never stores, it leaves the choices on the screen.
 */
export async function askDecision(ask: Prompter, playsToChoose: number): Promise<Decision> {
  const choices: KeyedChoice<Decision>[] = [];
  if (playsToChoose > 0) {
    choices.push({
      key: 's',
      value: 'store-plays',
      name: t('prompt.decision.storePlays', { count: playsToChoose }),
    });
  }
  choices.push(
    { key: 'w', value: 'store', name: t(playsToChoose > 0 ? 'prompt.decision.storeWithout' : 'prompt.decision.store') },
    { key: 'c', value: 'change', name: t('prompt.decision.change') },
    { key: 'd', value: 'discard', name: t('prompt.decision.discard') },
  );
  return ask.choose({
    message: t('prompt.decision.question', { keys: choices.map((choice) => choice.key) }),
    choices,
  });
}

const BACK = '__back__';

/**
 * The way back from the review: pick any answered (or applying) question,
 * by section, and answer it again; questions it newly brings in are asked
 * too, and answers that no longer apply drop out. Returns the new answers.
 */
export async function changeAnAnswer(
  ask: Prompter,
  questionnaire: Questionnaire,
  answers: Answers,
  given: Answers,
): Promise<Answers> {
  const current = applicableAnswers(questionnaire, answers);
  const choices: Choice<string>[] = [];
  const sofar: Answers = {};
  for (const question of questionnaire.questions) {
    if (!isAsked(question, sofar)) continue;
    const value = current[question.key];
    if (value !== undefined) sofar[question.key] = value;
    if (given[question.key] !== undefined) continue;
    choices.push({
      value: question.key,
      name: `${sectionOf(question, currentLanguage())} · ${localText(question.prompt, currentLanguage())} [${value === undefined ? t('prompt.change.noAnswer') : shortAnswer(question, value, currentLanguage())}]`,
    });
  }
  choices.push({ value: BACK, name: t('prompt.change.back') });
  const key = await ask.select({ message: t('prompt.change.question'), choices });
  if (key === BACK) return current;
  const walk: Walk = { questionnaire, given, defaults: current, include: changeInclude(key, current) };
  return walkQuestions(ask, walk);
}

/** The plays to accept as actions, ticked in a checkbox (plays already open as actions are left out). */
export async function pickPlays(
  ask: Prompter,
  plan: readonly PlanItem[],
  today: string,
  openPlays: ReadonlySet<string>,
): Promise<PlanItem[]> {
  const choosable = plan.filter((item) => !openPlays.has(item.play));
  if (choosable.length === 0) return [];
  const picked = await ask.checkbox({
    message: t('prompt.plays.question', { someOpen: openPlays.size > 0 && choosable.length < plan.length }),
    choices: choosable.map((item) => ({
      value: item.play,
      name: t('prompt.plays.choice', {
        priority: item.priority,
        title: localText(item.title, currentLanguage()),
        play: item.play,
        due: formatDate(addDays(today, item.dueInDays), currentLanguage()),
      }),
    })),
  });
  return choosable.filter((item) => picked.includes(item.play));
}
