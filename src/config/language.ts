/**
 * Which language this run prints in (docs/i18n.md): `--lang`, else
 * ACCT_LANG, else the `lang` setting of the config file, else the locale
 * (LC_ALL, LC_MESSAGES, LANG: the first one set decides, as in POSIX),
 * else English. Decided before the command tree is built, because the help
 * texts are in that language too.
 */
import { languageOfLocale, type Lang } from '../domain/language.js';
import { UsageError, UserError } from '../errors.js';
import { Settings } from './settings.js';

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
  let chosen: string | undefined;
  try {
    chosen = new Settings(env).get('lang', flag);
  } catch (error) {
    // A bad flag or ACCT_LANG is the user's to fix now; a broken config file is reported by
    // the command that reads settings, so `acct --help` still works meanwhile.
    if (error instanceof UserError && (flag !== undefined || env.ACCT_LANG?.trim())) {
      throw new UsageError(error.message, 'use en or zh-CN');
    }
  }
  if (chosen === 'en' || chosen === 'zh-CN') return chosen;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value.trim() !== '');
  return languageOfLocale(locale) ?? 'en';
}
