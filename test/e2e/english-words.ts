/**
 * The kit of the zh-CN tests (issue 14). The English-leak detector: the Latin words
 * acct prints of its own in English — catalogue messages and enum labels —
 * less any word the Chinese catalogue prints as well (commands, flags,
 * setting names such as acct, plan, role).
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { BIN } from '../helpers.js';
import { catalogue as english } from '../../src/i18n/en/index.js';
import { catalogue as chinese } from '../../src/i18n/zh-CN/index.js';
import { VOCABULARY } from '../../src/domain/vocabulary.js';

const execFileAsync = promisify(execFile);

/** Latin words of a message, called with parameters that are empty wherever it reads one. */
export function messageWords(message: unknown): string[] {
  const empty = new Proxy({}, { get: () => [] });
  let text = '';
  try {
    text = typeof message === 'function' ? String((message as (p: unknown) => unknown)(empty)) : String(message);
  } catch {
    text = '';
  }
  return text.match(/[A-Za-z]{3,}/g) ?? [];
}

/** Lower-cased English words of the catalogue keys `wanted` picks and of the enum labels. */
export function forbiddenEnglish(wanted: (key: string) => boolean = () => true): ReadonlySet<string> {
  const allowed = new Set(
    Object.entries(chinese)
      .filter(([key]) => wanted(key))
      .flatMap(([, message]) => messageWords(message))
      .map((word) => word.toLowerCase()),
  );
  const words = [
    ...Object.entries(english)
      .filter(([key]) => wanted(key))
      .flatMap(([, message]) => messageWords(message)),
    ...Object.values(VOCABULARY).flatMap((kind) =>
      Object.values(kind as Record<string, { en: string }>).flatMap((label) => messageWords(label.en)),
    ),
  ].map((word) => word.toLowerCase());
  return new Set(words.filter((word) => !allowed.has(word)));
}

/** The forbidden words left in `text`, each once. */
export function englishIn(text: string, forbidden: ReadonlySet<string>): string[] {
  return [...new Set((text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => forbidden.has(word.toLowerCase())))];
}

/**
 * Runs the built binary on a pseudo-terminal of `columns` with a neutral
 * locale (the language comes from `env` or the flags only), no colour and no
 * pager; stdout and stderr apart, escape sequences removed.
 */
export async function onLanguageTerminal(
  db: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  columns = 200,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const quoted = [process.execPath, BIN, '--db', db, ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`);
  const errFile = `${db}.${process.pid}.stderr`;
  const result = await execFileAsync(
    'script',
    ['-qec', `stty cols ${columns} rows 200; exec ${quoted.join(' ')} 2>${errFile}`, '/dev/null'],
    {
      env: {
        ...process.env,
        ACCT_NOW: '2026-03-15T10:00:00Z',
        HOME: '/nonexistent-home',
        TZ: 'UTC',
        NO_COLOR: '1',
        TERM: 'xterm-256color',
        ACCT_PAGER: 'cat',
        LC_ALL: '',
        LC_MESSAGES: '',
        LANG: 'C',
        ACCT_LANG: '',
        ...env,
      },
    },
  ).then(
    ({ stdout }) => ({ stdout, code: 0 }),
    (error: { stdout?: string; code?: number }) => ({ stdout: error.stdout ?? '', code: error.code ?? -1 }),
  );
  const clean = (text: string) => text.replace(/\r\n/g, '\n').replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  const stderr = readFileSync(errFile, 'utf8');
  rmSync(errFile, { force: true });
  return { code: result.code, stdout: clean(result.stdout), stderr: clean(stderr) };
}
