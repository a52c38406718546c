/**
 * One validator per record type (plain functions, no schema library), shared by the interactive commands
 * and the CSV import, so a value accepted in one place is accepted in the
 * other. Input arrives as text (flags, CSV cells); each field turns text into
 * a typed value or an error message that names the allowed values.
 */
import { canonicalEnumInput } from './enums.js';
import type { FieldSpec } from './field-specs.js';
import { DATE_EXAMPLES, parseDate } from './dates.js';
import { closestMatches } from './names.js';
import { numberProblem, parseDecimal, PLAIN_DECIMAL } from './numbers.js';
import { problem, type Problem, type ProblemKey, type ProblemParam } from './problem.js';
import { parseVocabulary, suggestVocabulary, type Vocabulary } from './vocabulary.js';

export * from './field-specs.js';
export * from './numbers.js';

const MONEY_SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, 万: 1e4, 亿: 1e8 };
const MONEY_SYMBOLS: Readonly<Record<string, string>> = { '¥': 'CNY', $: 'USD', '€': 'EUR', '£': 'GBP' };
/**
 * The common amount, plain digits with an optional suffix (`350万`, `1.2m`,
 * `1200`): text that NFKC, the currency and symbol rules and the digit
 * grouping below all leave as it is, so it is read directly.
 */
const PLAIN_AMOUNT = /^(\d{1,15}(?:\.\d{1,15})?)([kmb万亿]?)$/i;

/** "1,200,000", "1.2m", "120万", "CNY 5m", "¥3,000" -> amount (and currency when written). */
export function parseMoney(raw: string): { amount: number; currency: string | null } | null {
  const plain = PLAIN_AMOUNT.exec(raw);
  if (plain) {
    const amount = Number(plain[1]) * (plain[2] ? MONEY_SUFFIX[plain[2].toLowerCase()]! : 1);
    return Number.isFinite(amount) ? { amount, currency: null } : null;
  }
  let textValue = raw.normalize('NFKC').trim();
  let currency: string | null = null;
  const code = /^([A-Za-z]{3})\s*(.+)$/.exec(textValue) ?? /^(.+?)\s*([A-Za-z]{3})$/.exec(textValue);
  if (code) {
    const [first, second] = [code[1]!, code[2]!];
    const isPrefix = /^[A-Za-z]{3}$/.test(first) && !/^[\d.]/.test(first);
    currency = (isPrefix ? first : second).toUpperCase();
    textValue = (isPrefix ? second : first).trim();
  }
  const symbol = textValue[0];
  if (symbol && symbol in MONEY_SYMBOLS) {
    currency ??= MONEY_SYMBOLS[symbol]!;
    textValue = textValue.slice(1).trim();
  }
  const match = /^(.*?)\s*([kmb万亿])?$/i.exec(textValue);
  const number = match ? parseDecimal(match[1]!) : null;
  if (number === null) return null;
  const amount = number * (match![2] ? MONEY_SUFFIX[match![2].toLowerCase()]! : 1);
  return Number.isFinite(amount) ? { amount, currency } : null;
}

export type FieldValue = string | number | null;

let isoCurrencies: ReadonlySet<string> | null = null;

/** The ISO 4217 code for what people write (cny, RMB, usd), or null for anything else. */
export function currencyCode(text: string): string | null {
  isoCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  const code = text.trim().toUpperCase();
  const canonical = code === 'RMB' ? 'CNY' : code;
  return isoCurrencies.has(canonical) ? canonical : null;
}

/**
 * A word a vocabulary field refused, as data: the layer that knows the
 * user's language words it, listing that field's values only, in that
 * language (docs/i18n.md, Input; the `input.vocabulary.refused` message).
 */
export interface VocabularyRefusal {
  flag: string;
  value: string;
  kind: Vocabulary;
  /** The id the word most likely meant, or null. */
  suggestion: string | null;
}

/** A value a field refused, with the message that names the allowed input. */
export class FieldRefusal {
  constructor(
    readonly problem: Problem,
    readonly vocabulary?: VocabularyRefusal,
  ) {}
}

/**
 * Turns one text input into its typed value, or a FieldRefusal naming the
 * allowed input. Plain functions, built once per field and run per value:
 * the import calls them for every cell of a million-row file, and `acct
 * list` must not pay for a schema library at start-up.
 */
export function fieldParser(spec: FieldSpec, today: string): (raw: string) => FieldValue | FieldRefusal {
  const refuse = (key: ProblemKey, params?: Readonly<Record<string, ProblemParam>>) =>
    new FieldRefusal(problem(key, params));
  const parse = remembered(spec, valueParser(spec, today, refuse));
  return textParser(spec, refuse, parse);
}

/**
 * Text that NFC leaves as it is: printable Latin script below the combining marks
 * (U+0300) and the CJK unified ideographs, none of which NFC changes or
 * composes with what precedes it. Most cells of a CRM export are such
 * text; they skip normalize(), which copies every string it is given.
 */
const NFC_STABLE = /^[ -\u02ff\u4e00-\u9fff]*$/;

/** The cell as the parsers see it: NFC (unless JSON, kept as written) and trimmed; empty is null or required. */
function textParser<T>(
  spec: FieldSpec,
  refuse: (key: ProblemKey, params?: Readonly<Record<string, ProblemParam>>) => FieldRefusal,
  parse: (value: string) => T | FieldRefusal,
): (raw: string) => T | null | FieldRefusal {
  const required = spec.required === true;
  // JSON is kept as written (NFC could change text inside it); everything else is compared in NFC.
  const exact = spec.kind === 'json';
  return (raw) => {
    const value = exact || NFC_STABLE.test(raw) ? raw.trim() : raw.normalize('NFC').trim();
    if (value === '') return required ? refuse('problem.field.required', { field: spec.flag }) : null;
    return parse(value);
  };
}

/** Distinct values a field of a few allowed values remembers (a file repeats the same few words). */
const REMEMBERED = 64;

/**
 * A choice or a currency, read once per distinct spelling: the parse is a
 * pure function of the text, so an accepted value is remembered (up to
 * REMEMBERED spellings); a refused one is parsed again, for its message.
 */
function remembered(
  spec: FieldSpec,
  parse: (value: string) => FieldValue | FieldRefusal,
): (value: string) => FieldValue | FieldRefusal {
  if (spec.kind !== 'enum' && spec.kind !== 'currency') return parse;
  const known = new Map<string, FieldValue>();
  return (value) => {
    const found = known.get(value);
    if (found !== undefined) return found;
    const result = parse(value);
    if (!(result instanceof FieldRefusal) && known.size < REMEMBERED) known.set(value, result);
    return result;
  };
}

/** An amount of money, with the currency written in it (see parseMoney), or why it is refused. */
function moneyParser(
  spec: FieldSpec,
  refuse: (key: ProblemKey, params?: Readonly<Record<string, ProblemParam>>) => FieldRefusal,
): (value: string) => { amount: number; currency: string | null } | FieldRefusal {
  return (value) => {
    const money = parseMoney(value);
    if (!money)
      return refuse('problem.field.notAmount', { field: spec.flag, value, reason: numberProblem(value, 'money') });
    if (money.amount < 0) return refuse('problem.field.negative', { field: spec.flag, value });
    return money;
  };
}

function valueParser(
  spec: FieldSpec,
  today: string,
  refuse: (key: ProblemKey, params?: Readonly<Record<string, ProblemParam>>) => FieldRefusal,
): (value: string) => FieldValue | FieldRefusal {
  switch (spec.kind) {
    case 'text':
      return (value) => value;
    case 'enum': {
      const values = spec.values ?? [];
      const kind = spec.vocabulary;
      if (kind !== undefined) {
        return (value) => {
          const found = parseVocabulary(kind, value);
          if (found !== null && values.includes(found)) return found;
          const suggestion = suggestVocabulary(kind, value);
          const refused = { flag: spec.flag, value, kind, suggestion };
          return new FieldRefusal(problem('input.vocabulary.refused', refused), refused);
        };
      }
      const byLower = new Map(values.map((allowed) => [allowed.toLowerCase(), allowed]));
      return (value) => {
        const found = byLower.get(canonicalEnumInput(value));
        if (found !== undefined) return found;
        const close = closestMatches(value, values, 1);
        return refuse('problem.field.notOneOf', { field: spec.flag, value, values, closest: close[0] ?? '' });
      };
    }
    case 'money': {
      const money = moneyParser(spec, refuse);
      return (value) => {
        const result = money(value);
        return result instanceof FieldRefusal ? result : result.amount;
      };
    }
    case 'percent':
      return (value) => {
        const digits = PLAIN_DECIMAL.test(value) ? value : value.normalize('NFKC').replace(/%$/, '');
        const number = parseDecimal(digits);
        if (number === null)
          return refuse('problem.field.notNumber', {
            field: spec.flag,
            value,
            reason: numberProblem(digits, 'percent'),
          });
        if (number < (spec.min ?? 0) || number > (spec.max ?? 100)) {
          return refuse('problem.field.percentRange', {
            field: spec.flag,
            min: spec.min ?? 0,
            max: spec.max ?? 100,
            value,
          });
        }
        return number;
      };
    case 'int':
      return (value) => {
        const number = parseDecimal(value);
        if (
          number === null ||
          !Number.isInteger(number) ||
          number < (spec.min ?? -Infinity) ||
          number > (spec.max ?? Infinity)
        ) {
          return refuse('problem.field.wholeRange', {
            field: spec.flag,
            min: String(spec.min),
            max: String(spec.max),
            value,
          });
        }
        return number;
      };
    case 'date':
      return (value) =>
        parseDate(value, today) ??
        refuse('problem.field.notDate', { field: spec.flag, value, examples: DATE_EXAMPLES });
    case 'email':
      return (value) =>
        /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value : refuse('problem.field.notEmail', { value });
    case 'currency':
      return (value) => currencyCode(value) ?? refuse('problem.field.notCurrency', { value });
    case 'decimal':
      return (value) => {
        const number = parseDecimal(value);
        return number !== null && Number.isFinite(number) && (!spec.integer || Number.isInteger(number))
          ? number
          : refuse('problem.field.notDecimal', { field: spec.flag, value });
      };
    case 'json':
      return (value) => {
        const object = parseJsonObject(value);
        return object === null ? refuse('problem.field.notJson', { field: spec.flag }) : JSON.stringify(object);
      };
    case 'boolean':
      return (value) => {
        const word = parseVocabulary('yesNo', value);
        return word === null
          ? refuse('problem.field.notBoolean', { field: spec.flag, value: value.toLowerCase() })
          : word === 'yes'
            ? 1
            : 0;
      };
    case 'instant':
      return (value) => parseInstant(value, today) ?? refuse('problem.field.notInstant', { field: spec.flag, value });
  }
}

/** A date (any form parseDate reads) or an ISO timestamp, normalised to UTC milliseconds; null if neither. */
export function parseInstant(raw: string, today: string): string | null {
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  return parseDate(text, today);
}

function parseJsonObject(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export interface FieldProblem {
  field: string;
  problem: Problem;
}

export type ParsedRecord = Record<string, FieldValue>;

export type FieldsResult = { ok: true; value: ParsedRecord } | { ok: false; problems: FieldProblem[] };
export type FieldsValidator = (
  input: Readonly<Record<string, string | undefined>>,
  options?: { requireAll?: boolean },
) => FieldsResult;

/**
 * A validator for one record type and one "today": the field parsers are
 * built once here and reused for every row.
 * Keys absent from the input are absent from the result, so the same
 * validator serves create (all fields) and edit (only the fields given).
 */
export function fieldsValidator(fields: readonly FieldSpec[], today: string): FieldsValidator {
  const refuse = (key: ProblemKey, params?: Readonly<Record<string, ProblemParam>>) =>
    new FieldRefusal(problem(key, params));
  // Amounts are parsed once, with the currency written in them (used below); every other field as fieldParser does.
  const parsers = fields.map((spec) =>
    spec.kind === 'money' ? textParser(spec, refuse, moneyParser(spec, refuse)) : fieldParser(spec, today),
  );
  const moneyKeys = fields.filter((spec) => spec.kind === 'money').map((spec) => spec.key);
  const hasActivityType = fields.some((spec) => spec.key === 'type' && spec.values?.includes('order'));
  return (input, options = {}) => {
    const value: ParsedRecord = {};
    let written: Record<string, string | null> | undefined;
    let problems: FieldProblem[] | undefined;
    for (let i = 0; i < fields.length; i++) {
      const spec = fields[i]!;
      const raw = input[spec.key];
      if (raw === undefined) {
        if (options.requireAll && spec.required)
          (problems ??= []).push({ field: spec.key, problem: problem('problem.field.required', { field: spec.flag }) });
        continue;
      }
      const result = parsers[i]!(raw);
      if (result instanceof FieldRefusal) (problems ??= []).push({ field: spec.key, problem: result.problem });
      else if (result !== null && typeof result === 'object') {
        value[spec.key] = result.amount;
        (written ??= {})[spec.key] = result.currency;
      } else value[spec.key] = result;
    }
    // An amount written with its currency ("EUR 3m") fills the currency field too, and must agree with it.
    for (const key of moneyKeys) {
      const raw = input[key];
      if (typeof value[key] !== 'number' || !raw) continue;
      const currency = written?.[key];
      const code = currency ? currencyCode(currency) : null;
      if (currency && !code) {
        (problems ??= []).push({
          field: key,
          problem: problem('problem.field.currencyNotIso', { field: key, currency }),
        });
      } else if (code && input.currency === undefined) {
        value.currency = code;
      } else if (code && typeof value.currency === 'string' && value.currency !== code) {
        (problems ??= []).push({
          field: 'currency',
          problem: problem('problem.field.currencyMismatch', { field: key, code, currency: value.currency }),
        });
      }
    }
    // Only an order has a value (docs/domain.md §4, lifetime value); any other activity with an amount is a mistake.
    if (value.amount !== undefined && value.amount !== null && hasActivityType && input.type !== undefined) {
      const type = typeof value.type === 'string' ? value.type : input.type;
      if (type !== 'order')
        (problems ??= []).push({ field: 'amount', problem: problem('problem.field.amountNotOrder', { type }) });
    }
    return problems ? { ok: false, problems } : { ok: true, value };
  };
}

/** One-off validation (commands validate one record per run). */
export function parseFields(
  fields: readonly FieldSpec[],
  input: Readonly<Record<string, string | undefined>>,
  today: string,
  options: { requireAll?: boolean } = {},
): FieldsResult {
  return fieldsValidator(fields, today)(input, options);
}
