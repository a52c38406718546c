/** SQL for actions: plays accepted as tasks with an owner and a due date. */
import type { ActionStatus, OwnerRole } from '../domain/enums.js';
import type { Action } from '../domain/types.js';
import type { Driver } from './driver.js';

export interface ActionRow {
  id: number;
  account_id: number;
  text: string;
  playbook: string | null;
  play: string | null;
  owner: string | null;
  due: string | null;
  status: string;
  created_at: string;
  closed_at: string | null;
  assessment_id: number | null;
  owner_role: string | null;
  why: string | null;
  steps: string | null;
  because: string | null;
}

/** A JSON list of texts as stored (migration 8 checks json_valid); anything else reads as none. */
function textList(json: string | null): string[] {
  if (json === null) return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function toAction(row: ActionRow): Action {
  return {
    id: row.id,
    accountId: row.account_id,
    text: row.text,
    playbook: row.playbook,
    play: row.play,
    owner: row.owner,
    due: row.due,
    status: row.status as ActionStatus,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    assessmentId: row.assessment_id,
    ownerRole: row.owner_role as OwnerRole | null,
    why: row.why,
    steps: textList(row.steps),
    because: textList(row.because),
  };
}

export interface NewAction {
  text: string;
  playbook?: string | null;
  play?: string | null;
  owner?: string | null;
  due?: string | null;
  status?: ActionStatus;
  createdAt?: string;
  closedAt?: string | null;
  /** For an accepted play: the assessment, the play's role, why, steps and because lines. */
  assessmentId?: number | null;
  ownerRole?: OwnerRole | null;
  why?: string | null;
  steps?: readonly string[];
  because?: readonly string[];
}

const list = (items: readonly string[] | undefined): string | null =>
  items === undefined ? null : JSON.stringify(items);

export interface ActionFilter {
  accountId?: number;
  status?: ActionStatus | 'all';
  owner?: string;
}

export class ActionRepository {
  constructor(private readonly db: Driver) {}

  insert(accountId: number, action: NewAction, now: string): Action {
    const status = action.status ?? 'open';
    const info = this.db
      .prepare(
        `INSERT INTO actions (account_id, text, playbook, play, owner, due, status, created_at, closed_at,
           assessment_id, owner_role, why, steps, because)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        accountId,
        action.text,
        action.playbook ?? null,
        action.play ?? null,
        action.owner ?? null,
        action.due ?? null,
        status,
        action.createdAt ?? now,
        action.closedAt ?? (status === 'open' ? null : now),
        action.assessmentId ?? null,
        action.ownerRole ?? null,
        action.why ?? null,
        list(action.steps),
        list(action.because),
      );
    return this.byId(Number(info.lastInsertRowid))!;
  }

  /**
   * Adds the actions, except those whose play is already an open action of
   * the account (a re-assessment does not add a play twice). The check is SQL
   * in the same statement as the insert, and the caller holds the write lock
   * (store.write), so two assessments at once cannot both add a play.
   */
  addUnlessOpen(
    accountId: number,
    actions: readonly NewAction[],
    now: string,
  ): { added: Action[]; alreadyOpen: string[] } {
    if (!this.db.inTransaction) throw new Error('actions.addUnlessOpen must run inside store.write');
    // The casts say each value's type: PostgreSQL cannot infer a parameter's type in a SELECT list.
    const insert = this.db.prepare(
      `INSERT INTO actions (account_id, text, playbook, play, owner, due, status, created_at, closed_at,
         assessment_id, owner_role, why, steps, because)
       SELECT CAST(@accountId AS INTEGER), CAST(@text AS TEXT), CAST(@playbook AS TEXT), CAST(@play AS TEXT),
         CAST(@owner AS TEXT), CAST(@due AS TEXT), 'open', CAST(@now AS TEXT), NULL,
         CAST(@assessmentId AS INTEGER), CAST(@ownerRole AS TEXT), CAST(@why AS TEXT), CAST(@steps AS TEXT),
         CAST(@because AS TEXT)
       WHERE @play IS NULL
          OR NOT EXISTS (SELECT 1 FROM actions WHERE account_id = @accountId AND play = @play AND status = 'open')`,
    );
    const added: Action[] = [];
    const alreadyOpen: string[] = [];
    for (const action of actions) {
      const info = insert.run({
        accountId,
        text: action.text,
        playbook: action.playbook ?? null,
        play: action.play ?? null,
        owner: action.owner ?? null,
        due: action.due ?? null,
        now: action.createdAt ?? now,
        assessmentId: action.assessmentId ?? null,
        ownerRole: action.ownerRole ?? null,
        why: action.why ?? null,
        steps: list(action.steps),
        because: list(action.because),
      });
      if (info.changes === 1) added.push(this.byId(Number(info.lastInsertRowid))!);
      else alreadyOpen.push(action.play!);
    }
    return { added, alreadyOpen };
  }

  /** The actions accepted from one assessment's plan, in the order they were added. */
  fromAssessment(assessmentId: number): Action[] {
    return (
      this.db.prepare('SELECT * FROM actions WHERE assessment_id = ? ORDER BY id').all(assessmentId) as ActionRow[]
    ).map(toAction);
  }

  byId(id: number): Action | undefined {
    const row = this.db.prepare('SELECT * FROM actions WHERE id = ?').get(id) as ActionRow | undefined;
    return row && toAction(row);
  }

  /** Open actions first by due date (undated last), then closed ones newest first. */
  list(filter: ActionFilter = {}): Action[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.accountId !== undefined) {
      where.push('account_id = ?');
      params.push(filter.accountId);
    }
    const status = filter.status ?? 'open';
    if (status !== 'all') {
      where.push('status = ?');
      params.push(status);
    }
    if (filter.owner) {
      where.push('lower(owner) = lower(?)');
      params.push(filter.owner);
    }
    const sql = `SELECT * FROM actions ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY status != 'open', due IS NULL, due, id`;
    return (this.db.prepare(sql).all(...params) as ActionRow[]).map(toAction);
  }

  /** Changes what, who and when; status changes go through setStatus. */
  update(id: number, patch: { text?: string; owner?: string | null; due?: string | null }): Action {
    const sets = Object.entries({ text: patch.text, owner: patch.owner, due: patch.due }).filter(
      ([, value]) => value !== undefined,
    );
    if (sets.length > 0) {
      this.db
        .prepare(`UPDATE actions SET ${sets.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`)
        .run(...sets.map(([, value]) => value ?? null), id);
    }
    return this.byId(id)!;
  }

  setStatus(id: number, status: ActionStatus, now: string): Action {
    this.db
      .prepare('UPDATE actions SET status = ?, closed_at = ? WHERE id = ?')
      .run(status, status === 'open' ? null : now, id);
    return this.byId(id)!;
  }
}
