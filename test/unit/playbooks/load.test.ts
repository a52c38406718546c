import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { localText } from '../../../src/domain/local-text.js';
import { assess, evaluate, factCatalogue } from '../../../src/domain/assessment/index.js';
import {
  SHIPPED_PLAYBOOKS_DIR,
  compilePlaybooks,
  fileHash,
  formatProblem,
  loadPlaybooks,
  loadQuestionnaire,
  mayHoldQuestions,
  validatePlaybookFiles,
  type CompiledPlaybooks,
  type LoadedPlaybooks,
} from '../../../src/playbooks/load.js';
import { compiledQuestionnaire } from '../../../src/playbooks/compiled.js';
import {
  diamondContacts,
  makeAccount,
  makeAction,
  makeActivity,
  makeContact,
  makeInput,
} from '../assessment/helpers.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/playbooks/', import.meta.url));

let shipped: LoadedPlaybooks;
beforeAll(() => {
  shipped = loadPlaybooks();
});

/** Every strategy, trigger, tactic, method, fit, sign, response and practice from docs/domain.md §2-5. */
const REQUIRED_SOURCES = [
  // docs/domain.md §2, seed 000
  'seed 000 §strategy 1',
  'seed 000 §strategy 2a',
  'seed 000 §strategy 2b',
  'seed 000 §strategy 2c',
  'seed 000 §strategy 3',
  'seed 000 §trigger 1',
  'seed 000 §trigger 2',
  'seed 000 §trigger 3',
  'seed 000 §trigger 4',
  'seed 000 §trigger 5',
  'seed 000 §trigger 6',
  'seed 000 §trigger 7',
  'seed 000 §trigger 8',
  'seed 000 §tactic 1',
  'seed 000 §tactic 2',
  'seed 000 §tactic 3',
  // docs/domain.md §3, seed 001
  'seed 001 §method 1',
  'seed 001 §method 2',
  'seed 001 §method 3',
  'seed 001 §method 4',
  'seed 001 §method 5',
  'seed 001 §method 6',
  'seed 001 §method 7',
  'seed 001 §method 8',
  'seed 001 §method 9',
  'seed 001 §method 10',
  'seed 001 §fit safe',
  'seed 001 §fit alert',
  'seed 001 §fit alarm',
  'seed 001 §defection uncontrollable',
  'seed 001 §defection controllable',
  // docs/domain.md §4, seed 002
  'seed 002 §sign purchasing-takeover',
  'seed 002 §sign sponsors',
  'seed 002 §sign applications',
  'seed 002 §sign price',
  'seed 002 §sign unbundling',
  'seed 002 §sign faster-decisions',
  'seed 002 §response slow',
  'seed 002 §response adapt',
  'seed 002 §response reopen',
  'seed 002 §response lifetime-value',
  // docs/domain.md §1 and §5, seed 003
  'seed 003 §level target',
  'seed 003 §keep file',
  'seed 003 §keep satisfaction',
  'seed 003 §keep inform',
  'seed 003 §keep personal-care',
  'seed 003 §keep long-term-value',
  'seed 003 §keep grading',
  'seed 003 §keep referrals',
];

describe('shipped playbooks', () => {
  it('load from the package folder with versions and hashes', () => {
    expect(SHIPPED_PLAYBOOKS_DIR.endsWith(`${path.sep}playbooks${path.sep}`)).toBe(true);
    expect(shipped.playbooks.map((playbook) => playbook.id).sort()).toEqual([
      'defection-uncontrollable',
      'experience-shift',
      'initial-cooperation',
      'key-account-retention',
      'relationship-keeping',
    ]);
    for (const version of shipped.versions) {
      expect(version.version).toBe('1.0');
      expect(version.hash).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(shipped.questionnaire.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('hashes are stable across loads', () => {
    expect(loadPlaybooks().versions).toEqual(shipped.versions);
  });

  it('cover every required source tag with at least one play', () => {
    const tags = new Set(
      shipped.playbooks.flatMap((playbook) =>
        playbook.plays.flatMap((play) => play.source.split(';').map((tag) => tag.trim())),
      ),
    );
    const missing = REQUIRED_SOURCES.filter((tag) => !tags.has(tag));
    expect(missing).toEqual([]);
  });

  it('have unique kebab-case play ids, a why, and a condition on every play', () => {
    const ids = shipped.playbooks.flatMap((playbook) => playbook.plays.map((play) => play.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const playbook of shipped.playbooks) {
      for (const play of playbook.plays) {
        expect(play.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(play.when, play.id).toBeDefined();
        expect(localText(play.why, 'en').length).toBeGreaterThan(20);
      }
    }
  });

  it('validate cleanly with validatePlaybookFiles', () => {
    expect(validatePlaybookFiles([SHIPPED_PLAYBOOKS_DIR])).toEqual([]);
  });

  it('keep Chinese to the zh-CN texts (the English ones are our own English words; bilingual.test.ts checks both)', () => {
    // Every Chinese text sits under a "zh-CN" key; dropping those leaves none.
    const withoutChinese = (value: unknown): string =>
      JSON.stringify(value, (key, inner: unknown) => (key === 'zh-CN' ? undefined : inner));
    for (const playbook of shipped.playbooks) expect(withoutChinese(playbook)).not.toMatch(/[\u4e00-\u9fff]/);
    expect(withoutChinese(shipped.questionnaire)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('every play can fire: for each play some facts satisfy both its when and its playbook', () => {
    // Guards against self-contradictory conditions: every play must fire in at least one of a few varied assessments.
    const fired = new Set<string>();
    const variants = [
      { supplierPosition: 'none' },
      {
        supplierPosition: 'secondary',
        purchaseCriteria: 'unknown',
        triggers: [
          'new-product-launch',
          'supplier-review',
          'personnel-change',
          'rival-quality-problem',
          'incumbent-service-complaints',
          'rival-single-threaded',
          'incumbent-relationship-deteriorating',
          'cost-pressure',
        ],
        internalConflict: true,
        userDeptIssues: true,
        newDemandIdea: true,
        differentiatedOffer: true,
        personalNeedsUnmet: true,
        bondsCovered: [],
      },
      {
        supplierPosition: 'primary',
        purchaseCriteria: 'we-fit',
        targetLevel: 'partner',
        mutualImportance: 'high',
        powerBalance: 'balanced',
        switchingCost: 'high',
        wouldRecommend: 'yes',
      },
      {
        supplierPosition: 'primary',
        purchaseCriteria: 'both-fit',
        targetLevel: 'partner',
        mutualImportance: 'low',
        problems: ['quality', 'delivery'],
        openComplaints: 2,
        serviceLevel: [],
        prioritySupply: false,
        priceVsMarket: 'far-above',
        meetingCadence: 'none',
        counterpartTeam: false,
        executiveChannel: false,
        strategicAlignment: 'unknown',
        rivalRebates: true,
        toldAboutChanges: false,
        customerFile: false,
        satisfaction: 1,
        personalCare: [],
      },
      {
        supplierPosition: 'sole',
        purchaseCriteria: 'rivals-fit',
        shiftSigns: [
          'purchasing-took-over',
          'sponsors-stepped-back',
          'less-interest-new-applications',
          'price-only',
          'unbundling',
          'faster-decisions',
        ],
        newApplications: false,
        postDeliveryDrop: true,
      },
      { supplierPosition: 'primary', shiftSigns: ['faster-decisions'] },
      // An uncontrollable cause (its plays leave out those that invest), and the fits seen by a challenger.
      {
        supplierPosition: 'secondary',
        structuralChange: ['selling-unit', 'integrating-upstream'],
        purchaseCriteria: 'we-fit',
      },
      { supplierPosition: 'secondary', purchaseCriteria: 'rivals-fit' },
      { supplierPosition: 'candidate', shareOfWallet: 5, purchaseCriteria: 'both-fit' },
    ];
    for (const answers of variants) {
      const result = assess(
        makeInput({
          account: makeAccount({ tier: null, position: answers.supplierPosition as 'none' }),
          contacts: [makeContact({ birthday: '06-20' })],
          openActions: [makeAction({ due: '2025-01-01' })],
          answers: answers as never,
        }),
        shipped.playbooks,
      );
      for (const item of result.plan) fired.add(item.play);
    }
    // Plays read from the records, and the upkeep of a healthy account (docs/domain.md §7).
    const fromRecords = assess(
      makeInput({
        account: makeAccount({ tier: 'A', position: 'primary' }),
        activities: [makeActivity({ type: 'complaint', date: '2025-04-01' })],
        answers: { supplierPosition: 'primary', openComplaints: 1 },
      }),
      shipped.playbooks,
    );
    const healthy = assess(
      makeInput({
        account: makeAccount({ tier: 'A', position: 'primary', level: 'preferred-supplier' }),
        contacts: diamondContacts(),
        activities: [makeActivity({ date: '2025-06-10' })],
        answers: {
          supplierPosition: 'primary',
          purchaseCriteria: 'we-fit',
          buyingDriver: 'senior-management',
          satisfaction: 5,
          repurchaseIntent: 'yes',
          openComplaints: 0,
          problems: [],
        },
      }),
      shipped.playbooks,
    );
    for (const item of [...fromRecords.plan, ...healthy.plan]) fired.add(item.play);
    const all = shipped.playbooks.flatMap((playbook) => playbook.plays.map((play) => play.id));
    const neverFired = all.filter((id) => !fired.has(id));
    expect(neverFired).toEqual([]);
  });
});

describe('user playbooks', () => {
  it('override shipped plays in place, add playbooks and extend the questionnaire', () => {
    const loaded = loadPlaybooks({ userDir: path.join(FIXTURES, 'user-override') });
    const ic = loaded.playbooks.find((playbook) => playbook.id === 'initial-cooperation')!;
    const weave = ic.plays.find((play) => play.id === 'ic-weave-network')!;
    expect(weave.title).toBe('Widen the network (north-region version)');
    expect(weave.ownerRole).toBe('manager');
    expect(ic.plays.map((play) => play.id)).toEqual(
      shipped.playbooks.find((playbook) => playbook.id === 'initial-cooperation')!.plays.map((play) => play.id),
    );
    expect(ic.version).toBe('1.0+local');
    expect(ic.hash).not.toBe(shipped.versions.find((version) => version.id === 'initial-cooperation')!.hash);
    const team = loaded.playbooks.find((playbook) => playbook.id === 'team-plays')!;
    expect(team.plays.map((play) => play.id)).toEqual(['team-trade-fair']);
    expect(team.version).toBe('2025.1');
    expect(loaded.questionnaire.questions.at(-1)!.key).toBe('attendsTradeFair');
    expect(loaded.facts.attendsTradeFair).toMatchObject({ type: 'boolean', source: 'answer' });
    const ids = loaded.playbooks.flatMap((playbook) => playbook.plays.map((play) => play.id));
    expect(ids.filter((id) => id === 'ic-weave-network')).toHaveLength(1);

    const result = assess(
      makeInput({ answers: { supplierPosition: 'none', attendsTradeFair: false } }),
      loaded.playbooks,
    );
    expect(result.plan.map((item) => item.play)).toContain('team-trade-fair');
    expect(result.plan.find((item) => item.play === 'ic-weave-network')!.dueInDays).toBe(10);
  });

  it('a user playbook with a shipped id replaces its metadata and merges plays', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'acct-pb-'));
    try {
      writeFileSync(
        path.join(dir, 'ic.yaml'),
        [
          'id: initial-cooperation',
          'title: Initial cooperation (ours)',
          'version: "7"',
          'description: Ours.',
          'plays:',
          '  - { id: ic-extra, title: Extra, why: Because., when: { fact: stage, op: eq, value: development }, priority: 2, due_in_days: 5, owner_role: rep, source: team }',
        ].join('\n'),
      );
      const loaded = loadPlaybooks({ userDir: dir });
      const ic = loaded.playbooks.find((playbook) => playbook.id === 'initial-cooperation')!;
      expect(ic.title).toBe('Initial cooperation (ours)');
      expect(ic.version).toBe('7');
      expect(ic.appliesWhen).toBeUndefined();
      expect(ic.plays.at(-1)!.id).toBe('ic-extra');
      expect(ic.plays.at(-1)!.when).toEqual({ fact: 'stage', op: 'eq', value: 'development' });
      expect(ic.plays.length).toBe(
        shipped.playbooks.find((playbook) => playbook.id === 'initial-cooperation')!.plays.length + 1,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the questionnaire alone (acct assess --questions)', () => {
  it('is the questionnaire loadPlaybooks gives, shipped and with a user folder over it', () => {
    expect(loadQuestionnaire()).toEqual(shipped.questionnaire);
    const userDir = path.join(FIXTURES, 'user-override');
    expect(loadQuestionnaire({ userDir })).toEqual(loadPlaybooks({ userDir }).questionnaire);
  });

  it('parses no playbook file: the text look-out passes over every shipped playbook', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const holding = readdirSync(SHIPPED_PLAYBOOKS_DIR).filter((name) =>
      mayHoldQuestions(readFileSync(path.join(SHIPPED_PLAYBOOKS_DIR, name), 'utf8')),
    );
    expect(holding).toEqual(['assessment.yaml']);
    // A broken playbook does not stop the questionnaire; a questions key in any layout is found.
    const dir = mkdtempSync(path.join(tmpdir(), 'acct-q-'));
    try {
      writeFileSync(path.join(dir, 'broken.yaml'), 'id: [broken\n');
      expect(loadQuestionnaire({ userDir: dir }).questions.length).toBe(shipped.questionnaire.questions.length);
      for (const text of ['questions:\n', '{ id: a, questions: [] }', '"questions" : []', "'questions':"])
        expect(mayHoldQuestions(text)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the compiled form (npm run build; issue 10, start-up)', () => {
  /** A copy of the shipped folder, so that a test can edit a file in it. */
  function shippedCopy(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'acct-compiled-'));
    cpSync(SHIPPED_PLAYBOOKS_DIR, dir, { recursive: true });
    return dir;
  }

  it('holds every shipped file, keyed by the SHA-256 of its bytes, and loads what the YAML gives', () => {
    const compiled = compilePlaybooks();
    const names = Object.values(compiled.files).map((entry) => entry.name);
    expect(names.sort()).toEqual(
      readdirSync(SHIPPED_PLAYBOOKS_DIR)
        .filter((name) => name.endsWith('.yaml'))
        .sort(),
    );
    for (const [hash, entry] of Object.entries(compiled.files)) {
      expect(
        createHash('sha256')
          .update(readFileSync(path.join(SHIPPED_PLAYBOOKS_DIR, entry.name)))
          .digest('hex'),
      ).toBe(hash);
    }
    // Through JSON, as the build writes it.
    const fromJson = JSON.parse(JSON.stringify(compiled)) as CompiledPlaybooks;
    expect(loadPlaybooks({ compiled: fromJson })).toEqual(loadPlaybooks({ compiled: null }));
    expect(loadQuestionnaire({ compiled: fromJson })).toEqual(loadQuestionnaire({ compiled: null }));
  });

  it('serves a file whose bytes hash to an entry from that entry', () => {
    const compiled = compilePlaybooks();
    const text = readFileSync(path.join(SHIPPED_PLAYBOOKS_DIR, 'assessment.yaml'), 'utf8');
    const entry = compiled.files[fileHash(text)]!;
    (entry.data as { title: string }).title = 'From the compiled data';
    expect(loadPlaybooks({ compiled }).questionnaire.title).toBe('From the compiled data');
    // The questionnaire alone comes from the validated form the build stored.
    entry.questionnaire!.title = 'From the compiled questionnaire';
    expect(loadQuestionnaire({ compiled }).title).toBe('From the compiled questionnaire');
    expect(localText(loadQuestionnaire({ compiled: null }).title, 'en')).toBe('Key-account assessment');
  });

  it('parses an edited file from its YAML, not from the stale compiled form', () => {
    const dir = shippedCopy();
    try {
      const compiled = compilePlaybooks(dir);
      const file = path.join(dir, 'initial-cooperation.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/^title:\n(?: {2}.*\n)+/m, 'title: Edited since the build\n'));
      const loaded = loadPlaybooks({ shippedDir: dir, compiled });
      expect(loaded.playbooks.find((book) => book.id === 'initial-cooperation')!.title).toBe('Edited since the build');
      // A broken edit is a YAML error, as without a compiled form.
      writeFileSync(file, 'id: [broken\n');
      const problems = () => {
        try {
          loadPlaybooks({ shippedDir: dir, compiled });
          return [];
        } catch (error) {
          return (error as { problems: Parameters<typeof formatProblem>[0][] }).problems.map(formatProblem);
        }
      };
      expect(problems()[0]).toMatch(/initial-cooperation\.yaml:\d+:\d+: YAML syntax error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the questionnaire without parsing or validating, when the compiled form is enough', () => {
    const compiled = JSON.parse(JSON.stringify(compilePlaybooks())) as CompiledPlaybooks;
    expect(compiledQuestionnaire({ compiled })).toEqual(loadQuestionnaire({ compiled: null }));
    // A user folder of playbooks only changes nothing; one with questions needs validating.
    const userDir = mkdtempSync(path.join(tmpdir(), 'acct-compiled-user-'));
    const dir = shippedCopy();
    try {
      writeFileSync(
        path.join(userDir, 'extra.yaml'),
        readFileSync(path.join(FIXTURES, 'user-override', 'team-plays.yaml')),
      );
      expect(compiledQuestionnaire({ compiled, userDir })).toEqual(loadQuestionnaire({ compiled: null, userDir }));
      writeFileSync(path.join(userDir, 'assessment.yaml'), 'questions: []\n');
      expect(compiledQuestionnaire({ compiled, userDir })).toBeNull();
      // An edited shipped questionnaire is not in the compiled form.
      expect(compiledQuestionnaire({ compiled, shippedDir: dir })).not.toBeNull();
      const file = path.join(dir, 'assessment.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:\n(?: {2}.*\n)+/m, 'title: Edited\n'));
      expect(compiledQuestionnaire({ compiled, shippedDir: dir })).toBeNull();
      expect(loadQuestionnaire({ compiled, shippedDir: dir }).title).toBe('Edited');
      expect(compiledQuestionnaire({ compiled: null })).toBeNull();
    } finally {
      rmSync(userDir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports problems in compiled files at the same file:line:col as when parsing them', () => {
    // Two copies of one shipped playbook in a folder: duplicate ids, placed by parsing the YAML on demand.
    const dir = mkdtempSync(path.join(tmpdir(), 'acct-compiled-dup-'));
    try {
      for (const name of ['a.yaml', 'b.yaml'])
        writeFileSync(path.join(dir, name), readFileSync(path.join(SHIPPED_PLAYBOOKS_DIR, 'experience-shift.yaml')));
      const compiled = compilePlaybooks();
      const withCompiled = validatePlaybookFiles([dir], { compiled }).map(formatProblem);
      expect(withCompiled.length).toBeGreaterThan(0);
      expect(withCompiled[0]).toMatch(
        /b\.yaml:\d+:\d+: duplicate playbook id "experience-shift" \(also at .*a\.yaml:\d+:\d+\)/,
      );
      expect(withCompiled).toEqual(validatePlaybookFiles([dir], { compiled: null }).map(formatProblem));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('fact catalogue', () => {
  it('includes the questionnaire keys of a loaded questionnaire', () => {
    const catalogue = factCatalogue(shipped.questionnaire);
    for (const question of shipped.questionnaire.questions) expect(catalogue[question.key], question.key).toBeDefined();
    expect(evaluate({ fact: 'stage', op: 'eq', value: 'development' }, { stage: 'development' })).toBe(true);
  });
});
