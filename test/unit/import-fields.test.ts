/**
 * The field specs of every imported record type (src/domain/field-specs.ts),
 * assessment columns included, through the validators the commands share.
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, IMPORT_TYPES } from '../../src/domain/field-specs.js';
import { fieldsValidator } from '../../src/domain/fields.js';
import { missingColumns, REQUIRED_COLUMNS } from '../../src/domain/import.js';
import { wordProblem } from '../../src/errors.js';

const TODAY = '2026-03-01';
const assessment = fieldsValidator(IMPORT_FIELDS.assessments, TODAY);

describe('import field specs', () => {
  it('cover every record type, and each required column is a field or an account reference', () => {
    for (const type of IMPORT_TYPES) {
      const keys = new Set(IMPORT_FIELDS[type].map((spec) => spec.key));
      for (const group of REQUIRED_COLUMNS[type]) {
        for (const field of group)
          expect(keys.has(field) || field.startsWith('account'), `${type}.${field}`).toBe(true);
      }
    }
  });

  it('read assessment columns: timestamps, JSON, enums, numbers and yes/no', () => {
    const result = assessment(
      {
        assessedAt: '2026-02-01T09:30:00+08:00',
        answers: ' {"q1": "yes", "名": "é"} ',
        stage: 'Partnership',
        share: '35.5',
        satisfaction: '4',
        singleThreaded: 'Yes',
        result: '',
      },
      { requireAll: true },
    );
    expect(result).toEqual({
      ok: true,
      value: {
        assessedAt: '2026-02-01T01:30:00.000Z',
        answers: '{"q1":"yes","名":"é"}',
        stage: 'partnership',
        share: 35.5,
        satisfaction: 4,
        singleThreaded: 1,
        result: null,
      },
    });
  });

  it('refuse bad assessment values, naming the column and the accepted form', () => {
    const result = assessment(
      {
        assessedAt: 'last spring',
        answers: '[1, 2]',
        riskLevel: 'extreme',
        satisfaction: '4.5',
        singleThreaded: 'constructor',
      },
      { requireAll: true },
    );
    expect(result.ok).toBe(false);
    // Each problem is data (a key and parameters), worded here in English as the commands word it.
    const worded = !result.ok && result.problems.map((p) => ({ field: p.field, message: wordProblem(p.problem) }));
    expect(worded).toEqual([
      { field: 'assessedAt', message: 'assessedAt "last spring" is not a date or timestamp' },
      { field: 'answers', message: 'answers must be a JSON object like {"q1": "yes"}' },
      {
        field: 'riskLevel',
        message: expect.stringMatching(/^riskLevel "extreme" is not one of low, medium, high/),
      },
      { field: 'satisfaction', message: 'satisfaction "4.5" is not a number' },
      { field: 'singleThreaded', message: 'singleThreaded "constructor" is not true or false' },
    ]);
    // The refused vocabulary word as data, for wording in the user's language (docs/i18n.md, Input).
    expect(!result.ok && result.problems[2]!.problem).toEqual({
      key: 'input.vocabulary.refused',
      params: { flag: 'riskLevel', value: 'extreme', kind: 'risk', suggestion: null },
    });
  });

  it('name the required columns a header leaves out', () => {
    expect(missingColumns('assessments', ['accountExternalId', 'answers', null])).toEqual([['assessedAt']]);
    expect(missingColumns('contacts', ['account', 'name'])).toEqual([]);
  });
});
