/**
 * Which language this run prints in (docs/i18n.md): `--lang`, else
 * ACCT_LANG, else the `lang` setting of the config file, else the locale
 * (LC_ALL, LC_MESSAGES, LANG: the first one set decides, as in POSIX),
 * else English. Decided before the command tree is built, because the help
 * texts are in that language too.
 */
import { languageOfLocale, parseLanguage, type Lang } from '../domain/language.js';
import { Settings } from './settings.js';

/**
 * A bad `--lang` or ACCT_LANG: a usage error, reported in `fallback` (the
 * language the config file or the locale chooses), since no catalogue is
 * loaded yet when it is found.
 */
export class LanguageChoiceError extends Error {
  override name = 'LanguageChoiceError';
  constructor(
    readonly origin: string,
    readonly value: string,
    readonly fallback: Lang,
  ) {
    super(`${origin}: lang is one of en, zh-CN, not "${value}"`);
  }
}

/** The value of `--lang` on the command line, before any `--`. */
export function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const flag = langFlag(argv);
  if (flag !== undefined) return parseLanguage(flag) ?? refuse('--lang', flag, env);
  const fromEnv = env.ACCT_LANG;
  if (fromEnv !== undefined && fromEnv.trim() !== '')
    return parseLanguage(fromEnv) ?? refuse('ACCT_LANG', fromEnv, env);
  return settledLanguage(env);
}

function refuse(origin: string, value: string, env: NodeJS.ProcessEnv): never {
  throw new LanguageChoiceError(origin, value, settledLanguage(env));
}

/** The config file's `lang`, else the locale's language, else English. */
function settledLanguage(env: NodeJS.ProcessEnv): Lang {
  try {
    const chosen = new Settings({ ...env, ACCT_LANG: undefined }).get('lang');
    if (chosen === 'en' || chosen === 'zh-CN') return chosen;
  } catch {
    // A broken config file is reported by the command that reads settings, so `acct --help` still works meanwhile.
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value.trim() !== '');
  return languageOfLocale(locale) ?? 'en';
}
