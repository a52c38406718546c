/**
 * acct playbook list | show | facts | validate, and the loading helper every
 * playbook-reading command shares: where the user's folder is, and how a
 * broken file is reported (every `file:line:col: message` on stderr, exit 1,
 * nothing applied).
 */
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { t } from '../i18n/index.js';
import { UserError, UsageError } from '../errors.js';
import {
  PlaybookError,
  SHIPPED_PLAYBOOKS_DIR,
  formatProblem,
  loadPlaybooks,
  loadQuestionnaire,
  validatePlaybookFiles,
  yamlFiles,
  type LoadedPlaybooks,
  type LoadedQuestionnaire,
  type PlaybookProblem,
} from '../playbooks/load.js';
import { shippedTranslationProblems } from '../playbooks/bilingual.js';
import { factCatalogue } from '../domain/assessment/catalogue.js';
import {
  factData,
  playDetail,
  playbookSummary,
  renderFacts,
  renderPlay,
  renderPlaybook,
  renderPlaybookList,
} from '../render/playbook.js';
import { visible } from '../render/safe-text.js';
import { userPlaybookDir } from './playbook-dir.js';

export { userPlaybookDir };

export interface PlaybookOptions {
  playbooks?: string;
}

function reportProblems(ctx: Context, problems: readonly PlaybookProblem[]): void {
  for (const problem of problems) ctx.out.error(formatProblem(problem));
}

/** One problem is one line; several are listed, then counted. */
function failWith(ctx: Context, error: PlaybookError): never {
  if (error.problems.length === 1) {
    throw new UserError(
      t('error.cmd.playbook.one', { problem: formatProblem(error.problems[0]!) }),
      t('error.cmd.playbook.one.hint'),
    );
  }
  reportProblems(ctx, error.problems);
  throw new UserError(
    t('error.cmd.playbook.many', { count: error.problems.length }),
    t('error.cmd.playbook.many.hint'),
  );
}

/** Loads shipped + user playbooks; on any problem prints them all and fails. */
export async function loadForCommand(ctx: Context, option: string | undefined): Promise<LoadedPlaybooks> {
  const userDir = await userPlaybookDir(ctx, option);
  try {
    return loadPlaybooks({ userDir });
  } catch (error) {
    if (!(error instanceof PlaybookError)) throw error;
    return failWith(ctx, error);
  }
}

/** The questionnaire alone (`acct assess --questions`), with the same reporting. */
export async function loadQuestionnaireForCommand(
  ctx: Context,
  option: string | undefined,
): Promise<LoadedQuestionnaire> {
  const userDir = await userPlaybookDir(ctx, option);
  try {
    return loadQuestionnaire({ userDir });
  } catch (error) {
    if (!(error instanceof PlaybookError)) throw error;
    return failWith(ctx, error);
  }
}

export async function listPlaybooks(ctx: Context, options: PlaybookOptions): Promise<void> {
  const loaded = await loadForCommand(ctx, options.playbooks);
  if (ctx.out.mode === 'json') return ctx.out.json(loaded.playbooks.map(playbookSummary));
  ctx.out.data(renderPlaybookList(ctx.out, loaded.playbooks));
}

// --- show ----------------------------------------------------------------------------

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
    return out.data(renderPlaybook(out, book));
  }
  for (const candidate of loaded.playbooks) {
    const play = candidate.plays.find((item) => item.id === id);
    if (play) {
      if (out.mode === 'json') return out.json(playDetail(play, candidate));
      return out.data(renderPlay(out, play, candidate));
    }
  }
  const { closestMatches } = await import('../domain/names.js');
  const ids = [...loaded.playbooks.map((b) => b.id), ...loaded.playbooks.flatMap((b) => b.plays.map((p) => p.id))];
  const close = closestMatches(id, ids);
  throw new UserError(
    t('error.cmd.playbook.unknownId', { id }),
    close.length > 0 ? t('error.didYouMean', { names: close }) : t('error.cmd.playbook.unknownId.hint'),
  );
}

// --- facts ---------------------------------------------------------------------------

/** Every fact a condition may read: the built-in ones and the questionnaire's keys. */
export async function listFacts(ctx: Context, options: PlaybookOptions): Promise<void> {
  const catalogue = factCatalogue(await loadQuestionnaireForCommand(ctx, options.playbooks));
  if (ctx.out.mode === 'json') return ctx.out.json(Object.keys(catalogue).map((name) => factData(name, catalogue)));
  ctx.out.data(renderFacts(ctx.out, catalogue));
}

// --- validate ------------------------------------------------------------------------

export async function validatePlaybooks(ctx: Context, paths: string[], options: PlaybookOptions): Promise<void> {
  let problems: PlaybookProblem[];
  let checked: string[];
  if (paths.length > 0) {
    for (const target of paths) {
      if (!existsSync(target))
        throw new UsageError(t('error.cmd.playbook.noPath', { path: target }), t('error.cmd.playbook.noPath.hint'));
    }
    checked = paths.flatMap((target) => yamlFiles(target));
    problems = validatePlaybookFiles(paths);
    // "OK: 0 files checked" would pass a typo'd folder or a CI step pointed at the wrong place.
    if (checked.length === 0 && problems.length === 0) {
      throw new UserError(t('error.cmd.playbook.noFiles', { paths }), t('error.cmd.playbook.noFiles.hint'));
    }
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
    // The shipped texts must be in both languages; a team's own may be in one (docs/playbooks.md §Languages).
    problems.push(...shippedTranslationProblems());
  }
  if (ctx.out.mode === 'json') {
    ctx.out.json({ ok: problems.length === 0, files: checked, problems });
  } else if (problems.length > 0) {
    ctx.out.data(problems.map((problem) => visible(formatProblem(problem))).join('\n'));
  } else {
    ctx.out.data(t('error.cmd.playbook.validated', { count: checked.length }));
  }
  if (problems.length > 0) {
    throw new UserError(
      t('error.cmd.playbook.invalid', { problems: problems.length, files: new Set(problems.map((p) => p.file)).size }),
      t('error.cmd.playbook.invalid.hint'),
    );
  }
}
