/**
 * The answers by section (last time's summary and the review screen): pure
 * grouping in the domain (flow.ts), rendered to fit the terminal by display
 * width, Chinese section titles and values included.
 */
import { describe, expect, it } from 'vitest';
import {
  applicableAnswers,
  keyWords,
  plannedQuestions,
  summarise,
  type Walk,
} from '../../src/domain/assessment/flow.js';
import type { Questionnaire } from '../../src/domain/assessment/questions.js';
import { renderAnswerSummary } from '../../src/render/answers.js';
import { Output } from '../../src/render/output.js';
import { displayWidth } from '../../src/render/table.js';

const QUESTIONNAIRE: Questionnaire = {
  id: 'q',
  title: 'Q',
  version: '1',
  questions: [
    {
      key: 'supplierPosition',
      prompt: 'Where?',
      type: 'select',
      section: '我们的位置 Where we stand',
      options: ['none', 'secondary', 'primary'].map((value) => ({ value, label: value })),
    },
    {
      key: 'shareOfWallet',
      prompt: 'Share?',
      type: 'number',
      section: '我们的位置 Where we stand',
      when: { fact: 'supplierPosition', op: 'ne', value: 'none' },
    },
    {
      key: 'prioritySupply',
      prompt: 'Priority?',
      type: 'boolean',
      section: '服务 Service',
      when: { fact: 'supplierPosition', op: 'eq', value: 'primary' },
    },
    {
      key: 'problems',
      prompt: 'Problems?',
      type: 'multi',
      options: ['quality', 'delivery', 'service', 'billing'].map((value) => ({ value, label: value })),
    },
  ],
};

function terminal(columns: number): Output {
  const sink = { write: () => true, isTTY: true, columns };
  return new Output({ stdout: sink, stderr: sink, env: {}, json: false, color: false, quiet: false });
}

describe('answers by section', () => {
  it('groups in questionnaire order, in short words, leaving out what no longer applies', () => {
    const answers = applicableAnswers(QUESTIONNAIRE, {
      supplierPosition: 'secondary',
      shareOfWallet: 20,
      prioritySupply: true, // a primary supplier's question: dropped
      problems: [],
    });
    expect(summarise(QUESTIONNAIRE, answers)).toEqual([
      {
        section: '我们的位置 Where we stand',
        items: [
          { key: 'supplierPosition', label: 'supplier position', text: 'secondary' },
          { key: 'shareOfWallet', label: 'share of wallet', text: '20' },
        ],
      },
      { section: 'Other questions', items: [{ key: 'problems', label: 'problems', text: 'none' }] },
    ]);
    expect(keyWords('shareOfWallet')).toBe('share of wallet');
  });

  it('fits the terminal by display width, Chinese included', () => {
    const summary = summarise(QUESTIONNAIRE, {
      supplierPosition: 'primary',
      shareOfWallet: 60,
      prioritySupply: false,
      problems: ['quality', 'delivery', 'service', 'billing'],
    });
    for (const columns of [40, 80]) {
      const lines = renderAnswerSummary(terminal(columns), '上次评估 Last assessment', summary).split('\n');
      expect(lines.length).toBeGreaterThan(4);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    }
  });

  it('counts the questions a run asks from the answers so far and the pre-filled rest', () => {
    const walk: Walk = {
      questionnaire: QUESTIONNAIRE,
      given: {},
      defaults: { supplierPosition: 'none' },
      include: () => true,
    };
    expect(plannedQuestions(walk, {}, new Set()).map((question) => question.key)).toEqual([
      'supplierPosition',
      'problems',
    ]);
    const asPrimary = plannedQuestions(walk, { supplierPosition: 'primary' }, new Set(['supplierPosition']));
    expect(asPrimary.map((question) => question.key)).toEqual([
      'supplierPosition',
      'shareOfWallet',
      'prioritySupply',
      'problems',
    ]);
    // A given answer is never asked, and decides what follows it.
    const given: Walk = { ...walk, given: { supplierPosition: 'secondary' } };
    expect(plannedQuestions(given, {}, new Set()).map((question) => question.key)).toEqual([
      'shareOfWallet',
      'problems',
    ]);
  });
});
