/**
 * Derived sentences (docs/i18n.md §Derived sentences): every key the domain
 * words has a sentence in each language, and in Chinese the sentences are
 * Chinese, parameters aside.
 */
import { describe, expect, it } from 'vitest';
import { catalogue as english } from '../../src/i18n/en/index.js';
import { catalogue as chinese } from '../../src/i18n/zh-CN/index.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { EXPERIENCE_SIGNAL_KEYS, RISK_REASON_KEYS } from '../../src/domain/assessment/wording.js';
import { BECAUSE_KEYS, because, type Condition } from '../../src/domain/assessment/index.js';
import { PHRASE_KEYS, phrase } from '../../src/domain/phrases.js';
import { deriveRisk, deriveExperience, deriveTarget } from '../../src/domain/assessment/derive.js';
import { computeCoverage } from '../../src/domain/assessment/coverage.js';
import { diffResults } from '../../src/domain/assessment/diff.js';
import { makeContact } from './assessment/helpers.js';

const DOMAIN_KEYS = [
  ...RISK_REASON_KEYS.map((key) => `risk.${key}`),
  ...EXPERIENCE_SIGNAL_KEYS.map((key) => `signal.${key}`),
  ...PHRASE_KEYS,
  ...BECAUSE_KEYS.map((key) => `because.${key}`),
];

/** Latin words of two letters or more: in a Chinese sentence only ids and parameters may have them. */
const latinWords = (text: string): string[] => text.match(/[A-Za-z]{2,}/g) ?? [];

describe('words: the domain’s derived sentences in the catalogue', () => {
  it('every key the domain names has a sentence in English and in Chinese', () => {
    for (const key of DOMAIN_KEYS) {
      expect(english, key).toHaveProperty([`words.${key}`]);
      expect(chinese, key).toHaveProperty([`words.${key}`]);
    }
  });

  it('keeps the English sentences as they were', () => {
    expect(phrase('since.activities', { count: 3, types: ['visit', 'call'], counts: [2, 1] }).text).toBe(
      '3 interactions logged (2 visits, call)',
    );
    expect(
      phrase('coverage.opponents', { count: 2, names: 'Wang, Li', people: ['Wang', 'Li'], supporters: 1 }).text,
    ).toBe('2 opponents: Wang, Li, more than supporters');
  });

  it('says risk reasons, signals, verdicts, coverage, changes and because lines in Chinese in zh-CN', async () => {
    await loadLanguage('zh-CN');
    const facts = {
      supplierPosition: 'secondary',
      uncontrollable: true,
      structuralChange: ['taken-over'],
      openComplaints: 2,
      oldestOpenComplaintDays: 40,
      problems: ['quality', 'delivery'],
      satisfaction: 2,
      repurchaseIntent: 'unsure',
      singleThreaded: true,
      priceVsMarket: 'far-above',
      daysSinceContact: 70,
      overdueActions: 1,
      buyingDriver: 'purchasing',
      buyingDriverChanged: true,
      previousBuyingDriver: 'engineering',
      shiftSigns: ['price-only', 'unbundling'],
    };
    const experience = deriveExperience(facts);
    const risk = deriveRisk(facts, 'alarm', experience.profile);
    const target = deriveTarget({ targetLevel: 'partner' }, 'transactional');
    const coverage = computeCoverage([makeContact({ name: '王经理', department: 'purchasing', strength: 3 })]);
    const changes = diffResults(
      { stage: 'development', satisfaction: { score: 4, label: 'satisfied', repurchase: null, recommend: null } },
      {
        stage: 'initial-cooperation',
        satisfaction: { score: 2, label: 'somewhat dissatisfied', repurchase: null, recommend: null },
      },
    );
    const condition: Condition = {
      all: [
        { fact: 'hasExecutive', op: 'false' },
        { fact: 'stage', op: 'eq', value: 'development' },
      ],
    };
    const lines = because(condition, { hasExecutive: false, stage: 'development' });
    const texts = [
      ...risk.reasons,
      ...experience.signals,
      target.verdict,
      ...coverage.singleThreadReasons,
      ...changes.map((change) => change.text),
      ...lines.map((line) => line.text),
      ...PHRASE_KEYS.map(
        (key) =>
          phrase(key, {
            count: 2,
            days: 3,
            departments: 2,
            levels: 2,
            names: '王经理',
            people: ['王经理'],
            types: ['visit'],
            counts: [2],
            field: 'stage',
            from: 'development',
            to: 'partnership',
            date: '2026-11-30',
            department: 'purchasing',
            name: '王经理',
            level: 'high',
            cadence: 90,
            supporters: 1,
          }).text,
      ),
    ];
    expect(risk.reasons).toContain('不可控：客户正被一家自有供应商的集团收购');
    expect(lines.map((line) => line.text)).toEqual(['有高层或决策者联系人：否', '合作阶段：客户开发']);
    for (const text of texts) expect(latinWords(text), text).toEqual([]);
  });
});
