/** Decoding stored assessment JSON (src/domain/assessment/stored.ts): one type, whatever was stored. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assess,
  decodeAnswers,
  decodePlaybookVersions,
  decodeResult,
  isCompleteResult,
  type AssessmentResult,
} from '../../../src/domain/assessment/index.js';
import { loadPlaybooks } from '../../../src/playbooks/load.js';
import { makeAccount, makeInput } from './helpers.js';

let full: AssessmentResult;
beforeAll(() => {
  const input = makeInput({ account: makeAccount({ position: 'secondary', share: 20 }) });
  full = assess(input, loadPlaybooks().playbooks);
});

describe('decodeResult', () => {
  it('gives back a result acct stored, whole and complete', () => {
    const decoded = decodeResult(JSON.parse(JSON.stringify(full)));
    expect(decoded).toEqual(full);
    expect(isCompleteResult(decoded)).toBe(true);
  });

  it('leaves out parts whose shape does not match, and keeps the rest', () => {
    const stored = {
      stage: 'initial-cooperation',
      risk: 'high', // a CSV import put text where an object belongs
      plan: [{ play: 'x' }],
      criteriaFit: 'wobbly',
      coverage: full.coverage,
      somethingElse: 1,
    };
    const decoded = decodeResult(stored);
    expect(decoded).toEqual({ stage: 'initial-cooperation', coverage: full.coverage });
    expect(isCompleteResult(decoded)).toBe(false);
  });

  it('decodes what is not an object as an empty result', () => {
    for (const value of [null, 'text', 3, [full]]) expect(decodeResult(value)).toEqual({});
  });
});

describe('playbook versions', () => {
  it('has one shape, id -> "version#hash", also for the list older results stored', () => {
    expect(Object.values(full.playbookVersions).every((tag) => /^[^#]+#[0-9a-f]{16}$/.test(tag))).toBe(true);
    const legacy = [
      { id: 'initial-cooperation', version: '1.0', hash: 'abcd' },
      { id: 'broken' },
      { id: 'no-hash', version: '2' },
    ];
    expect(decodePlaybookVersions(legacy)).toEqual({ 'initial-cooperation': '1.0#abcd', 'no-hash': '2#' });
    expect(decodeResult({ playbookVersions: legacy }).playbookVersions).toEqual({
      'initial-cooperation': '1.0#abcd',
      'no-hash': '2#',
    });
    expect(decodePlaybookVersions({ assessment: '1#ff', odd: 3 })).toEqual({ assessment: '1#ff' });
  });
});

describe('decodeAnswers', () => {
  it('keeps the values an answer can have and drops the rest', () => {
    expect(
      decodeAnswers({ a: 'yes', b: 3, c: true, d: ['x', 'y'], e: null, f: { nested: 1 }, g: [1], h: Infinity }),
    ).toEqual({ a: 'yes', b: 3, c: true, d: ['x', 'y'] });
    expect(decodeAnswers('nope')).toEqual({});
  });
});
