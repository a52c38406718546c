/**
 * Rule evaluation and ranking: which plays apply to the facts, in what order.
 * A play is in the plan when its playbook's `appliesWhen` holds, its own
 * `when` holds and its `doneWhen` (what "done" looks like) does not: a play
 * whose goal the answers or records already show in place is left out
 * (docs/playbooks.md §done_when). One global ranking (docs/domain.md §7):
 * priority (1 first), then the shorter due date, then playbook and play
 * order as loaded; the plan is numbered 1..n in that order, never grouped.
 */
import type { Lang } from '../language.js';
import { localText } from '../local-text.js';
import { conditionFacts, evaluate, type Condition, type Facts } from './conditions.js';
import { because, becauseText, type Because } from './because.js';
import type { Question } from './questions.js';
import type { PlanItem, Playbook } from './types.js';

/** Does the play's goal already hold? `never` (and no done_when) never does. */
export function isDone(doneWhen: Condition | 'never' | undefined, facts: Facts): boolean {
  return doneWhen !== undefined && doneWhen !== 'never' && evaluate(doneWhen, facts);
}

/** Because lines for the facts a play cites (Play.cites), those that are known. */
function cited(names: readonly string[] | undefined, facts: Facts, questions: readonly Question[]): Because[] {
  return (names ?? []).flatMap((fact) => {
    const actual = facts[fact];
    if (actual === undefined || actual === null) return [];
    return [{ fact, value: actual, text: becauseText({ fact, op: 'set', actual, holds: true }, questions) }];
  });
}

export function buildPlan(
  playbooks: readonly Playbook[],
  facts: Facts,
  riskFacts: readonly string[] = [],
  questions: readonly Question[] = [],
): PlanItem[] {
  const risky = new Set(riskFacts);
  const items: { item: PlanItem; order: number }[] = [];
  let order = 0;
  for (const playbook of playbooks) {
    const applies = evaluate(playbook.appliesWhen, facts);
    for (const play of playbook.plays) {
      order += 1;
      if (!applies || !evaluate(play.when, facts) || isDone(play.doneWhen, facts)) continue;
      const riskRelevance = conditionFacts(play.when).filter((name) => risky.has(name)).length;
      items.push({
        order,
        item: {
          playbook: playbook.id,
          play: play.id,
          title: play.title,
          why: play.why,
          priority: play.priority,
          dueInDays: play.dueInDays,
          ownerRole: play.ownerRole,
          steps: [...play.steps],
          source: play.source,
          because: [...because(play.when, facts, questions), ...cited(play.cites, facts, questions)],
          riskRelevance,
        },
      });
    }
  }
  items.sort((a, b) => a.item.priority - b.item.priority || a.item.dueInDays - b.item.dueInDays || a.order - b.order);
  return items.map((entry) => entry.item);
}

/** How many plays a terminal shows before "and N more" (docs/domain.md §7: a plan short enough to use). */
export const TERMINAL_PLAN_TOP = 7;

/**
 * How many plays of a plan to list: `--top N` or `--all` when given; on a
 * terminal the first TERMINAL_PLAN_TOP; piped or JSON, all of them.
 */
export function planLimit(choice: { top?: number; all?: boolean; terminal: boolean }): number | undefined {
  if (choice.top !== undefined) return choice.top;
  if (choice.all || !choice.terminal) return undefined;
  return TERMINAL_PLAN_TOP;
}

/** A plan item with its texts in one language: what a reader sees and what --json gives. */
export type WordedPlanItem = Omit<PlanItem, 'title' | 'why' | 'steps'> & {
  title: string;
  why: string;
  steps: string[];
};

/**
 * A plan item worded in `lang`. A stored plan keeps each play's texts as the
 * playbook gave them (both languages for the shipped plays), so whoever opens
 * it reads it in their own language (docs/playbooks.md §Languages).
 */
export function wordPlanItem(item: PlanItem, lang: Lang): WordedPlanItem {
  return {
    ...item,
    title: localText(item.title, lang),
    why: localText(item.why, lang),
    steps: item.steps.map((step) => localText(step, lang)),
  };
}
