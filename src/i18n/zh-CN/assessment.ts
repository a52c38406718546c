import type { assessment as english } from '../en/assessment.js';
import type { Translation } from '../types.js';

export const assessment = {
  'assessment.none': '无',
  'assessment.separator': '；',
  'assessment.contacts': '联系人',
  'assessment.contactsNone': '没有记录',
  'assessment.contactsIn': ({ count, departments, seniority }) =>
    `${count} 人，分布在${departments}；职级：${seniority}`,
  'assessment.noDepartment': '部门不详',
  'assessment.unknown': '不详',
  'assessment.supporters': '支持者',
  'assessment.opponents': '反对者',
  'assessment.threads': '关系网',
  'assessment.singleThreaded': ({ reasons }) => `单线联系（${reasons}）`,
  'assessment.shape': ({ shape, strong, departments }) =>
    `${shape}：${strong} 位关系牢固的联系人，覆盖 ${departments} 个部门`,
  'assessment.shapeName': ({ shape }) => ({ diamond: '钻石型', 'bow-tie': '领结型' })[shape] ?? shape,
  'assessment.orders': '订单',
  'assessment.ordersSince': ({ count, first, totals, unpriced }) =>
    `自 ${first} 起 ${count} 笔订单${totals ? `，合计 ${totals}` : ''}${unpriced > 0 ? `（${unpriced} 笔未填金额）` : ''}`,
  'assessment.lifetimeValue': '客户终身价值',
  'assessment.lifetimeValueText': ({ estimate, average, perYear, years }) =>
    `约 ${estimate} = 平均订单额 ${average} × 每年 ${perYear} 笔 × ${years} 年（relationship-years）`,
  'assessment.heading': '评估结果',
  'assessment.stage': '合作阶段',
  'assessment.level': '关系层级',
  'assessment.position': '供应商地位',
  'assessment.positionShare': ({ position, share }) => `${position}，采购份额 ${share}%`,
  'assessment.criteriaFit': '采购标准契合度',
  'assessment.experience': '采购经验',
  'assessment.experienceText': ({ profile, score }) => `${profile}（${score}/100）`,
  'assessment.risk': '流失风险',
  'assessment.because': ({ judgement, reasons }) =>
    reasons.length > 0 ? `${judgement}：${reasons.join('；')}` : judgement,
  'assessment.satisfaction': '满意度',
  'assessment.notSurveyed': '未调查',
  'assessment.satisfactionText': ({ score, label, repurchase, recommend }) =>
    `${score}/5 ${label}${repurchase ? `；再次采购：${repurchase}` : ''}${recommend ? `；愿意推荐：${recommend}` : ''}`,
  'assessment.satisfactionLabel': ({ score }) =>
    ['非常不满意', '不太满意', '一般', '满意', '非常满意'][score - 1] ?? '',
  'assessment.yesUnsureNo': ({ value }) => ({ yes: '是', unsure: '不确定', no: '否' })[value] ?? value,
  'assessment.targetLevel': '目标关系层级',
  'assessment.targetText': ({ level, recommended, verdict }) =>
    `${level}${recommended ? `（建议：${recommended}）` : ''}：${verdict}`,

  'assessment.dueToday': '今天到期',
  'assessment.dueIn': ({ due, days }) => `${due} 到期，还有 ${days} 天`,
  'assessment.dueOverdue': ({ due, days }) => `${due} 到期，已逾期 ${days} 天`,
  'assessment.noOwner': ({ role }) => `${role}：无人负责`,
  'assessment.standIn': ({ owner, role, roleId }) => `${owner} 代${role}（未设置 role.${roleId}）`,
  'assessment.roleOwner': ({ owner, role }) => `${role}：${owner}`,
  'assessment.actionState': ({ id, state }) => `行动 #${id}，${state}`,
  'assessment.planNone': '行动计划：没有适用的打法',
  'assessment.plan': ({ count, urgent }) =>
    `行动计划：${count} 个打法${urgent > 0 ? `，其中 ${urgent} 个为最高优先级` : ''}`,
  'assessment.becauseLine': ({ reasons }) => `依据：${reasons.join('；')}`,
  'assessment.more': ({ count, command }) => `另有 ${count} 个${command ? `：${command}` : ''}`,
  'assessment.storedPlan': ({ name, date, id }) => `${name}：${date} 评估（#${id}）的行动计划`,
  'assessment.acceptedMark': ({ name }) => `✓ = 已转为行动（acct action list "${name}"）`,

  'assessment.questionnaire': ({ title, count, version }) => `${title}（${count} 个问题，版本 ${version}）`,
  'assessment.listOf': ({ values }) => `可多选：${values}`,
  'assessment.number': '数字',

  'assessment.change': ({ field, from, to }) => `${field} ${from} → ${to}`,
  'assessment.field.targetLevel': '目标关系层级',
  'assessment.field.stage': '合作阶段',
  'assessment.field.level': '关系层级',
  'assessment.field.position': '供应商地位',
  'assessment.field.share': '采购份额',
  'assessment.unset': '未设置',
} satisfies Translation<typeof english>;
