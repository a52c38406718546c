/** acct config get|set|unset|list: the settings in the config file (src/domain/settings.ts says what each means). */
import type { Context } from '../context.js';
import { checkSetting, SETTINGS, settingEnvName, settingSpec } from '../domain/settings.js';
import { settingRefusal, unknownSetting } from '../config/settings.js';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError, UserError, fsReason } from '../errors.js';
import { readConfigText, withSetting } from '../config/file.js';
import { renderTable } from '../render/table.js';
import { writeFileAtomic } from '../io/safe-file.js';
import { t } from '../i18n/index.js';
import { maskUrl } from '../store/pg/url.js';

/** A value as acct shows it: a database URL without its password (docs/postgres.md, "Secrets"). */
const shown = (key: string, value: string | undefined): string | undefined =>
  key === 'db' && value !== undefined ? maskUrl(value) : value;

function knownKey(key: string): string {
  if (!settingSpec(key)) throw new UsageError(unknownSetting(key), t('error.cmd.config.hint'));
  return key;
}

export async function getSetting(ctx: Context, key: string): Promise<void> {
  const found = ctx.settings.resolve(knownKey(key));
  const resolved = { ...found, value: shown(key, found.value) };
  if (ctx.out.mode === 'json') return ctx.out.json(resolved);
  if (resolved.value === undefined)
    throw new UserError(t('error.cmd.config.notSet', { key }), t('error.cmd.config.notSet.hint', { key }));
  // A value for scripts: exact when piped, made visible on a terminal.
  ctx.out.exact(`${resolved.value}\n`);
}

export async function setSetting(ctx: Context, key: string, value: string): Promise<void> {
  const check = checkSetting(knownKey(key), value);
  if (!check.ok) throw new UsageError(settingRefusal(key, value));
  const path = ctx.settings.path;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new UserError(
      t('error.cmd.config.mkdir', { path, reason: fsReason(error) }),
      t('error.cmd.config.mkdir.hint'),
    );
  }
  writeFileAtomic(path, withSetting(readConfigText(path), key, check.value));
  ctx.out.success(t('command.config.set', { key, value: shown(key, check.value)!, path }));
  const envName = settingEnvName(key);
  if (ctx.env[envName]?.trim()) ctx.out.warn(t('command.config.envWins', { env: envName }));
}

export async function unsetSetting(ctx: Context, key: string): Promise<void> {
  knownKey(key);
  const path = ctx.settings.path;
  const before = readConfigText(path);
  const after = withSetting(before, key, undefined);
  if (after === before) return ctx.out.info(t('command.config.notSet', { key, path }));
  writeFileAtomic(path, after);
  ctx.out.success(t('command.config.removed', { key, path }));
}

export async function listSettings(ctx: Context): Promise<void> {
  const rows = SETTINGS.map((spec) => {
    try {
      const found = ctx.settings.resolve(spec.key);
      return {
        ...found,
        value: shown(spec.key, found.value),
        description: t('command.config.meaning', { key: spec.key, description: spec.description }),
        problem: undefined,
      };
    } catch (error) {
      return {
        key: spec.key,
        value: undefined,
        source: 'config',
        description: t('command.config.meaning', { key: spec.key, description: spec.description }),
        problem: (error as Error).message,
      };
    }
  });
  for (const { key, line } of ctx.settings.unknownKeys()) {
    ctx.out.warn(`${ctx.settings.path}:${line}: ${unknownSetting(key)}`);
  }
  if (ctx.out.mode === 'json') return ctx.out.json(rows);
  ctx.out.data(
    renderTable(
      ctx.out,
      [
        { header: t('command.config.column.setting'), value: (r) => r.key },
        { header: t('command.config.column.value'), value: (r) => r.problem ?? r.value ?? '' },
        {
          header: t('command.config.column.source'),
          // Piped rows keep the id, as for every closed vocabulary (docs/i18n.md).
          value: (r) =>
            r.value === undefined && !r.problem
              ? ''
              : ctx.out.mode === 'table'
                ? t('command.config.source', { source: r.source })
                : r.source,
        },
        { header: t('command.config.column.description'), value: (r) => r.description },
      ],
      rows,
    ),
  );
}
