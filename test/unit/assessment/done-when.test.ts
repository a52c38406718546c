/**
 * Every shipped play states what "done" looks like (docs/playbooks.md
 * §done_when), and the plan leaves a play out once it holds. The walk below
 * finds, for each play, facts that meet its playbook's applies_when, its
 * `when` and its `done_when` by a small exhaustive search over the values
 * its conditions mention, and checks the play is then absent, while it is
 * present with the same `when` and done_when false.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assess, buildPlan, validateAnswers, type AssessmentResult } from '../../../src/domain/assessment/index.js';
import { evaluate, type Condition, type FactValue, type Facts } from '../../../src/domain/assessment/conditions.js';
import type { FactCatalogue } from '../../../src/domain/assessment/catalogue.js';
import type { Play, Playbook } from '../../../src/domain/assessment/types.js';
import { loadPlaybooks, type LoadedPlaybooks } from '../../../src/playbooks/load.js';
import { playSchema } from '../../../src/playbooks/schema.js';
import { makeAccount, makeContact, makeInput } from './helpers.js';

let loaded: LoadedPlaybooks;
beforeAll(() => {
  loaded = loadPlaybooks();
});

/** Every value a condition compares each fact with. */
function mentioned(condition: Condition | undefined, into: Map<string, Set<string | number | boolean>>): void {
  if (!condition) return;
  if ('all' in condition) condition.all.forEach((item) => mentioned(item, into));
  else if ('any' in condition) condition.any.forEach((item) => mentioned(item, into));
  else if ('not' in condition) mentioned(condition.not, into);
  else {
    const values = into.get(condition.fact) ?? new Set();
    const given =
      condition.value === undefined ? [] : Array.isArray(condition.value) ? condition.value : [condition.value];
    given.forEach((value) => values.add(value));
    into.set(condition.fact, values);
  }
}

/** The values worth trying for one fact: unset, the ones compared with, and their neighbours. */
function domain(name: string, values: Set<string | number | boolean>, catalogue: FactCatalogue): FactValue[] {
  const spec = catalogue[name];
  const out: FactValue[] = [undefined];
  if (spec?.type === 'boolean') return [undefined, true, false];
  if (spec?.type === 'number') {
    for (const value of values) if (typeof value === 'number') out.push(value - 1, value, value + 1);
    if (out.length === 1) out.push(0, 1);
    return [...new Set(out)];
  }
  const strings = [...values].filter((value): value is string => typeof value === 'string');
  if (spec?.type === 'list') {
    for (let mask = 0; mask < 1 << strings.length; mask++)
      out.push(strings.filter((_value, index) => (mask & (1 << index)) !== 0));
    return out;
  }
  const other = spec?.values?.find((value) => !strings.includes(value)) ?? 'something-else';
  return [...out, ...strings, other];
}

/** The first facts (over the facts the conditions read) for which `test` holds, or null. */
function findFacts(conditions: (Condition | undefined)[], test: (facts: Facts) => boolean): Facts | null {
  const values = new Map<string, Set<string | number | boolean>>();
  conditions.forEach((condition) => mentioned(condition, values));
  const names = [...values.keys()];
  const domains = names.map((name) => domain(name, values.get(name)!, loaded.facts));
  const at = names.map(() => 0);
  for (;;) {
    const facts: Record<string, FactValue> = {};
    names.forEach((name, index) => (facts[name] = domains[index]![at[index]!]));
    if (test(facts)) return facts;
    let index = 0;
    while (index < at.length && ++at[index]! === domains[index]!.length) at[index++] = 0;
    if (index === at.length) return null;
  }
}

function shippedPlays(): { playbook: Playbook; play: Play }[] {
  return loaded.playbooks.flatMap((playbook) => playbook.plays.map((play) => ({ playbook, play })));
}

const inPlan = (facts: Facts, id: string): boolean =>
  buildPlan(loaded.playbooks, facts).some((item) => item.play === id);

describe('done_when: every shipped play', () => {
  it('states what done looks like (a condition, or never)', () => {
    const missing = shippedPlays()
      .filter(({ play }) => play.doneWhen === undefined)
      .map(({ play }) => play.id);
    expect(missing, 'plays without done_when').toEqual([]);
  });

  it('is in the plan when its when holds and its done_when does not, and out once done_when holds', () => {
    const overlapping: string[] = [];
    for (const { playbook, play } of shippedPlays()) {
      const applies = (facts: Facts): boolean => evaluate(playbook.appliesWhen, facts) && evaluate(play.when, facts);
      const doneWhen = play.doneWhen === 'never' ? undefined : play.doneWhen;
      const conditions = [playbook.appliesWhen, play.when, doneWhen];
      const pending = findFacts(conditions, (facts) => applies(facts) && !(doneWhen && evaluate(doneWhen, facts)));
      expect(pending, `${play.id}: no facts bring it into the plan`).not.toBeNull();
      expect(inPlan(pending!, play.id), `${play.id} with ${JSON.stringify(pending)}`).toBe(true);
      if (!doneWhen) continue;
      // Facts that meet the when and the goal both, where they exist; else the goal alone.
      const both = findFacts(conditions, (facts) => applies(facts) && evaluate(doneWhen, facts));
      if (both) overlapping.push(play.id);
      const done = both ?? findFacts(conditions, (facts) => evaluate(doneWhen, facts));
      expect(done, `${play.id}: its done_when can never hold`).not.toBeNull();
      expect(inPlan(done!, play.id), `${play.id} is done with ${JSON.stringify(done)}`).toBe(false);
    }
    // The walk must reach plays whose done_when cuts in while their when still holds.
    expect(overlapping).toEqual(expect.arrayContaining(['kr-lift-to-organisation', 'kr-service-team']));
  });
});

describe('done_when: plays that contradicted the answers (issue 11)', () => {
  const planIds = (result: AssessmentResult): string[] => result.plan.map((item) => item.play);
  function checked(answers: Record<string, unknown>): Record<string, never> {
    const validation = validateAnswers(loaded.questionnaire, answers);
    if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
    return validation.answers as Record<string, never>;
  }
  // A primary supplier to a tier-A account whose contacts stop below executive
  // seniority: hasExecutive is false from the records.
  const contacts = () => [
    makeContact({ name: 'Ms Sun', department: 'purchasing', seniority: 'manager', attitude: 'supporter', strength: 3 }),
    makeContact({
      name: 'Mr Zhou',
      department: 'technical',
      seniority: 'manager',
      attitude: 'supporter',
      strength: 2,
    }),
    makeContact({ name: 'Ms Wu', department: 'quality', seniority: 'staff', attitude: 'neutral', strength: 2 }),
  ];
  const account = () =>
    makeAccount({ name: 'Harbour Valves', position: 'primary', tier: 'A', share: 60, stage: 'development' });
  const run = (answers: Record<string, unknown>): AssessmentResult =>
    assess(
      makeInput({
        account: account(),
        contacts: contacts(),
        answers: checked({ supplierPosition: 'primary', purchaseCriteria: 'we-fit', ...answers }),
      }),
      loaded.playbooks,
    );

  it('an executive-to-executive channel answered yes drops "lift the relationship to the organisation"', () => {
    expect(planIds(run({ executiveChannel: false }))).toContain('kr-lift-to-organisation');
    const result = run({ executiveChannel: true });
    expect(result.coverage.singleThreaded).toBe(false);
    expect(result.coverage.hasExecutive).toBe(false);
    expect(planIds(result)).not.toContain('kr-lift-to-organisation');
  });

  it('a dedicated service team ticked drops "give the account a dedicated service set-up"', () => {
    expect(planIds(run({ serviceLevel: ['hotline-24h'] }))).toContain('kr-service-team');
    expect(planIds(run({ serviceLevel: ['dedicated-team'] }))).not.toContain('kr-service-team');
  });
});

describe('done_when: reading it', () => {
  const play = (doneWhen: unknown): unknown => ({
    id: 'p',
    title: 'T',
    why: 'W',
    priority: 2,
    due_in_days: 7,
    owner_role: 'rep',
    done_when: doneWhen,
    source: 'ours',
  });
  it('takes a condition or the word never, and names anything else', () => {
    expect(playSchema(loaded.facts).parse(play('never')).doneWhen).toBe('never');
    expect(playSchema(loaded.facts).parse(play({ fact: 'executiveChannel', op: 'eq', value: true })).doneWhen).toEqual({
      fact: 'executiveChannel',
      op: 'eq',
      value: true,
    });
    const wrong = playSchema(loaded.facts).safeParse(play('nevr'));
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toBe('expected a condition or the word "never", got "nevr"');
    const unknownFact = playSchema(loaded.facts).safeParse(play({ fact: 'nosuch', op: 'true' }));
    expect(unknownFact.error?.issues[0]?.message).toMatch(/unknown fact "nosuch"/);
  });
});
