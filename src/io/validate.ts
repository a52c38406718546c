/**
 * Row validation for imports: exactly `parseFields` from domain/fields.ts
 * (the one schema the commands use), with each field's zod schema built
 * once per run instead of once per cell. Building a schema costs ~5 µs and
 * a row has up to 15 fields, so `parseFields` itself spends ~75 µs a row:
 * 75 s for a million rows. test/io/validate.test.ts checks this function
 * returns what parseFields returns, on random input.
 */
import type { z } from 'zod';
import { fieldSchema, parseMoney, type FieldSpec, type FieldValue, type ParsedRecord } from '../domain/fields.js';

export type RowInput = Readonly<Record<string, string | undefined>>;
export type RowResult =
  { ok: true; value: ParsedRecord } | { ok: false; problems: { field: string; message: string }[] };

export type RowValidator = (input: RowInput, options?: { requireAll?: boolean }) => RowResult;

/** A validator with the semantics of `parseFields(fields, input, today, options)`. */
export function rowValidator(fields: readonly FieldSpec[], today: string): RowValidator {
  const schemas: z.ZodType<FieldValue, string>[] = fields.map((spec) => fieldSchema(spec, today));
  return (input, options = {}) => {
    const value: ParsedRecord = {};
    let problems: { field: string; message: string }[] | undefined;
    for (let i = 0; i < fields.length; i++) {
      const spec = fields[i]!;
      const raw = input[spec.key];
      if (raw === undefined) {
        if (options.requireAll && spec.required)
          (problems ??= []).push({ field: spec.key, message: `${spec.flag} is required` });
        continue;
      }
      const result = schemas[i]!.safeParse(raw);
      if (result.success) value[spec.key] = result.data;
      else for (const issue of result.error.issues) (problems ??= []).push({ field: spec.key, message: issue.message });
    }
    if (typeof value.revenue === 'number' && input.currency === undefined && input.revenue) {
      const money = parseMoney(input.revenue);
      if (money?.currency) value.currency = money.currency;
    }
    return problems ? { ok: false, problems } : { ok: true, value };
  };
}
