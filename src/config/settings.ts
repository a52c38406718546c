/**
 * Looking a setting up: environment (ACCT_<KEY>) beats the config file, which
 * beats the default; a command's own flag beats all three, so commands pass it
 * in. A bad value names where it came from and how to fix it.
 */
import { UserError } from '../errors.js';
import { t } from '../i18n/index.js';
import { checkSetting, SETTINGS, settingEnvName, settingSpec } from '../domain/settings.js';
import { closestMatches } from '../domain/names.js';
import { LANGUAGES } from '../domain/language.js';
import { readConfig, type ConfigFile } from './file.js';

/** Why `key` is not a setting, in the run's language, with the closest one named. */
export function unknownSetting(key: string): string {
  return t('error.config.unknown', {
    key,
    close: closestMatches(
      key,
      SETTINGS.map((spec) => spec.key),
    ),
  });
}

/** Why `raw` is no value of `key`, in the run's language (the domain's checkSetting decides, this words it). */
export function settingRefusal(key: string, raw: string): string {
  const spec = settingSpec(key);
  if (!spec) return unknownSetting(key);
  switch (spec.kind) {
    case 'days':
      return t('error.config.days', { key, value: raw });
    case 'years':
      return t('error.config.years', { key, value: raw });
    case 'language':
      return t('error.config.language', { key, value: raw, values: LANGUAGES });
    case 'text':
      return t('error.config.text', { key });
  }
}

export type SettingSource = 'flag' | 'environment' | 'config' | 'default';

export interface ResolvedSetting {
  key: string;
  value: string | undefined;
  source: SettingSource;
  /** Where it was set, for messages: ACCT_OWNER, ~/.config/acct/config:3. */
  origin?: string;
}

export class Settings {
  private file: ConfigFile | undefined;

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  private config(): ConfigFile {
    this.file ??= readConfig(this.env);
    return this.file;
  }

  resolve(key: string, flag?: string): ResolvedSetting {
    if (!settingSpec(key)) throw new Error(`no setting ${key}`);
    const checked = (raw: string, source: SettingSource, origin: string): ResolvedSetting => {
      const check = checkSetting(key, raw);
      if (!check.ok) {
        const fix =
          source === 'config' ? t('error.config.bad.fixConfig', { key }) : t('error.config.bad.fix', { origin });
        throw new UserError(t('error.config.bad', { origin, message: settingRefusal(key, raw) }), fix);
      }
      return { key, value: check.value, source, origin };
    };
    if (flag !== undefined) return checked(flag, 'flag', `--${key}`);
    const envName = settingEnvName(key);
    const fromEnv = this.env[envName];
    if (fromEnv !== undefined && fromEnv.trim() !== '') return checked(fromEnv, 'environment', envName);
    const config = this.config();
    const entry = [...config.entries].reverse().find((e) => e.key === key);
    if (entry) return checked(entry.value, 'config', `${config.path}:${entry.line}`);
    return { key, value: settingSpec(key)!.fallback, source: 'default' };
  }

  get(key: string, flag?: string): string | undefined {
    return this.resolve(key, flag).value;
  }

  /** A `days` setting as a number (every days setting has a default, or falls back to one). */
  days(key: string, flag?: string): number {
    const value = this.get(key, flag);
    if (value === undefined) throw new Error(`setting ${key} has no default`);
    return Number(value);
  }

  /** Every known setting with its effective value and source, for `acct config list`. */
  all(): ResolvedSetting[] {
    return SETTINGS.map((spec) => this.resolve(spec.key));
  }

  /** Keys in the config file that acct does not know (a typo, or a newer acct's). */
  unknownKeys(): { key: string; line: number }[] {
    return this.config()
      .entries.filter((entry) => !settingSpec(entry.key))
      .map(({ key, line }) => ({ key, line }));
  }

  get path(): string {
    return this.config().path;
  }
}
