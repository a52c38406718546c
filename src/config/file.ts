/**
 * The config file behind `acct config`: where it lives, reading it, and
 * writing it back. One `key = value` a line, `#` comments, like git's and
 * npm's config files, so a person can edit it too. What a value may be is
 * src/domain/settings.ts's business; this only moves lines.
 *
 * The file can redirect the database and hand plays to people, so it is
 * trusted only when it belongs to the user (or root) and nobody else may
 * write it (docs/domain.md is silent here; README "Your data" says why).
 */
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fsReason, UserError } from '../errors.js';
import { t } from '../i18n/index.js';

export interface ConfigEntry {
  key: string;
  value: string;
  line: number;
}

export interface ConfigFile {
  path: string;
  entries: ConfigEntry[];
  /** Lines that are neither blank, comments nor `key = value`, with their numbers. */
  malformed: number[];
}

export function configPath(env: NodeJS.ProcessEnv): string {
  if (env.ACCT_CONFIG?.trim()) return resolve(env.ACCT_CONFIG);
  const base = env.XDG_CONFIG_HOME?.trim() ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'acct', 'config');
}

export function parseConfig(path: string, text: string): ConfigFile {
  const entries: ConfigEntry[] = [];
  const malformed: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!/^[A-Za-z][\w.-]*$/.test(key)) {
      malformed.push(index + 1);
      return;
    }
    entries.push({ key, value: line.slice(eq + 1).trim(), line: index + 1 });
  });
  return { path, entries, malformed };
}

/** Refuses a file another user could have written (see the header comment). */
function checkTrusted(path: string): void {
  const stat = statSync(path);
  if (!stat.isFile()) throw new UserError(t('error.config.notFile', { path }), t('error.config.notFile.hint'));
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid && stat.uid !== 0) {
    throw new UserError(t('error.config.otherUser', { path, uid: stat.uid }), t('error.config.otherUser.hint'));
  }
  if ((stat.mode & 0o022) !== 0) {
    throw new UserError(t('error.config.writable', { path }), t('error.config.writable.hint', { path }));
  }
}

/** The config file, or an empty one when there is none yet. */
export function readConfig(env: NodeJS.ProcessEnv): ConfigFile {
  const path = configPath(env);
  let text: string;
  try {
    checkTrusted(path);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, entries: [], malformed: [] };
    if (error instanceof UserError) throw error;
    throw new UserError(
      t('error.config.cannotRead', { path, reason: fsReason(error) }),
      t('error.config.cannotRead.hint'),
    );
  }
  return parseConfig(path, text);
}

/** The file's text with `key` set to `value` (or removed when value is undefined), other lines kept as they were. */
export function withSetting(text: string, key: string, value: string | undefined): string {
  const lines = text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/);
  const kept: string[] = [];
  let placed = false;
  for (const raw of lines) {
    const eq = raw.indexOf('=');
    const lineKey = eq > 0 && !raw.trim().startsWith('#') ? raw.slice(0, eq).trim() : null;
    if (lineKey === key) {
      if (value !== undefined && !placed) kept.push(`${key} = ${value}`);
      placed = true;
      continue;
    }
    kept.push(raw);
  }
  if (value !== undefined && !placed) {
    if (kept.length === 0) kept.push('# acct settings: `acct config list` explains each one.');
    kept.push(`${key} = ${value}`);
  }
  return kept.length === 0 ? '' : `${kept.join('\n')}\n`;
}

export function readConfigText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new UserError(
      t('error.config.cannotRead', { path, reason: fsReason(error) }),
      t('error.config.cannotRead.hint'),
    );
  }
}
