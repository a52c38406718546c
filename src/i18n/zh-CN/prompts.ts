import type { prompts as english } from '../en/prompts.js';
import type { Translation } from '../types.js';

/** 在终端上向用户提的问题、选项和对回答的说明。 */
export const prompts = {
  'prompt.pick.account': '选择哪个客户？（输入文字可按名称和编号查找）',
  'prompt.pick.externalId': ({ id }: { id: string }) => `编号 ${id}`,
} satisfies Translation<typeof english>;
