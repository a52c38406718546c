/** Flags made from the domain's field specs, shared by the account, contact, log and action registrations. */
import type { Command } from 'commander';
import { DATE_EXAMPLES } from '../domain/dates.js';
import type { FieldSpec } from '../domain/field-specs.js';
import { t, type MessageKey } from '../i18n/index.js';

/** One `--flag <value>` per field of `record`, except those in `skip`. */
export function addFieldOptions(
  command: Command,
  record: 'account' | 'contact',
  fields: readonly FieldSpec[],
  skip: readonly string[] = ['name'],
): Command {
  for (const spec of fields) {
    if (skip.includes(spec.key)) continue;
    const description = fieldDescription(record, spec.key);
    command.option(
      `--${spec.flag} <${spec.kind === 'enum' ? 'value' : spec.kind}>`,
      spec.values ? t('help.field.values', { description, values: spec.values.join(', ') }) : description,
    );
  }
  return command;
}

/** A field's help line: the domain names fields by key only, so the words live in the help catalogue. */
export function fieldDescription(record: 'account' | 'contact', key: string): string {
  return t(`help.field.${record}.${key}` as MessageKey);
}

/** The date forms `--date` and `--due` read, in words. */
export function dateForms(): string {
  return t('help.dateForms', { examples: DATE_EXAMPLES });
}
