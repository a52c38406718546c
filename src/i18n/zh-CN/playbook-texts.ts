import type { playbookTexts as english } from '../en/playbook-texts.js';
import type { Translation } from '../types.js';

export const playbookTexts = {
  'words.playbookTexts.language': 'zh-CN',
} satisfies Translation<typeof english>;
