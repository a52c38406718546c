/**
 * The domain's one way to put a derived sentence into words (docs/i18n.md
 * §Derived sentences). The domain states facts as a key and parameters; the
 * message catalogue (src/i18n, area `words`) holds the sentences in each
 * language, and the i18n layer installs them here when a language is loaded
 * (loadLanguage), so `text` fields come out in the run's language while the
 * domain imports nothing from src/i18n. A port, not a dependency: the domain
 * names what it needs, the outer layer supplies it.
 */

import type { Lang } from './language.js';

/** Parameters of a sentence: counts, names, dates, ids (lists of ids stay lists). */
export type WordParams = Readonly<Record<string, string | number | readonly (string | number)[]>>;

/** Words a key in the chosen language; undefined when the catalogue has no such key. */
export type Wording = (key: string, params: WordParams) => string | undefined;

let wording: Wording | undefined;
let wordingLanguage: Lang = 'en';

/** Called by the i18n layer when a language is loaded: the sentences, and the language they are in. */
export function installWording(next: Wording, lang: Lang): void {
  wording = next;
  wordingLanguage = lang;
}

/** The language the installed sentences are in (the run's), for domain code that words playbook texts. */
export function wordsLanguage(): Lang {
  return wordingLanguage;
}

/** The sentence for `key`; a key the catalogue lacks is a defect (test/unit/words.test.ts lists them all). */
export function words(key: string, params: WordParams = {}): string {
  if (!wording) throw new Error(`words ${key} asked for before a language was loaded (loadLanguage)`);
  const text = wording(key, params);
  if (text === undefined) throw new Error(`no words for ${key} in the message catalogue`);
  return text;
}

/** The sentence for `key` when the catalogue has one (a team's own facts have none), else undefined. */
export function wordsIfAny(key: string, params: WordParams = {}): string | undefined {
  return wording?.(key, params);
}

/** A stated fact: its key and parameters, and its text in the run's language. */
export interface Worded {
  key: string;
  params: WordParams;
  text: string;
}

export function worded(key: string, params: WordParams = {}): Worded {
  return { key, params, text: words(key, params) };
}
