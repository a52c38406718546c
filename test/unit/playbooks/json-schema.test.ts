import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../../src/domain/assessment/catalogue.js';
import { OPS } from '../../../src/domain/assessment/conditions.js';
import { playbookJsonSchema } from '../../../src/playbooks/json-schema.js';

const PLAYBOOKS = new URL('../../../playbooks/', import.meta.url);

describe('playbooks/playbook.schema.json', () => {
  it('is what the zod schema generates now (run `npm run schema` when this fails)', () => {
    const committed = JSON.parse(readFileSync(new URL('playbook.schema.json', PLAYBOOKS), 'utf8'));
    expect(committed).toEqual(playbookJsonSchema());
  });

  it('offers every fact and operator, with its meaning, to an editor', () => {
    const text = JSON.stringify(playbookJsonSchema());
    for (const name of Object.keys(FACTS)) expect(text).toContain(`"const":"${name}","description"`);
    for (const op of OPS) expect(text).toContain(`"const":"${op}","description"`);
    const schema = playbookJsonSchema() as { properties: Record<string, unknown> };
    expect(schema.properties.applies_when).toEqual({ $ref: '#/$defs/condition' });
    // Every field of a play is described, none left as "anything" ({}).
    const play = (schema.properties.plays as { items: { properties: Record<string, object> } }).items.properties;
    for (const [field, described] of Object.entries(play)) expect(described, field).not.toEqual({});
    expect(JSON.stringify(play.done_when)).toContain('"const":"never"');
  });

  it('each shipped playbook names it for the YAML language server; the questionnaire does not', () => {
    for (const name of readdirSync(PLAYBOOKS).filter((file) => file.endsWith('.yaml'))) {
      const first = readFileSync(new URL(name, PLAYBOOKS), 'utf8').split('\n')[0];
      if (name === 'assessment.yaml') expect(first).not.toContain('$schema');
      else expect(first).toBe('# yaml-language-server: $schema=./playbook.schema.json');
    }
  });
});
