/**
 * One rulebook (docs/domain.md §7): the weekly report's attention reasons and
 * the assessment's derived results agree, account by account, on a real
 * SQLite file. Each account is assessed by the domain from the records the
 * store holds; the report then reads the same file (from the rollup and from
 * the tables) and must say the same things about it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFacts, computeCoverage, deriveJudgments, keyResults } from '../../src/domain/assessment/index.js';
import type { Answers, AssessmentResult } from '../../src/domain/assessment/index.js';
import { hasBusiness } from '../../src/domain/definitions.js';
import { buildReport, reportWindow, windowEnd, type AttentionItem } from '../../src/domain/report.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ReportRepository } from '../../src/store/report.js';
import { tempDb } from '../helpers.js';

const AS_OF = '2026-03-15';
const NOW = new Date(`${AS_OF}T12:00:00.000Z`);
const CREATED = '2025-06-01T08:00:00.000Z';
const STALE_DAYS = 30;
const ORDER_SILENCE_DAYS = 30;

const GOOD: Answers = { purchaseCriteria: 'we-fit', satisfaction: 4, repurchaseIntent: 'yes', wouldRecommend: 'yes' };

interface Case {
  name: string;
  account: Record<string, string>;
  contacts: Record<string, string | number>[];
  activities: { date: string; type: 'visit' | 'order' | 'call' }[];
  /** Answers to assess with; undefined: never assessed. */
  answers?: Answers;
}

const WIDE = [
  { department: 'management', seniority: 'executive', strength: 4 },
  { department: 'technical', seniority: 'manager', strength: 3 },
];

const CASES: Case[] = [
  {
    name: 'Single Thread',
    account: { tier: 'B', position: 'secondary', stage: 'initial-cooperation' },
    contacts: [{ department: 'purchasing', seniority: 'staff', strength: 3 }],
    activities: [{ date: '2026-03-10', type: 'visit' }],
    answers: GOOD,
  },
  {
    name: 'Stale Co',
    account: { tier: 'B', position: 'primary', stage: 'primary-supplier' },
    contacts: WIDE,
    activities: [{ date: '2026-01-20', type: 'visit' }],
    answers: GOOD,
  },
  {
    name: 'High Risk',
    account: { tier: 'B', position: 'secondary', stage: 'initial-cooperation' },
    contacts: WIDE,
    activities: [{ date: '2026-03-12', type: 'call' }],
    answers: { purchaseCriteria: 'rivals-fit', satisfaction: 1, repurchaseIntent: 'no', openComplaints: 3 },
  },
  {
    name: 'Quiet After Order',
    account: { tier: 'B', position: 'primary', stage: 'primary-supplier' },
    contacts: WIDE,
    activities: [
      { date: '2026-01-10', type: 'visit' },
      { date: '2026-02-01', type: 'order' },
    ],
    answers: GOOD,
  },
  {
    // The order is followed by a call recorded only on the contact: no gap, not stale.
    name: 'Called After Order',
    account: { tier: 'B', position: 'primary', stage: 'primary-supplier' },
    contacts: [{ ...WIDE[0]!, lastContacted: '2026-03-05' }, WIDE[1]!],
    activities: [{ date: '2026-02-01', type: 'order' }],
    answers: GOOD,
  },
  {
    name: 'Key Never Assessed',
    account: { tier: 'A', position: 'secondary', stage: 'initial-cooperation' },
    contacts: [{ department: 'purchasing', seniority: 'staff', strength: 1 }],
    activities: [{ date: '2026-03-01', type: 'visit' }],
  },
  {
    // A tier-A prospect is a target, not a key account (docs/domain.md §7): not "key account never assessed".
    name: 'Tier A Prospect',
    account: { tier: 'A', position: 'none', stage: 'development' },
    contacts: [],
    activities: [],
  },
];

let path: string;
let store: Store;
const ids = new Map<string, number>();

beforeEach(async () => {
  path = tempDb();
  store = await openStore(path, { create: true });
  ids.clear();
  store.write(() => {
    for (const c of CASES) {
      const id = store.accounts.insert({ name: c.name, owner: 'lin', ...c.account }, CREATED).id;
      ids.set(c.name, id);
      c.contacts.forEach((values, i) => store.contacts.insert(id, { name: `${c.name} ${i}`, ...values }, CREATED));
      for (const a of c.activities)
        store.activities.insert(id, { ...a, note: a.type, contactIds: [] }, `${a.date}T09:00:00.000Z`);
    }
  });
  // Assess from the records the store holds, as acct assess does, and store the key results.
  for (const c of CASES) {
    if (c.answers === undefined) continue;
    const { judgments } = deriveJudgments(inputFor(c, c.answers));
    const result: AssessmentResult = { ...judgments, plan: [], playbookVersions: {} };
    store.write(() =>
      store.assessments.insert({
        accountId: ids.get(c.name)!,
        assessedAt: `${AS_OF}T09:00:00.000Z`,
        answers: c.answers!,
        result,
        playbookVersions: {},
        ...keyResults(result),
      }),
    );
  }
});

afterEach(() => store.close());

function inputFor(c: Case, answers: Answers) {
  const id = ids.get(c.name)!;
  return {
    account: store.accounts.byId(id)!,
    contacts: store.contacts.forAccount(id),
    activities: store.activities.forAccount(id),
    openActions: [],
    answers,
    now: NOW,
    orderSilenceDays: ORDER_SILENCE_DAYS,
  };
}

describe('the report and the assessment use one rulebook', () => {
  it.each([true, false])(
    'agree on every account: single-threaded, stale, risk, quiet after order, key account (rollup: %s)',
    (useRollup) => {
      const window = reportWindow(AS_OF);
      const data = new ReportRepository(store.db).load(
        { since: window.since, asOf: window.asOf, end: windowEnd(window) },
        { useRollup },
      );
      expect(data.source).toBe(useRollup ? 'rollup' : 'tables');
      const model = buildReport({
        window,
        ...data,
        options: { staleDays: STALE_DAYS, unassessedDays: 30, orderSilenceDays: ORDER_SILENCE_DAYS },
      });
      for (const c of CASES) {
        const items = model.attention.filter((a) => a.account === c.name);
        const rule = (name: AttentionItem['rule']) => items.find((a) => a.rule === name);
        const { judgments, facts } = deriveJudgments(inputFor(c, c.answers ?? {}));
        const why = `${c.name}: ${JSON.stringify(items.map((a) => a.rule))}`;

        // Single-threaded where we have business, exactly when the assessment counts it as a risk.
        const singleThreaded = judgments.coverage.singleThreaded && hasBusiness(judgments.supplierPosition);
        expect(rule('single-threaded') !== undefined, why).toBe(singleThreaded);
        if (c.answers)
          expect(
            judgments.risk.factors.some((f) => f.fact === 'singleThreaded'),
            why,
          ).toBe(singleThreaded);
        expect(rule('no-executive') !== undefined, why).toBe(
          c.account.tier === 'A' && !computeCoverage(inputFor(c, {}).contacts).hasExecutive,
        );

        // Risk and the criteria alarm, from what the assessment derived.
        const highRisk = rule('risk-high') ?? rule('risk-rose');
        expect(highRisk?.to === 'high', why).toBe(c.answers !== undefined && judgments.risk.level === 'high');
        expect(rule('criteria-alarm') !== undefined, why).toBe(
          c.answers !== undefined && judgments.criteriaFit === 'alarm',
        );

        // Quiet after an order is the assessment's post-delivery gap, with the same days.
        expect(rule('quiet-after-order')?.days ?? null, why).toBe(
          facts.postDeliveryGap === true ? facts.daysSinceOrder : null,
        );
        // Stale: no contact for stale-days or more, by the same last contact, unless the gap already says it.
        const days = typeof facts.daysSinceContact === 'number' ? facts.daysSinceContact : null;
        const stale = facts.postDeliveryGap !== true && (days === null || days >= STALE_DAYS);
        expect(rule('no-contact') !== undefined, why).toBe(stale);
        if (stale && days !== null) expect(rule('no-contact')?.days, why).toBe(days);

        // A key account never assessed is the assessment's key account.
        const key = buildFacts(inputFor(c, {})).isKeyAccount === true;
        expect(rule('never-assessed') !== undefined, why).toBe(c.answers === undefined && key);
      }
      // The contact's last-contacted date closed the gap, in both.
      expect(model.attention.filter((a) => a.account === 'Called After Order')).toEqual([]);
      // The cases cover each rule both ways.
      const fired = new Set(model.attention.map((a) => a.rule));
      for (const r of ['single-threaded', 'no-contact', 'risk-high', 'quiet-after-order', 'never-assessed'] as const)
        expect(fired.has(r), r).toBe(true);
    },
  );
});
