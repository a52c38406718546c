/**
 * The languages acct speaks (docs/i18n.md). English is the default; a
 * locale name such as zh_CN.UTF-8 or zh-Hans maps to the language we have.
 */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** `en`, `zh-CN`, `zh_CN`, `ZH-cn`: one of our languages, written as acct writes it, or null. */
export function parseLanguage(raw: string): Lang | null {
  const wanted = raw.trim().toLowerCase().replace('_', '-');
  return LANGUAGES.find((lang) => lang.toLowerCase() === wanted) ?? null;
}

/**
 * A POSIX locale (`zh_CN.UTF-8`, `zh_TW`, `zh-Hans`, `en_GB`, `C`) as the
 * language acct prints in: any Chinese locale reads Chinese (simplified is
 * the one we write; a reader of traditional reads it better than English),
 * everything else English. Empty, `C` and `POSIX` say nothing (null).
 */
export function languageOfLocale(locale: string | undefined): Lang | null {
  const value = locale?.trim() ?? '';
  if (value === '' || value === 'C' || value === 'POSIX' || value.startsWith('C.')) return null;
  return /^zh([_\-.@]|$)/i.test(value) ? 'zh-CN' : 'en';
}
