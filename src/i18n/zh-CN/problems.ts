import type { problems as english } from '../en/problems.js';
import type { Translation } from '../types.js';

type Field = { field: string };
type FieldValue = { field: string; value: string };

/** 输入有误时的说明（src/domain/problem.ts）。 */
export const problems = {
  'problem.field.required': ({ field }: Field) => `${field} 为必填项`,
  'problem.field.notOneOf': ({
    field,
    value,
    values,
    closest,
  }: FieldValue & { values: readonly string[]; closest: string }) =>
    `${field} 的值“${value}”不在可选范围内（${values.join('、')}）${closest ? `；是否想输入 ${closest}？` : ''}`,
  'problem.field.notAmount': ({ field, value, reason }: FieldValue & { reason: string }) =>
    `${field} 的值“${value}”不是有效金额（${reason}）`,
  'problem.field.negative': ({ field, value }: FieldValue) => `${field} 不能为负数（输入的是 ${value}）`,
  'problem.field.notNumber': ({ field, value, reason }: FieldValue & { reason: string }) =>
    `${field} 的值“${value}”不是数字（${reason}）`,
  'problem.field.percentRange': ({ field, value, min, max }: FieldValue & { min: number; max: number }) =>
    `${field} 须在 ${min} 到 ${max} 之间（输入的是 ${value}）`,
  'problem.field.wholeRange': ({ field, value, min, max }: FieldValue & { min: string; max: string }) =>
    `${field} 须为 ${min} 到 ${max} 的整数（输入的是 ${value}）`,
  'problem.field.notDate': ({ field, value, examples }: FieldValue & { examples: readonly string[] }) =>
    `${field} 的值“${value}”不是有效日期（可用：${examples.join('、')}；d、w、m、y 分别表示天、周、月、年）`,
  'problem.field.notEmail': ({ value }: { value: string }) => `“${value}”不是有效的邮箱地址`,
  'problem.field.notCurrency': ({ value }: { value: string }) => `币种“${value}”不是 ISO 4217 代码（如 CNY、USD、EUR）`,
  'problem.field.notDecimal': ({ field, value }: FieldValue) => `${field} 的值“${value}”不是数字`,
  'problem.field.notJson': ({ field }: Field) => `${field} 须为 JSON 对象，如 {"q1": "yes"}`,
  'problem.field.notBoolean': ({ field, value }: FieldValue) => `${field} 的值“${value}”不是 true 或 false`,
  'problem.field.notInstant': ({ field, value }: FieldValue) => `${field} 的值“${value}”不是日期或时间`,
  'problem.field.currencyNotIso': ({ field, currency }: Field & { currency: string }) =>
    `${field} 的币种“${currency}”不是 ISO 4217 代码`,
  'problem.field.currencyMismatch': ({ field, code, currency }: Field & { code: string; currency: string }) =>
    `${field} 的币种是 ${code}，但 currency 写的是 ${currency}`,
  'problem.field.amountNotOrder': ({ type }: { type: string }) => `只有订单才有金额，类型“${type}”不能填写 amount`,
  'problem.number.comma': '逗号只用作千位分隔，如 1,234,567；小数请用小数点，如 12.34',
  'problem.number.enterNumber': '请输入数字，如 35、35.5 或 1,234',
  'problem.number.enterPercent': '请输入数字，如 35、35.5 或 35%',
  'problem.number.enterMoney': '请输入如 1200000、1,200,000、120万、1.2亿 或 1.2m 的金额',
} satisfies Translation<typeof english>;
