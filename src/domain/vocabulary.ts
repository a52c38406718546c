/**
 * Every value of every closed vocabulary (src/domain/enums.ts) in words, in
 * each language acct speaks (docs/i18n.md). Tables show the label of the
 * chosen language; JSON and exports keep the canonical id. The labels are
 * also accepted as input in either language, so they live here, outside the
 * lazily loaded message catalogues. Chinese terms follow docs/domain.md.
 *
 * `synonyms` are further words people type or CRMs export for a value
 * (交易型 for transactional, A级 for tier A, 拍板人 for the decision maker):
 * input accepts them too, through parseVocabulary, the one reader of a
 * vocabulary value for flags, answers files, prompts and CSV cells
 * (docs/i18n.md, Input).
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
import { closestMatches } from './names.js';

export type Labels = Readonly<Record<Lang, string>> & { readonly synonyms?: readonly string[] };

export const VOCABULARY = {
  tier: {
    A: {
      en: 'A',
      'zh-CN': 'A类',
      synonyms: ['A级', 'A档', 'A类客户', '重点客户', '核心客户', '重要客户', 'key account'],
    },
    B: { en: 'B', 'zh-CN': 'B类', synonyms: ['B级', 'B档', 'B类客户', '一般客户'] },
    C: { en: 'C', 'zh-CN': 'C类', synonyms: ['C级', 'C档', 'C类客户', '普通客户', '小客户'] },
  } satisfies Record<Tier, Labels>,
  position: {
    none: { en: 'none', 'zh-CN': '未供货', synonyms: ['未合作', '非供应商', '尚未供货', 'prospect', 'not a supplier'] },
    candidate: {
      en: 'candidate',
      'zh-CN': '候选供应商',
      synonyms: ['候选', '备选供应商', '试用供应商', 'candidate supplier'],
    },
    secondary: {
      en: 'secondary',
      'zh-CN': '次要供应商',
      synonyms: ['次要', '二级供应商', '第二供应商', '辅助供应商', 'secondary supplier', 'second source'],
    },
    primary: {
      en: 'primary',
      'zh-CN': '主要供应商',
      synonyms: ['主要', '主供应商', '主力供应商', '第一供应商', 'primary supplier', 'main supplier'],
    },
    sole: {
      en: 'sole',
      'zh-CN': '独家供应商',
      synonyms: ['独家', '唯一供应商', '独家供应', 'sole supplier', 'single source'],
    },
  } satisfies Record<SupplierPosition, Labels>,
  stage: {
    development: { en: 'development', 'zh-CN': '客户开发', synonyms: ['开发', '开发阶段', '客户开发阶段', '开拓期'] },
    'initial-cooperation': {
      en: 'initial cooperation',
      'zh-CN': '初期合作',
      synonyms: ['初期合作阶段', '初期', '初步合作', 'initial'],
    },
    'primary-supplier': {
      en: 'primary supplier',
      'zh-CN': '主要供应商',
      synonyms: ['主要供应商阶段', '主供阶段', 'primary'],
    },
    partnership: { en: 'partnership', 'zh-CN': '合作伙伴', synonyms: ['合作伙伴阶段', '伙伴', '伙伴关系', 'partner'] },
    'strategic-alliance': {
      en: 'strategic alliance',
      'zh-CN': '战略联盟',
      synonyms: ['战略联盟阶段', '战略合作', 'alliance'],
    },
  } satisfies Record<Stage, Labels>,
  level: {
    transactional: {
      en: 'transactional',
      'zh-CN': '买卖关系',
      synonyms: ['交易型', '交易关系', '买卖', '供应关系', 'transaction'],
    },
    'preferred-supplier': {
      en: 'preferred supplier',
      'zh-CN': '优先供应商',
      synonyms: ['优先', '首选供应商', '优选供应商', 'preferred'],
    },
    partner: { en: 'partner', 'zh-CN': '合作伙伴', synonyms: ['伙伴', '伙伴关系', '合作伙伴关系', 'partnership'] },
    'strategic-alliance': {
      en: 'strategic alliance',
      'zh-CN': '战略联盟',
      synonyms: ['战略联盟关系', '战略合作', 'alliance'],
    },
  } satisfies Record<Level, Labels>,
  department: {
    purchasing: {
      en: 'purchasing',
      'zh-CN': '采购',
      synonyms: ['采购部', '采购部门', '采购中心', 'procurement', 'buying'],
    },
    management: { en: 'management', 'zh-CN': '管理层', synonyms: ['管理', '总经办', '管理部门', 'mgmt'] },
    technical: {
      en: 'technical',
      'zh-CN': '技术',
      synonyms: ['技术部', '研发', '研发部', '工程部', 'engineering', 'r&d'],
    },
    user: { en: 'user', 'zh-CN': '使用部门', synonyms: ['使用', '生产', '生产部', '车间', 'production', 'operations'] },
    finance: { en: 'finance', 'zh-CN': '财务', synonyms: ['财务部', 'accounting'] },
    quality: { en: 'quality', 'zh-CN': '质量', synonyms: ['质量部', '质检', '品质部', '品管', 'qa'] },
    other: { en: 'other', 'zh-CN': '其他', synonyms: ['其它'] },
  } satisfies Record<Department, Labels>,
  buyingRole: {
    'decision-maker': {
      en: 'decision maker',
      'zh-CN': '决策者',
      synonyms: ['决策人', '拍板人', '决策', '拍板', 'decider'],
    },
    purchasing: { en: 'purchasing', 'zh-CN': '采购', synonyms: ['采购员', '采购方', 'buyer', 'procurement'] },
    technical: {
      en: 'technical',
      'zh-CN': '技术把关',
      synonyms: ['技术', '技术把关人', '技术评估', 'technical evaluator'],
    },
    user: { en: 'user', 'zh-CN': '使用者', synonyms: ['使用人', '用户', '使用方'] },
    coach: { en: 'coach', 'zh-CN': '内线', synonyms: ['内线人', '线人', '教练', 'champion', 'insider'] },
  } satisfies Record<BuyingRole, Labels>,
  attitude: {
    supporter: { en: 'supporter', 'zh-CN': '支持', synonyms: ['支持者', '支持我们', '友好', 'support', 'positive'] },
    neutral: { en: 'neutral', 'zh-CN': '中立', synonyms: ['中立者', '中性', '观望'] },
    opponent: {
      en: 'opponent',
      'zh-CN': '反对',
      synonyms: ['反对者', '不支持', '敌对', 'against', 'negative', 'hostile'],
    },
  } satisfies Record<Attitude, Labels>,
  seniority: {
    executive: {
      en: 'executive',
      'zh-CN': '高层',
      synonyms: ['高管', '高层管理', '高层领导', 'exec', 'senior', 'c-level'],
    },
    manager: { en: 'manager', 'zh-CN': '中层', synonyms: ['中层管理', '中层干部', '经理', 'middle'] },
    staff: { en: 'staff', 'zh-CN': '基层', synonyms: ['基层员工', '员工', '普通员工', 'junior', 'employee'] },
  } satisfies Record<Seniority, Labels>,
  activityType: {
    visit: { en: 'visit', 'zh-CN': '拜访', synonyms: ['走访', '上门拜访', '拜会'] },
    call: { en: 'call', 'zh-CN': '电话', synonyms: ['打电话', '电话沟通', 'phone', 'phone call'] },
    email: { en: 'email', 'zh-CN': '邮件', synonyms: ['电子邮件', '邮件沟通', 'mail', 'e-mail'] },
    meeting: { en: 'meeting', 'zh-CN': '会议', synonyms: ['开会', '会谈', 'meet'] },
    gift: { en: 'gift', 'zh-CN': '礼品', synonyms: ['送礼', '礼物', 'present'] },
    complaint: { en: 'complaint', 'zh-CN': '投诉', synonyms: ['客诉', '客户投诉', '抱怨'] },
    order: { en: 'order', 'zh-CN': '订单', synonyms: ['下单', '订货', 'purchase order'] },
    other: { en: 'other', 'zh-CN': '其他', synonyms: ['其它'] },
  } satisfies Record<ActivityType, Labels>,
  actionStatus: {
    open: { en: 'open', 'zh-CN': '待办', synonyms: ['未完成', '进行中', 'todo', 'pending'] },
    done: { en: 'done', 'zh-CN': '已完成', synonyms: ['完成', '已办', 'completed', 'closed'] },
    dropped: { en: 'dropped', 'zh-CN': '已放弃', synonyms: ['放弃', '取消', '已取消', 'cancelled', 'canceled'] },
  } satisfies Record<ActionStatus, Labels>,
  ownerRole: {
    rep: { en: 'rep', 'zh-CN': '客户经理', synonyms: ['销售', '销售代表', 'sales rep'] },
    manager: { en: 'manager', 'zh-CN': '销售经理', synonyms: ['经理'] },
    service: { en: 'service', 'zh-CN': '客服', synonyms: ['客户服务', '售后'] },
    executive: { en: 'executive', 'zh-CN': '高管', synonyms: ['高层'] },
  } satisfies Record<OwnerRole, Labels>,
  criteriaFit: {
    safe: { en: 'safe', 'zh-CN': '安全', synonyms: ['契合'] },
    alert: { en: 'alert', 'zh-CN': '警惕', synonyms: ['预警'] },
    alarm: { en: 'alarm', 'zh-CN': '警报', synonyms: ['告警', '危险'] },
    unknown: { en: 'unknown', 'zh-CN': '未知', synonyms: ['不清楚', '不知道'] },
  } satisfies Record<CriteriaFit, Labels>,
  risk: {
    low: { en: 'low', 'zh-CN': '低', synonyms: ['低风险'] },
    medium: { en: 'medium', 'zh-CN': '中', synonyms: ['中风险', '中等'] },
    high: { en: 'high', 'zh-CN': '高', synonyms: ['高风险'] },
  } satisfies Record<RiskLevel, Labels>,
  experienceProfile: {
    generalist: { en: 'generalist', 'zh-CN': '多面手', synonyms: ['通才'] },
    shifting: { en: 'shifting', 'zh-CN': '转变中', synonyms: ['转型中', '过渡'] },
    specialist: { en: 'specialist', 'zh-CN': '专家', synonyms: ['专家型'] },
  } satisfies Record<ExperienceProfile, Labels>,
  /** Answers to yes/no questions and true/false columns. */
  yesNo: {
    yes: { en: 'yes', 'zh-CN': '是', synonyms: ['y', 'true', '1', '有', '对', '是的'] },
    no: { en: 'no', 'zh-CN': '否', synonyms: ['n', 'false', '0', '无', '没有', '不是', '不'] },
  } satisfies Record<'yes' | 'no', Labels>,
} as const;

export type Vocabulary = keyof typeof VOCABULARY;

/** The words for `value` of vocabulary `kind` in `lang`; an id acct does not know is shown as it is. */
export function labelOf(kind: Vocabulary, value: string, lang: Lang): string {
  const entry = (VOCABULARY[kind] as Readonly<Record<string, Labels>>)[value];
  return entry ? entry[lang] : value;
}

/**
 * What typed words are compared as: NFKC (full-width Ａ is A), trimmed,
 * lower case, runs of space, underscores and hyphens as one hyphen, so
 * "Initial Cooperation", "initial_cooperation" and "INITIAL-cooperation" are one word.
 */
export function vocabularyKey(raw: string): string {
  return raw
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
}

const lookups = new Map<Vocabulary, ReadonlyMap<string, string>>();

/** Every accepted word of a vocabulary (id, both labels, synonyms) as vocabularyKey → id, built on first use. */
function lookup(kind: Vocabulary): ReadonlyMap<string, string> {
  const map = lookups.get(kind);
  if (map) return map;
  const built = new Map<string, string>();
  const entries = Object.entries(VOCABULARY[kind] as Readonly<Record<string, Labels>>);
  // Ids first, then labels, then synonyms: a word that is one value's id never means another value.
  for (const [id] of entries) built.set(vocabularyKey(id), id);
  for (const [id, labels] of entries) {
    for (const word of [labels.en, labels['zh-CN']])
      if (!built.has(vocabularyKey(word))) built.set(vocabularyKey(word), id);
  }
  for (const [id, labels] of entries) {
    for (const word of labels.synonyms ?? []) if (!built.has(vocabularyKey(word))) built.set(vocabularyKey(word), id);
  }
  lookups.set(kind, built);
  return built;
}

/** The ids of a vocabulary, in their defined order. */
export function vocabularyValues(kind: Vocabulary): string[] {
  return Object.keys(VOCABULARY[kind]);
}

/**
 * The canonical id a typed word means in vocabulary `kind`, in either
 * language: `次要供应商`, `二级供应商`, `Secondary` and `secondary` are all
 * `secondary` for `position`. Null when the word is none of them.
 */
export function parseVocabulary(kind: Vocabulary, raw: string): string | null {
  return lookup(kind).get(vocabularyKey(raw)) ?? null;
}

/**
 * The vocabulary whose ids include every one of `values` (a questionnaire's
 * options for the supplier position are the position vocabulary), so those
 * options accept the vocabulary's labels and synonyms too; null if none.
 */
export function vocabularyOfValues(values: readonly string[]): Vocabulary | null {
  if (values.length === 0) return null;
  for (const kind of Object.keys(VOCABULARY) as Vocabulary[]) {
    const ids = VOCABULARY[kind] as Readonly<Record<string, Labels>>;
    if (values.every((value) => Object.hasOwn(ids, value))) return kind;
  }
  return null;
}

/**
 * The value of `kind` a refused word most likely meant, comparing it with
 * every accepted word of that vocabulary only (never another field's), or
 * null when nothing is close.
 */
export function suggestVocabulary(kind: Vocabulary, raw: string): string | null {
  // One letter is inside too many words to point at one ("A" is not a misspelt "partner").
  if ([...vocabularyKey(raw)].length < 2) return null;
  const words = lookup(kind);
  const [closest] = closestMatches(vocabularyKey(raw), [...words.keys()], 1);
  return closest === undefined ? null : words.get(closest)!;
}
