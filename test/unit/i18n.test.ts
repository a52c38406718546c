import { describe, expect, it } from 'vitest';
import { chooseLanguage, langFlag } from '../../src/config/language.js';
import { languageOfLocale, parseLanguage } from '../../src/domain/language.js';
import { labelOf, VOCABULARY } from '../../src/domain/vocabulary.js';
import { catalogue as english } from '../../src/i18n/en/index.js';
import { catalogue as chinese } from '../../src/i18n/zh-CN/index.js';
import { currentLanguage, loadLanguage, t } from '../../src/i18n/index.js';

// No config file: XDG_CONFIG_HOME points at a folder that has none.
const BASE = { HOME: '/nonexistent-home', XDG_CONFIG_HOME: '/nonexistent-home/.config' };

describe('choosing the language', () => {
  it('takes --lang, then ACCT_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG), else English', () => {
    expect(chooseLanguage([], { ...BASE })).toBe('en');
    expect(chooseLanguage([], { ...BASE, LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(chooseLanguage([], { ...BASE, LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en');
    expect(chooseLanguage([], { ...BASE, LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' })).toBe('zh-CN');
    expect(chooseLanguage([], { ...BASE, LANG: 'zh_CN.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(chooseLanguage([], { ...BASE, LANG: 'zh_CN.UTF-8', ACCT_LANG: 'en' })).toBe('en');
    expect(chooseLanguage(['--lang', 'zh-CN'], { ...BASE, ACCT_LANG: 'en' })).toBe('zh-CN');
    expect(chooseLanguage(['list', '--lang=zh_cn'], { ...BASE })).toBe('zh-CN');
  });

  it('refuses a language it does not speak, naming where it came from', () => {
    expect(() => chooseLanguage(['--lang', 'fr'], { ...BASE })).toThrow(/--lang: .*"fr"/);
    expect(() => chooseLanguage([], { ...BASE, ACCT_LANG: 'klingon' })).toThrow(/ACCT_LANG: .*"klingon"/);
  });

  it('reads --lang only before --', () => {
    expect(langFlag(['log', 'acme', '--', '--lang', 'zh-CN'])).toBeUndefined();
    expect(langFlag(['--lang', 'zh-CN', 'list'])).toBe('zh-CN');
  });

  it('maps locales and spellings to the languages acct has', () => {
    expect(parseLanguage('ZH_cn')).toBe('zh-CN');
    expect(parseLanguage('fr')).toBeNull();
    expect(languageOfLocale('zh-Hans')).toBe('zh-CN');
    expect(languageOfLocale('fr_FR.UTF-8')).toBe('en');
    expect(languageOfLocale('POSIX')).toBeNull();
    expect(languageOfLocale('zhx')).toBe('en');
  });
});

describe('the catalogues', () => {
  it('have the same keys in both languages, each of the same kind', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      expect(typeof chinese[key], key).toBe(typeof english[key]);
    }
  });

  it('t() speaks the loaded language', async () => {
    await loadLanguage('zh-CN');
    expect(currentLanguage()).toBe('zh-CN');
    expect(t('language.name')).toBe('简体中文');
    await loadLanguage('en');
    expect(t('language.name')).toBe('English');
  });

  it('every vocabulary value has a label in each language, and unknown ids show as they are', () => {
    for (const [kind, values] of Object.entries(VOCABULARY)) {
      for (const [id, labels] of Object.entries(values)) {
        expect(labels.en, `${kind}.${id}`).not.toBe('');
        expect(labels['zh-CN'], `${kind}.${id}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(labelOf('stage', 'initial-cooperation', 'zh-CN')).toBe('初期合作');
    expect(labelOf('stage', 'someday', 'zh-CN')).toBe('someday');
  });
});
