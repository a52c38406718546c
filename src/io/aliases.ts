/**
 * Column-name aliases for each importable record type.
 *
 * Real files arrive with whatever headers the exporting tool uses: our own
 * field names, Salesforce API names and report labels, HubSpot labels, or
 * Chinese headers typed in Excel. headers.ts matches case-, space-,
 * underscore- and hyphen-insensitively after NFKC, so each alias is listed
 * once in its most natural spelling; the field name itself always matches.
 */

import type { AliasTable } from './headers.js';

export const IMPORT_TYPES = ['accounts', 'contacts', 'activities', 'actions', 'assessments'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

export const ACCOUNT_ALIASES: AliasTable = {
  name: [
    'Name', 'Account Name', 'Account', 'Company', 'Company Name', 'Customer', 'Customer Name', 'Client', 'Client Name',
    'Organization', 'Organisation', 'Organization Name',
    '客户', '客户名称', '客户名', '公司', '公司名称', '企业名称', '单位名称', '名称', '账户名称', '客戶名稱', '公司名稱',
  ],
  externalId: [
    'External ID', 'ExternalId', 'Id', 'Record ID', 'Account ID', 'Company ID', 'Customer ID', 'CRM ID', 'Account Number',
    'AccountNumber', 'Salesforce ID', 'HubSpot ID',
    '客户编号', '客户ID', '客户代码', '编号', '外部编号', '外部ID', '客户编码',
  ],
  industry: ['Industry', 'Sector', 'Vertical', 'Industry Sector', '行业', '所属行业', '行业类别', '產業'],
  owner: [
    'Owner', 'Account Owner', 'Company Owner', 'OwnerId', 'Owner Name', 'Account Manager', 'Key Account Manager', 'KAM',
    'Sales Rep', 'Salesperson', 'HubSpot Owner', 'hubspot_owner_id',
    '负责人', '客户经理', '销售负责人', '大客户经理', '销售', '所有人', '客户负责人', '負責人',
  ],
  tier: ['Tier', 'Account Tier', 'Segment', 'Priority', 'Rating', 'Class', '级别分类', '客户分级', '分级', '层级', '客户等级'],
  city: ['City', 'BillingCity', 'Billing City', 'Town', 'Location', '城市', '所在城市', '所在地'],
  address: [
    'Address', 'BillingStreet', 'Billing Street', 'Billing Address', 'Street', 'Street Address', 'Street Address 1',
    '地址', '详细地址', '公司地址', '办公地址',
  ],
  revenue: [
    'Revenue', 'AnnualRevenue', 'Annual Revenue', 'Account Revenue', 'Turnover', 'Sales Volume', 'Potential',
    '营收', '年营收', '营业收入', '年收入', '收入', '销售额', '年销售额', '营业额',
  ],
  currency: ['Currency', 'CurrencyIsoCode', 'Currency ISO Code', 'Account Currency', '币种', '货币', '幣別'],
  share: ['Share', 'Share of Wallet', 'Wallet Share', 'Our Share', 'Market Share', '份额', '钱包份额', '占比', '我方份额'],
  position: ['Position', 'Competitive Position', 'Our Position', '地位', '竞争地位', '我方地位', '位置'],
  stage: ['Stage', 'Relationship Stage', 'Account Stage', 'Lifecycle Stage', 'lifecyclestage', '阶段', '客户阶段', '关系阶段'],
  level: ['Level', 'Current Level', 'Relationship Level', 'Maturity', '等级', '当前等级', '关系等级', '当前级别', '级别'],
  targetLevel: ['Target Level', 'Target', 'Goal Level', 'Desired Level', '目标等级', '目标级别', '目标'],
  notes: ['Notes', 'Note', 'Description', 'Account Description', 'Comments', 'Comment', 'Remarks', '备注', '说明', '描述', '備註'],
};

export const CONTACT_ALIASES: AliasTable = {
  account: [
    'Account', 'Account Name', 'Company', 'Company Name', 'Customer', 'Organization', 'Associated Company',
    '客户', '客户名称', '公司', '公司名称', '所属客户', '所属公司', '单位',
  ],
  accountExternalId: [
    'Account External ID', 'Account ID', 'AccountId', 'Company ID', 'Associated Company ID', 'Customer ID',
    '客户编号', '客户ID', '公司编号',
  ],
  name: [
    'Name', 'Contact', 'Contact Name', 'Full Name', 'Person',
    '姓名', '联系人', '联系人姓名', '名字', '聯絡人',
  ],
  title: ['Title', 'Job Title', 'Position', 'Role Title', '职位', '职务', '头衔', '職稱'],
  department: ['Department', 'Dept', 'Division', 'Business Unit', '部门', '所属部门', '部門'],
  role: [
    'Role', 'Buying Role', 'Decision Role', 'Buyer Role', 'Contact Role', 'Influence',
    '角色', '采购角色', '决策角色', '决策链角色',
  ],
  attitude: ['Attitude', 'Stance', 'Sentiment', 'Support', 'Disposition', '态度', '立场', '支持度'],
  strength: ['Strength', 'Relationship Strength', 'Relationship', 'Closeness', '关系强度', '关系', '亲密度', '关系程度'],
  seniority: ['Seniority', 'Level', 'Management Level', 'Rank', '层级', '职级', '级别'],
  email: ['Email', 'E-mail', 'Email Address', 'Mail', '邮箱', '电子邮件', '电子邮箱', '邮件'],
  phone: [
    'Phone', 'Phone Number', 'Telephone', 'Tel', 'Mobile', 'Mobile Phone', 'MobilePhone', 'Cell', 'Work Phone',
    '电话', '手机', '手机号', '联系电话', '电话号码', '手机号码',
  ],
  birthday: ['Birthday', 'Birthdate', 'Date of Birth', 'DOB', '生日', '出生日期'],
  preferences: ['Preferences', 'Interests', 'Hobbies', 'Likes', 'Personal Notes', '喜好', '偏好', '兴趣', '爱好', '兴趣爱好'],
  lastContacted: [
    'Last Contacted', 'Last Contact', 'Last Contact Date', 'Last Activity Date', 'LastActivityDate', 'Last Touch',
    '最近联系', '上次联系', '最后联系时间', '最近联系时间', '上次联系时间',
  ],
};

export const ACTIVITY_ALIASES: AliasTable = {
  account: ['Account', 'Account Name', 'Company', 'Company Name', 'Customer', 'Related To', '客户', '客户名称', '公司', '公司名称'],
  date: [
    'Date', 'Activity Date', 'ActivityDate', 'Meeting Date', 'Visit Date', 'Created Date', 'When', 'Due Date',
    '日期', '活动日期', '拜访日期', '时间', '会议日期',
  ],
  type: ['Type', 'Activity Type', 'Kind', 'Channel', 'Task Subtype', 'TaskSubtype', '类型', '活动类型', '方式', '拜访方式'],
  note: [
    'Note', 'Notes', 'Subject', 'Description', 'Summary', 'Comments', 'Details', 'Activity', 'Body',
    '备注', '内容', '纪要', '记录', '活动内容', '拜访记录', '摘要', '会议纪要',
  ],
  contacts: ['Contacts', 'Contact', 'Attendees', 'Participants', 'Who', 'Name', '联系人', '参与人', '参加人', '拜访对象'],
};

export const ACTION_ALIASES: AliasTable = {
  account: ['Account', 'Account Name', 'Company', 'Company Name', 'Customer', '客户', '客户名称', '公司', '公司名称'],
  text: ['Text', 'Action', 'Task', 'Subject', 'Description', 'Title', 'What', 'To Do', 'Todo', '行动', '任务', '事项', '内容', '行动项', '待办'],
  playbook: ['Playbook', 'Play Book', '打法手册', '剧本', '手册'],
  play: ['Play', 'Tactic', 'Strategy', '打法', '策略', '战术'],
  owner: ['Owner', 'Assigned To', 'Assignee', 'Responsible', 'Task Owner', '负责人', '执行人', '责任人', '指派给'],
  due: ['Due', 'Due Date', 'Deadline', 'ActivityDate', 'Target Date', 'Due By', '截止日期', '到期日', '期限', '完成期限', '截止时间'],
  status: ['Status', 'State', 'Task Status', 'Completed', '状态', '进度', '完成状态'],
  createdAt: ['Created At', 'Created', 'Created Date', 'CreatedDate', 'Create Date', 'Opened', '创建时间', '创建日期', '新建时间'],
  closedAt: ['Closed At', 'Closed', 'Closed Date', 'Completed Date', 'Completion Date', 'Done Date', '关闭时间', '完成时间', '完成日期', '关闭日期'],
};

export const ASSESSMENT_ALIASES: AliasTable = {
  account: ['Account', 'Account Name', 'Company', 'Company Name', 'Customer', '客户', '客户名称', '公司', '公司名称'],
  accountExternalId: ['Account External ID', 'Account ID', 'Customer ID', '客户编号', '客户ID'],
  assessedAt: [
    'Assessed At', 'Assessed', 'Assessment Date', 'Date', 'Assessed On', 'Evaluated At',
    '评估日期', '评估时间', '日期', '评估于',
  ],
  answers: ['Answers', 'Answers JSON', 'Responses', 'Assessment', 'Scores', '答案', '评估答案', '回答', '评分'],
  assessor: ['Assessor', 'Assessed By', 'Evaluator', 'Owner', '评估人', '评估者', '负责人'],
  notes: ['Notes', 'Note', 'Comments', 'Remarks', '备注', '说明'],
};

export const ALIASES_BY_TYPE: Record<ImportType, AliasTable> = {
  accounts: ACCOUNT_ALIASES,
  contacts: CONTACT_ALIASES,
  activities: ACTIVITY_ALIASES,
  actions: ACTION_ALIASES,
  assessments: ASSESSMENT_ALIASES,
};
