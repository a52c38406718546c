/**
 * acct playbook list | show | validate, and the loading helper every
 * playbook-reading command shares: where the user's folder is, and how a
 * broken file is reported (every `file:line:col: message` on stderr, exit 1,
 * nothing applied).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import type { Condition } from '../domain/assessment/conditions.js';
import type { LoadedPlaybook, Play } from '../domain/assessment/types.js';
import { UserError, UsageError } from '../errors.js';
import {
  PlaybookError,
  SHIPPED_PLAYBOOKS_DIR,
  formatProblem,
  loadPlaybooks,
  validatePlaybookFiles,
  yamlFiles,
  type LoadedPlaybooks,
  type PlaybookProblem,
} from '../playbooks/load.js';
import { heading, renderFields, renderTable, type Column } from '../render/table.js';
import { wrap } from '../render/assessment.js';

export interface PlaybookOptions {
  playbooks?: string;
}

/** `--playbooks DIR`, else $ACCT_PLAYBOOKS, else `playbooks/` next to the database if it exists. */
export async function userPlaybookDir(ctx: Context, option: string | undefined): Promise<string | null> {
  if (option && option.trim() !== '') return path.resolve(option);
  const fromEnv = ctx.env.ACCT_PLAYBOOKS?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  const beside = path.join(path.dirname(await ctx.dbPath()), 'playbooks');
  return existsSync(beside) ? beside : null;
}

function reportProblems(ctx: Context, problems: readonly PlaybookProblem[]): void {
  for (const problem of problems) ctx.out.error(formatProblem(problem));
}

/** Loads shipped + user playbooks; on any problem prints them all and fails. */
export async function loadForCommand(ctx: Context, option: string | undefined): Promise<LoadedPlaybooks> {
  const userDir = await userPlaybookDir(ctx, option);
  try {
    return loadPlaybooks({ userDir });
  } catch (error) {
    if (!(error instanceof PlaybookError)) throw error;
    reportProblems(ctx, error.problems);
    throw new UserError(
      `${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in playbook files; nothing was done`,
      'fix the files listed above, then check them with `acct playbook validate`',
    );
  }
}

// --- describing conditions -------------------------------------------------------

export function describeCondition(condition: Condition | undefined): string {
  if (condition === undefined) return 'always';
  if ('all' in condition) return condition.all.map((item) => wrapGroup(item)).join(' and ');
  if ('any' in condition) return condition.any.map((item) => wrapGroup(item)).join(' or ');
  if ('not' in condition) return `not ${wrapGroup(condition.not)}`;
  const value = Array.isArray(condition.value) ? `[${condition.value.join(', ')}]` : condition.value;
  return value === undefined ? `${condition.fact} ${condition.op}` : `${condition.fact} ${condition.op} ${value}`;
}

function wrapGroup(condition: Condition): string {
  const text = describeCondition(condition);
  return 'fact' in condition ? text : `(${text})`;
}

// --- list ----------------------------------------------------------------------------

function playSummary(play: Play): Record<string, unknown> {
  return {
    id: play.id,
    title: play.title,
    source: play.source,
    priority: play.priority,
    dueInDays: play.dueInDays,
    ownerRole: play.ownerRole,
  };
}

function playbookSummary(playbook: LoadedPlaybook): Record<string, unknown> {
  return {
    id: playbook.id,
    title: playbook.title,
    version: playbook.version,
    hash: playbook.hash,
    description: playbook.description,
    files: playbook.files,
    plays: playbook.plays.map(playSummary),
  };
}

export async function listPlaybooks(ctx: Context, options: PlaybookOptions): Promise<void> {
  const loaded = await loadForCommand(ctx, options.playbooks);
  if (ctx.out.mode === 'json') return ctx.out.json(loaded.playbooks.map(playbookSummary));
  const out = ctx.out;
  const columns: Column<Play>[] = [
    { header: 'PLAY', value: (p) => p.id, style: (t, _p, chalk) => chalk.bold(t) },
    { header: 'P', value: (p) => p.priority, style: (t, _p, chalk) => (t === '1' ? chalk.red(t) : t) },
    { header: 'DUE', value: (p) => `${p.dueInDays}d` },
    { header: 'OWNER', value: (p) => p.ownerRole },
    { header: 'TITLE', value: (p) => p.title },
    { header: 'SOURCE', value: (p) => p.source },
  ];
  if (out.mode === 'plain') {
    const rows = loaded.playbooks.flatMap((book) => book.plays.map((play) => ({ book, play })));
    out.data(
      renderTable(
        out,
        [
          { header: 'PLAYBOOK', value: (r: (typeof rows)[number]) => r.book.id },
          ...columns.map((column) => ({
            header: column.header,
            value: (r: (typeof rows)[number]) => column.value(r.play),
          })),
        ],
        rows,
      ),
    );
    return;
  }
  const parts: string[] = [];
  for (const book of loaded.playbooks) {
    if (parts.length > 0) parts.push('');
    parts.push(heading(out, `${book.id}: ${book.title} (version ${book.version}, ${book.plays.length} plays)`));
    parts.push(renderTable(out, columns, book.plays));
  }
  const total = loaded.playbooks.reduce((sum, book) => sum + book.plays.length, 0);
  parts.push('', `${loaded.playbooks.length} playbooks, ${total} plays. Details: acct playbook show <id>`);
  out.data(parts.join('\n'));
}

// --- show ----------------------------------------------------------------------------

function playDetail(play: Play, playbook: LoadedPlaybook): Record<string, unknown> {
  return {
    ...playSummary(play),
    playbook: playbook.id,
    why: play.why,
    when: play.when ?? null,
    condition: describeCondition(play.when),
    steps: play.steps,
  };
}

export async function showPlaybook(ctx: Context, id: string, options: PlaybookOptions): Promise<void> {
  const loaded = await loadForCommand(ctx, options.playbooks);
  const out = ctx.out;
  const book = loaded.playbooks.find((candidate) => candidate.id === id);
  if (book) {
    if (out.mode === 'json') {
      return out.json({
        ...playbookSummary(book),
        appliesWhen: book.appliesWhen ?? null,
        plays: book.plays.map((play) => playDetail(play, book)),
      });
    }
    const parts = [
      heading(out, `${book.id}: ${book.title}`),
      renderFields(out, [
        ['version', book.version],
        ['applies when', describeCondition(book.appliesWhen)],
        ['files', book.files.join(', ')],
        ['description', book.description.trim()],
      ]),
    ];
    for (const play of book.plays) parts.push('', renderPlay(ctx, play, book));
    return out.data(parts.join('\n'));
  }
  for (const candidate of loaded.playbooks) {
    const play = candidate.plays.find((item) => item.id === id);
    if (play) {
      if (out.mode === 'json') return out.json(playDetail(play, candidate));
      return out.data(renderPlay(ctx, play, candidate));
    }
  }
  const { closestMatches } = await import('../domain/names.js');
  const ids = [...loaded.playbooks.map((b) => b.id), ...loaded.playbooks.flatMap((b) => b.plays.map((p) => p.id))];
  const close = closestMatches(id, ids);
  throw new UserError(
    `no playbook or play with id "${id}"`,
    close.length > 0 ? `did you mean ${close.join(', ')}?` : 'see `acct playbook list` for the ids',
  );
}

function renderPlay(ctx: Context, play: Play, book: LoadedPlaybook): string {
  const out = ctx.out;
  const fields = renderFields(out, [
    ['playbook', book.id],
    ['priority', play.priority],
    ['due in', `${play.dueInDays} days`],
    ['owner', play.ownerRole],
    ['when', describeCondition(play.when)],
    ['source', play.source],
    ['why', play.why],
  ]);
  const lines = [heading(out, `${play.id}: ${play.title}`), fields];
  if (play.steps.length > 0) {
    if (out.mode === 'table') {
      lines.push('steps');
      play.steps.forEach((step, index) => lines.push(wrap(`${index + 1}. ${step}`, Math.min(out.width, 110), '  ')));
    } else {
      play.steps.forEach((step, index) => lines.push(`step ${index + 1}\t${step}`));
    }
  }
  return lines.join('\n');
}

// --- validate ------------------------------------------------------------------------

export async function validatePlaybooks(ctx: Context, paths: string[], options: PlaybookOptions): Promise<void> {
  let problems: PlaybookProblem[];
  let checked: string[];
  if (paths.length > 0) {
    for (const target of paths) {
      if (!existsSync(target)) throw new UsageError(`no such file or folder: ${target}`, 'give .yaml files or folders');
    }
    checked = paths.flatMap((target) => yamlFiles(target));
    problems = validatePlaybookFiles(paths);
  } else {
    const userDir = await userPlaybookDir(ctx, options.playbooks);
    checked = [SHIPPED_PLAYBOOKS_DIR, ...(userDir ? [userDir] : [])].flatMap((dir) =>
      existsSync(dir) ? yamlFiles(dir) : [dir],
    );
    try {
      loadPlaybooks({ userDir });
      problems = [];
    } catch (error) {
      if (!(error instanceof PlaybookError)) throw error;
      problems = error.problems;
    }
  }
  if (ctx.out.mode === 'json') {
    ctx.out.json({ ok: problems.length === 0, files: checked, problems });
  } else if (problems.length > 0) {
    ctx.out.data(problems.map(formatProblem).join('\n'));
  } else {
    ctx.out.data(`OK: ${checked.length} file${checked.length === 1 ? '' : 's'} checked, no problems`);
  }
  if (problems.length > 0) {
    throw new UserError(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} file(s)`,
      'each line above is file:line:col: message',
    );
  }
}
