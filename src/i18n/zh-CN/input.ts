import { labelOf, vocabularyValues } from '../../domain/vocabulary.js';
import type { input as english } from '../en/input.js';
import type { Translation } from '../types.js';

export const input = {
  // Chinese users see the Chinese labels; each one is accepted as input too (vocabulary.ts).
  'input.vocabulary.refused': ({ flag, value, kind, suggestion }) =>
    `${flag}“${value}”不是可选的值，可选：${vocabularyValues(kind)
      .map((id) => labelOf(kind, id, 'zh-CN'))
      .join('、')}${suggestion !== null ? `；您是不是要填“${labelOf(kind, suggestion, 'zh-CN')}”？` : ''}`,
} satisfies Translation<typeof english>;
