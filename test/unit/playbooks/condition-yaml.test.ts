import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCondition, type Condition } from '../../../src/domain/assessment/index.js';
import { loadPlaybooks, type LoadedPlaybooks } from '../../../src/playbooks/load.js';
import { conditionYaml, conditionYamlLines } from '../../../src/render/playbook.js';

let shipped: LoadedPlaybooks;
beforeAll(() => {
  shipped = loadPlaybooks();
});

/** Reads printed YAML back as a playbook file would, under `key`. */
function readBack(lines: string[], key: string): Condition | null {
  const raw = (parse(lines.join('\n')) as Record<string, unknown>)[key];
  const { condition, problems } = parseCondition(raw, shipped.facts);
  expect(problems).toEqual([]);
  return condition;
}

describe('conditions printed as YAML one can paste back', () => {
  it('every shipped condition reads back as itself, block and flow', () => {
    let seen = 0;
    for (const book of shipped.playbooks) {
      const conditions = [book.appliesWhen, ...book.plays.map((play) => play.when)];
      for (const condition of conditions.filter((item): item is Condition => item !== undefined)) {
        expect(readBack(conditionYamlLines('when', condition), 'when')).toEqual(condition);
        expect(readBack([`when: ${conditionYaml(condition)}`], 'when')).toEqual(condition);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(40);
  });

  it('nests groups and quotes what YAML would misread', () => {
    const condition: Condition = {
      all: [
        { fact: 'singleThreaded', op: 'true' },
        {
          any: [
            { fact: 'stage', op: 'in', value: ['development', 'initial-cooperation'] },
            { not: { fact: 'tier', op: 'eq', value: 'A' } },
          ],
        },
        { fact: 'industry', op: 'eq', value: 'no' },
        { fact: 'industry', op: 'eq', value: 'Food: frozen' },
      ],
    };
    expect(conditionYamlLines('when', condition)).toEqual([
      'when:',
      '  all:',
      "    - { fact: singleThreaded, op: 'true' }",
      '    - any:',
      '        - { fact: stage, op: in, value: [development, initial-cooperation] }',
      '        - not: { fact: tier, op: eq, value: A }',
      '    - { fact: industry, op: eq, value: "no" }',
      '    - { fact: industry, op: eq, value: "Food: frozen" }',
    ]);
    expect(readBack(conditionYamlLines('when', condition), 'when')).toEqual(condition);
  });
});
