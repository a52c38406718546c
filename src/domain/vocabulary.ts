/**
 * Every value of every closed vocabulary (src/domain/enums.ts) in words, in
 * each language acct speaks (docs/i18n.md). Tables show the label of the
 * chosen language; JSON and exports keep the canonical id. The labels are
 * also accepted as input in either language, so they live here, outside the
 * lazily loaded message catalogues. Chinese terms follow docs/domain.md.
 */
import type {
  ActionStatus,
  ActivityType,
  Attitude,
  BuyingRole,
  CriteriaFit,
  Department,
  ExperienceProfile,
  Level,
  OwnerRole,
  RiskLevel,
  Seniority,
  Stage,
  SupplierPosition,
  Tier,
} from './enums.js';
import type { Lang } from './language.js';

export type Labels = Readonly<Record<Lang, string>>;

export const VOCABULARY = {
  tier: {
    A: { en: 'A', 'zh-CN': 'A类' },
    B: { en: 'B', 'zh-CN': 'B类' },
    C: { en: 'C', 'zh-CN': 'C类' },
  } satisfies Record<Tier, Labels>,
  position: {
    none: { en: 'none', 'zh-CN': '未供货' },
    candidate: { en: 'candidate', 'zh-CN': '候选供应商' },
    secondary: { en: 'secondary', 'zh-CN': '次要供应商' },
    primary: { en: 'primary', 'zh-CN': '主要供应商' },
    sole: { en: 'sole', 'zh-CN': '独家供应商' },
  } satisfies Record<SupplierPosition, Labels>,
  stage: {
    development: { en: 'development', 'zh-CN': '客户开发' },
    'initial-cooperation': { en: 'initial cooperation', 'zh-CN': '初期合作' },
    'primary-supplier': { en: 'primary supplier', 'zh-CN': '主要供应商' },
    partnership: { en: 'partnership', 'zh-CN': '合作伙伴' },
    'strategic-alliance': { en: 'strategic alliance', 'zh-CN': '战略联盟' },
  } satisfies Record<Stage, Labels>,
  level: {
    transactional: { en: 'transactional', 'zh-CN': '买卖关系' },
    'preferred-supplier': { en: 'preferred supplier', 'zh-CN': '优先供应商' },
    partner: { en: 'partner', 'zh-CN': '合作伙伴' },
    'strategic-alliance': { en: 'strategic alliance', 'zh-CN': '战略联盟' },
  } satisfies Record<Level, Labels>,
  department: {
    purchasing: { en: 'purchasing', 'zh-CN': '采购' },
    management: { en: 'management', 'zh-CN': '管理层' },
    technical: { en: 'technical', 'zh-CN': '技术' },
    user: { en: 'user', 'zh-CN': '使用部门' },
    finance: { en: 'finance', 'zh-CN': '财务' },
    quality: { en: 'quality', 'zh-CN': '质量' },
    other: { en: 'other', 'zh-CN': '其他' },
  } satisfies Record<Department, Labels>,
  buyingRole: {
    'decision-maker': { en: 'decision maker', 'zh-CN': '决策者' },
    purchasing: { en: 'purchasing', 'zh-CN': '采购' },
    technical: { en: 'technical', 'zh-CN': '技术把关' },
    user: { en: 'user', 'zh-CN': '使用者' },
    coach: { en: 'coach', 'zh-CN': '内线' },
  } satisfies Record<BuyingRole, Labels>,
  attitude: {
    supporter: { en: 'supporter', 'zh-CN': '支持' },
    neutral: { en: 'neutral', 'zh-CN': '中立' },
    opponent: { en: 'opponent', 'zh-CN': '反对' },
  } satisfies Record<Attitude, Labels>,
  seniority: {
    executive: { en: 'executive', 'zh-CN': '高层' },
    manager: { en: 'manager', 'zh-CN': '中层' },
    staff: { en: 'staff', 'zh-CN': '基层' },
  } satisfies Record<Seniority, Labels>,
  activityType: {
    visit: { en: 'visit', 'zh-CN': '拜访' },
    call: { en: 'call', 'zh-CN': '电话' },
    email: { en: 'email', 'zh-CN': '邮件' },
    meeting: { en: 'meeting', 'zh-CN': '会议' },
    gift: { en: 'gift', 'zh-CN': '礼品' },
    complaint: { en: 'complaint', 'zh-CN': '投诉' },
    order: { en: 'order', 'zh-CN': '订单' },
    other: { en: 'other', 'zh-CN': '其他' },
  } satisfies Record<ActivityType, Labels>,
  actionStatus: {
    open: { en: 'open', 'zh-CN': '待办' },
    done: { en: 'done', 'zh-CN': '已完成' },
    dropped: { en: 'dropped', 'zh-CN': '已放弃' },
  } satisfies Record<ActionStatus, Labels>,
  ownerRole: {
    rep: { en: 'rep', 'zh-CN': '客户经理' },
    manager: { en: 'manager', 'zh-CN': '销售经理' },
    service: { en: 'service', 'zh-CN': '客服' },
    executive: { en: 'executive', 'zh-CN': '高管' },
  } satisfies Record<OwnerRole, Labels>,
  criteriaFit: {
    safe: { en: 'safe', 'zh-CN': '安全' },
    alert: { en: 'alert', 'zh-CN': '警惕' },
    alarm: { en: 'alarm', 'zh-CN': '警报' },
    unknown: { en: 'unknown', 'zh-CN': '未知' },
  } satisfies Record<CriteriaFit, Labels>,
  risk: {
    low: { en: 'low', 'zh-CN': '低' },
    medium: { en: 'medium', 'zh-CN': '中' },
    high: { en: 'high', 'zh-CN': '高' },
  } satisfies Record<RiskLevel, Labels>,
  experienceProfile: {
    generalist: { en: 'generalist', 'zh-CN': '多面手' },
    shifting: { en: 'shifting', 'zh-CN': '转变中' },
    specialist: { en: 'specialist', 'zh-CN': '专家' },
  } satisfies Record<ExperienceProfile, Labels>,
} as const;

export type Vocabulary = keyof typeof VOCABULARY;

/** The words for `value` of vocabulary `kind` in `lang`; an id acct does not know is shown as it is. */
export function labelOf(kind: Vocabulary, value: string, lang: Lang): string {
  const entry = (VOCABULARY[kind] as Readonly<Record<string, Labels>>)[value];
  return entry ? entry[lang] : value;
}
