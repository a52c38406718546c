/**
 * Every string acct prints comes from here (docs/i18n.md): `t(key, params)`
 * looks the key up in the catalogue of the language chosen at start-up. Only
 * that language's catalogue is loaded; the launcher calls `loadLanguage`
 * before it builds the command tree, and tests load one in their setup.
 */
import type { Lang } from '../domain/language.js';
import { installWording } from '../domain/words.js';
import type { Catalogue, MessageKey, ParamsOf } from './types.js';

export type { MessageKey } from './types.js';

let catalogue: Catalogue | undefined;
let language: Lang = 'en';

/** Loads the catalogue of `lang` (and only it) and makes it the one `t` reads. */
export async function loadLanguage(lang: Lang): Promise<void> {
  catalogue =
    lang === 'zh-CN' ? (await import('./zh-CN/index.js')).catalogue : (await import('./en/index.js')).catalogue;
  language = lang;
  // The domain's derived sentences (area words) come out in this language too (docs/i18n.md).
  installWording((key, params) => {
    const message: unknown = catalogue?.[`words.${key}` as MessageKey];
    if (message === undefined) return undefined;
    return typeof message === 'function' ? (message as (params: unknown) => string)(params) : String(message);
  }, lang);
}

/** The language chosen for this run. */
export function currentLanguage(): Lang {
  return language;
}

/** The message `key` in the chosen language, with its parameters filled in. */
export function t<Key extends MessageKey>(key: Key, ...params: ParamsOf<Key>): string {
  if (!catalogue) throw new Error(`message ${key} asked for before a language was loaded (loadLanguage)`);
  const message: unknown = catalogue[key];
  if (typeof message === 'function') return (message as (params: unknown) => string)(params[0]);
  return message as string;
}
