/**
 * One global ranking (docs/domain.md §7, issue 11 point 12): priority, then
 * due date, then playbook order; numbered 1..n as shown; a terminal lists 7.
 * Who does an accepted play: the rep's go to the account owner, other roles
 * to the person the settings name, else the owner stands in.
 */
import { describe, expect, it } from 'vitest';
import {
  buildPlan,
  planLimit,
  playOwner,
  rolePeople,
  TERMINAL_PLAN_TOP,
  type Play,
  type Playbook,
} from '../../../src/domain/assessment/index.js';

const play = (id: string, priority: 1 | 2 | 3, dueInDays: number, extra: Partial<Play> = {}): Play => ({
  id,
  title: id,
  why: `why ${id}`,
  priority,
  dueInDays,
  ownerRole: 'rep',
  steps: ['step'],
  source: 'test',
  ...extra,
});

const book = (id: string, plays: Play[]): Playbook => ({ id, title: id, version: '1', description: '', plays });

describe('one global ranking', () => {
  it('orders by priority, then due date, then playbook order, across playbooks', () => {
    const plan = buildPlan(
      [
        book('first', [play('a-p2-30', 2, 30), play('a-p1-14', 1, 14), play('a-p2-7', 2, 7)]),
        book('second', [play('b-p1-7', 1, 7), play('b-p2-30', 2, 30), play('b-p3-1', 3, 1)]),
      ],
      {},
    );
    expect(plan.map((item) => item.play)).toEqual(['b-p1-7', 'a-p1-14', 'a-p2-7', 'a-p2-30', 'b-p2-30', 'b-p3-1']);
  });

  it('does not let risk relevance jump the due date', () => {
    const plan = buildPlan(
      [
        book('x', [
          play('later-risky', 2, 30, { when: { fact: 'riskLevel', op: 'eq', value: 'high' } }),
          play('sooner', 2, 7),
        ]),
      ],
      { riskLevel: 'high' },
      ['riskLevel'],
    );
    expect(plan.map((item) => item.play)).toEqual(['sooner', 'later-risky']);
  });

  it('lists 7 on a terminal unless --top or --all says otherwise; piped and JSON list all', () => {
    expect(TERMINAL_PLAN_TOP).toBe(7);
    expect(planLimit({ terminal: true })).toBe(7);
    expect(planLimit({ terminal: true, all: true })).toBeUndefined();
    expect(planLimit({ terminal: true, top: 3 })).toBe(3);
    expect(planLimit({ terminal: false })).toBeUndefined();
    expect(planLimit({ terminal: false, top: 2 })).toBe(2);
  });
});

describe('who does an accepted play', () => {
  const people = rolePeople((key) => ({ 'role.manager': 'wang', 'role.service': '  ' })[key]);

  it('gives the rep role to the account owner and other roles to the people named', () => {
    expect(people).toEqual({ manager: 'wang' });
    expect(playOwner('rep', 'lin', people)).toEqual({ owner: 'lin', role: 'rep', standIn: false });
    expect(playOwner('manager', 'lin', people)).toEqual({ owner: 'wang', role: 'manager', standIn: false });
  });

  it('falls back to the account owner, noting the role, when nobody is named for it', () => {
    expect(playOwner('service', 'lin', people)).toEqual({ owner: 'lin', role: 'service', standIn: true });
    expect(playOwner('executive', null, {})).toEqual({ owner: null, role: 'executive', standIn: true });
  });
});
