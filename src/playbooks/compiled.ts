/**
 * The compiled form of the shipped playbooks (issue 10, point 5: start-up),
 * and what reading the questionnaire needs without the YAML and schema
 * libraries. `npm run build` (scripts/compile-playbooks.mjs, compilePlaybooks
 * in load.ts) writes dist/playbooks/compiled-playbooks.json: each shipped
 * file's parsed data, keyed by the SHA-256 of its bytes, and for a
 * questionnaire also the questionnaire its validation gave. A file whose
 * bytes hash to an entry is read from there; any other file (an edited
 * shipped file, a user's file) is parsed and validated as before.
 *
 * This module imports no YAML or schema library, so `acct assess --questions`
 * on the shipped files loads neither (compiledQuestionnaire).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Questionnaire } from '../domain/assessment/questions.js';
import { listPlaybookFiles, readPlaybookFile, type FileProblem, type ReadPolicy } from './files.js';
import type { LoadedQuestionnaire } from './load.js';

export const COMPILED_FORMAT = 1;

/** What `npm run build` writes. */
export interface CompiledPlaybooks {
  format: typeof COMPILED_FORMAT;
  files: Record<string, CompiledFile>;
}

export interface CompiledFile {
  name: string;
  /** The file's YAML as data, before validation. */
  data: unknown;
  /** For a questionnaire file: what validating it as a shipped questionnaire gave. */
  questionnaire?: Questionnaire;
}

/** The package's playbooks/ folder: ../../playbooks from both src/playbooks and dist/playbooks. */
export const SHIPPED_PLAYBOOKS_DIR = fileURLToPath(new URL('../../playbooks/', import.meta.url));

/** Where the build puts the compiled form: beside dist/playbooks/load.js. */
export const COMPILED_PLAYBOOKS_FILE = fileURLToPath(new URL('./compiled-playbooks.json', import.meta.url));

export const USER_POLICY: ReadPolicy = { checkOwner: true };
export const SHIPPED_POLICY: ReadPolicy = { checkOwner: false };

/** The build's compiled form, or null when there is none (running from src/) or it is unreadable. */
export function builtCompiled(): CompiledPlaybooks | null {
  let text: string;
  try {
    text = readFileSync(COMPILED_PLAYBOOKS_FILE, 'utf8');
  } catch {
    return null;
  }
  try {
    const value = JSON.parse(text) as Partial<CompiledPlaybooks>;
    // Another format (an older build): ignore it and parse the YAML, as without one.
    return value.format === COMPILED_FORMAT && typeof value.files === 'object' && value.files !== null
      ? (value as CompiledPlaybooks)
      : null;
  } catch {
    return null;
  }
}

/** The compiled form given (null: none), else the build's. */
export function compiledOr(given: CompiledPlaybooks | null | undefined): CompiledPlaybooks | null {
  return given === undefined ? builtCompiled() : given;
}

/** The entry for a file's text, if its bytes are compiled. */
export function compiledEntry(compiled: CompiledPlaybooks | null, text: string): CompiledFile | undefined {
  if (!compiled) return undefined;
  const hash = fileHash(text);
  return Object.hasOwn(compiled.files, hash) ? compiled.files[hash] : undefined;
}

/** SHA-256 of a file's bytes (its text as read, encoded as UTF-8 again). */
export function fileHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * True when JSON keeps `value` as it is (a property that is undefined is
 * dropped, as nobody can tell): no .inf, .nan, -0, dates or holes.
 */
export function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((item) => item !== undefined && survivesJson(item));
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.entries(value).every(
    ([key, item]) => key !== '__proto__' && (item === undefined || survivesJson(item)),
  );
}

export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/**
 * Could this text be a questionnaire (a top-level `questions` key)? A
 * conservative look at the text, so `acct assess --questions` parses only the
 * files that may hold questions: a false "yes" costs a parse, never a wrong
 * answer, since the parsed data decides.
 */
export function mayHoldQuestions(text: string): boolean {
  return /(?:^|[\s{,])["']?questions["']?[ \t]*:/m.test(text);
}

/** A user layer's questions replace shipped ones by key; new keys are appended. */
export function mergeQuestionnaires(
  base: Questionnaire | null,
  overlays: readonly Questionnaire[],
): Questionnaire | null {
  let merged = base;
  for (const overlay of overlays) {
    if (merged === null) {
      merged = overlay;
      continue;
    }
    const questions = merged.questions.map(
      (question) => overlay.questions.find((other) => other.key === question.key) ?? question,
    );
    for (const question of overlay.questions)
      if (!questions.some((other) => other.key === question.key)) questions.push(question);
    merged = {
      id: merged.id,
      title: overlay.title,
      version: overlay.version === merged.version ? merged.version : `${merged.version}+${overlay.version}`,
      ...((overlay.description ?? merged.description)
        ? { description: overlay.description ?? merged.description }
        : {}),
      questions,
    };
  }
  return merged;
}

/**
 * The questionnaire from the compiled form alone, or null when that is not
 * enough: a shipped file that may hold questions is not compiled (edited
 * since the build), the user's folder has a file that may hold questions, or
 * anything is refused or unreadable. Then loadQuestionnaire (load.ts) parses,
 * validates and reports as always; this gives what it would give.
 */
export function compiledQuestionnaire(
  options: { userDir?: string | null; shippedDir?: string; compiled?: CompiledPlaybooks | null } = {},
): LoadedQuestionnaire | null {
  const compiled = compiledOr(options.compiled);
  if (!compiled) return null;
  const problems: FileProblem[] = [];
  const shippedDir = options.shippedDir ?? SHIPPED_PLAYBOOKS_DIR;
  const questionnaires: Questionnaire[] = [];
  const files: string[] = [];
  for (const file of listPlaybookFiles(shippedDir, SHIPPED_POLICY, problems)) {
    const text = readPlaybookFile(file, SHIPPED_POLICY, problems);
    if (text === null || !mayHoldQuestions(text)) continue;
    const entry = compiledEntry(compiled, text);
    if (!entry) return null;
    const isQuestionnaire = typeof entry.data === 'object' && entry.data !== null && 'questions' in entry.data;
    if (!isQuestionnaire) continue;
    if (!entry.questionnaire) return null;
    questionnaires.push(entry.questionnaire);
    files.push(file);
  }
  if (options.userDir) {
    for (const file of listPlaybookFiles(options.userDir, USER_POLICY, problems)) {
      const text = readPlaybookFile(file, USER_POLICY, problems);
      // The user's questions are validated against the shipped ones: the full path does that.
      if (text !== null && mayHoldQuestions(text)) return null;
    }
  }
  const questionnaire = mergeQuestionnaires(null, questionnaires);
  if (problems.length > 0 || questionnaire === null) return null;
  return { ...questionnaire, hash: contentHash(questionnaire), files };
}
