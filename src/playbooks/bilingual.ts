/**
 * The shipped playbooks and questionnaire speak both languages
 * (docs/playbooks.md §Languages): every text a person reads has an English
 * and a Chinese version. `acct playbook validate` reports each one missing,
 * naming the play or question. A team's own files may be in one language.
 */
import { readFileSync } from 'node:fs';
import { t } from '../i18n/index.js';
import { LANGUAGES, type Lang } from '../domain/language.js';
import { textLanguages, type LocalText } from '../domain/local-text.js';
import {
  PlaybookError,
  SHIPPED_PLAYBOOKS_DIR,
  loadPlaybooks,
  type LoadedPlaybooks,
  type LoadedQuestionnaire,
  type PlaybookProblem,
} from './load.js';
import type { LoadedPlaybook } from '../domain/assessment/types.js';

/** The line where `key: value` first appears in a file (1-based), 0 when it cannot be read or found. */
function lineOf(file: string, key: string, value: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 0;
  }
  const pattern = new RegExp(
    `^\\s*(?:-\\s+)?${key}:\\s*['"]?${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*$`,
  );
  const index = text.split('\n').findIndex((line) => pattern.test(line));
  return index + 1;
}

/** The languages a text lacks; a plain string counts as one language only (which one is not said). */
function missing(text: LocalText | undefined): Lang[] {
  if (text === undefined) return [];
  const has = textLanguages(text);
  if (has === null) return ['zh-CN'];
  return LANGUAGES.filter((lang) => !has.includes(lang));
}

function describe(field: string, langs: Lang[]): string {
  return t('playbooks.untranslated', { field, langs });
}

/** Every field of the shipped playbooks and questionnaire that lacks a language, as problems. */
export function untranslated(
  playbooks: readonly LoadedPlaybook[],
  questionnaire: LoadedQuestionnaire,
): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  for (const book of playbooks) {
    const file = book.files[0] ?? book.id;
    const bookLine = lineOf(file, 'id', book.id);
    for (const [field, text] of [
      ['title', book.title],
      ['description', book.description],
    ] as const) {
      const lacking = missing(text);
      if (lacking.length > 0)
        problems.push({
          file,
          line: bookLine,
          col: bookLine > 0 ? 1 : 0,
          message: t('playbooks.in.playbook', { id: book.id, message: describe(field, lacking) }),
        });
    }
    for (const play of book.plays) {
      const fields: [string, LocalText][] = [
        ['title', play.title],
        ['why', play.why],
        ...play.steps.map((step, index): [string, LocalText] => [`steps[${index}]`, step]),
      ];
      for (const [field, text] of fields) {
        const lacking = missing(text);
        if (lacking.length === 0) continue;
        const line = lineOf(file, 'id', play.id);
        problems.push({
          file,
          line,
          col: line > 0 ? 1 : 0,
          message: t('playbooks.in.play', { id: play.id, message: describe(field, lacking) }),
        });
      }
    }
  }
  const file = questionnaire.files[0] ?? questionnaire.id;
  for (const [field, text] of [
    ['title', questionnaire.title],
    ['description', questionnaire.description],
  ] as const) {
    const lacking = missing(text);
    if (lacking.length > 0)
      problems.push({
        file,
        line: 0,
        col: 0,
        message: t('playbooks.in.questionnaire', { message: describe(field, lacking) }),
      });
  }
  for (const question of questionnaire.questions) {
    const fields: [string, LocalText | undefined][] = [
      ['prompt', question.prompt],
      ['section', question.section],
      ['help', question.help],
      ...(question.options ?? []).map((option): [string, LocalText] => [`options.${option.value}`, option.label]),
      ...(question.labels ?? []).map((label, index): [string, LocalText] => [`labels[${index}]`, label]),
    ];
    for (const [field, text] of fields) {
      const lacking = missing(text);
      if (lacking.length === 0) continue;
      const line = lineOf(file, 'key', question.key);
      problems.push({
        file,
        line,
        col: line > 0 ? 1 : 0,
        message: t('playbooks.in.question', { key: question.key, message: describe(field, lacking) }),
      });
    }
  }
  return problems;
}

/**
 * The shipped layer alone, checked for both languages. A shipped file that
 * does not load is reported by loading itself, so it yields nothing here.
 */
export function shippedTranslationProblems(shippedDir: string = SHIPPED_PLAYBOOKS_DIR): PlaybookProblem[] {
  let loaded: LoadedPlaybooks;
  try {
    loaded = loadPlaybooks({ shippedDir, userDir: null });
  } catch (error) {
    if (error instanceof PlaybookError) return [];
    throw error;
  }
  return untranslated(loaded.playbooks, loaded.questionnaire);
}
