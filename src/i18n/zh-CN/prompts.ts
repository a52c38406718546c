import type { prompts as english } from '../en/prompts.js';
import type { Translation } from '../types.js';

/** inquirer 按键提示里的动作。 */
const KEY_ACTION: Readonly<Record<string, string>> = {
  navigate: '移动',
  select: '选择',
  submit: '确认',
  all: '全选',
  invert: '反选',
};

/** 在终端上向用户提的问题、选项和对回答的说明。 */
export const prompts = {
  'prompt.pick.account': '选择哪个客户？（输入文字可按名称和编号查找）',
  'prompt.pick.externalId': ({ id }: { id: string }) => `编号 ${id}`,

  'prompt.choose.hint': ({ keys }) => `请输入 ${keys.join('、')} 之一，再按回车（只按回车不会选择任何一项）`,

  'prompt.keys.action': ({ action }) => KEY_ACTION[action] ?? action,
  'prompt.confirm.yes': '是',
  'prompt.confirm.no': '否',

  'prompt.question.skip': '（跳过：不清楚）',
  'prompt.question.multi': ({ message }) => `${message}（可以都不选）`,
  'prompt.question.needed': ({ allowed }) => `需要回答：请输入${allowed}`,

  'prompt.changed.question': ({ date }) => `自上次评估（${date}）以来，有什么变化？`,
  'prompt.changed.nothing': ({ due }) =>
    `没有变化：沿用这些回答${due > 0 ? `（到期的 ${due} 个调查问题会重新询问）` : ''}`,
  'prompt.changed.some': '有些变化：选择要重新过一遍的部分',
  'prompt.changed.all': '逐题重新回答（预先填好这些回答）',
  'prompt.changed.sections': '哪些部分有变化？（空格勾选，回车确认）',
  'prompt.changed.section': ({ section, count }) => `${section}（${count} 个问题）`,

  'prompt.decision.question': ({ keys }) => `保存这次评估吗？请输入 ${keys.join('、')} 之一，再按回车`,
  'prompt.decision.storePlays': ({ count }) => `保存，并把打法变成行动（下一步从 ${count} 个打法中选择）`,
  'prompt.decision.storeWithout': '保存，不添加行动',
  'prompt.decision.store': '保存',
  'prompt.decision.change': '修改某个回答',
  'prompt.decision.discard': '放弃：什么都不保存',

  'prompt.change.question': '要修改哪个回答？',
  'prompt.change.noAnswer': '未回答',
  'prompt.change.back': '（回到汇总：不做修改）',

  'prompt.plays.question': ({ someOpen }) =>
    `选择要变成行动的打法（空格勾选，回车确认；可以都不选）${someOpen ? '；已是待办行动的打法不再列出' : ''}`,
  'prompt.plays.choice': ({ priority, title, play, due }) => `P${priority} ${title}（${play}，${due}到期）`,
} satisfies Translation<typeof english>;
