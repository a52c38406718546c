import { beforeAll, describe, expect, it } from 'vitest';
import {
  FACTS,
  defaultsFrom,
  missingAnswers,
  parseAnswerText,
  validateAnswers,
  type FactSpec,
  type Question,
  type Questionnaire,
} from '../../../src/domain/assessment/index.js';
import { loadPlaybooks } from '../../../src/playbooks/load.js';
import { localText } from '../../../src/domain/local-text.js';

let questionnaire: Questionnaire;
beforeAll(() => {
  questionnaire = loadPlaybooks().questionnaire;
});
const question = (key: string): Question => questionnaire.questions.find((item) => item.key === key)!;

describe('validateAnswers', () => {
  it('accepts valid answers of every type', () => {
    const result = validateAnswers(questionnaire, {
      supplierPosition: 'secondary',
      shareOfWallet: 25,
      triggers: ['supplier-review'],
      executiveChannel: false,
      satisfaction: 4,
    });
    expect(result).toEqual({
      ok: true,
      answers: {
        supplierPosition: 'secondary',
        shareOfWallet: 25,
        triggers: ['supplier-review'],
        executiveChannel: false,
        satisfaction: 4,
      },
    });
  });

  it('rejects an unknown key, naming it', () => {
    const result = validateAnswers(questionnaire, { supplierPositon: 'primary' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.key).toBe('supplierPositon');
    expect(result.problems[0]!.message).toMatch(/^unknown question "supplierPositon"/);
    expect(result.problems[0]!.message).toContain('supplierPosition');
  });

  it('rejects a value outside the options, listing the allowed values', () => {
    const result = validateAnswers(questionnaire, {
      purchaseCriteria: 'nobody-fits',
      triggers: ['supplier-review', 'earthquake'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        key: 'purchaseCriteria',
        message:
          '"purchaseCriteria": "nobody-fits" is not an option; enter one of we-fit, both-fit, rivals-fit, unknown',
      },
      {
        key: 'triggers',
        message: expect.stringContaining(
          '"triggers": "earthquake" is not an option; enter a list drawn from new-product-launch,',
        ),
      },
    ]);
  });

  it('says in words what is wrong and what to enter, never a type name', () => {
    const result = validateAnswers(questionnaire, {
      shareOfWallet: 'lots',
      executiveChannel: 'maybe',
      satisfaction: 6,
      openComplaints: -1,
      triggers: 7,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byKey = Object.fromEntries(result.problems.map((problem) => [problem.key, problem.message]));
    expect(byKey.shareOfWallet).toBe('"shareOfWallet": "lots" is not a number; enter a number from 0 to 100');
    expect(byKey.executiveChannel).toBe('"executiveChannel": "maybe" is not a yes or no; enter yes or no');
    expect(byKey.satisfaction).toBe('"satisfaction": 6 is outside the scale; enter a whole number from 1 to 5');
    expect(byKey.openComplaints).toBe('"openComplaints": -1 is below 0; enter a number from 0 to 999');
    expect(byKey.triggers).toMatch(
      /^"triggers": 7 is not a list of options; enter a list drawn from new-product-launch, /,
    );
    for (const message of Object.values(byKey)) expect(message).not.toMatch(/type|string|number\)|boolean/);
  });

  it('accepts from a file the text --set accepts: yes/no, "20%", comma lists', () => {
    const result = validateAnswers(questionnaire, {
      shareOfWallet: '20%',
      executiveChannel: 'yes',
      newApplications: 'no',
      triggers: 'supplier-review, cost-pressure',
    });
    expect(result).toEqual({
      ok: true,
      answers: {
        shareOfWallet: 20,
        executiveChannel: true,
        newApplications: false,
        triggers: ['supplier-review', 'cost-pressure'],
      },
    });
  });

  it('accepts an option’s label in either language, in a list too', () => {
    const result = validateAnswers(questionnaire, {
      buyingDriver: '采购部门',
      purchaseCriteria: 'Rivals meet them and we do not',
      personalCare: ['节日问候', 'regular-visits'],
      problems: ['产品质量', '交货数量或交期'],
    });
    expect(result).toEqual({
      ok: true,
      answers: {
        buyingDriver: 'purchasing',
        purchaseCriteria: 'rivals-fit',
        personalCare: ['holiday-greetings', 'regular-visits'],
        problems: ['quality', 'delivery'],
      },
    });
    expect(validateAnswers(questionnaire, { problems: ['产品质量', '天气'] })).toMatchObject({ ok: false });
  });
});

describe('missingAnswers', () => {
  it('asks only what applies to a prospect', () => {
    const missing = missingAnswers(questionnaire, { supplierPosition: 'none' });
    expect(missing).toContain('triggers');
    expect(missing).toContain('buyingDriver');
    expect(missing).not.toContain('shareOfWallet');
    expect(missing).not.toContain('purchaseCriteria');
    expect(missing).not.toContain('serviceLevel');
    expect(missing).not.toContain('mutualImportance');
    expect(missing).not.toContain('satisfaction'); // optional
  });

  it('follows when-conditions over earlier answers', () => {
    const primary = missingAnswers(questionnaire, { supplierPosition: 'primary', targetLevel: 'partner' });
    expect(primary).toEqual(
      expect.arrayContaining([
        'shareOfWallet',
        'prioritySupply',
        'counterpartTeam',
        'mutualImportance',
        'powerBalance',
        'switchingCost',
      ]),
    );
    expect(primary).not.toContain('triggers');
    expect(primary).not.toContain('supplierPosition');
    const preferred = missingAnswers(questionnaire, { supplierPosition: 'primary', targetLevel: 'preferred-supplier' });
    expect(preferred).not.toContain('mutualImportance');
  });

  it('starts with supplierPosition when nothing is answered', () => {
    expect(missingAnswers(questionnaire, {})[0]).toBe('supplierPosition');
  });
});

describe('defaultsFrom', () => {
  it('pre-fills from the account, then previous answers, dropping stale keys and values', () => {
    const defaults = defaultsFrom(
      {
        supplierPosition: 'primary',
        oldQuestion: 'x',
        purchaseCriteria: 'retired-option',
        triggers: ['cost-pressure'],
      },
      questionnaire,
      { position: 'secondary', share: 30, level: 'transactional', targetLevel: null },
    );
    expect(defaults).toEqual({
      supplierPosition: 'primary',
      shareOfWallet: 30,
      currentLevel: 'transactional',
      triggers: ['cost-pressure'],
    });
  });

  it('lets an account edited since the last assessment win over its answers', () => {
    const previous = { supplierPosition: 'primary', currentLevel: 'partner', shareOfWallet: 55 };
    const account = { position: 'secondary', share: 30, level: 'preferred-supplier', targetLevel: null };
    expect(defaultsFrom(previous, questionnaire, { ...account, changedSinceAnswers: true })).toEqual({
      supplierPosition: 'secondary',
      shareOfWallet: 30,
      currentLevel: 'preferred-supplier',
    });
    expect(defaultsFrom(previous, questionnaire, { ...account, changedSinceAnswers: false })).toEqual(previous);
  });

  it('copies previous answers without a questionnaire', () => {
    const previous = { triggers: ['cost-pressure'] };
    const defaults = defaultsFrom(previous);
    expect(defaults).toEqual(previous);
    expect(defaults.triggers).not.toBe(previous.triggers);
    expect(defaultsFrom(null)).toEqual({});
  });
});

describe('parseAnswerText', () => {
  it('reads typed text loosely', () => {
    expect(parseAnswerText(question('purchaseCriteria'), 'Rivals Fit')).toEqual({ ok: true, value: 'rivals-fit' });
    expect(parseAnswerText(question('triggers'), 'supplier review, cost_pressure')).toEqual({
      ok: true,
      value: ['supplier-review', 'cost-pressure'],
    });
    expect(parseAnswerText(question('triggers'), 'none')).toEqual({ ok: true, value: [] });
    expect(parseAnswerText(question('executiveChannel'), 'yes')).toEqual({ ok: true, value: true });
    expect(parseAnswerText(question('shareOfWallet'), '35%')).toEqual({ ok: true, value: 35 });
    expect(parseAnswerText(question('buyingDriver'), '采购部门')).toEqual({ ok: true, value: 'purchasing' });
    expect(parseAnswerText(question('purchaseCriteria'), '对手符合，我们不符合')).toEqual({
      ok: true,
      value: 'rivals-fit',
    });
    expect(
      parseAnswerText(question('triggers'), '现有供应商出了质量问题、客户的采购招标或年度供应商评审即将开始'),
    ).toEqual({
      ok: true,
      value: ['rival-quality-problem', 'supplier-review'],
    });
    expect(parseAnswerText(question('satisfaction'), 'great')).toMatchObject({
      ok: false,
      message: expect.stringContaining('"satisfaction"'),
    });
  });
});

describe('questionnaire and fact catalogue agree', () => {
  it('every shipped question key is a documented answer fact with the same vocabulary', () => {
    for (const item of questionnaire.questions) {
      const spec = (FACTS as Record<string, FactSpec>)[item.key];
      expect(spec, item.key).toBeDefined();
      expect(spec!.source, item.key).toBe('answer');
      const expectedType =
        item.type === 'multi'
          ? 'list'
          : item.type === 'boolean'
            ? 'boolean'
            : item.type === 'select'
              ? 'string'
              : 'number';
      expect(spec!.type, item.key).toBe(expectedType);
      if (item.options)
        expect([...(spec!.values ?? [])].sort(), item.key).toEqual(item.options.map((option) => option.value).sort());
    }
  });

  it('covers the required topics', () => {
    const keys = questionnaire.questions.map((item) => item.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'supplierPosition',
        'shareOfWallet',
        'purchaseCriteria',
        'triggers',
        'buyingDriver',
        'shiftSigns',
        'openComplaints',
        'problems',
        'serviceLevel',
        'priceVsMarket',
        'meetingCadence',
        'executiveChannel',
        'strategicAlignment',
        'satisfaction',
        'repurchaseIntent',
        'wouldRecommend',
        'targetLevel',
        'mutualImportance',
        'powerBalance',
        'switchingCost',
        'bondsCovered',
        'toldAboutChanges',
        'rivalRebates',
        'structuralChange',
        'postDeliveryDrop',
        'personalCare',
      ]),
    );
    expect(question('triggers').options).toHaveLength(8);
    expect(question('satisfaction').labels?.map((label) => localText(label, 'en'))).toEqual([
      'very dissatisfied',
      'somewhat dissatisfied',
      'neutral',
      'satisfied',
      'highly satisfied',
    ]);
  });
});
