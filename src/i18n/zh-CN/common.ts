import type { common as english } from '../en/common.js';
import type { Translation } from '../types.js';

export const common = {
  'language.name': '简体中文',
  'option.lang': '界面语言：en 或 zh-CN（默认依次取 $ACCT_LANG、lang 设置、系统区域设置 LC_ALL、LC_MESSAGES、LANG）',
} satisfies Translation<typeof english>;
