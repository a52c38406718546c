/**
 * The shape of a message catalogue (docs/i18n.md). The English catalogue
 * defines the keys and each message's parameters; every other language must
 * have exactly the same keys with the same parameters, so a missing or extra
 * key is a type error.
 */
import type { EnglishCatalogue } from './en/index.js';

/** A message: fixed text, or a function of named parameters (for counts, names, dates). */
export type Message = string | ((params: never) => string);

/** The translation a language owes for one area of the English catalogue: same keys, same parameters. */
export type Translation<Area extends Record<string, Message>> = {
  readonly [Key in keyof Area]: Area[Key] extends (params: infer P) => string ? (params: P) => string : string;
};

export type Catalogue = Translation<EnglishCatalogue>;
export type MessageKey = keyof EnglishCatalogue & string;

/** The parameters `t(key, …)` takes for a key: none for fixed text. */
export type ParamsOf<Key extends MessageKey> = EnglishCatalogue[Key] extends (params: infer P) => string
  ? [params: P]
  : [];
