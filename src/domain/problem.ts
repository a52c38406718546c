/**
 * A message the domain cannot word, because it speaks no language
 * (docs/i18n.md): a catalogue key and its parameters. The layer above words
 * it with `t` (src/errors.ts, wordProblem). A parameter may itself be a
 * problem (the reason inside "x is not an amount (reason)").
 */
export interface Problem {
  readonly key: ProblemKey;
  readonly params?: Readonly<Record<string, ProblemParam>>;
}

export type ProblemParam = string | number | null | readonly string[] | Problem;

/** Every key the domain may return; each is a key of the problems catalogue area (checked in src/errors.ts). */
export type ProblemKey =
  | 'problem.field.required'
  | 'problem.field.notOneOf'
  | 'problem.field.notAmount'
  | 'problem.field.negative'
  | 'problem.field.notNumber'
  | 'problem.field.percentRange'
  | 'problem.field.wholeRange'
  | 'problem.field.notDate'
  | 'problem.field.notEmail'
  | 'problem.field.notCurrency'
  | 'problem.field.notDecimal'
  | 'problem.field.notJson'
  | 'problem.field.notBoolean'
  | 'problem.field.notInstant'
  | 'problem.field.currencyNotIso'
  | 'problem.field.currencyMismatch'
  | 'problem.field.amountNotOrder'
  | 'problem.number.comma'
  | 'problem.number.enterNumber'
  | 'problem.number.enterPercent'
  | 'problem.number.enterMoney'
  // A refused vocabulary word, worded with that field's values only (docs/i18n.md, Input).
  | 'input.vocabulary.refused';

export function problem(key: ProblemKey, params?: Readonly<Record<string, ProblemParam>>): Problem {
  return params ? { key, params } : { key };
}
