/**
 * The tables name matching needs for Chinese (docs/i18n.md, Names):
 * traditional → simplified folding (OpenCC's tables through opencc-js) and
 * pinyin (pinyin-pro). Both are large, so each is loaded on first use, and
 * only for text with Han characters: an English portfolio never loads them.
 * Loading is synchronous (createRequire) because the store is; the store
 * uses them on a lookup that missed, `acct find` and the picker to match.
 */
import { createRequire } from 'node:module';
import { hasHan } from '../domain/names.js';

const load = createRequire(import.meta.url);

type Convert = (text: string) => string;
let simplify: Convert | undefined;

/** `text` in simplified characters (華東機械 → 华东机械); text without Han characters is returned as is. */
export function toSimplified(text: string): string {
  if (!hasHan(text)) return text;
  simplify ??= (load('opencc-js/t2cn') as { Converter(options: { from: 't'; to: 'cn' }): Convert }).Converter({
    from: 't',
    to: 'cn',
  });
  return simplify(text);
}

type Pinyin = (text: string, options: { toneType: 'none'; type: 'array'; pattern?: 'first' }) => string[];
let pinyin: Pinyin | undefined;

/**
 * The ways a Chinese name is typed in Latin letters: its pinyin run
 * together (华东机械 → huadongjixie) and its initials (hdjx), lower case;
 * null for a name without Han characters.
 */
export function pinyinForms(name: string): { full: string; initials: string } | null {
  if (!hasHan(name)) return null;
  pinyin ??= (load('pinyin-pro') as { pinyin: Pinyin }).pinyin;
  const simplified = toSimplified(name);
  const syllables = pinyin(simplified, { toneType: 'none', type: 'array' });
  const latin = (parts: string[]) =>
    parts
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  return {
    full: latin(syllables),
    initials: latin(syllables.map((syllable) => syllable.trim().charAt(0))),
  };
}
