import type { messages as english } from '../en/messages.js';
import type { Translation } from '../types.js';

/** 命令在 stderr 上给用户的提示：已完成、已跳过、警告（不含输出的数据）。 */
export const messages = {
  'message.unknownOwner': ({ owner, hint }: { owner: string; hint: string }) =>
    `没有名为“${owner}”的负责人名下有客户或行动（${hint}）`,
  'message.unknownOwner.owners': ({ names }: { names: string }) => `现有负责人：${names}`,
} satisfies Translation<typeof english>;
