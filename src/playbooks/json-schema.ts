/**
 * The JSON Schema of a playbook file, generated from the zod schema
 * (schema.ts) so the two cannot drift: editors with the YAML language server
 * complete field names, fact names and operators and show their meaning.
 * scripts/playbook-schema.mjs writes it to playbooks/playbook.schema.json;
 * a test fails when the committed file differs from a fresh generation.
 *
 * Conditions are read by parseCondition, not by zod, so their fields are
 * described here from the same sources: the fact catalogue and OPS.
 */
import { z } from 'zod';
import { FACTS, type FactName, type FactSpec } from '../domain/assessment/catalogue.js';
import { OPS, OP_DOCS } from '../domain/assessment/conditions.js';
import { CONDITION_FIELDS, DONE_WHEN_FIELDS, playbookSchema } from './schema.js';
// The committed schema file is English whatever the run's language: it is read by editors, not printed.
import { facts } from '../i18n/en/facts.js';

const CONDITION_DOC =
  'A condition: { fact, op, value }, { all: [...] }, { any: [...] } or { not: ... }. See docs/playbooks.md.';

function factNameSchema(): z.ZodType {
  const known = Object.entries(FACTS as Record<string, FactSpec>).map(([name, spec]) =>
    z
      .literal(name)
      .describe(
        `${spec.type}${spec.values ? ` (${spec.values.join(', ')})` : ''}: ${facts[`facts.${name as FactName}`]}`,
      ),
  );
  const own = z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]*$/)
    .describe('a question key from your own assessment.yaml');
  return z.union([...known, own]);
}

function conditionDocSchema(): z.ZodType {
  const scalar = z.union([z.string(), z.number(), z.boolean()]);
  const leaf = z.strictObject({
    fact: factNameSchema().describe('the fact to test; `acct playbook facts` lists them'),
    op: z.union(OPS.map((op) => z.literal(op).describe(OP_DOCS[op]))).describe('the operator'),
    value: z
      .union([scalar, z.array(scalar)])
      .optional()
      .describe('the value to compare with: a list for in/nin, none for true/false/set/unset'),
  });
  const condition: z.ZodType = z
    .lazy(() =>
      z.union([
        leaf,
        z.strictObject({ all: z.array(condition) }).describe('all: every one holds (an empty list holds)'),
        z.strictObject({ any: z.array(condition) }).describe('any: at least one holds (an empty list does not)'),
        z.strictObject({ not: condition }).describe('not: holds when the condition inside does not'),
      ]),
    )
    .describe(CONDITION_DOC);
  return condition;
}

export function playbookJsonSchema(): Record<string, unknown> {
  const conditionDefs = z.toJSONSchema(z.object({ condition: conditionDocSchema() }), { io: 'input' });
  const condition = (conditionDefs.properties as Record<string, unknown>).condition;
  const schema = z.toJSONSchema(playbookSchema(null), {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const field = ctx.zodSchema as unknown as z.ZodType;
      const replacement = CONDITION_FIELDS.has(field)
        ? { $ref: '#/$defs/condition' }
        : DONE_WHEN_FIELDS.has(field)
          ? {
              description: 'what "done" looks like: a condition, or never (docs/playbooks.md §done_when)',
              anyOf: [{ type: 'string', const: 'never' }, { $ref: '#/$defs/condition' }],
            }
          : null;
      if (!replacement) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, replacement);
    },
  }) as Record<string, unknown>;
  // The recursive condition's own $defs move up beside it, renamed so the file reads well.
  const defs = JSON.parse(
    JSON.stringify({ ...(conditionDefs.$defs as Record<string, unknown>), condition }).replaceAll(
      '#/$defs/__schema0',
      '#/$defs/condition',
    ),
  ) as Record<string, unknown>;
  const { __schema0: inner, ...rest } = defs;
  return {
    $schema: schema.$schema,
    title: 'acct playbook',
    description:
      'A playbook file for acct: plays with a condition, priority, due date, role and source. See docs/playbooks.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
    $defs: { ...rest, condition: inner ?? condition },
  };
}
