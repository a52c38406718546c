/** acct db check | backups: the database file itself, its health and its migration backups. */
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { confirmDestructive } from '../prompt/confirm.js';
import { renderTable, type Column } from '../render/table.js';
import { t } from '../i18n/index.js';
import { visible } from '../render/safe-text.js';
import { listBackups, pruneBackups, type Backup } from '../store/db.js';
import { checkStore, openStore, type Store } from '../store/index.js';
import { copyStore, TargetNotEmpty } from '../store/copy.js';
import { resolveDbPath } from '../store/db.js';
import { isPostgresUrl, maskUrl } from '../store/pg/url.js';
import { storeStatus } from '../store/status.js';

/** Lines of integrity_check output shown before "… and N more". */
const SHOWN_PROBLEMS = 20;

export async function checkCommand(ctx: Context): Promise<void> {
  const path = await ctx.dbPath();
  if (!existsSync(path)) throw new UserError(t('error.cmd.noDatabase', { path }), t('error.cmd.noDatabase.hint'));
  const result = await checkStore(path);
  const backups = listBackups(path);
  if (ctx.out.mode === 'json') {
    ctx.out.json({ path, ok: result.ok, problems: result.problems, backups: backups.map((b) => b.path) });
  } else if (result.ok) {
    ctx.out.data(t('command.db.ok', { path: visible(path) }));
  } else {
    const shown = result.problems.slice(0, SHOWN_PROBLEMS);
    const more = result.problems.length - shown.length;
    ctx.out.data([...shown.map(visible), ...(more > 0 ? [t('command.db.more', { count: more })] : [])].join('\n'));
  }
  if (result.ok) return;
  const newest = backups[0];
  const restore = t('error.cmd.db.restore', { backup: newest?.path ?? null, version: newest?.version ?? null });
  throw new UserError(t('error.cmd.db.damaged', { path, count: result.problems.length }), restore);
}

const backupColumns = (): readonly Column<Backup>[] => [
  { header: t('command.db.column.path'), value: (b) => b.path },
  { header: t('command.db.column.schema'), value: (b) => b.version, align: 'right' },
  { header: t('command.db.column.written'), value: (b) => b.createdAt },
  { header: t('command.db.column.size'), value: (b) => b.size, align: 'right' },
];

export async function backupsCommand(
  ctx: Context,
  options: { prune?: boolean; keep?: string; yes?: boolean },
): Promise<void> {
  const path = await ctx.dbPath();
  if (options.keep !== undefined && !options.prune) {
    throw new UsageError(t('error.cmd.db.keepWithoutPrune'), t('error.cmd.db.keepWithoutPrune.hint'));
  }
  // Deleting every backup is the privacy step after a removal, so it is allowed, but only when asked for by name.
  if (options.prune && options.keep === undefined) {
    throw new UsageError(t('error.cmd.db.pruneNeedsKeep'), t('error.cmd.db.pruneNeedsKeep.hint'));
  }
  const keep = options.keep === undefined ? 0 : Number(options.keep);
  if (!Number.isInteger(keep) || keep < 0) {
    throw new UsageError(
      t('error.cmd.db.keepNotNumber', { value: String(options.keep) }),
      t('error.cmd.db.keepNotNumber.hint'),
    );
  }
  const backups = listBackups(path);
  if (!options.prune) {
    if (ctx.out.mode === 'json') return ctx.out.json(backups);
    if (backups.length === 0) {
      ctx.out.info(t('command.db.noBackups', { path }));
      return;
    }
    ctx.out.data(renderTable(ctx.out, backupColumns(), backups));
    return;
  }
  const doomed = backups.slice(keep);
  if (doomed.length === 0) {
    if (ctx.out.mode === 'json') return ctx.out.json({ deleted: [], kept: backups });
    ctx.out.info(t('command.db.nothingToPrune', { count: backups.length, path }));
    return;
  }
  await confirmDestructive(ctx, t('command.db.pruneQuestion', { count: doomed.length, path, keep }), options.yes);
  const deleted = pruneBackups(path, keep);
  if (ctx.out.mode === 'json') return ctx.out.json({ deleted, kept: listBackups(path) });
  ctx.out.success(t('command.db.deleted', { count: doomed.length, path }));
}

/**
 * After a removal: the migration backups beside the database still hold
 * what was removed; say so, and how to delete them (nothing when there are none).
 */
export async function remindOfBackups(ctx: Context): Promise<void> {
  const count = listBackups(await ctx.dbPath()).length;
  if (count === 0) return;
  ctx.out.info(t('command.db.remind', { count }));
}

/** acct db status: the backend, where (a password masked), the schema version and, on PostgreSQL, who. */
export async function statusCommand(ctx: Context): Promise<void> {
  const location = maskUrl(await ctx.dbPath());
  const store = await ctx.store({ create: false });
  const status = storeStatus(store);
  const me = status.backend === 'postgres' ? (await import('../store/pg/team.js')).whoAmI(store.db) : null;
  const rights =
    me === null
      ? null
      : me.rights === 'rep'
        ? t('command.db.rights.rep', { owner: me.owner ?? '' })
        : t(`command.db.rights.${me.rights}`);
  if (ctx.out.mode === 'json') {
    return ctx.out.json({ location, ...status, ...(me ? { owner: me.owner, rights: me.rights } : {}) });
  }
  const lines: [string, string | number | null][] = [
    [t('command.db.status.backend'), status.backend],
    [t('command.db.status.location'), location],
    [t('command.db.status.database'), status.database],
    [t('command.db.status.schema'), status.schema],
    [t('command.db.status.user'), status.user],
    [t('command.db.status.server'), status.server],
    [t('command.db.status.owner'), me?.owner ?? null],
    [t('command.db.status.rights'), rights],
  ];
  ctx.out.data(
    lines
      .filter(([, value]) => value !== null)
      .map(([label, value]) => `${label}: ${visible(String(value))}`)
      .join('\n'),
  );
}

/** The team commands need PostgreSQL: on SQLite, one line saying so. */
async function teamStore(ctx: Context, command: string) {
  const location = await ctx.dbPath();
  if (!isPostgresUrl(location)) throw new UserError(t('command.db.teamOnly', { command }));
  const store = await ctx.store({ create: true });
  return { location, store, team: await import('../store/pg/team.js') };
}

/** acct db init: the schema (opening creates it), then roles, the people table and row-level security. */
export async function initCommand(ctx: Context): Promise<void> {
  const { location, store, team } = await teamStore(ctx, 'init');
  const { MIGRATION_LOCK } = await import('../store/pg/open.js');
  team.initTeam(store.db, MIGRATION_LOCK);
  if (ctx.out.mode === 'json')
    return ctx.out.json({ location: maskUrl(location), roles: [team.REP_ROLE, team.MANAGER_ROLE] });
  ctx.out.success(t('command.db.init.done', { location: visible(maskUrl(location)) }));
}

/** acct db grant ROLE [--owner NAME] [--manager]: a person of the team. */
export async function grantCommand(
  ctx: Context,
  role: string,
  options: { owner?: string; manager?: boolean },
): Promise<void> {
  const { store, team } = await teamStore(ctx, 'grant');
  const person = { role, owner: options.owner ?? role, manager: Boolean(options.manager) };
  const { created } = team.grantPerson(store.db, person);
  if (ctx.out.mode === 'json') return ctx.out.json({ ...person, created });
  ctx.out.success(
    t('command.db.grant.done', { ...person, role: visible(role), owner: visible(person.owner), created }),
  );
}

/**
 * acct db copy --to LOCATION | --from LOCATION: the whole portfolio from the
 * database acct uses to another (or back), all or nothing, into an empty one
 * only (docs/postgres.md, "Moving a portfolio").
 */
export async function copyCommand(ctx: Context, options: { to?: string; from?: string }): Promise<void> {
  if ((options.to === undefined) === (options.from === undefined)) {
    throw new UsageError(t('error.cmd.db.copyDirection'), t('error.cmd.db.copyDirection.hint'));
  }
  const here = await ctx.dbPath();
  const there = resolveDbPath(options.to ?? options.from, ctx.env);
  if (there === here) throw new UsageError(t('error.cmd.db.copySame', { location: maskUrl(here) }));
  const [from, to] = options.to !== undefined ? [here, there] : [there, here];
  if (!isPostgresUrl(from) && !existsSync(from)) {
    throw new UserError(t('error.cmd.noDatabase', { path: from }), t('error.cmd.noDatabase.hint'));
  }
  let source: Store | undefined;
  let target: Store | undefined;
  try {
    source =
      options.to !== undefined
        ? await ctx.store({ create: false })
        : await openStore(from, { create: false, readOnly: true });
    target = options.to !== undefined ? await openStore(to, { create: true }) : await ctx.store({ create: true });
    const counts = copyStore(source, target);
    if (ctx.out.mode === 'json') return ctx.out.json({ from: maskUrl(from), to: maskUrl(to), ...counts });
    ctx.out.success(t('command.db.copied', { from: maskUrl(from), to: maskUrl(to), ...counts }));
  } catch (error) {
    if (error instanceof TargetNotEmpty) {
      throw new UserError(
        t('error.cmd.db.copyNotEmpty', { location: maskUrl(to), count: error.accounts }),
        t('error.cmd.db.copyNotEmpty.hint'),
      );
    }
    throw error;
  } finally {
    // The store acct opened for this run is closed by the run; the other one here.
    if (options.to !== undefined) target?.close();
    else source?.close();
  }
}
