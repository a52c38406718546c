/**
 * The report's per-account rollup (migration 4) is kept by triggers. Whatever
 * is written, read from the rollup must equal what the tables say as of the
 * same moment; and a report for a past day, or with records dated after it,
 * must not use the rollup at all.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../src/store/db.js';
import { Store } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { ReportRepository, type ReportBounds, type ReportData } from '../../src/store/report.js';
import { BulkWriter } from '../../src/store/bulk.js';
import type { Driver } from '../../src/store/driver.js';
import { run, tempDb, tempDir } from '../helpers.js';
import { comparableData } from './report-data.js';
import { newAssessment } from './new-assessment.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const NOW = '2026-01-01T09:00:00.000Z';
/** A window ending long after every record: the rollup applies. */
const LATER: ReportBounds = { since: '2026-03-20', asOf: '2026-03-26', end: '2026-03-27' };

const assessment = newAssessment;

let store: Store;
let report: ReportRepository;
let ids: Record<string, number>;

/** Both ways of reading, compared as data; `source` says which way each went. */
function expectRollupMatchesTables(bounds: ReportBounds = LATER): ReportData {
  const fast = report.load(bounds);
  const slow = report.load(bounds, { useRollup: false });
  expect(fast.source).toBe('rollup');
  expect(slow.source).toBe('tables');
  expect(comparableData(fast)).toEqual(comparableData(slow));
  return fast;
}

beforeEach(() => {
  const { db } = openDatabase({ path: tempDb(), create: true, driver: Database });
  store = new Store(db);
  report = new ReportRepository(db);
  ids = {};
  store.write(() => {
    for (const name of ['Acme', 'Beta', 'Gamma']) ids[name] = store.accounts.insert({ name, owner: 'lin' }, NOW).id;
  });
});

afterEach(() => store.close());

describe('the report rollup', () => {
  it('unpacks both assessments field by field: every value, empty ones as null, a value outside the vocabulary as written', () => {
    store.write(() => {
      store.assessments.insert(
        assessment(ids.Acme!, '2026-01-05T10:00:00.000Z', {
          stage: 'strategic-alliance',
          level: 'preferred-supplier',
          position: 'sole',
          criteriaFit: 'unknown',
          riskLevel: 'medium',
          experienceProfile: 'specialist',
          satisfaction: null,
          answers: { buyingDriver: 'a driver no vocabulary has' },
        }),
      );
      store.assessments.insert(
        assessment(ids.Acme!, '2026-02-05T10:00:00.000Z', {
          criteriaFit: null,
          riskLevel: null,
          experienceProfile: null,
          satisfaction: 2,
          answers: {},
        }),
      );
    });
    const { latest, previous } = expectRollupMatchesTables().assessments.get(ids.Acme!)!;
    expect(latest).toEqual({
      assessedAt: '2026-02-05T10:00:00.000Z',
      stage: 'initial-cooperation',
      level: 'transactional',
      position: 'secondary',
      criteriaFit: null,
      riskLevel: null,
      experienceProfile: null,
      satisfaction: 2,
      buyingDriver: null,
    });
    expect(previous).toEqual({
      assessedAt: '2026-01-05T10:00:00.000Z',
      stage: 'strategic-alliance',
      level: 'preferred-supplier',
      position: 'sole',
      criteriaFit: 'unknown',
      riskLevel: 'medium',
      experienceProfile: 'specialist',
      satisfaction: null,
      buyingDriver: 'a driver no vocabulary has',
    });
  });

  it('follows inserts of contacts, activities and assessments', () => {
    store.write(() => {
      store.contacts.insert(ids.Acme!, { name: 'Wang', department: 'purchasing', strength: 3 }, NOW);
      store.contacts.insert(ids.Acme!, { name: 'Li', department: 'technical', seniority: 'executive' }, NOW);
      store.contacts.insert(ids.Beta!, { name: 'Zhao', role: 'decision-maker', strength: 1 }, NOW);
      store.activities.insert(ids.Acme!, { date: '2026-02-01', type: 'order', note: 'po', contactIds: [] }, NOW);
      store.activities.insert(ids.Acme!, { date: '2026-01-10', type: 'call', note: 'older', contactIds: [] }, NOW);
      store.activities.insert(ids.Beta!, { date: '2026-01-15', type: 'visit', note: 'v', contactIds: [] }, NOW);
      store.assessments.insert(assessment(ids.Acme!, '2026-01-05T10:00:00.000Z', { riskLevel: 'low' }));
      store.assessments.insert(assessment(ids.Acme!, '2026-02-20T10:00:00.000Z', { riskLevel: 'high' }));
      store.assessments.insert(assessment(ids.Acme!, '2026-02-10T10:00:00.000Z', { riskLevel: 'medium' }));
    });
    const data = expectRollupMatchesTables();
    const acme = data.assessments.get(ids.Acme!)!;
    // Inserted out of order: the newest two by date, not by insertion.
    expect([acme.latest?.riskLevel, acme.previous?.riskLevel]).toEqual(['high', 'medium']);
    expect(data.activity.get(ids.Acme!)).toEqual({
      lastActivity: '2026-02-01',
      lastOrder: '2026-02-01',
      lastContacted: null,
    });
    expect(data.coverage.get(ids.Acme!)).toEqual({
      contacts: 2,
      strongContacts: 1,
      departments: 2,
      hasExecutive: true,
    });
    expect(data.coverage.get(ids.Gamma!)).toBeUndefined();
  });

  it('follows updates and deletes, including moves between accounts', () => {
    const moved = store.write(() => {
      const contact = store.contacts.insert(ids.Acme!, { name: 'Wang', department: 'purchasing', strength: 3 }, NOW);
      store.contacts.insert(ids.Acme!, { name: 'Li', department: 'purchasing', strength: 2 }, NOW);
      store.activities.insert(ids.Acme!, { date: '2026-02-01', type: 'order', note: 'po', contactIds: [] }, NOW);
      store.activities.insert(ids.Acme!, { date: '2026-01-10', type: 'call', note: 'c', contactIds: [] }, NOW);
      store.assessments.insert(assessment(ids.Acme!, '2026-01-05T10:00:00.000Z'));
      store.assessments.insert(assessment(ids.Acme!, '2026-02-20T10:00:00.000Z', { satisfaction: 2 }));
      return contact;
    });
    expectRollupMatchesTables();

    store.write(() => store.contacts.update(moved.id, { strength: 1, department: 'finance' }, NOW));
    expect(expectRollupMatchesTables().coverage.get(ids.Acme!)?.strongContacts).toBe(1);

    // Moves and deletes go through SQL no command issues today, so a future one stays covered.
    store.db.prepare('UPDATE contacts SET account_id = ? WHERE id = ?').run(ids.Gamma!, moved.id);
    store.db.prepare("UPDATE activities SET type = 'visit' WHERE type = 'order'").run();
    store.db.prepare("DELETE FROM activities WHERE date = '2026-01-10'").run();
    store.db.prepare("DELETE FROM assessments WHERE assessed_at LIKE '2026-02-20%'").run();
    const data = expectRollupMatchesTables();
    expect(data.coverage.get(ids.Gamma!)?.contacts).toBe(1);
    expect(data.activity.get(ids.Acme!)).toEqual({ lastActivity: '2026-02-01', lastOrder: null, lastContacted: null });
    expect(data.assessments.get(ids.Acme!)?.previous).toBeNull();

    store.db.prepare("UPDATE assessments SET satisfaction = 1, assessed_at = '2026-02-25T10:00:00.000Z'").run();
    expect(expectRollupMatchesTables().assessments.get(ids.Acme!)?.latest?.satisfaction).toBe(1);
  });

  it('drops the rollup row with its account, so a reused id starts clean', () => {
    store.write(() => {
      store.contacts.insert(ids.Gamma!, { name: 'Wang', strength: 4 }, NOW);
      store.activities.insert(ids.Gamma!, { date: '2026-02-01', type: 'order', note: 'po', contactIds: [] }, NOW);
      store.assessments.insert(assessment(ids.Gamma!, '2026-01-05T10:00:00.000Z'));
    });
    store.write(() => store.accounts.remove(ids.Gamma!));
    expect(store.db.prepare('SELECT count(*) FROM account_rollup WHERE account_id = ?').pluck().get(ids.Gamma!)).toBe(
      0,
    );
    // SQLite reuses the highest rowid once it is free.
    const again = store.write(() => store.accounts.insert({ name: 'Delta' }, NOW));
    expect(again.id).toBe(ids.Gamma);
    const data = expectRollupMatchesTables();
    expect(data.activity.get(again.id)).toBeUndefined();
    expect(data.assessments.get(again.id)).toBeUndefined();
  });

  it('is not used for a day that has records dated after it', () => {
    store.write(() => {
      store.activities.insert(ids.Acme!, { date: '2026-02-01', type: 'call', note: 'c', contactIds: [] }, NOW);
      store.activities.insert(ids.Acme!, { date: '2026-03-10', type: 'order', note: 'po', contactIds: [] }, NOW);
    });
    const past: ReportBounds = { since: '2026-02-03', asOf: '2026-02-09', end: '2026-02-10' };
    const data = report.load(past);
    expect(data.source).toBe('tables');
    expect(data.activity.get(ids.Acme!)).toEqual({ lastActivity: '2026-02-01', lastOrder: null, lastContacted: null });
    // The end bound is exclusive: a record dated the day after asOf is "after".
    const eve: ReportBounds = { since: '2026-03-03', asOf: '2026-03-09', end: '2026-03-10' };
    expect(report.load(eve).source).toBe('tables');
    expect(report.load({ ...eve, asOf: '2026-03-10', end: '2026-03-11' }).source).toBe('rollup');
  });

  it('is backfilled when a version 3 database with data is migrated', () => {
    const path = tempDb();
    const old = new Database(path);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 3)) old.exec(migration.sql);
    old.pragma('user_version = 3');
    old.pragma(`application_id = ${APPLICATION_ID}`);
    const legacy = new Store(old);
    legacy.write(() => {
      const id = legacy.accounts.insert({ name: 'Legacy' }, NOW).id;
      legacy.contacts.insert(id, { name: 'Wang', department: 'purchasing', strength: 3 }, NOW);
      legacy.activities.insert(id, { date: '2026-02-01', type: 'order', note: 'po', contactIds: [] }, NOW);
      legacy.assessments.insert(assessment(id, '2026-01-05T10:00:00.000Z'));
    });
    old.close();
    store.close();
    const { db } = openDatabase({ path, create: false, driver: Database });
    store = new Store(db);
    report = new ReportRepository(db);
    const data = expectRollupMatchesTables();
    expect(data.accounts.map((a) => a.name)).toEqual(['Legacy']);
    expect(data.activity.size).toBe(1);
    expect(data.assessments.size).toBe(1);
    expect(data.coverage.size).toBe(1);
  });

  it('is backfilled and kept when a version 4 database with data is migrated', () => {
    const path = tempDb();
    const old = new Database(path);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 4)) old.exec(migration.sql);
    old.pragma('user_version = 4');
    old.pragma(`application_id = ${APPLICATION_ID}`);
    const legacy = new Store(old);
    const legacyIds = legacy.write(() => {
      const id = legacy.accounts.insert({ name: 'Legacy' }, NOW).id;
      const other = legacy.accounts.insert({ name: 'Other' }, NOW).id;
      legacy.contacts.insert(id, { name: 'Wang', department: 'purchasing', strength: 3 }, NOW);
      legacy.activities.insert(id, { date: '2026-02-01', type: 'order', note: 'po', contactIds: [] }, NOW);
      legacy.assessments.insert(assessment(id, '2026-01-05T10:00:00.000Z'));
      return { id, other };
    });
    old.close();
    store.close();
    const { db, migratedFrom } = openDatabase({ path, create: false, driver: Database });
    expect(migratedFrom).toBe(4);
    store = new Store(db);
    report = new ReportRepository(db);
    expect(expectRollupMatchesTables().coverage.get(legacyIds.id)?.contacts).toBe(1);
    // Both paths work on the migrated file: a command's write, then a bulk write.
    store.write(() => store.contacts.insert(legacyIds.id, { name: 'Li', department: 'finance' }, NOW));
    expect(expectRollupMatchesTables().coverage.get(legacyIds.id)?.departments).toBe(2);
    bulk(db, (w) => {
      w.insert('contacts', ['name', 'strength'], ['Zhao', 5], contactFixed(legacyIds.other, 'zhao'));
      w.insert('assessments', ['answers', 'result'], ['{}', '{}'], {
        account_id: legacyIds.id,
        assessed_at: '2026-03-01T10:00:00.000Z',
      });
    });
    const data = expectRollupMatchesTables();
    expect(data.coverage.get(legacyIds.other)?.strongContacts).toBe(1);
    expect(data.assessments.get(legacyIds.id)?.previous).not.toBeNull();
  });
});

function contactFixed(accountId: number, key: string) {
  return { account_id: accountId, name_key: key, created_at: NOW, updated_at: NOW };
}

/** Writes through the import's writer: the rollup is deferred and refreshed at commit. */
function bulk(db: Driver, work: (writer: BulkWriter) => void): void {
  const writer = new BulkWriter(db);
  writer.begin();
  try {
    work(writer);
    writer.commit();
  } finally {
    writer.rollback();
  }
}

describe('the report rollup under a bulk write (acct import)', () => {
  it('equals the tables after inserts, updates and moves written with the refresh deferred', () => {
    bulk(store.db, (w) => {
      const wang = w.insert(
        'contacts',
        ['name', 'department', 'strength'],
        ['Wang', 'purchasing', 3],
        contactFixed(ids.Acme!, 'wang'),
      );
      w.insert('contacts', ['name', 'seniority'], ['Li', 'executive'], contactFixed(ids.Acme!, 'li'));
      w.insert('contacts', ['name', 'role'], ['Zhao', 'decision-maker'], contactFixed(ids.Beta!, 'zhao'));
      w.update('contacts', wang, ['department'], ['finance'], {});
      w.insertActivity(ids.Acme!, '2026-02-01', 'order', 'po', { amount: 4_200_000, currency: 'CNY' }, NOW);
      w.insertActivity(ids.Beta!, '2026-01-15', 'visit', 'v', { amount: null, currency: null }, NOW);
      for (const [at, risk] of [
        ['2026-01-05T10:00:00.000Z', 'low'],
        ['2026-02-20T10:00:00.000Z', 'high'],
        ['2026-02-10T10:00:00.000Z', 'medium'],
      ] as const) {
        w.insert('assessments', ['answers', 'result', 'riskLevel'], ['{}', '{}', risk], {
          account_id: ids.Acme!,
          assessed_at: at,
        });
      }
      // Until commit the rollup is stale on purpose; inside the transaction nothing reads it.
      expect(store.db.prepare('SELECT count(*) FROM rollup_pending').pluck().get()).toBeGreaterThan(0);
    });
    expect(store.db.prepare('SELECT count(*) FROM rollup_pending').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM rollup_deferral').pluck().get()).toBe(0);
    const data = expectRollupMatchesTables();
    expect(data.assessments.get(ids.Acme!)?.latest?.riskLevel).toBe('high');
    expect(data.coverage.get(ids.Acme!)?.departments).toBe(1);

    // After the bulk write, ordinary writes refresh the rollup live again.
    store.write(() => store.contacts.insert(ids.Gamma!, { name: 'Sun', strength: 4 }, NOW));
    expect(expectRollupMatchesTables().coverage.get(ids.Gamma!)?.strongContacts).toBe(1);
  });

  it('leaves nothing behind when the bulk write is rolled back', () => {
    const writer = new BulkWriter(store.db);
    writer.begin();
    writer.insert('contacts', ['name'], ['Wang'], contactFixed(ids.Acme!, 'wang'));
    writer.rollback();
    expect(store.db.prepare('SELECT count(*) FROM rollup_deferral').pluck().get()).toBe(0);
    store.write(() => store.contacts.insert(ids.Acme!, { name: 'Li', strength: 5 }, NOW));
    expect(expectRollupMatchesTables().coverage.get(ids.Acme!)?.contacts).toBe(1);
  });

  it('imports 20,000 contacts into one account in linear time, and the rollup equals the tables', async () => {
    const dir = tempDir();
    const path = join(dir, 'acct.db');
    const rows = ['account,name,department,strength,seniority'];
    const departments = ['purchasing', 'technical', 'finance', 'quality'];
    for (let i = 0; i < 20_000; i++) {
      rows.push(`Acme,Person ${i},${departments[i % 4]},${(i % 5) + 1},${i === 19_999 ? 'executive' : ''}`);
    }
    writeFileSync(join(dir, 'accounts.csv'), 'name\nAcme\nBeta\n');
    writeFileSync(join(dir, 'contacts.csv'), rows.join('\n'));
    const started = Date.now();
    const result = await run(path, ['import', dir]);
    const seconds = (Date.now() - started) / 1000;
    expect(result.stderr).toContain('20000 created');
    expect(result.code).toBe(0);
    // Per-row recomputation took 47 s on the dev machine; linear work takes about 1 s. Generous on purpose.
    expect(seconds).toBeLessThan(20);
    store.close();
    const { db } = openDatabase({ path, create: false, driver: Database });
    store = new Store(db);
    report = new ReportRepository(db);
    const data = expectRollupMatchesTables();
    const acme = data.accounts.find((a) => a.name === 'Acme')!;
    expect(data.coverage.get(acme.id)).toEqual({
      contacts: 20_000,
      strongContacts: 16_000,
      departments: 2,
      hasExecutive: true,
    });
  }, 60_000);
});
