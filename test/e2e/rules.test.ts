/**
 * The method's rules (docs/domain.md §7) through the spawned binary: an
 * uncontrollable cause, the gap after an order read from the log, survey
 * answers that expire, and a consistent stage at add and edit.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { spawnAcct, tempDb, tempDir } from '../helpers.js';

const NOW = { ACCT_NOW: '2026-03-15T10:00:00Z' };

interface AssessJson {
  briefing: { postDeliveryGap: { orderDate: string; days: number } | null };
  answers: Record<string, unknown>;
  result: {
    criteriaFit: string;
    risk: { level: string; reasons: string[] };
    plan: { play: string }[];
    answeredAt: Record<string, string>;
  };
}

async function acct(db: string, args: string[], env: Record<string, string> = NOW) {
  return spawnAcct(['--db', db, ...args], env);
}

function answersFile(answers: Record<string, unknown>): string {
  const file = join(tempDir(), 'answers.yaml');
  writeFileSync(file, stringify(answers));
  return file;
}

/** Kestrel Mills: tier A, we are the primary supplier, three people known. */
async function kestrel(db: string): Promise<void> {
  for (const args of [
    ['add', 'Kestrel Mills', '--owner', 'lin', '--tier', 'A', '--position', 'primary', '--level', 'preferred-supplier'],
    [
      'contact',
      'add',
      'Kestrel',
      'Gao GM',
      '--department',
      'management',
      '--seniority',
      'executive',
      '--strength',
      '3',
    ],
    ['contact', 'add', 'Kestrel', 'Hu Eng', '--department', 'technical', '--strength', '3'],
    ['contact', 'add', 'Kestrel', 'Ma Buyer', '--department', 'purchasing', '--strength', '2'],
  ]) {
    const result = await acct(db, args);
    expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  }
}

/** A complete, calm answer set for a primary supplier; each test changes what it is about. */
const base = {
  supplierPosition: 'primary',
  shareOfWallet: 60,
  purchaseCriteria: 'we-fit',
  buyingDriver: 'senior-management',
  shiftSigns: [],
  newApplications: true,
  bondsCovered: ['org-interest', 'personal-interest', 'org-trust', 'personal-trust'],
  personalCare: ['regular-visits', 'holiday-greetings', 'after-sale-contact'],
  openComplaints: 0,
  problems: [],
  serviceLevel: ['dedicated-team', 'hotline-24h'],
  prioritySupply: true,
  priceVsMarket: 'at',
  meetingCadence: 'monthly',
  counterpartTeam: true,
  executiveChannel: true,
  strategicAlignment: 'aligned',
  toldAboutChanges: true,
  customerFile: true,
  rivalRebates: false,
  structuralChange: [],
  postDeliveryDrop: false,
  targetLevel: 'preferred-supplier',
};

describe('acct assess follows the method (docs/domain.md §7)', { timeout: 120_000 }, () => {
  it('an uncontrollable cause is named in words, makes risk high, leads the plan and drops investing plays', async () => {
    const db = tempDb();
    await kestrel(db);
    await acct(db, ['log', 'Kestrel', 'Quarterly review', '--type', 'meeting', '--date', '2026-03-10']);
    const file = answersFile({ ...base, structuralChange: ['taken-over'], serviceLevel: [] });
    const run = await acct(db, ['assess', 'Kestrel', '--answers', file, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as AssessJson;
    expect(out.result.risk.level).toBe('high');
    expect(out.result.risk.reasons[0]).toBe(
      'uncontrollable: the customer is being taken over by a group with its own supplier',
    );
    expect(out.result.plan[0]!.play).toBe('du-protect-receivables');
    expect(out.result.plan.map((item) => item.play)).not.toContain('kr-service-team');
    // The words reach the terminal too, never the internal code.
    const table = await acct(db, ['assess', 'Kestrel', '--answers', file, '--dry-run']);
    expect(table.stdout).toContain('uncontrollable: the customer is being taken over');
    expect(table.stdout).not.toContain('taken-over');
  });

  it('an order and then silence opens the gap after delivery without asking; the setting moves the line', async () => {
    const db = tempDb();
    await kestrel(db);
    const order = await acct(db, ['log', 'Kestrel', 'Order of 400 rolls', '--type', 'order', '--date', '2026-01-20']);
    expect(order.code, order.stderr).toBe(0);
    const file = answersFile({ ...base, postDeliveryDrop: false });
    const run = await acct(db, ['assess', 'Kestrel', '--answers', file, '--json', '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as AssessJson;
    expect(out.briefing.postDeliveryGap).toEqual({ orderDate: '2026-01-20', days: 54 });
    expect(out.result.risk.reasons).toContain(
      'no contact for 54 days since the order of 2026-01-20: the gap after delivery is open',
    );
    expect(out.result.plan.map((item) => item.play)).toContain('es-lifetime-value');
    const briefing = await acct(db, ['assess', 'Kestrel', '--answers', file, '--dry-run']);
    expect(briefing.stdout).toMatch(/after the order\s+no contact for 54 days since the order of 2026-01-20/);
    // With order-silence-days 60 the same silence is not yet a gap.
    const patient = await acct(db, ['assess', 'Kestrel', '--answers', file, '--json', '--dry-run'], {
      ...NOW,
      ACCT_ORDER_SILENCE_DAYS: '60',
    });
    expect((JSON.parse(patient.stdout) as AssessJson).briefing.postDeliveryGap).toBeNull();
  });

  it('survey answers keep their date; older than the cadence they are asked again, not pre-filled', async () => {
    const db = tempDb();
    await kestrel(db);
    const survey = { satisfaction: 4, repurchaseIntent: 'yes', wouldRecommend: 'yes', referralsAsked: true };
    const first = await acct(db, ['assess', 'Kestrel', '--answers', answersFile({ ...base, ...survey }), '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect((JSON.parse(first.stdout) as AssessJson).result.answeredAt).toEqual({
      satisfaction: '2026-03-15',
      repurchaseIntent: '2026-03-15',
      wouldRecommend: '2026-03-15',
    });
    // 30 days on, --defaults pre-fills them and they keep their first date.
    const soon = await acct(db, ['assess', 'Kestrel', '--defaults', '--json'], { ACCT_NOW: '2026-04-14T10:00:00Z' });
    expect(soon.code, soon.stderr).toBe(0);
    const kept = JSON.parse(soon.stdout) as AssessJson;
    expect(kept.answers.satisfaction).toBe(4);
    expect(kept.result.answeredAt.satisfaction).toBe('2026-03-15');
    // 120 days after the survey they have expired: not pre-filled, and the plan asks for a new survey.
    const late = await acct(db, ['assess', 'Kestrel', '--defaults', '--json', '--dry-run'], {
      ACCT_NOW: '2026-07-13T10:00:00Z',
    });
    expect(late.code, late.stderr).toBe(0);
    const expired = JSON.parse(late.stdout) as AssessJson;
    expect(expired.answers.satisfaction).toBeUndefined();
    expect(expired.result.plan.map((item) => item.play)).toContain('rk-measure-satisfaction');
    const said = await acct(db, ['assess', 'Kestrel', '--defaults', '--dry-run'], { ACCT_NOW: '2026-07-13T10:00:00Z' });
    expect(said.stderr).toContain('Survey answers of 2026-03-15 are older than 90 days, so they are asked again');
    // A tier-A cadence of 180 days keeps them current.
    const tierA = await acct(db, ['assess', 'Kestrel', '--defaults', '--json', '--dry-run'], {
      ACCT_NOW: '2026-07-13T10:00:00Z',
      ACCT_SURVEY_DAYS_A: '180',
    });
    expect((JSON.parse(tierA.stdout) as AssessJson).answers.satisfaction).toBe(4);
  });
});

describe('a consistent stage at add, edit and import (docs/domain.md §7)', { timeout: 120_000 }, () => {
  it('refuses a secondary supplier in development, and adds nothing', async () => {
    const db = tempDb();
    const refused = await acct(db, ['add', 'Osprey Glass', '--position', 'secondary', '--stage', 'development']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'acct: stage development does not fit a secondary supplier; nothing was changed (give a stage that fits it (initial-cooperation), or leave the stage out and it follows from the position)\n',
    );
    const list = await acct(db, ['list', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([]);
  });

  it('derives the stage from a position given alone, and refuses an inconsistent edit without changing the account', async () => {
    const db = tempDb();
    const added = await acct(db, ['add', 'Osprey Glass', '--position', 'secondary', '--json']);
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ position: 'secondary', stage: 'initial-cooperation' });
    expect(added.stderr).toContain('stage set to initial-cooperation, to fit position secondary');
    const edit = await acct(db, ['edit', 'Osprey', '--position', 'primary', '--stage', 'initial-cooperation']);
    expect(edit.code).toBe(1);
    expect(edit.stderr).toContain(
      'acct: stage initial-cooperation does not fit a primary supplier; nothing was changed',
    );
    const show = await acct(db, ['list', '--json']);
    expect(JSON.parse(show.stdout)).toMatchObject([{ position: 'secondary', stage: 'initial-cooperation' }]);
  });

  it('import derives a missing stage from the position and refuses a row whose stage does not fit', async () => {
    const db = tempDb();
    const dir = tempDir();
    const good = join(dir, 'accounts.csv');
    writeFileSync(good, 'name,position,stage\nOsprey Glass,secondary,\nKestrel Mills,primary,partnership\n');
    const imported = await acct(db, ['import', good]);
    expect(imported.code, imported.stderr).toBe(0);
    const list = JSON.parse((await acct(db, ['list', '--json'])).stdout) as { name: string; stage: string }[];
    expect(Object.fromEntries(list.map((account) => [account.name, account.stage]))).toEqual({
      'Osprey Glass': 'initial-cooperation',
      'Kestrel Mills': 'partnership',
    });
    const bad = join(dir, 'more.csv');
    writeFileSync(bad, 'name,position,stage\nHeron Foods,secondary,development\n');
    const refused = await acct(db, ['import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('more.csv:2: stage: stage development does not fit a secondary supplier');
    const after = JSON.parse((await acct(db, ['list', '--json'])).stdout) as unknown[];
    expect(after).toHaveLength(2);
  });
});
