/**
 * Migration 8 (issue 11 points 9, 13, 14): orders carry an amount and
 * currency; actions remember the assessment, role, why, steps and because
 * lines of their play. Fresh databases and an upgrade from schema 5 with data.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { Store } from '../../src/store/index.js';
import { LATEST_VERSION, MIGRATIONS } from '../../src/store/migrations.js';
import { backends } from '../backends.js';
import { tempDb } from '../helpers.js';
import { databaseAtVersion } from './faults.js';

const NOW = '2026-03-15T10:00:00.000Z';
const open = (path: string) => new Store(openDatabase({ path, create: true, driver: Database }).db);

describe.each(backends)('migration 8 on a fresh database on $name', (backend) => {
  it('stores an order with its amount and currency, and an accepted play with where it came from', async () => {
    const store = await backend.open();
    try {
      const acme = store.accounts.insert({ name: 'Acme' }, NOW);
      const order = store.activities.insert(
        acme.id,
        { date: '2026-03-01', type: 'order', note: 'PO 1', contactIds: [], amount: 4_200_000, currency: 'CNY' },
        NOW,
      );
      const call = store.activities.insert(
        acme.id,
        { date: '2026-03-02', type: 'call', note: 'hi', contactIds: [] },
        NOW,
      );
      expect(order).toMatchObject({ amount: 4_200_000, currency: 'CNY' });
      expect(call).toMatchObject({ amount: null, currency: null });
      expect(store.activities.orders(acme.id).map((a) => a.note)).toEqual(['PO 1']);

      const record = store.assessments.insert({
        accountId: acme.id,
        assessedAt: NOW,
        answers: {},
        result: {},
        playbookVersions: {},
        stage: null,
        level: null,
        position: null,
        share: null,
        criteriaFit: null,
        riskLevel: null,
        experienceProfile: null,
        experienceScore: null,
        satisfaction: null,
        singleThreaded: null,
        targetLevel: null,
      });
      const { added } = store.write(() =>
        store.actions.addUnlessOpen(
          acme.id,
          [
            {
              text: 'Map the buying center',
              play: 'dev-map',
              owner: 'wang',
              assessmentId: record.id,
              ownerRole: 'manager',
              why: 'Know who decides.',
              steps: ['List the people', 'Meet two'],
              because: ['no contact with executive seniority'],
            },
          ],
          NOW,
        ),
      );
      expect(added[0]).toMatchObject({
        assessmentId: record.id,
        ownerRole: 'manager',
        why: 'Know who decides.',
        steps: ['List the people', 'Meet two'],
        because: ['no contact with executive seniority'],
      });
      const byHand = store.actions.insert(acme.id, { text: 'Send the quote' }, NOW);
      expect(byHand).toMatchObject({ assessmentId: null, ownerRole: null, why: null, steps: [], because: [] });
      expect(store.actions.fromAssessment(record.id).map((a) => a.play)).toEqual(['dev-map']);
    } finally {
      store.close();
    }
  });

  it('refuses a negative amount in the table itself', async () => {
    const store = await backend.open();
    try {
      const acme = store.accounts.insert({ name: 'Acme' }, NOW);
      expect(() =>
        store.activities.insert(
          acme.id,
          { date: '2026-03-01', type: 'order', note: 'PO', contactIds: [], amount: -1, currency: null },
          NOW,
        ),
      ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }));
      expect(store.activities.orders(acme.id)).toEqual([]);
    } finally {
      store.close();
    }
  });
});

describe('migration 8 on a schema-5 database with data', () => {
  it('keeps every row and links the accepted plays to their assessment, with role, why and steps', () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(6);
    expect(MIGRATIONS.find((m) => /orders carry an amount/.test(m.description))?.version).toBe(8);
    const path = tempDb();
    databaseAtVersion(path, 5);
    const old = new Database(path);
    const plan = [
      {
        play: 'kr-fit-alarm',
        why: 'Rivals fit and we do not.',
        steps: ['Find the criterion', 'Reshape it'],
        ownerRole: 'manager',
        because: [{ fact: 'criteriaFit', value: 'alarm', text: 'criteria fit: alarm' }],
      },
      { play: 'kr-other', why: 'Other.', steps: [], ownerRole: 'rep' },
    ];
    old.exec(`
      INSERT INTO activities (account_id, date, type, note, created_at) VALUES (1, '2026-01-05', 'order', 'PO', '${NOW}');
      INSERT INTO assessments (account_id, assessed_at, answers, result) VALUES (1, '2026-02-01T09:00:00.000Z', '{}', '${JSON.stringify({ plan })}');
      INSERT INTO actions (account_id, text, play, owner, status, created_at) VALUES
        (1, 'Reshape the criteria', 'kr-fit-alarm', 'lin', 'open', '2026-02-01T09:00:00.000Z'),
        (1, 'Same play, later by hand', 'kr-fit-alarm', 'lin', 'done', '2026-02-10T09:00:00.000Z'),
        (1, 'Call back', NULL, 'lin', 'open', '2026-02-01T09:00:00.000Z');
    `);
    old.close();

    const store = open(path);
    try {
      expect(store.activities.orders(1)).toMatchObject([{ note: 'PO', amount: null, currency: null }]);
      const actions = store.actions.list({ accountId: 1, status: 'all' });
      expect(actions).toHaveLength(3);
      const accepted = actions.find((a) => a.text === 'Reshape the criteria')!;
      expect(accepted).toMatchObject({
        assessmentId: 1,
        ownerRole: 'manager',
        why: 'Rivals fit and we do not.',
        steps: ['Find the criterion', 'Reshape it'],
        because: ['criteria fit: alarm'],
      });
      // Not accepted in that assessment (another time), and not a play at all: no link.
      expect(actions.find((a) => a.text === 'Same play, later by hand')).toMatchObject({
        assessmentId: null,
        why: null,
      });
      expect(actions.find((a) => a.text === 'Call back')).toMatchObject({ assessmentId: null, steps: [] });
      expect(store.actions.fromAssessment(1).map((a) => a.text)).toEqual(['Reshape the criteria']);
    } finally {
      store.close();
    }
  });
});
