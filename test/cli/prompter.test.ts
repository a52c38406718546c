/**
 * The prompter reaches commands through the Context: a test passes a scripted
 * one to `run`, exactly where a person's terminal would answer.
 */
import { describe, expect, it } from 'vitest';
import { run, setup, tempDb } from '../helpers.js';
import { ScriptedPrompter } from '../scripted-prompter.js';

describe('injected prompter', () => {
  it('asks the destructive confirmation through the prompter it was given', async () => {
    const db = tempDb();
    await setup(db, ['add', 'Acme Industrial']);
    const refuse = new ScriptedPrompter([false]);
    const kept = await run(db, ['remove', 'acme'], { tty: true, prompter: refuse });
    expect(refuse.asked).toEqual([expect.objectContaining({ kind: 'confirm', default: false })]);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toBe('acct: not confirmed; nothing was changed\n');
    expect(JSON.parse((await run(db, ['list', '--json'])).stdout)).toHaveLength(1);

    const agree = new ScriptedPrompter([true]);
    const removed = await run(db, ['remove', 'acme'], { tty: true, prompter: agree });
    expect(removed.code, removed.stderr).toBe(0);
    expect(agree.asked).toHaveLength(1);
    expect(JSON.parse((await run(db, ['list', '--json'])).stdout)).toEqual([]);
  });
});
