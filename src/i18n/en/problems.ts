/**
 * What the domain finds wrong with an input (src/domain/problem.ts), in
 * words. A `reason` parameter is a problem worded first.
 */
type Field = { field: string };
type FieldValue = { field: string; value: string };

export const problems = {
  'problem.field.required': ({ field }: Field) => `${field} is required`,
  'problem.field.notOneOf': ({
    field,
    value,
    values,
    closest,
  }: FieldValue & { values: readonly string[]; closest: string }) =>
    `${field} "${value}" is not one of ${values.join(', ')}${closest ? `; did you mean ${closest}?` : ''}`,
  'problem.field.notAmount': ({ field, value, reason }: FieldValue & { reason: string }) =>
    `${field} "${value}" is not an amount (${reason})`,
  'problem.field.negative': ({ field, value }: FieldValue) => `${field} cannot be negative (got ${value})`,
  'problem.field.notNumber': ({ field, value, reason }: FieldValue & { reason: string }) =>
    `${field} "${value}" is not a number (${reason})`,
  'problem.field.percentRange': ({ field, value, min, max }: FieldValue & { min: number; max: number }) =>
    `${field} must be between ${min} and ${max} (got ${value})`,
  'problem.field.wholeRange': ({ field, value, min, max }: FieldValue & { min: string; max: string }) =>
    `${field} must be a whole number from ${min} to ${max} (got ${value})`,
  'problem.field.notDate': ({ field, value, examples }: FieldValue & { examples: readonly string[] }) =>
    `${field} "${value}" is not a date (use one of: ${examples.join(', ')}; d w m y for days, weeks, months, years)`,
  'problem.field.notEmail': ({ value }: { value: string }) => `email "${value}" is not an email address`,
  'problem.field.notCurrency': ({ value }: { value: string }) =>
    `currency "${value}" is not an ISO 4217 code such as CNY, USD or EUR`,
  'problem.field.notDecimal': ({ field, value }: FieldValue) => `${field} "${value}" is not a number`,
  'problem.field.notJson': ({ field }: Field) => `${field} must be a JSON object like {"q1": "yes"}`,
  'problem.field.notBoolean': ({ field, value }: FieldValue) => `${field} "${value}" is not true or false`,
  'problem.field.notInstant': ({ field, value }: FieldValue) => `${field} "${value}" is not a date or timestamp`,
  'problem.field.currencyNotIso': ({ field, currency }: Field & { currency: string }) =>
    `${field} currency "${currency}" is not an ISO 4217 code`,
  'problem.field.currencyMismatch': ({ field, code, currency }: Field & { code: string; currency: string }) =>
    `${field} is in ${code} but currency says ${currency}`,
  'problem.field.amountNotOrder': ({ type }: { type: string }) => `amount is for orders only, not for type "${type}"`,
  'problem.number.comma':
    'a comma only separates thousands, as in 1,234,567; write a decimal with a point, as in 12.34',
  'problem.number.enterNumber': 'enter a number such as 35, 35.5 or 1,234',
  'problem.number.enterPercent': 'enter a number such as 35, 35.5 or 35%',
  'problem.number.enterMoney': 'enter 1200000, 1,200,000, 120万, 1.2亿 or 1.2m',
};
