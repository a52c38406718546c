/**
 * Loads the questionnaire and playbooks: the shipped ones in the package's
 * playbooks/ folder, then an optional user folder on top.
 *
 * Layering rules:
 * - a file with a top-level `questions` list (normally assessment.yaml) is a
 *   questionnaire; user questions with a shipped key replace that question,
 *   new keys are appended;
 * - any other .yaml/.yml file is a playbook;
 * - a user playbook with a new id is added; one with a shipped id replaces
 *   that playbook's title/version/description/applies_when and merges its plays;
 * - a user play whose id exists in a shipped playbook replaces that play in
 *   place (wherever it lives); other user plays are added to their playbook;
 * - play ids (and playbook ids) must be unique within each layer.
 * A shipped playbook changed only by user play overrides gets "+local"
 * appended to its version. Every playbook carries a content hash.
 *
 * All problems of all files are collected and thrown together as a
 * PlaybookError; nothing is half-applied.
 *
 * Start-up (issue 10, point 5): a file whose bytes the build compiled
 * (compiled.ts) is read from the compiled form, without the YAML library
 * (JSON.parse is about ten times faster); any other file, an edited shipped
 * one included, is parsed from YAML as before. The trust checks of files.ts
 * and the validation below apply to both alike.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Document, LineCounter, Node } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../errors.js';
import { factCatalogue, type FactCatalogue } from '../domain/assessment/catalogue.js';
import { excerpt } from '../domain/assessment/check-condition.js';
import type { Question, Questionnaire } from '../domain/assessment/questions.js';
import type { LoadedPlaybook, Play, Playbook, PlaybookVersion } from '../domain/assessment/types.js';
import {
  COMPILED_FORMAT,
  SHIPPED_PLAYBOOKS_DIR,
  SHIPPED_POLICY,
  USER_POLICY,
  compiledEntry,
  compiledOr,
  compiledQuestionnaire,
  contentHash,
  fileHash,
  mayHoldQuestions,
  mergeQuestionnaires,
  survivesJson,
  type CompiledPlaybooks,
} from './compiled.js';
import { listPlaybookFiles, readPlaybookFile, type ReadPolicy } from './files.js';
import { parseOptions, playbookSchema, questionnaireSchema } from './schema.js';
import { t } from '../i18n/index.js';

export {
  COMPILED_PLAYBOOKS_FILE,
  SHIPPED_PLAYBOOKS_DIR,
  contentHash,
  fileHash,
  mayHoldQuestions,
  type CompiledPlaybooks,
} from './compiled.js';

/** A problem at file:line:col; line 0 means the file (or folder) as a whole. */
export interface PlaybookProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** A message longer than this was built from something it should not have quoted whole. */
const MESSAGE_LIMIT = 400;

export function formatProblem(problem: PlaybookProblem): string {
  const message =
    problem.message.length > MESSAGE_LIMIT ? `${problem.message.slice(0, MESSAGE_LIMIT)}…` : problem.message;
  return problem.line > 0
    ? `${problem.file}:${problem.line}:${problem.col}: ${message}`
    : `${problem.file}: ${message}`;
}

/** After this many problems in one file the rest are counted, not listed. */
const PROBLEMS_PER_FILE = 20;

export class PlaybookError extends UserError {
  override name = 'PlaybookError';
  constructor(readonly problems: PlaybookProblem[]) {
    super(
      t('playbooks.problems', { count: problems.length, list: problems.map(formatProblem).join('\n') }),
      t('playbooks.problems.hint'),
    );
  }
}

export interface LoadedQuestionnaire extends Questionnaire {
  hash: string;
  files: string[];
}

export interface LoadedPlaybooks {
  questionnaire: LoadedQuestionnaire;
  playbooks: LoadedPlaybook[];
  /** id, version and hash of each playbook, to store with an assessment. */
  versions: PlaybookVersion[];
  /** The fact names conditions may use (built-in plus questionnaire keys). */
  facts: FactCatalogue;
}

export interface LoadOptions {
  /** A folder of the user's own playbooks (and optionally assessment.yaml). */
  userDir?: string | null;
  /** Defaults to the package's playbooks/ folder. */
  shippedDir?: string;
  /**
   * Parsed files by the hash of their bytes; defaults to the form the build
   * wrote beside this module (none when running from src/). null: parse all.
   */
  compiled?: CompiledPlaybooks | null;
}

type YamlLibrary = typeof import('yaml');
let yamlLibrary: YamlLibrary | undefined;

/**
 * The YAML library, loaded on the first file without a compiled form: its
 * CommonJS build, through require, so that loading stays synchronous.
 */
function yaml(): YamlLibrary {
  yamlLibrary ??= createRequire(import.meta.url)('yaml') as YamlLibrary;
  return yamlLibrary;
}

// --- reading files -----------------------------------------------------------

interface ParsedFile {
  file: string;
  data: unknown;
  /** Line and column of the node at a path (or of its deepest existing ancestor). */
  at: (path: readonly PropertyKey[]) => { line: number; col: number };
}

interface YamlSource {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

function position(source: YamlSource, offset: number): { line: number; col: number } {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, col };
}

function problemAt(parsed: ParsedFile, issuePath: readonly PropertyKey[], message: string): PlaybookProblem {
  return { file: parsed.file, ...parsed.at(issuePath), message };
}

/** The node at `issuePath`, or the deepest existing ancestor. */
function nodeOffset(doc: Document.Parsed, issuePath: readonly PropertyKey[]): number {
  const { isCollection, isMap, isPair, isScalar } = yaml();
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of issuePath) {
    if (!isCollection(node)) break;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key),
      );
      if (!pair) break;
      next = pair.value ?? pair.key;
      if (next === null || next === undefined) {
        offset = (pair.key as Node | null)?.range?.[0] ?? offset;
        break;
      }
    } else {
      next = typeof key === 'number' ? node.items[key] : undefined;
      if (next === undefined) break;
    }
    const range = (next as Node).range;
    if (range) offset = range[0];
    node = next;
  }
  return offset;
}

function describePath(issuePath: readonly PropertyKey[]): string {
  let out = '';
  for (const key of issuePath) out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  return out;
}

function valueAt(data: unknown, issuePath: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of issuePath) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function zodProblems(parsed: ParsedFile, error: z.ZodError): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  for (const issue of error.issues) {
    const issuePath = [...issue.path];
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...issuePath, key];
        const where = describePath(/^[\w-]{1,40}$/.test(key) ? keyPath : issuePath);
        const message = t('playbooks.field.unknown', { key: excerpt(key) });
        problems.push(problemAt(parsed, keyPath, where ? `${where}: ${message}` : message));
      }
      continue;
    }
    if (issue.code === 'invalid_type' && valueAt(parsed.data, issuePath) === undefined && issuePath.length > 0) {
      message = t('playbooks.field.missing', { field: String(issuePath.at(-1)) });
    } else if (issue.code === 'invalid_type' && message.startsWith('Invalid input')) {
      const actual = valueAt(parsed.data, issuePath);
      const got = Array.isArray(actual)
        ? t('playbooks.field.aList')
        : actual === null
          ? t('playbooks.field.nothing')
          : typeof actual;
      message = t('playbooks.field.expected', { expected: issue.expected, got });
    }
    const where = describePath(issuePath);
    problems.push(problemAt(parsed, issuePath, where ? `${where}: ${message}` : message));
  }
  return problems;
}

const SPACE = ' \t\r\n';
/** What may come right before a quoted scalar's opening quote. */
const TOKEN_BEFORE = `${SPACE}[{,:-?`;

/** More flow nesting ([ and {) than any playbook needs; deeper input is refused before parsing. */
const MAX_FLOW_DEPTH = 100;

/**
 * The deepest [ / { nesting in YAML text, roughly: quoted text and comments
 * are skipped. Linear, so a file nested 100,000 levels deep (which the YAML
 * parser would take seconds on) is refused at once.
 */
function flowDepth(text: string): number {
  // Fewer openings than the limit cannot nest past it: most files stop here.
  let openings = 0;
  for (const opener of ['[', '{']) {
    for (let at = text.indexOf(opener); at !== -1 && openings <= MAX_FLOW_DEPTH; at = text.indexOf(opener, at + 1))
      openings++;
  }
  if (openings <= MAX_FLOW_DEPTH) return openings;
  let depth = 0;
  let deepest = 0;
  let previous = '\n';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const tokenStart = TOKEN_BEFORE.includes(previous);
    if ((char === '"' || char === "'") && tokenStart) {
      // Skip the quoted scalar ("" with backslash escapes, '' with doubled quotes).
      for (index++; index < text.length; index++) {
        if (char === '"' && text[index] === '\\') index++;
        else if (text[index] === char) break;
      }
    } else if (char === '#' && SPACE.includes(previous)) {
      while (index < text.length && text[index] !== '\n') index++;
    } else if (char === '[' || char === '{') {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--;
    }
    previous = text[index] ?? '\n';
  }
  return deepest;
}

/**
 * The first line of a YAML library message, at most 120 characters, controls
 * escaped: such messages rarely quote the file, and then only briefly.
 */
function yamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  const cut = first.length > 120 ? `${first.slice(0, 120)}…` : first;
  return JSON.stringify(cut).slice(1, -1);
}

function readParsed(
  file: string,
  policy: ReadPolicy,
  problems: PlaybookProblem[],
  compiled: CompiledPlaybooks | null,
): ParsedFile | null {
  const text = readPlaybookFile(file, policy, problems);
  return text === null ? null : parseText(file, text, problems, compiled);
}

/**
 * The file's data: from the compiled form when its bytes hash to an entry
 * there, else parsed from YAML. Positions (wanted only for a problem) then
 * come from parsing the text after all.
 */
function parseText(
  file: string,
  text: string,
  problems: PlaybookProblem[],
  compiled: CompiledPlaybooks | null,
): ParsedFile | null {
  const entry = compiledEntry(compiled, text);
  if (!entry) return parseYaml(file, text, problems);
  let source: YamlSource | undefined;
  const at = (path: readonly PropertyKey[]) => {
    // The text parsed cleanly when it was compiled, and these are its bytes.
    source ??= yamlSource(text);
    return position(source, nodeOffset(source.doc, path));
  };
  return { file, data: entry.data, at };
}

function yamlSource(text: string): YamlSource {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, keepSourceTokens: false, uniqueKeys: true });
  return { doc, lineCounter };
}

function parseYaml(file: string, text: string, problems: PlaybookProblem[]): ParsedFile | null {
  if (flowDepth(text) > MAX_FLOW_DEPTH) {
    problems.push({ file, line: 0, col: 0, message: t('playbooks.yaml.tooDeep', { depth: MAX_FLOW_DEPTH }) });
    return null;
  }
  const source = yamlSource(text);
  const { doc } = source;
  const parsed: ParsedFile = { file, data: undefined, at: (path) => position(source, nodeOffset(doc, path)) };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const message = t('playbooks.yaml.syntax', { reason: yamlMessage(error.message) });
      problems.push({ file, ...position(source, error.pos[0]), message });
    }
    return null;
  }
  try {
    // The yaml package refuses alias expansion beyond this count: the "billion laughs" defence.
    parsed.data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const aliases = error instanceof ReferenceError && /alias/i.test(error.message);
    problems.push({
      file,
      line: 0,
      col: 0,
      message: aliases
        ? t('playbooks.yaml.aliases')
        : t('playbooks.yaml.unreadable', { reason: yamlMessage((error as Error).message) }),
    });
    return null;
  }
  if (parsed.data === null || parsed.data === undefined) {
    problems.push({ file, line: 1, col: 1, message: t('playbooks.yaml.empty') });
    return null;
  }
  if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    problems.push(problemAt(parsed, [], t('playbooks.yaml.notMapping')));
    return null;
  }
  return parsed;
}

function isQuestionnaireData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'questions' in data;
}

/** The playbook files of a folder (or the file named), after the checks of files.ts. */
export function yamlFiles(
  target: string,
  policy: ReadPolicy = USER_POLICY,
  problems: PlaybookProblem[] = [],
): string[] {
  return listPlaybookFiles(target, policy, problems);
}

// --- one layer ---------------------------------------------------------------

interface PlaybookEntry {
  playbook: Playbook;
  file: string;
}

function parseQuestionnaires(
  files: ParsedFile[],
  known: Question[],
  problems: PlaybookProblem[],
): { questionnaire: Questionnaire; file: string }[] {
  const out: { questionnaire: Questionnaire; file: string }[] = [];
  for (const parsed of files) {
    const result = questionnaireSchema(known).safeParse(parsed.data, parseOptions());
    if (!result.success) problems.push(...zodProblems(parsed, result.error));
    else out.push({ questionnaire: result.data, file: parsed.file });
  }
  return out;
}

function parsePlaybooks(files: ParsedFile[], catalogue: FactCatalogue, problems: PlaybookProblem[]): PlaybookEntry[] {
  const entries: PlaybookEntry[] = [];
  // Where each id was first seen, as file:line:col, worked out when a duplicate needs it.
  const playSeen = new Map<string, () => string>();
  const bookSeen = new Map<string, () => string>();
  for (const parsed of files) {
    const result = playbookSchema(catalogue).safeParse(parsed.data, parseOptions());
    if (!result.success) {
      problems.push(...zodProblems(parsed, result.error));
      continue;
    }
    const playbook = result.data;
    // Positions only for a report: for a compiled file, finding them means parsing its YAML.
    const where = (path: readonly PropertyKey[]) => {
      const { line, col } = parsed.at(path);
      return { line, col, text: `${parsed.file}:${line}:${col}` };
    };
    // A play id given twice in one file is placed at its last occurrence.
    const playIndex = new Map(playbook.plays.map((play, index) => [play.id, index]));
    const playAt = (id: string) => where(['plays', playIndex.get(id)!, 'id']);
    const previousBook = bookSeen.get(playbook.id);
    if (previousBook) {
      const { line, col } = where(['id']);
      problems.push({
        file: parsed.file,
        line,
        col,
        message: t('playbooks.duplicateBook', { id: excerpt(playbook.id), at: previousBook() }),
      });
      continue;
    }
    bookSeen.set(playbook.id, () => where(['id']).text);
    let duplicate = false;
    for (const play of playbook.plays) {
      const previous = playSeen.get(play.id);
      if (previous) {
        const { line, col } = playAt(play.id);
        problems.push({
          file: parsed.file,
          line,
          col,
          message: t('playbooks.duplicatePlay', { id: excerpt(play.id), at: previous() }),
        });
        duplicate = true;
      } else {
        playSeen.set(play.id, () => playAt(play.id).text);
      }
    }
    if (!duplicate) entries.push({ playbook, file: parsed.file });
  }
  return entries;
}

function splitLayer(
  files: readonly string[],
  policy: ReadPolicy,
  problems: PlaybookProblem[],
  compiled: CompiledPlaybooks | null,
): { questionnaireFiles: ParsedFile[]; playbookFiles: ParsedFile[] } {
  const all = files
    .map((file) => readParsed(file, policy, problems, compiled))
    .filter((parsed): parsed is ParsedFile => parsed !== null);
  return {
    questionnaireFiles: all.filter((parsed) => isQuestionnaireData(parsed.data)),
    playbookFiles: all.filter((parsed) => !isQuestionnaireData(parsed.data)),
  };
}

// --- public API ---------------------------------------------------------------

/**
 * Loads the questionnaire alone (shipped, then the user's folder over it),
 * parsing only files that may hold questions: what `acct assess --questions`
 * needs, without the cost of every playbook. The folder checks are those of
 * loadPlaybooks; problems in playbook files are not looked for.
 */
export function loadQuestionnaire(options: LoadOptions = {}): LoadedQuestionnaire {
  const fromBuild = compiledQuestionnaire(options);
  if (fromBuild) return fromBuild;
  const problems: PlaybookProblem[] = [];
  const shippedDir = options.shippedDir ?? SHIPPED_PLAYBOOKS_DIR;
  const compiled = compiledOr(options.compiled);
  const layer = (dir: string, policy: ReadPolicy): ParsedFile[] =>
    listPlaybookFiles(dir, policy, problems).flatMap((file) => {
      const text = readPlaybookFile(file, policy, problems);
      if (text === null || !mayHoldQuestions(text)) return [];
      const parsed = parseText(file, text, problems, compiled);
      return parsed && isQuestionnaireData(parsed.data) ? [parsed] : [];
    });
  const shippedFiles = layer(shippedDir, SHIPPED_POLICY);
  const userFiles = options.userDir ? layer(options.userDir, USER_POLICY) : [];
  const shipped = parseQuestionnaires(shippedFiles, [], problems);
  const base = mergeQuestionnaires(
    null,
    shipped.map((entry) => entry.questionnaire),
  );
  const user = parseQuestionnaires(userFiles, base?.questions ?? [], problems);
  const questionnaire = mergeQuestionnaires(
    base,
    user.map((entry) => entry.questionnaire),
  );
  if (questionnaire === null && problems.length === 0) problems.push(noQuestionnaire(shippedDir));
  if (problems.length > 0 || questionnaire === null) throw new PlaybookError(sortProblems(problems));
  return {
    ...questionnaire,
    hash: contentHash(questionnaire),
    files: [...shipped, ...user].map((entry) => entry.file),
  };
}

function noQuestionnaire(dir: string): PlaybookProblem {
  return { file: dir, line: 0, col: 0, message: t('playbooks.noQuestionnaire') };
}

/**
 * Loads shipped and user playbooks and the questionnaire. Throws
 * PlaybookError listing every problem when anything is wrong.
 */
export function loadPlaybooks(options: LoadOptions = {}): LoadedPlaybooks {
  const problems: PlaybookProblem[] = [];
  const shippedDir = options.shippedDir ?? SHIPPED_PLAYBOOKS_DIR;
  const shippedFiles = listPlaybookFiles(shippedDir, SHIPPED_POLICY, problems);
  const userFiles = options.userDir ? listPlaybookFiles(options.userDir, USER_POLICY, problems) : [];

  const compiled = compiledOr(options.compiled);
  const shipped = splitLayer(shippedFiles, SHIPPED_POLICY, problems, compiled);
  const user = splitLayer(userFiles, USER_POLICY, problems, compiled);

  const shippedQuestionnaires = parseQuestionnaires(shipped.questionnaireFiles, [], problems);
  const baseQuestionnaire = mergeQuestionnaires(
    null,
    shippedQuestionnaires.map((entry) => entry.questionnaire),
  );
  const userQuestionnaires = parseQuestionnaires(user.questionnaireFiles, baseQuestionnaire?.questions ?? [], problems);
  const questionnaire = mergeQuestionnaires(
    baseQuestionnaire,
    userQuestionnaires.map((entry) => entry.questionnaire),
  );
  if (questionnaire === null && problems.length === 0) problems.push(noQuestionnaire(shippedDir));
  const catalogue = factCatalogue(questionnaire ?? undefined);

  const shippedBooks = parsePlaybooks(shipped.playbookFiles, catalogue, problems);
  const userBooks = parsePlaybooks(user.playbookFiles, catalogue, problems);
  if (problems.length > 0 || questionnaire === null) throw new PlaybookError(sortProblems(problems));

  // Merge user layer over shipped layer.
  const books = shippedBooks.map((entry) => ({
    playbook: { ...entry.playbook, plays: [...entry.playbook.plays] },
    files: [entry.file],
    replaced: false,
    overridden: false,
  }));
  const findPlay = (id: string): { book: (typeof books)[number]; index: number } | null => {
    for (const book of books) {
      const index = book.playbook.plays.findIndex((play) => play.id === id);
      if (index >= 0) return { book, index };
    }
    return null;
  };
  for (const entry of userBooks) {
    const own = books.find((book) => book.playbook.id === entry.playbook.id);
    const added: Play[] = [];
    for (const play of entry.playbook.plays) {
      const hit = findPlay(play.id);
      if (hit) {
        hit.book.playbook.plays[hit.index] = play;
        hit.book.overridden = true;
        if (!hit.book.files.includes(entry.file)) hit.book.files.push(entry.file);
      } else {
        added.push(play);
      }
    }
    if (own) {
      const { plays: _plays, ...meta } = entry.playbook;
      own.playbook = { ...meta, plays: [...own.playbook.plays, ...added] };
      if (!entry.playbook.appliesWhen) delete own.playbook.appliesWhen;
      own.replaced = true;
      if (!own.files.includes(entry.file)) own.files.push(entry.file);
    } else if (added.length > 0) {
      books.push({
        playbook: { ...entry.playbook, plays: added },
        files: [entry.file],
        replaced: true,
        overridden: false,
      });
    }
  }

  const playbooks: LoadedPlaybook[] = books.map((book) => {
    const playbook: Playbook = {
      ...book.playbook,
      version: book.overridden && !book.replaced ? `${book.playbook.version}+local` : book.playbook.version,
    };
    return { ...playbook, hash: contentHash(playbook), files: book.files };
  });
  const loadedQuestionnaire: LoadedQuestionnaire = {
    ...questionnaire,
    hash: contentHash(questionnaire),
    files: [...shippedQuestionnaires, ...userQuestionnaires].map((entry) => entry.file),
  };
  return {
    questionnaire: loadedQuestionnaire,
    playbooks,
    versions: playbooks.map((playbook) => ({ id: playbook.id, version: playbook.version, hash: playbook.hash })),
    facts: catalogue,
  };
}

/**
 * Checks files (or folders of them) without loading them, for
 * `acct playbook validate`. Conditions are checked against the built-in facts
 * plus the shipped questionnaire and any questionnaire among `paths`. Duplicate
 * ids are reported within the given files. Returns every problem, sorted; an
 * empty list means the files are valid.
 */
export function validatePlaybookFiles(
  paths: readonly string[],
  options: Pick<LoadOptions, 'shippedDir' | 'compiled'> = {},
): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const files = paths.flatMap((target) => listPlaybookFiles(target, USER_POLICY, problems));
  const compiled = compiledOr(options.compiled);
  const given = splitLayer(files, USER_POLICY, problems, compiled);
  const shippedDir = options.shippedDir ?? SHIPPED_PLAYBOOKS_DIR;
  const shippedQuestionnaireFiles = listPlaybookFiles(shippedDir, SHIPPED_POLICY, [])
    .filter((file) => !files.includes(file))
    .map((file) => readParsed(file, SHIPPED_POLICY, [], compiled))
    .filter((parsed): parsed is ParsedFile => parsed !== null && isQuestionnaireData(parsed.data));
  const base = mergeQuestionnaires(
    null,
    parseQuestionnaires(shippedQuestionnaireFiles, [], []).map((entry) => entry.questionnaire),
  );
  const givenQuestionnaires = parseQuestionnaires(given.questionnaireFiles, base?.questions ?? [], problems);
  const questionnaire = mergeQuestionnaires(
    base,
    givenQuestionnaires.map((entry) => entry.questionnaire),
  );
  parsePlaybooks(given.playbookFiles, factCatalogue(questionnaire ?? undefined), problems);
  return sortProblems(problems);
}

/** Sorted by place; beyond PROBLEMS_PER_FILE in one file, one line counts the rest. */
function sortProblems(problems: PlaybookProblem[]): PlaybookProblem[] {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  const out: PlaybookProblem[] = [];
  for (let start = 0; start < sorted.length;) {
    const file = sorted[start]!.file;
    let end = start;
    while (end < sorted.length && sorted[end]!.file === file) end++;
    out.push(...sorted.slice(start, Math.min(end, start + PROBLEMS_PER_FILE)));
    if (end - start > PROBLEMS_PER_FILE)
      out.push({ file, line: 0, col: 0, message: t('playbooks.more', { count: end - start - PROBLEMS_PER_FILE }) });
    start = end;
  }
  return out;
}

/**
 * The compiled form of a folder of shipped playbooks, for `npm run build`
 * (scripts/compile-playbooks.mjs): every file's parsed data by the SHA-256 of
 * its bytes. Throws PlaybookError when the folder does not load cleanly, so a
 * broken shipped playbook fails the build rather than a user's command.
 */
export function compilePlaybooks(dir: string = SHIPPED_PLAYBOOKS_DIR): CompiledPlaybooks {
  loadPlaybooks({ shippedDir: dir, compiled: null });
  const problems: PlaybookProblem[] = [];
  const files: CompiledPlaybooks['files'] = {};
  for (const file of listPlaybookFiles(dir, SHIPPED_POLICY, problems)) {
    const text = readPlaybookFile(file, SHIPPED_POLICY, problems);
    const parsed = text === null ? null : parseYaml(file, text, problems);
    if (text === null || parsed === null) continue;
    // Data JSON cannot carry as it is (.inf, .nan) stays out: that file is parsed from YAML at run time.
    if (!survivesJson(parsed.data)) continue;
    const entry: CompiledPlaybooks['files'][string] = { name: path.basename(file), data: parsed.data };
    if (isQuestionnaireData(parsed.data)) {
      const [shipped] = parseQuestionnaires([parsed], [], problems);
      if (shipped && survivesJson(shipped.questionnaire)) entry.questionnaire = shipped.questionnaire;
    }
    files[fileHash(text)] = entry;
  }
  if (problems.length > 0) throw new PlaybookError(sortProblems(problems));
  return { format: COMPILED_FORMAT, files };
}
