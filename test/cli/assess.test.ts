/**
 * acct assess / plan / history, in-process against a real temp SQLite file.
 * Each scenario is a small account with contacts and activities plus an
 * answers file (YAML in a temp folder); the assertions read `--json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CTRL_C, DEFAULT, ScriptedPrompter, type AskedPrompt } from '../scripted-prompter.js';
import { run, setup, tempDb, tempDir } from '../helpers.js';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';

/** Writes an answers file next to the database and returns its path. */
function answersFile(
  db: string,
  name: string,
  answers: Record<string, unknown>,
  format: 'yaml' | 'json' = 'yaml',
): string {
  const file = join(db, '..', `${name}.${format}`);
  writeFileSync(file, format === 'yaml' ? stringify(answers) : JSON.stringify(answers));
  return file;
}

async function json<T = Record<string, unknown>>(db: string, args: string[], env?: Record<string, string>): Promise<T> {
  const result = await run(db, [...args, '--json'], { env });
  if (result.code !== 0) throw new Error(`acct ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

interface AssessJson {
  account: { stage: string; level: string; position: string; share: number | null; targetLevel: string | null };
  briefing: {
    lastAssessment: unknown;
    openActions: unknown[];
    coverage: { singleThreaded: boolean };
  };
  answers: Record<string, unknown>;
  result: {
    stage: string;
    relationshipLevel: string;
    supplierPosition: string;
    shareOfWallet: number | null;
    criteriaFit: string;
    experience: { profile: string; score: number; signals: string[] };
    risk: { level: string; reasons: string[] };
    coverage: { singleThreaded: boolean; departmentsReached: string[]; shape: string };
    satisfaction: { score: number | null; label: string };
    targetLevel: { level: string | null; worthIt: boolean; recommended: string; verdict: string };
    plan: { playbook: string; play: string; priority: number; dueInDays: number; why: string }[];
  };
  accepted: { id: number | null; text: string; playbook: string; play: string; owner: string | null; due: string }[];
  accountUpdates: { field: string; from: unknown; to: unknown }[];
  assessment: { id: number; assessedAt: string } | null;
  dryRun: boolean;
}

const planIds = (out: AssessJson): string[] => out.result.plan.map((item) => item.play);

interface HistoryJson {
  assessments: {
    id: number;
    assessedAt: string;
    stage: string;
    criteriaFit: string;
    riskLevel: string;
    experienceProfile: string;
    satisfaction: number | null;
    singleThreaded: boolean;
    changes: { field: string; from: unknown; to: unknown; direction: string; text: string }[];
  }[];
}

const history = (db: string, name: string) => json<HistoryJson>(db, ['history', name]);
const openActions = (db: string, name: string) =>
  json<{ id: number; text: string; playbook: string; play: string; owner: string | null; due: string }[]>(db, [
    'action',
    'list',
    name,
  ]);

/** A secondary supplier's complete answers; scenarios override what matters. */
const SECONDARY = SECONDARY_SUPPLIER_ANSWERS;

/** A healthy primary supplier's complete answers. */
const PRIMARY: Record<string, unknown> = {
  supplierPosition: 'primary',
  shareOfWallet: 65,
  currentLevel: 'preferred-supplier',
  purchaseCriteria: 'we-fit',
  buyingDriver: 'senior-management',
  shiftSigns: [],
  newApplications: true,
  bondsCovered: ['org-interest', 'personal-interest', 'org-trust', 'personal-trust'],
  personalCare: ['regular-visits', 'holiday-greetings', 'birthdays', 'after-sale-contact'],
  openComplaints: 0,
  problems: [],
  serviceLevel: ['dedicated-team', 'hotline-24h', 'standard-process', 'personalised', 'proactive'],
  prioritySupply: true,
  priceVsMarket: 'at',
  meetingCadence: 'monthly',
  counterpartTeam: true,
  executiveChannel: true,
  strategicAlignment: 'aligned',
  toldAboutChanges: true,
  customerFile: true,
  satisfaction: 5,
  repurchaseIntent: 'yes',
  wouldRecommend: 'yes',
  referralsAsked: true,
  rivalRebates: false,
  structuralChange: [],
  postDeliveryDrop: false,
  targetLevel: 'preferred-supplier',
};

/** Four contacts across management, technical, purchasing and user departments. */
function diamond(account: string): string[][] {
  return [
    [
      'contact',
      'add',
      account,
      'Zhang GM',
      '--department',
      'management',
      '--seniority',
      'executive',
      '--role',
      'decision-maker',
      '--attitude',
      'supporter',
      '--strength',
      '3',
    ],
    [
      'contact',
      'add',
      account,
      'Wang Eng',
      '--department',
      'technical',
      '--seniority',
      'manager',
      '--role',
      'technical',
      '--attitude',
      'supporter',
      '--strength',
      '3',
    ],
    [
      'contact',
      'add',
      account,
      'Liu Buyer',
      '--department',
      'purchasing',
      '--seniority',
      'staff',
      '--role',
      'purchasing',
      '--attitude',
      'neutral',
      '--strength',
      '2',
    ],
    [
      'contact',
      'add',
      account,
      'Chen User',
      '--department',
      'user',
      '--seniority',
      'staff',
      '--role',
      'user',
      '--attitude',
      'supporter',
      '--strength',
      '2',
    ],
  ];
}

describe('scenario (a): secondary supplier, single-threaded through purchasing, before the annual supplier review', () => {
  it('plans the review and a wider network, stores the assessment and the accepted actions', async () => {
    const db = tempDb();
    await setup(
      db,
      [
        'add',
        'Huadong Machinery',
        '--owner',
        'lin',
        '--tier',
        'B',
        '--position',
        'secondary',
        '--share',
        '20',
        '--stage',
        'initial-cooperation',
      ],
      [
        'contact',
        'add',
        'Huadong',
        'Mr Zhao',
        '--title',
        'Purchasing Manager',
        '--department',
        'purchasing',
        '--seniority',
        'manager',
        '--role',
        'purchasing',
        '--attitude',
        'supporter',
        '--strength',
        '3',
      ],
      [
        'contact',
        'add',
        'Huadong',
        'Ms Qian',
        '--department',
        'purchasing',
        '--seniority',
        'staff',
        '--role',
        'purchasing',
        '--attitude',
        'neutral',
        '--strength',
        '1',
      ],
      ['log', 'Huadong', 'Quarterly visit', '--type', 'visit', '--contact', 'Mr Zhao', '--date', '2026-03-01'],
    );
    const file = answersFile(db, 'huadong', { ...SECONDARY, triggers: ['supplier-review'] });
    const out = await json<AssessJson>(db, [
      'assess',
      'Huadong',
      '--answers',
      file,
      '--accept',
      'ic-trigger-supplier-review,ic-weave-network',
    ]);

    expect(out.result).toMatchObject({
      stage: 'initial-cooperation',
      supplierPosition: 'secondary',
      shareOfWallet: 20,
      criteriaFit: 'alert',
      coverage: { singleThreaded: true, departmentsReached: ['purchasing'], shape: 'bow-tie' },
      experience: { profile: 'generalist' },
      risk: { level: 'medium' },
    });
    expect(out.result.risk.reasons).toContain('relationship hangs on a single thread');
    expect(out.briefing.coverage.singleThreaded).toBe(true);
    const ids = planIds(out);
    expect(ids).toEqual(
      expect.arrayContaining(['ic-trigger-supplier-review', 'ic-weave-network', 'ic-reach-beyond-purchasing']),
    );
    expect(ids).not.toContain('ic-trigger-new-product');
    expect(ids.some((id) => id.startsWith('kr-'))).toBe(false);
    expect(out.result.plan[0]!.priority).toBe(1);

    // Stored: the assessment with its key columns, and the two actions with owner and due date.
    expect(out.assessment).toMatchObject({ assessedAt: '2026-03-15T10:00:00.000Z' });
    const past = await history(db, 'Huadong');
    expect(past.assessments).toHaveLength(1);
    expect(past.assessments[0]).toMatchObject({
      stage: 'initial-cooperation',
      criteriaFit: 'alert',
      riskLevel: 'medium',
      singleThreaded: true,
    });
    const actions = await openActions(db, 'Huadong');
    expect(actions.map((a) => [a.play, a.playbook, a.owner, a.due]).sort()).toEqual([
      ['ic-trigger-supplier-review', 'initial-cooperation', 'lin', '2026-03-22'],
      ['ic-weave-network', 'initial-cooperation', 'lin', '2026-03-29'],
    ]);
    expect(out.accepted.every((action) => typeof action.id === 'number')).toBe(true);
  });

  it('prints the briefing, results and the ranked plan, and says what it stored', async () => {
    const db = tempDb();
    await setup(
      db,
      ['add', 'Huadong Machinery', '--owner', 'lin', '--position', 'secondary', '--share', '20'],
      ['contact', 'add', 'Huadong', 'Mr Zhao', '--department', 'purchasing', '--strength', '3'],
    );
    const file = answersFile(db, 'huadong', { ...SECONDARY, triggers: ['supplier-review'] });
    const result = await run(db, ['assess', 'Huadong', '--answers', file, '--accept', 'none', '--no-input'], {
      tty: true,
      env: { NO_COLOR: '1' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Huadong Machinery: briefing');
    expect(result.stdout).toMatch(/last assessed\s+never/);
    expect(result.stdout).toMatch(/threads\s+single-threaded/);
    expect(result.stdout).toMatch(/criteria fit\s+alert/);
    // One global ranking, numbered 1..n, 7 on a terminal (docs/domain.md §7).
    expect(result.stdout).toMatch(/Plan: \d+ plays/);
    expect(result.stdout).toMatch(/^ 1\. ! P1 /m);
    expect(result.stdout).toMatch(/^ 7\. /m);
    expect(result.stdout).not.toMatch(/^ 8\. /m);
    expect(result.stdout).toMatch(/and \d+ more: acct plan "Huadong Machinery" --all/);
    expect(result.stdout).toMatch(/due \d{4}-\d\d-\d\d, in 7 days · rep: lin · ic-trigger-supplier-review/);
    // A secondary supplier is in initial cooperation from `acct add` on (docs/domain.md §7), so only the target moves.
    expect(result.stderr).toMatch(
      /Stored assessment #1 of Huadong Machinery; updated the account: target level unset → preferred-supplier/,
    );

    const top = await run(db, ['plan', 'Huadong', '--top', '2'], { tty: true, env: { NO_COLOR: '1' } });
    expect(top.stdout).toMatch(/^and \d+ more: acct plan "Huadong Machinery" --all$/m);

    // Piped: tab-separated plan rows a script can cut.
    const piped = await run(db, ['plan', 'Huadong']);
    const rows = piped.stdout.split('\n').filter((line) => /^\d+\t/.test(line));
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0]!.split('\t')).toHaveLength(8);
  });
});

describe('scenario (b): key account in alarm with an unresolved quality complaint', () => {
  it('is high risk, plans the alarm response and quality escalation first, and accepts them all', async () => {
    const db = tempDb();
    await setup(
      db,
      [
        'add',
        'Delta Motors',
        '--owner',
        'mei',
        '--tier',
        'A',
        '--position',
        'primary',
        '--share',
        '70',
        '--stage',
        'primary-supplier',
        '--level',
        'preferred-supplier',
      ],
      ...diamond('Delta'),
      [
        'log',
        'Delta',
        'Batch 42 out of tolerance',
        '--type',
        'complaint',
        '--date',
        '2026-03-05',
        '--contact',
        'Wang Eng',
      ],
    );
    const file = answersFile(db, 'delta', {
      ...PRIMARY,
      shareOfWallet: 70,
      purchaseCriteria: 'rivals-fit',
      buyingDriver: 'engineering',
      openComplaints: 1,
      problems: ['quality'],
      satisfaction: 3,
      repurchaseIntent: 'unsure',
      wouldRecommend: 'no',
    });
    const out = await json<AssessJson>(db, ['assess', 'Delta', '--answers', file, '--accept', 'all']);
    expect(out.result).toMatchObject({ stage: 'primary-supplier', criteriaFit: 'alarm', risk: { level: 'high' } });
    expect(out.result.risk.reasons[0]).toMatch(/alarm/);
    expect(out.result.risk.reasons).toContain('unresolved quality problem');
    expect(out.result.coverage.singleThreaded).toBe(false);
    expect(out.result.satisfaction).toMatchObject({ score: 3, label: 'neutral' });
    const ids = planIds(out);
    expect(ids).toEqual(expect.arrayContaining(['kr-fit-alarm', 'kr-quality-escalation', 'kr-complaint-response']));
    expect(ids).not.toContain('kr-fit-safe');
    expect(ids.some((id) => id.startsWith('ic-'))).toBe(false);
    expect(ids.slice(0, 3).sort()).toEqual(['kr-complaint-response', 'kr-fit-alarm', 'kr-quality-escalation']);

    // --accept all: one action per play, in one transaction with the assessment.
    expect(out.accepted).toHaveLength(out.result.plan.length);
    const actions = await openActions(db, 'Delta');
    expect(actions).toHaveLength(out.result.plan.length);
    expect(actions.every((action) => action.owner === 'mei')).toBe(true);
    const alarm = actions.find((action) => action.play === 'kr-fit-alarm')!;
    const item = out.result.plan.find((p) => p.play === 'kr-fit-alarm')!;
    expect(alarm.playbook).toBe('key-account-retention');
    expect(alarm.due).toBe(new Date(Date.parse('2026-03-15') + item.dueInDays * 86_400_000).toISOString().slice(0, 10));
    expect((await history(db, 'Delta')).assessments[0]).toMatchObject({
      criteriaFit: 'alarm',
      riskLevel: 'high',
      satisfaction: 3,
    });

    // The next briefing shows the open actions and the last results.
    const again = await json<AssessJson>(db, ['assess', 'Delta', '--answers', file, '--dry-run']);
    expect(again.briefing.openActions).toHaveLength(out.result.plan.length);
    expect(again.briefing.lastAssessment).toMatchObject({ criteriaFit: 'alarm', riskLevel: 'high' });
  });
});

describe('scenario (c): buying moved from engineering to purchasing, now only price', () => {
  it('reads a specialist buyer from a re-assessment that reuses the earlier answers', async () => {
    const db = tempDb();
    await setup(
      db,
      [
        'add',
        'Orion Electronics',
        '--owner',
        'lin',
        '--tier',
        'A',
        '--position',
        'primary',
        '--share',
        '60',
        '--level',
        'preferred-supplier',
      ],
      ...diamond('Orion'),
      ['log', 'Orion', 'Review with the development team', '--type', 'meeting', '--date', '2026-01-10'],
    );
    const before = { ...PRIMARY, shareOfWallet: 60, purchaseCriteria: 'both-fit', buyingDriver: 'engineering' };
    const first = await json<AssessJson>(db, ['assess', 'Orion', '--answers', answersFile(db, 'orion', before)], {
      ACCT_NOW: '2026-01-15T09:00:00Z',
    });
    expect(first.result.experience.profile).toBe('generalist');

    await setup(db, ['log', 'Orion', 'Purchasing asked for a price cut', '--type', 'call', '--date', '2026-03-10']);
    const out = await json<AssessJson>(db, [
      'assess',
      'Orion',
      '--no-input',
      '--defaults',
      '--set',
      'buyingDriver=purchasing',
      '--set',
      'shiftSigns=price-only,sponsors-stepped-back,less-interest-new-applications,purchasing-took-over',
      '--set',
      'newApplications=no',
      '--set',
      'priceVsMarket=slightly-above',
      '--accept',
      'es-adapt-to-expert',
    ]);
    // Unchanged answers came from the first assessment.
    expect(out.answers).toEqual({
      ...before,
      shiftSigns: ['price-only', 'sponsors-stepped-back', 'less-interest-new-applications', 'purchasing-took-over'],
      buyingDriver: 'purchasing',
      newApplications: false,
      priceVsMarket: 'slightly-above',
    });
    expect(out.result.experience.profile).toBe('specialist');
    expect(out.result.experience.signals).toEqual(
      expect.arrayContaining([
        'talks are about price only',
        'buying moved from engineering to purchasing',
        'the original sponsors have stepped back',
      ]),
    );
    expect(out.result.risk.reasons).toContain('buyer has become an experienced specialist');
    const ids = planIds(out);
    expect(ids).toEqual(
      expect.arrayContaining([
        'es-sign-purchasing-takeover',
        'es-sign-price-only',
        'es-sign-sponsors-left',
        'es-adapt-to-expert',
        'es-reopen-value',
        'kr-price-check',
      ]),
    );
    expect(ids).not.toContain('es-sign-unbundling');

    const past = await history(db, 'Orion');
    expect(past.assessments.map((a) => a.experienceProfile)).toEqual(['generalist', 'specialist']);
    expect(past.assessments[0]!.changes).toEqual([]);
    expect(past.assessments[1]!.changes).toContainEqual(
      expect.objectContaining({ field: 'experience', from: 'generalist', to: 'specialist', direction: 'worse' }),
    );
    expect((await openActions(db, 'Orion')).map((a) => a.play)).toEqual(['es-adapt-to-expert']);

    const table = await run(db, ['history', 'Orion'], { tty: true, env: { NO_COLOR: '1' } });
    expect(table.stdout).toMatch(/first assessment/);
    expect(table.stdout.replace(/\s+/g, ' ')).toMatch(/experience profile: generalist → specialist/);
    const plain = await run(db, ['history', 'Orion']);
    expect(plain.stdout.split('\n').filter((line) => /^\d+\t/.test(line))).toHaveLength(2);
  });
});

describe('scenario (d): healthy preferred supplier aiming at partner, which is not worth it', () => {
  it('says preferred supplier is enough, plans accordingly and records the target on the account', async () => {
    const db = tempDb();
    await setup(
      db,
      [
        'add',
        'Sunrise Foods',
        '--owner',
        'lin',
        '--tier',
        'A',
        '--position',
        'primary',
        '--share',
        '65',
        '--level',
        'preferred-supplier',
      ],
      ...diamond('Sunrise'),
      ['log', 'Sunrise', 'Monthly review', '--type', 'meeting', '--date', '2026-03-10'],
    );
    const file = answersFile(
      db,
      'sunrise',
      {
        ...PRIMARY,
        targetLevel: 'partner',
        mutualImportance: 'one-sided',
        powerBalance: 'customer-dominates',
        switchingCost: 'low',
      },
      'json',
    );
    const out = await json<AssessJson>(db, [
      'assess',
      'Sunrise',
      '--answers',
      file,
      '--accept',
      'kr-target-not-worth-it',
    ]);
    expect(out.result).toMatchObject({
      stage: 'primary-supplier',
      relationshipLevel: 'preferred-supplier',
      criteriaFit: 'safe',
      risk: { level: 'low' },
      experience: { profile: 'generalist' },
      satisfaction: { score: 5, label: 'highly satisfied' },
      targetLevel: { level: 'partner', worthIt: false, recommended: 'preferred-supplier' },
    });
    expect(out.result.targetLevel.verdict).toMatch(/not worth it/);
    const ids = planIds(out);
    expect(ids).toEqual(expect.arrayContaining(['kr-target-not-worth-it', 'kr-fit-safe']));
    expect(ids).not.toContain('kr-structural-bonds');
    expect(ids).not.toContain('kr-fit-alarm');
    expect(out.account).toMatchObject({ stage: 'primary-supplier', targetLevel: 'partner' });
    expect(out.accountUpdates).toContainEqual({ field: 'targetLevel', from: null, to: 'partner' });
    expect((await openActions(db, 'Sunrise')).map((a) => a.play)).toEqual(['kr-target-not-worth-it']);
  });
});

describe('scenario (e): a brand-new prospect', () => {
  it('is in development and plans mapping the buying center and starting the file', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Nova Plastics']);
    const file = answersFile(db, 'nova', {
      supplierPosition: 'none',
      buyingDriver: 'senior-management',
      triggers: ['new-product-launch'],
      internalConflict: false,
      userDeptIssues: false,
      newDemandIdea: false,
      differentiatedOffer: true,
      personalNeedsUnmet: false,
      bondsCovered: [],
      personalCare: [],
      customerFile: false,
      targetLevel: 'preferred-supplier',
    });
    const out = await json<AssessJson>(db, ['assess', 'nova', '--answers', file, '--accept', 'ic-map-buying-center']);
    expect(out.result).toMatchObject({
      stage: 'development',
      relationshipLevel: 'transactional',
      supplierPosition: 'none',
      // A prospect's criteria are not known yet: unknown, not alert (docs/domain.md §7).
      criteriaFit: 'unknown',
      satisfaction: { score: null, label: 'not surveyed' },
      coverage: { singleThreaded: true },
      risk: { level: 'low' },
    });
    const ids = planIds(out);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ic-map-buying-center',
        'ic-weave-network',
        'rk-customer-file',
        'ic-trigger-new-product',
      ]),
    );
    expect(ids.some((id) => id.startsWith('kr-') || id.startsWith('es-'))).toBe(false);
    const actions = await openActions(db, 'nova');
    expect(actions).toEqual([
      expect.objectContaining({ play: 'ic-map-buying-center', owner: null, due: '2026-03-29' }),
    ]);
    expect(out.briefing.lastAssessment).toBeNull();
  });
});

describe('re-assessment on a terminal', () => {
  it('pre-fills every question with the previous answer, so Enter throughout reproduces them', async () => {
    const db = tempDb();
    await setup(
      db,
      ['add', 'Orion', '--owner', 'lin', '--tier', 'A', '--position', 'primary', '--share', '60'],
      ...diamond('Orion'),
    );
    const previous = { ...PRIMARY, shareOfWallet: 60, satisfaction: 4 };
    await setup(db, ['assess', 'Orion', '--answers', answersFile(db, 'orion', previous), '--accept', 'none']);

    // "Go through every question", then Enter throughout; the final step needs a key: w (store without actions).
    const prompts = new ScriptedPrompter([
      'all',
      ...Array(40).fill((prompt: AskedPrompt) => (prompt.kind === 'choose' ? 'w' : DEFAULT)),
    ]);
    const result = await run(db, ['assess', 'Orion'], { tty: true, env: { NO_COLOR: '1' }, prompter: prompts });
    expect(result.code, result.stderr).toBe(0);
    expect(prompts.asked[0]!.message).toMatch(/What has changed since the last assessment/);
    const asked = prompts.asked.slice(1, -1);
    expect(prompts.asked.at(-1)).toMatchObject({ kind: 'choose', message: expect.stringMatching(/^Store this/) });
    expect(asked.map((prompt) => prompt.message)).toContain("Where do we stand in this customer's supplier list?");
    // The supplier-position select defaults to the earlier answer; multi-selects come pre-ticked.
    expect(asked[0]).toMatchObject({ kind: 'select', default: 'primary' });
    const service = asked.find((prompt) => prompt.message.startsWith('Which of these service elements'))!;
    expect(
      (service.choices as readonly { checked?: boolean; value: string }[])
        .filter((choice) => choice.checked)
        .map((choice) => choice.value),
    ).toEqual(PRIMARY.serviceLevel);
    // Questions for other positions are skipped.
    expect(asked.some((prompt) => prompt.message.startsWith('Which of these openings'))).toBe(false);

    const past = await run(db, ['history', 'Orion', '--json']);
    const rows = (JSON.parse(past.stdout) as HistoryJson).assessments;
    expect(rows).toHaveLength(2);
    const plan = await json<{ result: { assessedAt: string } }>(db, ['plan', 'Orion']);
    expect(plan.result.assessedAt).toBe(rows[1]!.assessedAt);
    const stored = await json<AssessJson>(db, ['assess', 'Orion', '--no-input', '--defaults', '--dry-run']);
    expect(stored.answers).toEqual(previous);
  });

  it('picks plays with a checkbox and stores them as actions', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Orion', '--owner', 'lin', '--position', 'secondary', '--share', '10']);
    const file = answersFile(db, 'orion', { ...SECONDARY, shareOfWallet: 10 });
    // Optional questions missing from the file are still asked (Enter skips them); then s (store with
    // plays) at the final step, and the checkbox.
    const prompter = new ScriptedPrompter(
      Array(6).fill((prompt: AskedPrompt) =>
        prompt.kind === 'choose' ? 's' : prompt.message.startsWith('Accept plays') ? ['ic-weave-network'] : DEFAULT,
      ),
    );
    const result = await run(db, ['assess', 'Orion', '--answers', file], {
      tty: true,
      env: { NO_COLOR: '1' },
      prompter,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('with 1 action');
    expect((await openActions(db, 'Orion')).map((a) => a.play)).toEqual(['ic-weave-network']);
  });

  it('Ctrl-C during the questions stores nothing, prints one line and exits 130', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Orion', '--position', 'secondary']);
    const prompter = new ScriptedPrompter([DEFAULT, '20', CTRL_C]);
    const result = await run(db, ['assess', 'Orion'], { tty: true, env: { NO_COLOR: '1' }, prompter });
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('acct: cancelled; nothing was changed\n');
    expect((await history(db, 'Orion')).assessments).toEqual([]);
    expect((await json<{ stage: string; level: string }[]>(db, ['list']))[0]).toMatchObject({
      stage: 'initial-cooperation',
      level: 'transactional',
    });
  });
});

describe('scripts', () => {
  async function prospect(): Promise<string> {
    const db = tempDb();
    await setup(db, ['add', 'Acme Industrial', '--owner', 'lin', '--position', 'secondary', '--share', '15']);
    return db;
  }

  it('--no-input (and a non-terminal stdin) fails listing the missing answer keys', async () => {
    const db = await prospect();
    for (const [args, tty] of [
      [['assess', 'Acme', '--set', 'purchaseCriteria=we-fit', '--no-input'], true],
      [['assess', 'Acme', '--set', 'purchaseCriteria=we-fit'], false],
    ] as const) {
      const result = await run(db, [...args], { tty });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /acct: missing answers: buyingDriver, shiftSigns, newApplications, .*targetLevel; nothing was stored/,
      );
      // Recorded account fields count as answers; given ones are not missing.
      expect(result.stderr).not.toMatch(/missing answers:.*(supplierPosition|shareOfWallet|purchaseCriteria)/);
      expect(result.stderr).toContain('  buyingDriver: Who drives buying decisions in our category now?');
      expect(result.stdout).toBe(''); // a failed run prints no data, not even the briefing
    }
    expect((await history(db, 'Acme')).assessments).toEqual([]);
  });

  it('--dry-run shows everything and stores nothing', async () => {
    const db = await prospect();
    const file = answersFile(db, 'acme', SECONDARY);
    const out = await json<AssessJson>(db, ['assess', 'Acme', '--answers', file, '--accept', 'all', '--dry-run']);
    expect(out.dryRun).toBe(true);
    expect(out.assessment).toBeNull();
    expect(out.accepted.length).toBe(out.result.plan.length);
    expect(out.accepted.every((action) => action.id === null)).toBe(true);
    expect((await history(db, 'Acme')).assessments).toEqual([]);
    expect(await openActions(db, 'Acme')).toEqual([]);
    expect((await json<{ share: number }[]>(db, ['list']))[0]!.share).toBe(15);
    const text = await run(db, ['assess', 'Acme', '--answers', file, '--dry-run', '--accept', 'all']);
    expect(text.stderr).toMatch(
      /Dry run: nothing was stored \(would have updated the account: share 15% → 20%, target level unset → preferred-supplier; would have added \d+ actions\)/,
    );
  });

  it('rejects an answers file with an unknown key, naming it and the close keys', async () => {
    const db = await prospect();
    const file = answersFile(db, 'bad', { ...SECONDARY, purchaseCriterion: 'we-fit' });
    const result = await run(db, ['assess', 'Acme', '--answers', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `acct: ${file}: unknown question "purchaseCriterion"; nothing was stored (did you mean purchaseCriteria? All keys: acct assess --questions)\n`,
    );
    expect((await history(db, 'Acme')).assessments).toEqual([]);
  });

  it('rejects a value outside the options and a wrong type, naming the key and the allowed values', async () => {
    const db = await prospect();
    const outside = await run(db, [
      'assess',
      'Acme',
      '--answers',
      answersFile(db, 'bad1', { ...SECONDARY, purchaseCriteria: 'maybe' }),
    ]);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain(
      '"purchaseCriteria": "maybe" is not an option; enter one of we-fit, both-fit, rivals-fit, unknown',
    );
    const wrongType = await run(db, [
      'assess',
      'Acme',
      '--answers',
      answersFile(db, 'bad2', { ...SECONDARY, openComplaints: 'many' }),
    ]);
    expect(wrongType.code).toBe(1);
    expect(wrongType.stderr).toContain('"openComplaints": "many" is not a number; enter a number from 0 to 999');
    const both = await run(db, [
      'assess',
      'Acme',
      '--answers',
      answersFile(db, 'bad3', { ...SECONDARY, shiftSigns: 5, triggers: ['sale'] }),
    ]);
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(
      /"shiftSigns": 5 is not a list of options; enter a list drawn from purchasing-took-over, /,
    );
    expect(both.stderr).toMatch(/"triggers": "sale" is not an option; enter a list drawn from new-product-launch, /);
    expect(both.stderr).toMatch(/acct: 2 problems in .*bad3\.yaml; nothing was stored/);
    const set = await run(db, [
      'assess',
      'Acme',
      '--answers',
      answersFile(db, 'ok', SECONDARY),
      '--set',
      'satisfaction=7',
    ]);
    expect(set.code).toBe(1);
    expect(set.stderr).toContain(
      'acct: --set: "satisfaction": 7 is outside the scale; enter a whole number from 1 to 5',
    );
    const unknownSet = await run(db, ['assess', 'Acme', '--set', 'satisfacton=4']);
    expect(unknownSet.stderr).toContain('acct: --set: unknown question "satisfacton" (did you mean satisfaction?');
    const yaml = join(db, '..', 'broken.yaml');
    writeFileSync(yaml, 'supplierPosition: [secondary\n');
    const broken = await run(db, ['assess', 'Acme', '--answers', yaml]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/answers file .*broken\.yaml is not valid YAML or JSON/);
    expect((await history(db, 'Acme')).assessments).toEqual([]);
  });

  it('an acct edit after the last assessment is what the next one starts from', async () => {
    const db = await prospect();
    await json(db, ['assess', 'Acme', '--answers', answersFile(db, 'acme', SECONDARY)]);
    const later = { ACCT_NOW: '2026-03-20T10:00:00Z' };
    expect((await run(db, ['edit', 'Acme', '--share', '35'], { env: later })).code).toBe(0);
    const again = await json<AssessJson & { answers: Record<string, unknown>; accountUpdates: { field: string }[] }>(
      db,
      ['assess', 'Acme', '--defaults', '--dry-run'],
      later,
    );
    expect(again.answers.shareOfWallet).toBe(35);
    expect(again.accountUpdates.map((change) => change.field)).not.toContain('share');
  });

  it('a re-assessment does not add a play again while its action is still open', async () => {
    const db = await prospect();
    const file = answersFile(db, 'acme', SECONDARY);
    const first = await json<AssessJson & { alreadyOpen: string[] }>(db, [
      'assess',
      'Acme',
      '--answers',
      file,
      '--accept',
      'all',
    ]);
    const planned = planIds(first);
    expect(first.alreadyOpen).toEqual([]);
    expect(await openActions(db, 'Acme')).toHaveLength(planned.length);
    await setup(db, ['action', 'done', String((await openActions(db, 'Acme'))[0]!.id)]);
    const again = await run(db, ['assess', 'Acme', '--answers', file, '--accept', 'all']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('Already open as actions, not added again:');
    // Only the play whose action was done comes back as a new action.
    expect(await openActions(db, 'Acme')).toHaveLength(planned.length);
  });

  it('--accept with an id not in the plan lists the plan ids and stores nothing', async () => {
    const db = await prospect();
    const result = await run(db, [
      'assess',
      'Acme',
      '--answers',
      answersFile(db, 'acme', SECONDARY),
      '--accept',
      'ic-weave-network,kr-nope',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/acct: --accept: "kr-nope" is not in this plan \(the plan has: .*ic-weave-network/);
    expect((await history(db, 'Acme')).assessments).toEqual([]);
  });

  it('an unknown account lists close matches', async () => {
    const db = await prospect();
    const result = await run(db, ['assess', 'Acme Industrail', '--answers', answersFile(db, 'acme', SECONDARY)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('acct: no account named "Acme Industrail" (did you mean Acme Industrial?)\n');
  });

  it('accepts the JSON a previous --json run printed as an answers file', async () => {
    const db = await prospect();
    const first = await run(db, ['assess', 'Acme', '--answers', answersFile(db, 'acme', SECONDARY), '--json']);
    const file = join(db, '..', 'previous.json');
    writeFileSync(file, first.stdout);
    const again = await json<AssessJson>(db, ['assess', 'Acme', '--answers', file]);
    expect(again.answers).toEqual(SECONDARY);
  });

  it('acct assess --questions --json prints the questionnaire without an account or a database', async () => {
    const db = join(tempDir(), 'never-created.db');
    const out = await json<{
      questions: { key: string; type: string; options?: { value: string }[]; optional: boolean }[];
    }>(db, ['assess', '--questions']);
    expect(out.questions.length).toBeGreaterThanOrEqual(30);
    expect(out.questions.find((q) => q.key === 'purchaseCriteria')).toMatchObject({
      type: 'select',
      options: expect.arrayContaining([expect.objectContaining({ value: 'rivals-fit' })]),
    });
    const table = await run(db, ['assess', '--questions'], { tty: true, env: { NO_COLOR: '1' } });
    expect(table.stdout).toMatch(/KEY\s+TYPE\s+VALUES\s+QUESTION/);
    const noName = await run(db, ['assess']);
    expect(noName.code).toBe(2);
  });
});

describe('acct plan --at and acct history', () => {
  it('reprints the plan in force on a date and lists what changed', async () => {
    const db = tempDb();
    await setup(
      db,
      ['add', 'Delta', '--owner', 'mei', '--tier', 'A', '--position', 'primary', '--share', '70'],
      ...diamond('Delta'),
    );
    const calm = answersFile(db, 'calm', { ...PRIMARY, shareOfWallet: 70 });
    const alarm = answersFile(db, 'alarm', {
      ...PRIMARY,
      shareOfWallet: 70,
      purchaseCriteria: 'rivals-fit',
      openComplaints: 1,
      problems: ['quality'],
      satisfaction: 2,
    });
    await setup(db, ['log', 'Delta', 'visit', '--date', '2026-01-30']);
    const january = await json<AssessJson>(db, ['assess', 'Delta', '--answers', calm, '--accept', 'none'], {
      ACCT_NOW: '2026-02-01T09:00:00Z',
    });
    const march = await json<AssessJson>(db, ['assess', 'Delta', '--answers', alarm, '--accept', 'kr-fit-alarm']);

    const atFeb = await json<{ assessment: { id: number }; plan: { play: string }[]; actions: unknown[] }>(db, [
      'plan',
      'Delta',
      '--at',
      '2026-02-20',
    ]);
    expect(atFeb.assessment.id).toBe(january.assessment!.id);
    expect(atFeb.plan.map((p) => p.play)).toEqual(planIds(january));
    expect(atFeb.actions).toEqual([]);
    const latest = await json<{ assessment: { id: number }; plan: { play: string }[]; actions: { play: string }[] }>(
      db,
      ['plan', 'Delta'],
    );
    expect(latest.assessment.id).toBe(march.assessment!.id);
    expect(latest.plan.map((p) => p.play)).toContain('kr-fit-alarm');
    expect(latest.actions.map((a) => a.play)).toEqual(['kr-fit-alarm']);
    const tty = await run(db, ['plan', 'Delta'], { tty: true, env: { NO_COLOR: '1' } });
    expect(tty.stdout).toMatch(/✓ P1 /);

    const tooEarly = await run(db, ['plan', 'Delta', '--at', '2025-12-31']);
    expect(tooEarly.code).toBe(1);
    expect(tooEarly.stderr).toContain('Delta has no assessment on or before 2025-12-31');
    expect((await run(db, ['plan', 'Delta', '--at', 'someday'])).code).toBe(2);

    const past = await history(db, 'Delta');
    const changes = past.assessments[1]!.changes;
    expect(changes.map((c) => c.field).sort()).toEqual(['criteriaFit', 'risk', 'satisfaction']);
    expect(changes.find((c) => c.field === 'criteriaFit')).toMatchObject({
      from: 'safe',
      to: 'alarm',
      direction: 'worse',
    });
    expect(changes.find((c) => c.field === 'satisfaction')).toMatchObject({ from: 5, to: 2, direction: 'worse' });

    const none = tempDb();
    await setup(none, ['add', 'Quiet']);
    const empty = await run(none, ['history', 'Quiet']);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain('has not been assessed yet');
    expect((await run(none, ['plan', 'Quiet'])).stderr).toContain('Quiet has not been assessed yet');
  });
});

describe('user playbooks in assess', () => {
  it('a broken user playbook folder: every problem as file:line:col, exit 1, nothing stored', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Acme', '--position', 'secondary', '--share', '10']);
    const dir = join(db, '..', 'team');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'team.yaml'),
      [
        'id: team',
        'title: Team plays',
        "version: '1'",
        'description: ours',
        'plays:',
        '  - id: ic-weave-network',
        '    title: Override that would apply',
        '    why: x',
        '    when: { fact: singelThreaded, op: "true" }',
        '    priority: 1',
        '    due_in_days: 3',
        '    owner_role: rep',
        '    source: team',
        '  - id: team-two',
        '    title: Two',
        '    why: y',
        '    priority: 9',
        '    due_in_days: 3',
        '    owner_role: rep',
        '    source: team',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'syntax.yaml'), 'id: [broken\n');
    const file = answersFile(db, 'acme', { ...SECONDARY, shareOfWallet: 10 });
    for (const how of [{ args: ['--playbooks', dir] }, { env: { ACCT_PLAYBOOKS: dir } }]) {
      const result = await run(db, ['assess', 'Acme', '--answers', file, '--accept', 'all', ...(how.args ?? [])], {
        env: how.env,
      });
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines.slice(0, -1).every((line) => /^\/.+\.yaml:\d+:\d+: .+/.test(line))).toBe(true);
      expect(lines.some((line) => /team\.yaml:9:\d+: .*singelThreaded/.test(line))).toBe(true);
      expect(lines.some((line) => /team\.yaml:17:\d+: .*priority/.test(line))).toBe(true);
      expect(lines.some((line) => /syntax\.yaml:\d+:\d+: YAML syntax error/.test(line))).toBe(true);
      expect(lines.at(-1)).toMatch(/^acct: \d+ problems in playbook files; nothing was done/);
      expect(result.stdout).toBe('');
    }
    expect((await history(db, 'Acme')).assessments).toEqual([]);
  });

  it('a playbooks/ folder next to the database adds and overrides plays', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Acme', '--position', 'secondary', '--share', '10']);
    const dir = join(db, '..', 'playbooks');
    mkdirSync(dir);
    const { cpSync } = await import('node:fs');
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'playbooks', 'user-override'), dir, { recursive: true });
    const file = answersFile(db, 'acme', { ...SECONDARY, shareOfWallet: 10, attendsTradeFair: false });
    const out = await json<AssessJson>(db, [
      'assess',
      'Acme',
      '--answers',
      file,
      '--accept',
      'team-trade-fair,ic-weave-network',
    ]);
    const weave = out.result.plan.find((item) => item.play === 'ic-weave-network')!;
    expect(weave).toMatchObject({ dueInDays: 10 });
    expect(planIds(out)).toContain('team-trade-fair');
    const versions = (await json<{ assessment: { playbookVersions: Record<string, string> } }>(db, ['plan', 'Acme']))
      .assessment.playbookVersions;
    expect(Object.keys(versions)).toEqual(expect.arrayContaining(['assessment', 'initial-cooperation', 'team-plays']));
    expect(versions['initial-cooperation']).toMatch(/\+local#[0-9a-f]{16}$/);
  });
});
