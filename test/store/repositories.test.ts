// The repositories behave alike on SQLite and PostgreSQL (docs/postgres.md): the same calls, the same
// records back, the same order, the same refusals.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { backends } from '../backends.js';

const NOW = '2026-03-15T10:00:00.000Z';
const LATER = '2026-03-16T09:00:00.000Z';

describe.each(backends)('repositories on $name', (backend) => {
  let store: Store | undefined;
  afterEach(() => store?.close());

  it('accounts: insert, look up by name, prefix, external id and folded Chinese, list, update, remove', async () => {
    store = await backend.open();
    const s = store;
    const acme = s.write(() =>
      s.accounts.insert(
        { name: 'Acme Industrial', owner: 'lin', tier: 'A', revenue: 1_200_000, externalId: 'KA-1003' },
        NOW,
      ),
    );
    s.write(() => s.accounts.insert({ name: '華東機械', owner: 'Wang', tier: 'B' }, NOW));
    s.write(() => s.accounts.insert({ name: 'acme two', owner: 'wang' }, NOW));
    expect(acme).toMatchObject({ id: expect.any(Number), name: 'Acme Industrial', revenue: 1_200_000, share: null });
    expect(s.accounts.byName('ACME industrial')?.id).toBe(acme.id);
    expect(s.accounts.byName('华东机械')?.name).toBe('華東機械');
    expect(s.accounts.byPrefix('acm').map((a) => a.name)).toEqual(['Acme Industrial', 'acme two']);
    expect(s.accounts.byPrefix('华东').map((a) => a.name)).toEqual(['華東機械']);
    expect(s.accounts.byExternalIdAnyCase('ka-1003')?.id).toBe(acme.id);
    expect(s.accounts.byExternalId('KA-1003')?.id).toBe(acme.id);
    expect(s.accounts.list({ owner: 'WANG' }).map((a) => a.name)).toEqual(['acme two', '華東機械']);
    expect(s.accounts.list({ tier: 'A' }).map((a) => a.name)).toEqual(['Acme Industrial']);
    expect(s.accounts.count()).toBe(3);
    expect(s.accounts.owners()).toEqual(['Wang', 'lin', 'wang']);
    const edited = s.write(() => s.accounts.update(acme.id, { stage: 'initial-cooperation', share: 35 }, LATER));
    expect(edited).toMatchObject({ stage: 'initial-cooperation', share: 35, updatedAt: LATER });
    expect(() => s.write(() => s.accounts.insert({ name: 'ACME INDUSTRIAL' }, NOW))).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }),
    );
    expect(s.accounts.dependents(acme.id)).toEqual({ contacts: 0, activities: 0, actions: 0, assessments: 0 });
    s.write(() => s.accounts.remove(acme.id));
    expect(s.accounts.byId(acme.id)).toBeUndefined();
    expect(s.accounts.allNames().sort()).toEqual(['acme two', '華東機械']);
  });

  it('contacts and activities: find, touch, log with contacts, orders, counts and cascades', async () => {
    store = await backend.open();
    const s = store;
    const acme = s.write(() => s.accounts.insert({ name: 'Acme' }, NOW));
    const wang = s.write(() =>
      s.contacts.insert(
        acme.id,
        { name: 'Wang Li', email: 'Wang.Li@acme.cn', strength: 4, department: 'purchasing' },
        NOW,
      ),
    );
    const zhao = s.write(() => s.contacts.insert(acme.id, { name: 'Zhao_Min', seniority: 'executive' }, NOW));
    expect(s.contacts.find(acme.id, 'wang').map((c) => c.name)).toEqual(['Wang Li']);
    expect(s.contacts.find(acme.id, 'zhao_').map((c) => c.name)).toEqual(['Zhao_Min']);
    expect(s.contacts.find(acme.id, 'zhaox')).toEqual([]);
    expect(s.contacts.byEmail(acme.id, 'wang.li@ACME.cn')?.id).toBe(wang.id);
    expect(s.contacts.forAccount(acme.id).map((c) => c.name)).toEqual(['Wang Li', 'Zhao_Min']);

    const visit = s.write(() => {
      const logged = s.activities.insert(
        acme.id,
        { date: '2026-03-10', type: 'visit', note: 'plant tour', contactIds: [wang.id, zhao.id, wang.id] },
        NOW,
      );
      s.contacts.touch([wang.id, zhao.id], '2026-03-10');
      return logged;
    });
    expect(visit.contactIds.sort((a, b) => a - b)).toEqual([wang.id, zhao.id].sort((a, b) => a - b));
    s.write(() => s.contacts.touch([wang.id], '2026-03-01'));
    expect(s.contacts.byId(wang.id)?.lastContacted).toBe('2026-03-10');
    s.write(() =>
      s.activities.insert(
        acme.id,
        { date: '2026-03-12', type: 'order', note: 'PO 1', contactIds: [], amount: 4_200_000, currency: 'CNY' },
        NOW,
      ),
    );
    expect(s.activities.orders(acme.id).map((a) => [a.note, a.amount, a.currency])).toEqual([
      ['PO 1', 4_200_000, 'CNY'],
    ]);
    expect(s.activities.forAccount(acme.id).map((a) => a.note)).toEqual(['PO 1', 'plant tour']);
    expect(s.activities.countWithContact(wang.id)).toBe(1);
    expect(s.activities.all()).toHaveLength(2);
    expect(() =>
      s.write(() =>
        s.activities.insert(
          acme.id,
          { date: '2026-03-12', type: 'order', note: 'bad', contactIds: [], amount: -1, currency: null },
          NOW,
        ),
      ),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }));
    expect(s.accounts.dependents(acme.id)).toEqual({ contacts: 2, activities: 2, actions: 0, assessments: 0 });

    s.write(() => s.contacts.update(zhao.id, { title: 'CEO' }, LATER));
    expect(s.contacts.byId(zhao.id)).toMatchObject({ title: 'CEO', updatedAt: LATER });
    s.write(() => s.contacts.remove(zhao.id));
    expect(s.activities.byId(visit.id)?.contactIds).toEqual([wang.id]);
    s.write(() => s.accounts.remove(acme.id));
    expect(s.activities.all()).toEqual([]);
    expect(s.contacts.byId(wang.id)).toBeUndefined();
  });

  it('assessments and actions: latest as of a day, plays added unless open, status and edits', async () => {
    store = await backend.open();
    const s = store;
    const acme = s.write(() => s.accounts.insert({ name: 'Acme' }, NOW));
    const assessment = (assessedAt: string, risk: 'medium' | 'high') =>
      s.write(() =>
        s.assessments.insert({
          accountId: acme.id,
          assessedAt,
          answers: { buyingDriver: 'price', note: '中文' },
          result: { plan: [] },
          playbookVersions: { retention: '2' },
          stage: 'initial-cooperation',
          level: null,
          position: null,
          share: 20.5,
          criteriaFit: 'alert',
          riskLevel: risk,
          experienceProfile: null,
          experienceScore: null,
          satisfaction: 4,
          singleThreaded: true,
          targetLevel: null,
        }),
      );
    const first = assessment('2026-03-01T10:00:00.000Z', 'medium');
    const second = assessment('2026-03-08T10:00:00.000Z', 'high');
    expect(first).toMatchObject({ answers: { buyingDriver: 'price', note: '中文' }, share: 20.5, satisfaction: 4 });
    expect(s.assessments.latest(acme.id)?.id).toBe(second.id);
    expect(s.assessments.latest(acme.id, '2026-03-05')?.id).toBe(first.id);
    expect(s.assessments.forAccount(acme.id).map((a) => a.id)).toEqual([first.id, second.id]);

    const { added, alreadyOpen } = s.write(() =>
      s.actions.addUnlessOpen(
        acme.id,
        [
          { text: 'Map the buying center', play: 'dev-map', owner: 'wang', assessmentId: second.id, steps: ['a', 'b'] },
          { text: 'again', play: 'dev-map' },
          { text: 'no play', play: null, due: '2026-03-20' },
        ],
        NOW,
      ),
    );
    expect(added.map((a) => [a.play, a.assessmentId, a.steps])).toEqual([
      ['dev-map', second.id, ['a', 'b']],
      [null, null, []],
    ]);
    expect(alreadyOpen).toEqual(['dev-map']);
    const byHand = s.write(() => s.actions.insert(acme.id, { text: 'Send the quote', owner: 'lin' }, NOW));
    s.write(() => s.actions.setStatus(byHand.id, 'done', LATER));
    s.write(() => s.actions.update(added[1]!.id, { text: 'renamed', due: null }));
    expect(s.actions.byId(byHand.id)).toMatchObject({ status: 'done', closedAt: LATER });
    expect(s.actions.byId(added[1]!.id)).toMatchObject({ text: 'renamed', due: null });
    expect(s.actions.list({ accountId: acme.id }).map((a) => a.text)).toEqual(['Map the buying center', 'renamed']);
    expect(s.actions.fromAssessment(second.id).map((a) => a.play)).toEqual(['dev-map']);
    expect(s.accounts.owners()).toEqual(['lin', 'wang']);
    // Removing the assessment keeps its actions, unlinked.
    s.write(() => s.accounts.remove(acme.id));
    expect(s.actions.list({})).toEqual([]);
  });
});
