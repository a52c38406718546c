/**
 * Two people (or two scripts) assessing one account at the same moment: the
 * "already open" check and the inserts share one write transaction, so each
 * accepted play becomes at most one open action, whoever wins.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECONDARY_SUPPLIER_ANSWERS } from '../answers.js';
import { run, setup, spawnAcct, tempDir } from '../helpers.js';

interface AssessJson {
  result: { plan: { play: string }[] };
  accepted: { id: number; play: string }[];
  alreadyOpen: string[];
}

const TRIALS = 4;
const RUNNERS = 6;

describe('concurrent assessments of one account (built binary)', () => {
  it(`${RUNNERS} simultaneous \`assess --accept all\` create each play's action once, ${TRIALS} times over`, async () => {
    const dir = tempDir();
    const db = join(dir, 'acct.db');
    const answers = join(dir, 'answers.json');
    writeFileSync(answers, JSON.stringify(SECONDARY_SUPPLIER_ANSWERS));
    const names = Array.from({ length: TRIALS }, (_, trial) => `Race ${trial + 1}`);
    await setup(db, ...names.map((name) => ['add', name, '--owner', 'lin']));

    const problems: string[] = [];
    for (const name of names) {
      const runs = await Promise.all(
        Array.from({ length: RUNNERS }, () =>
          spawnAcct(['--db', db, '--json', 'assess', name, '--answers', answers, '--accept', 'all']),
        ),
      );
      for (const result of runs) expect(result.code, result.stderr).toBe(0);
      const outs = runs.map((result) => JSON.parse(result.stdout) as AssessJson);
      const plan = outs[0]!.result.plan.map((item) => item.play);
      expect(plan.length).toBeGreaterThan(1);

      const listed = await run(db, ['--json', 'action', 'list', name]);
      const open = (JSON.parse(listed.stdout) as { play: string | null }[]).map((action) => action.play);
      for (const play of plan) {
        const count = open.filter((p) => p === play).length;
        const added = outs.filter((out) => out.accepted.some((action) => action.play === play)).length;
        const skipped = outs.filter((out) => out.alreadyOpen.includes(play)).length;
        // One run added it; every other run said it was already open.
        if (count !== 1 || added !== 1 || skipped !== RUNNERS - 1)
          problems.push(`${name}: ${play} open ${count}x, added by ${added} runs, skipped by ${skipped}`);
      }
    }
    expect(problems).toEqual([]);
    // Every run stored its assessment: nothing was lost to the race either.
    const history = JSON.parse((await run(db, ['--json', 'history', names[0]!])).stdout) as { assessments: unknown[] };
    expect(history.assessments).toHaveLength(RUNNERS);
  }, 180_000);
});
