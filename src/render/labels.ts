/**
 * Enum values as a table shows them (docs/i18n.md): on a terminal in Chinese
 * the label of src/domain/vocabulary.ts; in English the id itself, which is
 * the English word acct has always printed and accepts as input; piped
 * (plain) and in JSON always the canonical id, for scripts.
 */
import { currentLanguage } from '../i18n/index.js';
import { labelOf, type Vocabulary } from '../domain/vocabulary.js';
import type { Output } from './output.js';

/** `value` of vocabulary `kind` for people reading this output. */
export function shown(out: Pick<Output, 'mode'>, kind: Vocabulary, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return out.mode === 'table' ? said(kind, value) : value;
}

/** Items in a sentence: "a, b" in English, "甲、乙" in Chinese. */
export function listed(items: readonly string[]): string {
  return items.join(currentLanguage() === 'en' ? ', ' : '、');
}

/** `value` of vocabulary `kind` in words of the run's language, whatever the output mode (sentences, headings). */
export function said(kind: Vocabulary, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return currentLanguage() === 'en' ? value : labelOf(kind, value, currentLanguage());
}
