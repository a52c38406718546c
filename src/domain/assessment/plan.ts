/**
 * Rule evaluation and ranking: which plays apply to the facts, in what order.
 * A play is in the plan when its playbook's `appliesWhen` holds, its own
 * `when` holds and its `doneWhen` (what "done" looks like) does not: a play
 * whose goal the answers or records already show in place is left out
 * (docs/playbooks.md §done_when). Ranking: priority (1 first), then risk relevance (how many of
 * the facts the play's condition reads are behind the current risk), then
 * the shorter due date, then playbook and play order as loaded.
 */
import { conditionFacts, evaluate, type Condition, type Facts } from './conditions.js';
import { because } from './because.js';
import type { Question } from './questions.js';
import type { PlanItem, Playbook } from './types.js';

/** Does the play's goal already hold? `never` (and no done_when) never does. */
export function isDone(doneWhen: Condition | 'never' | undefined, facts: Facts): boolean {
  return doneWhen !== undefined && doneWhen !== 'never' && evaluate(doneWhen, facts);
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
          because: because(play.when, facts, questions),
          riskRelevance,
        },
      });
    }
  }
  items.sort(
    (a, b) =>
      a.item.priority - b.item.priority ||
      b.item.riskRelevance - a.item.riskRelevance ||
      a.item.dueInDays - b.item.dueInDays ||
      a.order - b.order,
  );
  return items.map((entry) => entry.item);
}
