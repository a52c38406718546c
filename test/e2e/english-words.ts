/**
 * The English-leak detector of the zh-CN tests (issue 14): the Latin words
 * acct prints of its own in English — catalogue messages and enum labels —
 * less any word the Chinese catalogue prints as well (commands, flags,
 * setting names such as acct, plan, role).
 */
import { catalogue as english } from '../../src/i18n/en/index.js';
import { catalogue as chinese } from '../../src/i18n/zh-CN/index.js';
import { VOCABULARY } from '../../src/domain/vocabulary.js';

/** Latin words of a message, called with parameters that are empty wherever it reads one. */
export function messageWords(message: unknown): string[] {
  const empty = new Proxy({}, { get: () => [] });
  let text = '';
  try {
    text = typeof message === 'function' ? String((message as (p: unknown) => unknown)(empty)) : String(message);
  } catch {
    text = '';
  }
  return text.match(/[A-Za-z]{3,}/g) ?? [];
}

/** Lower-cased English words of the catalogue keys `wanted` picks and of the enum labels. */
export function forbiddenEnglish(wanted: (key: string) => boolean = () => true): ReadonlySet<string> {
  const allowed = new Set(
    Object.entries(chinese)
      .filter(([key]) => wanted(key))
      .flatMap(([, message]) => messageWords(message))
      .map((word) => word.toLowerCase()),
  );
  const words = [
    ...Object.entries(english)
      .filter(([key]) => wanted(key))
      .flatMap(([, message]) => messageWords(message)),
    ...Object.values(VOCABULARY).flatMap((kind) =>
      Object.values(kind as Record<string, { en: string }>).flatMap((label) => messageWords(label.en)),
    ),
  ].map((word) => word.toLowerCase());
  return new Set(words.filter((word) => !allowed.has(word)));
}

/** The forbidden words left in `text`, each once. */
export function englishIn(text: string, forbidden: ReadonlySet<string>): string[] {
  return [...new Set((text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => forbidden.has(word.toLowerCase())))];
}
