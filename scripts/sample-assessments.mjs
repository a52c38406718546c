#!/usr/bin/env node
// Regenerates examples/assessments.csv: imports the other sample files into a
// scratch database, runs `acct assess` for a few accounts at two dates (so the
// weekly report has movement to show) and exports the stored assessments.
//   npm run build && node scripts/sample-assessments.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'acct.js');
const dir = mkdtempSync(join(tmpdir(), 'acct-samples-'));
const db = join(dir, 'acct.db');
// A Chinese account is assessed in Chinese, as its team would: a stored plan keeps the words of the
// language it was made in (docs/i18n.md), so the sample's Chinese accounts show Chinese plans.
const acct = (args, now, lang = 'en') =>
  execFileSync(process.execPath, [bin, '--db', db, ...args], {
    env: { ...process.env, ACCT_NOW: now ?? '2026-11-20', ACCT_LANG: lang },
    stdio: ['ignore', 'pipe', 'inherit'],
  });

for (const type of ['accounts', 'contacts', 'activities', 'actions']) {
  acct(['import', join(root, 'examples', `${type}.csv`), '-q']);
}

/** A healthy key account; each story below changes a few answers. */
const base = {
  supplierPosition: 'primary',
  shareOfWallet: 55,
  currentLevel: 'preferred-supplier',
  purchaseCriteria: 'we-fit',
  buyingDriver: 'engineering',
  shiftSigns: [],
  newApplications: true,
  bondsCovered: ['org-interest', 'personal-interest', 'org-trust', 'personal-trust'],
  personalCare: ['regular-visits', 'holiday-greetings', 'after-sale-contact'],
  openComplaints: 0,
  problems: [],
  serviceLevel: ['dedicated-team', 'standard-process', 'proactive'],
  prioritySupply: true,
  priceVsMarket: 'at',
  meetingCadence: 'monthly',
  counterpartTeam: true,
  executiveChannel: true,
  strategicAlignment: 'aligned',
  toldAboutChanges: true,
  customerFile: true,
  satisfaction: 4,
  repurchaseIntent: 'yes',
  wouldRecommend: 'yes',
  referralsAsked: true,
  rivalRebates: false,
  structuralChange: [],
  postDeliveryDrop: false,
  targetLevel: 'preferred-supplier',
};
const secondary = {
  ...base,
  supplierPosition: 'secondary',
  shareOfWallet: 20,
  currentLevel: 'transactional',
  purchaseCriteria: 'both-fit',
  buyingDriver: 'purchasing',
  triggers: [],
  internalConflict: false,
  userDeptIssues: false,
  newDemandIdea: false,
  differentiatedOffer: true,
  personalNeedsUnmet: false,
  satisfaction: 3,
  repurchaseIntent: 'unsure',
  wouldRecommend: 'unsure',
};

// [account, date, answers]: earlier snapshots first.
const stories = [
  [
    '华东机械',
    '2026-10-06',
    {
      ...base,
      currentLevel: 'partner',
      targetLevel: 'partner',
      mutualImportance: 'high',
      powerBalance: 'balanced',
      switchingCost: 'high',
    },
  ],
  [
    '华东机械',
    '2026-11-18',
    {
      ...base,
      currentLevel: 'partner',
      purchaseCriteria: 'both-fit',
      rivalRebates: true,
      targetLevel: 'partner',
      mutualImportance: 'high',
      powerBalance: 'balanced',
      switchingCost: 'high',
    },
  ],
  [
    'Acme Industrial',
    '2026-10-13',
    {
      ...base,
      currentLevel: 'partner',
      targetLevel: 'partner',
      mutualImportance: 'high',
      powerBalance: 'balanced',
      switchingCost: 'high',
    },
  ],
  [
    'Acme Industrial',
    '2026-11-19',
    {
      ...base,
      currentLevel: 'partner',
      purchaseCriteria: 'rivals-fit',
      openComplaints: 2,
      problems: ['quality'],
      satisfaction: 2,
      repurchaseIntent: 'unsure',
      wouldRecommend: 'no',
      targetLevel: 'partner',
      mutualImportance: 'high',
      powerBalance: 'balanced',
      switchingCost: 'high',
    },
  ],
  ['宁波化工集团', '2026-10-20', { ...base }],
  [
    '宁波化工集团',
    '2026-11-17',
    {
      ...base,
      buyingDriver: 'purchasing',
      shiftSigns: ['purchasing-took-over', 'price-only', 'sponsors-stepped-back'],
      newApplications: false,
      priceVsMarket: 'slightly-above',
    },
  ],
  [
    '深圳新能电池',
    '2026-11-18',
    {
      ...secondary,
      triggers: ['supplier-review', 'incumbent-service-complaints'],
      userDeptIssues: true,
      targetLevel: 'partner',
      mutualImportance: 'one-sided',
      powerBalance: 'customer-dominates',
      switchingCost: 'low',
    },
  ],
  ['Golden Harvest Foods', '2026-10-27', { ...secondary, satisfaction: 4, repurchaseIntent: 'yes' }],
  [
    'Golden Harvest Foods',
    '2026-11-19',
    { ...secondary, satisfaction: 2, repurchaseIntent: 'unsure', openComplaints: 1, problems: ['delivery'] },
  ],
  [
    '天津汽车零部件',
    '2026-11-16',
    {
      ...base,
      supplierPosition: 'sole',
      shareOfWallet: 90,
      currentLevel: 'strategic-alliance',
      targetLevel: 'strategic-alliance',
      mutualImportance: 'high',
      powerBalance: 'balanced',
      switchingCost: 'high',
    },
  ],
  [
    '常州涂料化学',
    '2026-09-08',
    {
      ...base,
      targetLevel: 'partner',
      mutualImportance: 'one-sided',
      powerBalance: 'customer-dominates',
      switchingCost: 'low',
    },
  ],
  ['成都电子元件', '2026-08-25', { ...base, satisfaction: 3, meetingCadence: 'ad-hoc' }],
];

for (const [account, date, answers] of stories) {
  const file = join(dir, 'answers.json');
  writeFileSync(file, JSON.stringify(answers));
  const lang = /\p{Script=Han}/u.test(account) ? 'zh-CN' : 'en';
  acct(['assess', account, '--answers', file, '--accept', 'none', '--no-input', '-q'], `${date}T09:30:00Z`, lang);
}
acct(['export', '--type', 'assessments', '-o', join(root, 'examples', 'assessments.csv')]);
rmSync(dir, { recursive: true, force: true });
console.error(`wrote examples/assessments.csv (${stories.length} assessments)`);
