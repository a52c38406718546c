/**
 * Shared by every command that writes a record: collect the field flags the
 * user gave, validate them with the one shared schema, and turn problems
 * into a single clear error.
 */
import { parseFields, type FieldSpec, type ParsedRecord } from '../domain/fields.js';
import { UserError, wordProblem } from '../errors.js';
import { t } from '../i18n/index.js';

/** Picks the flags commander parsed that are fields of this record (commander camelCases `--target-level`). */
export function fieldInput(fields: readonly FieldSpec[], options: Record<string, unknown>): Record<string, string> {
  const input: Record<string, string> = {};
  for (const spec of fields) {
    const value = options[spec.key];
    if (value !== undefined && value !== null && typeof value !== 'boolean') input[spec.key] = String(value);
  }
  return input;
}

export function validateOrThrow(
  fields: readonly FieldSpec[],
  input: Record<string, string | undefined>,
  today: string,
  options: { requireAll?: boolean } = {},
): ParsedRecord {
  const parsed = parseFields(fields, input, today, options);
  if (!parsed.ok) {
    // Each problem is worded in the user's language (a refused vocabulary word with that field's values only);
    // each names the value and what is allowed, so a generic "fix it" tail would add nothing.
    const [first, ...rest] = parsed.problems.map((problem) => wordProblem(problem.problem));
    throw new UserError(rest.length > 0 ? t('error.fields.also', { first: first!, rest }) : first!);
  }
  return parsed.value;
}
