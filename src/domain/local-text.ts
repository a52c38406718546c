/**
 * A text a playbook or the questionnaire shows to people, in one language or
 * both (docs/playbooks.md §Languages): a plain string, as a team writes it in
 * its own language, or a map `{ en, zh-CN }` as the shipped playbooks are
 * written. `localText` reads it in the language of the run and falls back to
 * the other language when only one is given.
 */
import { LANGUAGES, type Lang } from './language.js';
import { wordsLanguage } from './words.js';

export type LocalTexts = Readonly<Partial<Record<Lang, string>>>;
export type LocalText = string | LocalTexts;

/** The text in `lang`, else in the other language; a plain string is the same in both. */
export function localText(text: LocalText, lang: Lang): string {
  if (typeof text === 'string') return text;
  const own = text[lang];
  if (own !== undefined && own !== '') return own;
  for (const other of LANGUAGES) {
    const found = text[other];
    if (found !== undefined && found !== '') return found;
  }
  return '';
}

/**
 * The language of the run, for domain code that words playbook texts (a
 * because line naming an option): the one the words port was installed with,
 * as for every derived sentence (docs/i18n.md).
 */
export function textLanguage(): Lang {
  return wordsLanguage();
}

/** The languages a text is written in: a plain string says nothing about its language (null). */
export function textLanguages(text: LocalText): Lang[] | null {
  if (typeof text === 'string') return null;
  return LANGUAGES.filter((lang) => (text[lang] ?? '').trim() !== '');
}
