/**
 * The settings a team or a rep can keep in the config file (`acct config`):
 * what each one means, its type and default. Pure: reading the file and the
 * environment is src/config's job; this decides what a value may be.
 *
 * A setting is looked up flag > environment (ACCT_<KEY>, dots and dashes as
 * underscores: role.manager -> ACCT_ROLE_MANAGER) > config file > default.
 */
import { closestMatches } from './names.js';
import { LANGUAGES, parseLanguage } from './language.js';

export type SettingKind = 'text' | 'days' | 'years' | 'language';

export interface SettingSpec {
  key: string;
  kind: SettingKind;
  /** The value used when nothing sets it (undefined: unset). */
  fallback?: string;
  description: string;
}

export const SETTINGS: readonly SettingSpec[] = [
  { key: 'owner', kind: 'text', description: 'who you are: the owner of new accounts and what --mine means' },
  {
    key: 'stale-days',
    kind: 'days',
    fallback: '30',
    description: 'days without a logged contact before an account counts as quiet',
  },
  {
    key: 'unassessed-days',
    kind: 'days',
    fallback: '30',
    description: 'days since the last assessment before an account is due for one',
  },
  {
    key: 'survey-days',
    kind: 'days',
    fallback: '90',
    description: 'how long a satisfaction answer stays current before it is asked again (docs/domain.md §5)',
  },
  { key: 'survey-days.A', kind: 'days', description: 'survey cadence for tier A accounts (default: survey-days)' },
  { key: 'survey-days.B', kind: 'days', description: 'survey cadence for tier B accounts (default: survey-days)' },
  { key: 'survey-days.C', kind: 'days', description: 'survey cadence for tier C accounts (default: survey-days)' },
  {
    key: 'order-silence-days',
    kind: 'days',
    fallback: '30',
    description: 'days of silence after an order before the post-delivery gap counts as open (docs/domain.md §4)',
  },
  {
    key: 'relationship-years',
    kind: 'years',
    fallback: '5',
    description:
      'years a customer is expected to keep buying: the lifetime value is average order × orders per year × these years (docs/domain.md §4)',
  },
  { key: 'role.manager', kind: 'text', description: 'who takes plays meant for the sales manager' },
  { key: 'role.service', kind: 'text', description: 'who takes plays meant for the service team' },
  { key: 'role.executive', kind: 'text', description: 'who takes plays meant for an executive' },
  { key: 'lang', kind: 'language', description: `language of everything acct prints: ${LANGUAGES.join(' or ')}` },
  {
    key: 'db',
    kind: 'text',
    description: 'the database: a file path or a postgres:// URL (default $XDG_DATA_HOME/acct/acct.db)',
  },
];

const BY_KEY = new Map(SETTINGS.map((spec) => [spec.key, spec]));

export function settingSpec(key: string): SettingSpec | undefined {
  return BY_KEY.get(key);
}

/** The environment variable that sets `key`: role.manager -> ACCT_ROLE_MANAGER. */
export function settingEnvName(key: string): string {
  return `ACCT_${key.replace(/[.-]/g, '_').toUpperCase()}`;
}

export type SettingCheck = { ok: true; value: string } | { ok: false; message: string };

/** Why `key` is not a setting, with the closest one named. */
export function unknownSettingMessage(key: string): string {
  const close = closestMatches(key, [...BY_KEY.keys()]);
  return close.length > 0
    ? `unknown setting "${key}" (did you mean ${close.join(', ')}?)`
    : `unknown setting "${key}" (see acct config list)`;
}

/** Checks and normalises a value for `key`; the message names the accepted forms. */
export function checkSetting(key: string, raw: string): SettingCheck {
  const spec = BY_KEY.get(key);
  if (!spec) return { ok: false, message: unknownSettingMessage(key) };
  const value = raw.trim();
  switch (spec.kind) {
    case 'days':
      return /^\d{1,5}$/.test(value) && Number(value) > 0
        ? { ok: true, value: String(Number(value)) }
        : { ok: false, message: `${key} takes a whole number of days from 1 to 99999, not "${raw}"` };
    case 'years':
      return /^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 100
        ? { ok: true, value: String(Number(value)) }
        : { ok: false, message: `${key} takes a whole number of years from 1 to 100, not "${raw}"` };
    case 'language': {
      const match = parseLanguage(value);
      return match
        ? { ok: true, value: match }
        : { ok: false, message: `${key} is one of ${LANGUAGES.join(', ')}, not "${raw}"` };
    }
    case 'text':
      return value === '' || /[\n\r]/.test(value)
        ? { ok: false, message: `${key} takes one line of text` }
        : { ok: true, value };
  }
}
