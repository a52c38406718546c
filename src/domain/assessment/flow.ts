/**
 * The walk through the questionnaire, as rules (issue 12, points 5–7): which
 * questions this run asks, where a question stands ("7 of 24", honest after
 * the questionnaire's `when` skips), which questions a re-assessment asks
 * again, and the answers grouped by section for a summary. Pure: the prompts
 * live in src/prompt/assessment.ts.
 *
 * A run asks a question when it applies (its `when` holds over the answers
 * before it), was not given by a flag or file, and the run includes it:
 * - a first assessment, or "go through every question": every question;
 * - a re-assessment: the sections the rep says changed, the survey answers
 *   older than their cadence (docs/domain.md §7) and any required question
 *   with nothing to pre-fill it (new in the questionnaire, or newly applying
 *   because an earlier answer changed);
 * - changing one answer on the review screen: that question, and the
 *   questions it newly brings in.
 * A question that applies but is not asked keeps its pre-filled value.
 */
import type { Lang } from '../language.js';
import { localText } from '../local-text.js';
import { isAsked, type AnswerValue, type Answers, type Question, type Questionnaire } from './questions.js';

/** The heading of questions without a section. */
export const NO_SECTION = 'Other questions';

/**
 * A question's section in `lang`. The English title is the section's identity
 * (the sections a re-assessment goes through are named by it), so it is the default.
 */
export function sectionOf(question: Question, lang: Lang = 'en'): string {
  return question.section !== undefined ? localText(question.section, lang) : NO_SECTION;
}

/** Section titles in questionnaire order (each once), in `lang`. */
export function sectionsOf(questionnaire: Questionnaire, lang: Lang = 'en'): string[] {
  return [...new Set(questionnaire.questions.map((question) => sectionOf(question, lang)))];
}

/** Which questions a run includes; see the header. */
export type Include = (question: Question) => boolean;

export interface Walk {
  questionnaire: Questionnaire;
  /** Answers given by --answers / --set: never asked. */
  given: Answers;
  /** Pre-fill values (earlier answers, the account's fields). */
  defaults: Answers;
  include: Include;
}

/**
 * The questions this run will ask, in order, given the answers fixed so far
 * (`sofar`: answers to the questions already behind the rep, whose keys are
 * in `done`, an optional one skipped having none) and, for the rest, the
 * pre-filled values: what "N of M" counts. A later answer can change M (a
 * different supplier position brings other questions), never N.
 */
export function plannedQuestions(walk: Walk, sofar: Answers, done: ReadonlySet<string>): Question[] {
  const simulated: Record<string, AnswerValue> = {};
  const planned: Question[] = [];
  for (const question of walk.questionnaire.questions) {
    const given = walk.given[question.key];
    if (given !== undefined) {
      simulated[question.key] = given;
      continue;
    }
    if (!isAsked(question, simulated)) continue;
    if (walk.include(question)) planned.push(question);
    const value = done.has(question.key) ? sofar[question.key] : walk.defaults[question.key];
    if (value !== undefined) simulated[question.key] = value;
  }
  return planned;
}

/** "Where we stand · 2 of 24": the line above a question. */
export function progressLine(
  walk: Walk,
  sofar: Answers,
  done: ReadonlySet<string>,
  question: Question,
  lang: Lang = 'en',
): string {
  const planned = plannedQuestions(walk, sofar, done);
  const at = planned.findIndex((other) => other.key === question.key);
  return `${sectionOf(question, lang)} · ${at + 1} of ${planned.length}`;
}

/**
 * What a re-assessment includes: the chosen sections, the expired survey
 * answers, and required questions with nothing to pre-fill them.
 */
export function reassessmentInclude(
  chosenSections: ReadonlySet<string>,
  staleKeys: ReadonlySet<string>,
  defaults: Answers,
): Include {
  return (question) =>
    chosenSections.has(sectionOf(question)) ||
    staleKeys.has(question.key) ||
    (!question.optional && defaults[question.key] === undefined);
}

/** Changing one answer on the review screen: that question and required ones it newly brings in. */
export function changeInclude(key: string, current: Answers): Include {
  return (question) => question.key === key || (!question.optional && current[question.key] === undefined);
}

/**
 * The answers that apply, in questionnaire order, for a review: each
 * question that applies over the answers before it and has an answer.
 * Answers to questions that no longer apply (an earlier answer changed) drop out.
 */
export function applicableAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  const out: Answers = {};
  for (const question of questionnaire.questions) {
    const value = answers[question.key];
    if (value !== undefined && isAsked(question, out)) out[question.key] = value;
  }
  return out;
}

export interface SummaryItem {
  key: string;
  /** A few words for the question, from its key: "share of wallet". */
  label: string;
  /** The answer in short words: "primary", "60", "yes", "none". */
  text: string;
}

export interface SectionSummary {
  section: string;
  items: SummaryItem[];
}

/** "shareOfWallet" → "share of wallet". */
export function keyWords(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
}

/** An answer in short words: option values as they are typed, yes/no, a scale point with its label. */
export function shortAnswer(question: Question, value: AnswerValue, lang: Lang = 'en'): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : 'none';
  if (question.type === 'scale' && typeof value === 'number') {
    const label = question.labels?.[value - (question.min ?? 1)];
    return label ? `${value} ${localText(label, lang)}` : String(value);
  }
  return String(value);
}

/** The answers by section, in questionnaire order, for the summary and the review screen. */
export function summarise(questionnaire: Questionnaire, answers: Answers, lang: Lang = 'en'): SectionSummary[] {
  const bySection = new Map<string, SummaryItem[]>();
  for (const question of questionnaire.questions) {
    const value = answers[question.key];
    if (value === undefined) continue;
    const section = sectionOf(question, lang);
    const items = bySection.get(section) ?? [];
    items.push({ key: question.key, label: keyWords(question.key), text: shortAnswer(question, value, lang) });
    bySection.set(section, items);
  }
  return [...bySection].map(([section, items]) => ({ section, items }));
}
