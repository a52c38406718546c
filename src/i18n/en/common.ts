/** Words shared by many commands. */
export const common = {
  'language.name': 'English',
  'option.lang':
    'language: en or zh-CN (default $ACCT_LANG, the lang setting, else the locale: LC_ALL, LC_MESSAGES, LANG)',
};
