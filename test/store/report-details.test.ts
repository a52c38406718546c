/**
 * The HTML review's per-account records (src/store/report-details.ts), on
 * both backends: as of the window's end, and of the assessments only the
 * latest two then (all a briefing and the last plan read), oldest first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { ReportDetailsRepository } from '../../src/store/report-details.js';
import { backends } from '../backends.js';
import { newAssessment } from './new-assessment.js';

const NOW = '2026-01-01T09:00:00.000Z';
const END = '2026-03-16';

describe.each(backends)('$name', (backend) => {
  let store: Store;
  let busy: number;
  let once: number;
  let none: number;

  beforeEach(async () => {
    store = await backend.open();
    store.write(() => {
      busy = store.accounts.insert({ name: 'Busy', owner: 'lin' }, NOW).id;
      once = store.accounts.insert({ name: 'Once', owner: 'wang' }, NOW).id;
      none = store.accounts.insert({ name: 'None', owner: 'wang' }, NOW).id;
      // Four before the end (two share a timestamp: the later id is the newer), one after it.
      for (const [at, share] of [
        ['2026-01-10T10:00:00.000Z', 10],
        ['2026-02-10T10:00:00.000Z', 20],
        ['2026-03-01T10:00:00.000Z', 30],
        ['2026-03-01T10:00:00.000Z', 40],
        ['2026-03-20T10:00:00.000Z', 50],
      ] as const) {
        store.assessments.insert(newAssessment(busy, at, { share }));
      }
      store.assessments.insert(newAssessment(once, '2026-02-01T10:00:00.000Z', { share: 5 }));
      const lin = store.contacts.insert(busy, { name: 'Lin' }, NOW).id;
      for (const [account, date, note, contactIds] of [
        [busy, '2026-02-01', 'visit', [lin]],
        [busy, '2026-03-10', 'call', []],
        [busy, '2026-03-10', 'second call', [lin]],
        [busy, '2026-03-20', 'after the window', []],
        [once, '2026-01-05', 'only one', []],
      ] as const) {
        store.activities.insert(account, { date, type: 'call', note, contactIds }, NOW);
      }
    });
  });

  afterEach(() => store.close());

  it('gives each account its activities and latest two assessments as of the end, in the order of the ids', () => {
    const details = new ReportDetailsRepository(store.db).load([none, busy, once, busy], END);
    expect([...details.keys()]).toEqual([none, busy, once]);
    expect(details.get(busy)!.assessments.map((a) => a.share)).toEqual([30, 40]);
    expect(details.get(once)!.assessments.map((a) => a.share)).toEqual([5]);
    expect(details.get(none)!.assessments).toEqual([]);
    // Activities as of the end, newest first (the later id first on one day), with their contacts.
    expect(details.get(busy)!.activities.map((a) => [a.note, a.contactIds.length])).toEqual([
      ['second call', 1],
      ['call', 0],
      ['visit', 1],
    ]);
    expect(details.get(once)!.activities.map((a) => a.note)).toEqual(['only one']);
    expect(details.get(none)!.activities).toEqual([]);
    // A week before, the newest two then.
    const earlier = new ReportDetailsRepository(store.db).load([busy], '2026-02-15');
    expect(earlier.get(busy)!.assessments.map((a) => a.share)).toEqual([10, 20]);
  });
});
