/**
 * The report's per-account lookups ("high risk since", the next action) answer
 * the same whether asked one account at a time (a capped report) or, past
 * PER_ACCOUNT_LIMIT questions, from one statement for every account (--limit 0).
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { Store } from '../../src/store/index.js';
import { PER_ACCOUNT_LIMIT, perAccountOrAll } from '../../src/store/lookup.js';
import { ReportRepository } from '../../src/store/report.js';
import { newAssessment } from './new-assessment.js';
import { tempDb } from '../helpers.js';

const NOW = '2026-01-01T09:00:00.000Z';
const BOUNDS = { since: '2026-03-09', asOf: '2026-03-15', end: '2026-03-16' };

const assessment = (accountId: number, assessedAt: string, riskLevel: 'low' | 'high') =>
  newAssessment(accountId, assessedAt, { riskLevel });

let store: Store;
let ids: number[];

beforeEach(() => {
  const { db } = openDatabase({ path: tempDb(), create: true, driver: Database });
  store = new Store(db);
  ids = [];
  store.write(() => {
    for (let i = 0; i < PER_ACCOUNT_LIMIT + 20; i++) {
      const id = store.accounts.insert({ name: `Account ${i}`, owner: 'lin' }, NOW).id;
      ids.push(id);
      if (i % 4 === 1) {
        store.assessments.insert(assessment(id, '2026-02-01T10:00:00.000Z', 'low'));
        store.assessments.insert(assessment(id, `2026-03-0${1 + (i % 9)}T10:00:00.000Z`, 'high'));
      }
      if (i % 3 === 0) store.accounts.update(id, { stage: 'initial-cooperation' }, '2026-02-01T09:00:00.000Z');
      // Open, closed after the window (still open then), undated, and one dated after the window.
      if (i % 2 === 0) store.actions.insert(id, { text: `later ${i}`, due: '2026-04-01' }, NOW);
      if (i % 4 === 0) store.actions.insert(id, { text: `first ${i}`, due: '2026-03-01' }, NOW);
      if (i % 5 === 0) store.actions.insert(id, { text: `undated ${i}` }, NOW);
      if (i % 7 === 0)
        store.actions.insert(
          id,
          { text: `closed later ${i}`, due: '2026-02-01', status: 'done', closedAt: '2026-03-20T09:00:00.000Z' },
          NOW,
        );
      if (i % 6 === 0)
        store.actions.insert(
          id,
          { text: `not yet ${i}`, due: '2026-01-01', createdAt: '2026-03-20T09:00:00.000Z' },
          NOW,
        );
    }
  });
});

afterEach(() => store.close());

describe('the report lookups', () => {
  it('answer one by one as they do all at once', () => {
    const repository = new ReportRepository(store.db);
    const oneByOne = ids.slice(0, PER_ACCOUNT_LIMIT).map((id) => {
      const data = repository.load(BOUNDS);
      return [data.nextAction(id), data.riskChangedAt(id)];
    });
    const data = repository.load(BOUNDS);
    const allAtOnce = ids.map((id) => [data.nextAction(id), data.riskChangedAt(id)]);
    expect(allAtOnce.slice(0, PER_ACCOUNT_LIMIT)).toEqual(oneByOne);
    // The fixture has every kind: an account with no action, an undated first, one closed after the window.
    const texts = allAtOnce.map(([next]) => (next as { text: string } | undefined)?.text);
    expect(texts).toContain(undefined);
    expect(texts.some((text) => text?.startsWith('first'))).toBe(true);
    expect(texts.some((text) => text?.startsWith('closed later'))).toBe(true);
    expect(texts.some((text) => text?.startsWith('not yet'))).toBe(false);
    const since = allAtOnce.map(([, at]) => at);
    expect(since).toContain(undefined);
    expect(since).toContain('2026-03-02T10:00:00.000Z');
  });

  it('ask per account up to the limit, then once for everyone', () => {
    const asked: string[] = [];
    const lookup = perAccountOrAll(
      (id) => (asked.push(`one ${id}`), id * 2),
      () => (
        asked.push('all'),
        new Map([
          [1, 2],
          [70, 140],
        ])
      ),
    );
    for (let id = 1; id <= PER_ACCOUNT_LIMIT; id++) expect(lookup(id)).toBe(id * 2);
    expect(lookup(70)).toBe(140);
    expect(lookup(71)).toBeUndefined();
    expect(asked.filter((entry) => entry === 'all')).toHaveLength(1);
    expect(asked).toHaveLength(PER_ACCOUNT_LIMIT + 1);
  });
});
