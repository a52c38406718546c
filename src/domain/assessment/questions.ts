/**
 * The questionnaire (shipped as playbooks/assessment.yaml) and the pure
 * functions that check answers against it. No I/O here; the loader in
 * src/playbooks/load.ts reads and validates the YAML.
 */
import { canonicalEnumInput } from '../enums.js';
import { parseDecimal } from '../numbers.js';
import type { LocalText } from '../local-text.js';
import { parseVocabulary, vocabularyKey, vocabularyOfValues } from '../vocabulary.js';
import { evaluate, type Condition, type FactValue, type Facts } from './conditions.js';
import { words, type WordParams } from '../words.js';

export const QUESTION_TYPES = ['select', 'multi', 'boolean', 'number', 'scale'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface QuestionOption {
  value: string;
  label: LocalText;
}

export interface Question {
  /** camelCase, stable: answers are stored under it and it is a fact name. */
  key: string;
  /** Texts (prompt, section, option labels, scale labels, help) in one language or both: docs/playbooks.md §Languages. */
  prompt: LocalText;
  type: QuestionType;
  /** Grouping for prompts and reports, e.g. "position", "retention". */
  section?: LocalText;
  /** select / multi only. */
  options?: QuestionOption[];
  /** number and scale (scale defaults to 1..5). */
  min?: number;
  max?: number;
  /** scale only: labels[0] names `min`, labels[1] names `min + 1`, ... */
  labels?: LocalText[];
  /** Only ask when this holds over earlier answers. */
  when?: Condition;
  /** Optional questions are never reported by missingAnswers. */
  optional?: boolean;
  help?: LocalText;
}

export interface Questionnaire {
  id: string;
  title: LocalText;
  version: string;
  description?: LocalText;
  questions: Question[];
}

export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;

export interface AnswerProblem {
  key: string;
  message: string;
}

export type AnswersValidation = { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[] };

export function scaleBounds(question: Question): { min: number; max: number } {
  return { min: question.min ?? 1, max: question.max ?? 5 };
}

/** What a person should enter, in words: the second half of every answer message (catalogue words.answer.*). */
export function describeAllowed(question: Question): string {
  const options = (question.options ?? []).map((option) => option.value);
  switch (question.type) {
    case 'select':
      return words('answer.allowed.select', { options });
    case 'multi':
      return words('answer.allowed.multi', { options });
    case 'boolean':
      return words('answer.allowed.boolean');
    case 'number': {
      const min = question.min ?? Number.NEGATIVE_INFINITY;
      const max = question.max ?? Number.POSITIVE_INFINITY;
      if (Number.isFinite(min) && Number.isFinite(max)) return words('answer.allowed.range', { min, max });
      if (Number.isFinite(min)) return words('answer.allowed.atLeast', { min });
      if (Number.isFinite(max)) return words('answer.allowed.atMost', { max });
      return words('answer.allowed.number');
    }
    case 'scale': {
      const { min, max } = scaleBounds(question);
      return words('answer.allowed.scale', { min, max });
    }
  }
}

/**
 * A given value as a person would read it in a message: text in quotes,
 * yes/no, a list: never a type name such as "string" (issue 12, point 9).
 */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'boolean') return words(value ? 'answer.shown.yes' : 'answer.shown.no');
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return words('answer.shown.list');
  if (value === null || value === undefined) return words('answer.shown.nothing');
  return words('answer.shown.mapping');
}

/**
 * Checks one answer; returns an error message or null. The message says in
 * words what is wrong and what to enter instead:
 * `"shareOfWallet": "many" is not a number; enter a number from 0 to 100`.
 */
export function checkAnswer(question: Question, value: unknown): string | null {
  const bad = (problem: string, params: WordParams = {}): string =>
    words('answer.bad', {
      key: question.key,
      problem: words(`answer.${problem}`, params),
      allowed: describeAllowed(question),
    });
  switch (question.type) {
    case 'select': {
      if (typeof value !== 'string') return bad('notOption', { value: shown(value) });
      const values = (question.options ?? []).map((option) => option.value);
      return values.includes(value) ? null : bad('notOption', { value: `"${value}"` });
    }
    case 'multi': {
      if (!Array.isArray(value)) return bad('notList', { value: shown(value) });
      const values = (question.options ?? []).map((option) => option.value);
      for (const item of value as unknown[]) {
        if (typeof item !== 'string' || !values.includes(item)) return bad('notOption', { value: shown(item) });
      }
      if (new Set(value).size !== value.length) return bad('twice');
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : bad('notYesNo', { value: shown(value) });
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad('notNumber', { value: shown(value) });
      if (question.min !== undefined && value < question.min) return bad('below', { value, min: question.min });
      if (question.max !== undefined && value > question.max) return bad('above', { value, max: question.max });
      return null;
    }
    case 'scale': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad('notNumber', { value: shown(value) });
      if (!Number.isInteger(value)) return bad('notWhole', { value });
      const { min, max } = scaleBounds(question);
      return value < min || value > max ? bad('outsideScale', { value }) : null;
    }
  }
}

/**
 * Validates a full answer set: unknown keys, wrong types and values outside
 * the options are problems; every message names the key and what is allowed.
 */
export function validateAnswers(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): AnswersValidation {
  const byKey = new Map(questionnaire.questions.map((question) => [question.key, question]));
  const problems: AnswerProblem[] = [];
  const clean: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    const question = byKey.get(key);
    if (!question) {
      problems.push({ key, message: words('answer.unknown', { key, known: [...byKey.keys()] }) });
      continue;
    }
    if (value === undefined || value === null) continue;
    let message = checkAnswer(question, value);
    let accepted: unknown = value;
    // Text that --set would accept ("yes", "20%", "a, b") is accepted from a file too.
    if (message && typeof value === 'string') {
      const parsed = parseAnswerText(question, value);
      if (parsed.ok && checkAnswer(question, parsed.value) === null) {
        message = null;
        accepted = parsed.value;
      }
    }
    // A list in a file is read item by item, as typed text is (`[节日问候, 定期拜访]`).
    if (
      message &&
      question.type === 'multi' &&
      Array.isArray(value) &&
      value.every((item) => typeof item === 'string')
    ) {
      const read = (value as string[]).map((item) => optionValue(question, item));
      if (checkAnswer(question, read) === null) {
        message = null;
        accepted = read;
      }
    }
    if (message) problems.push({ key, message });
    else clean[key] = Array.isArray(accepted) ? [...(accepted as string[])] : (accepted as AnswerValue);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers: clean };
}

/** Whether a question should be asked given the answers so far (and optional extra facts). */
export function isAsked(
  question: Question,
  answers: Readonly<Record<string, unknown>>,
  extraFacts: Facts = {},
): boolean {
  return evaluate(question.when, { ...extraFacts, ...(answers as Record<string, FactValue>) });
}

/** Keys of required questions that apply (per `when`) and have no answer yet, in questionnaire order. */
export function missingAnswers(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
  extraFacts: Facts = {},
): string[] {
  return questionnaire.questions
    .filter((question) => !question.optional)
    .filter((question) => answers[question.key] === undefined || answers[question.key] === null)
    .filter((question) => isAsked(question, answers, extraFacts))
    .map((question) => question.key);
}

/** Account fields that pre-fill questions when no earlier answer exists. */
export interface AccountDefaults {
  position?: string | null;
  share?: number | null;
  level?: string | null;
  targetLevel?: string | null;
  /**
   * The account was changed after the previous assessment (`acct edit`): its
   * position, share, level and target are newer than the earlier answers
   * and win over them.
   */
  changedSinceAnswers?: boolean;
}

/**
 * Pre-fill values for a new assessment: the previous answers (dropping keys
 * the questionnaire no longer has and values it no longer allows), and the
 * account's own fields for the position, share, level and target questions,
 * which fill gaps, or win when the account was edited since those answers.
 */
export function defaultsFrom(
  previousAnswers: Readonly<Record<string, unknown>> | null | undefined,
  questionnaire?: Questionnaire,
  account?: AccountDefaults,
): Answers {
  const out: Answers = {};
  const byKey = questionnaire ? new Map(questionnaire.questions.map((question) => [question.key, question])) : null;
  const put = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (byKey) {
      const question = byKey.get(key);
      if (!question || checkAnswer(question, value) !== null) return;
    }
    out[key] = Array.isArray(value) ? [...(value as string[])] : (value as AnswerValue);
  };
  const fromAccount = () => {
    if (!account) return;
    put('supplierPosition', account.position);
    put('shareOfWallet', account.share);
    put('currentLevel', account.level);
    put('targetLevel', account.targetLevel);
  };
  const fromAnswers = () => {
    for (const [key, value] of Object.entries(previousAnswers ?? {})) put(key, value);
  };
  if (account?.changedSinceAnswers) {
    fromAnswers();
    fromAccount();
  } else {
    fromAccount();
    fromAnswers();
  }
  return out;
}

/**
 * The option value a typed word means: the value itself ("Rivals Fit" →
 * "rivals-fit"), an option's label as written in the questionnaire (in either
 * language when it has both: `采购部门` → `purchasing`), or, when
 * the options are a closed vocabulary (the supplier position, the levels),
 * that value's label or synonym in either language (`次要供应商` →
 * `secondary`; vocabulary.ts). Anything else comes back as typed, for
 * checkAnswer to refuse with the options named.
 */
export function optionValue(question: Question, typed: string): string {
  const options = question.options ?? [];
  const key = vocabularyKey(typed);
  const byValue = options.find((option) => vocabularyKey(option.value) === key);
  if (byValue) return byValue.value;
  const kind = vocabularyOfValues(options.map((option) => option.value));
  const fromVocabulary = kind === null ? null : parseVocabulary(kind, typed);
  if (fromVocabulary !== null && options.some((option) => option.value === fromVocabulary)) return fromVocabulary;
  // A bilingual label is read in both languages, as input is (docs/i18n.md, Input).
  const labels = (label: LocalText): string[] => (typeof label === 'string' ? [label] : Object.values(label));
  const byLabel = options.find((option) => labels(option.label).some((label) => vocabularyKey(label) === key));
  return byLabel ? byLabel.value : canonicalEnumInput(typed);
}

/** Words that mean "none of the options" in a multiple choice. */
const NO_OPTIONS = new Set(['', '-', 'none', '无', '没有', '都没有', '无以上']);

/**
 * Reads typed text (from a prompt or `--answer key=value`) into an answer
 * value: select values are matched loosely ("Rivals Fit" → "rivals-fit", a
 * vocabulary's Chinese label or synonym → its id, see optionValue), multi
 * values are separated by commas (or the Chinese 、，), booleans accept
 * yes/no/y/n/true/false and 是/否/有/无.
 */
export function parseAnswerText(
  question: Question,
  text: string,
): { ok: true; value: AnswerValue } | { ok: false; message: string } {
  const trimmed = text.trim();
  let value: unknown;
  switch (question.type) {
    case 'select':
      value = optionValue(question, trimmed);
      break;
    case 'multi':
      value = NO_OPTIONS.has(trimmed.normalize('NFKC').toLowerCase())
        ? []
        : trimmed
            .split(/[,，、;；]/)
            .map((part) => part.trim())
            .filter((part) => part !== '')
            .map((part) => optionValue(question, part));
      break;
    case 'boolean': {
      const word = parseVocabulary('yesNo', trimmed);
      value = word === null ? trimmed : word === 'yes';
      break;
    }
    case 'number':
    case 'scale':
      // The one strict parser (domain/numbers.ts): 0x10, 1e3 or 12,34 stay text and are refused by checkAnswer.
      value = parseDecimal(trimmed.replace(/%$/, '')) ?? trimmed;
      break;
  }
  const message = checkAnswer(question, value);
  return message ? { ok: false, message } : { ok: true, value: value as AnswerValue };
}
