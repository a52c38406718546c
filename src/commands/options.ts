/**
 * Flags several commands share, parsed one way everywhere: `--top N`,
 * `--type` (a record type, singular or plural) and `--format` (which must
 * agree with the global --json).
 */
import type { Context } from '../context.js';
import { parseWholeNumber } from '../domain/numbers.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { IMPORT_TYPES, type ImportType } from '../io/aliases.js';

/** `--top N`: a whole number of at least 1, or undefined when not given. */
export function parseTop(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const top = parseWholeNumber(value);
  if (top === null) throw new UsageError(t('error.top.bad', { value }));
  return top;
}

/** `--type`: one of the record types, accepting "contact" for "contacts" and "activity" for "activities". */
export function parseRecordType(value: string): ImportType {
  const wanted = value.trim().toLowerCase();
  const type = IMPORT_TYPES.find((t) => t === wanted || t === `${wanted}s` || t.replace(/ies$/, 'y') === wanted);
  if (!type) throw new UsageError(t('error.type.unknown', { value }), t('error.useOneOf', { values: IMPORT_TYPES }));
  return type;
}

/**
 * `--format`: one of `formats` (or an alias of one); `fallback` when not
 * given. With --json, only json is consistent.
 */
export function parseFormat<F extends string>(
  ctx: Context,
  raw: string | undefined,
  formats: readonly F[],
  fallback: F,
  aliases: Readonly<Record<string, F>> = {},
): F {
  if (raw === undefined) return fallback;
  const value = raw.trim().toLowerCase();
  if (ctx.options.json && value !== 'json')
    throw new UsageError(t('error.format.twice', { format: raw }), t('error.format.twice.hint'));
  const chosen = aliases[value] ?? value;
  if (!(formats as readonly string[]).includes(chosen))
    throw new UsageError(t('error.format.unknown', { format: raw }), t('error.useOneOf', { values: formats }));
  return chosen as F;
}
