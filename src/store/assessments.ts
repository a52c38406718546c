/**
 * SQL for assessments: one row per dated assessment. The full answers and
 * derived results are JSON; the key results are copied into columns so the
 * weekly report can aggregate them in SQL. Rows are decoded here, once, into
 * StoredAssessment (src/domain/assessment/stored.ts), so readers never cast.
 */
import { decodeAnswers, decodePlaybookVersions, decodeResult } from '../domain/assessment/stored.js';
import type { StoredAssessment } from '../domain/assessment/types.js';
import type { Driver } from './driver.js';

export interface AssessmentRow {
  id: number;
  account_id: number;
  assessed_at: string;
  answers: string;
  result: string;
  playbook_versions: string;
  stage: string | null;
  level: string | null;
  position: string | null;
  share: number | null;
  criteria_fit: string | null;
  risk_level: string | null;
  experience_profile: string | null;
  experience_score: number | null;
  satisfaction: number | null;
  single_threaded: number | null;
  target_level: string | null;
}

/** The JSON columns are CHECKed json_valid, so parsing cannot fail; their shape is decoded. */
export function toRecord(row: AssessmentRow): StoredAssessment {
  return {
    id: row.id,
    accountId: row.account_id,
    assessedAt: row.assessed_at,
    answers: decodeAnswers(JSON.parse(row.answers)),
    result: decodeResult(JSON.parse(row.result)),
    playbookVersions: decodePlaybookVersions(JSON.parse(row.playbook_versions)),
    stage: row.stage,
    level: row.level,
    position: row.position,
    share: row.share,
    criteriaFit: row.criteria_fit,
    riskLevel: row.risk_level,
    experienceProfile: row.experience_profile,
    experienceScore: row.experience_score,
    satisfaction: row.satisfaction,
    singleThreaded: row.single_threaded === null ? null : row.single_threaded === 1,
    targetLevel: row.target_level,
  };
}

export type NewAssessment = Omit<StoredAssessment, 'id'>;

export class AssessmentRepository {
  constructor(private readonly db: Driver) {}

  insert(record: NewAssessment): StoredAssessment {
    const info = this.db
      .prepare(
        `INSERT INTO assessments (account_id, assessed_at, answers, result, playbook_versions, stage, level, position,
           share, criteria_fit, risk_level, experience_profile, experience_score, satisfaction, single_threaded, target_level)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        record.accountId,
        record.assessedAt,
        JSON.stringify(record.answers),
        JSON.stringify(record.result),
        JSON.stringify(record.playbookVersions),
        record.stage,
        record.level,
        record.position,
        record.share,
        record.criteriaFit,
        record.riskLevel,
        record.experienceProfile,
        record.experienceScore,
        record.satisfaction,
        record.singleThreaded === null ? null : Number(record.singleThreaded),
        record.targetLevel,
      );
    return this.byId(Number(info.lastInsertRowid))!;
  }

  byId(id: number): StoredAssessment | undefined {
    const row = this.db.prepare('SELECT * FROM assessments WHERE id = ?').get(id) as AssessmentRow | undefined;
    return row && toRecord(row);
  }

  /** The newest assessment at or before `at` (an ISO date or timestamp), or the newest of all. */
  latest(accountId: number, at?: string): StoredAssessment | undefined {
    const row = (
      at
        ? this.db
            .prepare(
              'SELECT * FROM assessments WHERE account_id = ? AND substr(assessed_at, 1, length(?)) <= ? ORDER BY assessed_at DESC, id DESC LIMIT 1',
            )
            .get(accountId, at, at)
        : this.db
            .prepare('SELECT * FROM assessments WHERE account_id = ? ORDER BY assessed_at DESC, id DESC LIMIT 1')
            .get(accountId)
    ) as AssessmentRow | undefined;
    return row && toRecord(row);
  }

  /** Oldest first. */
  forAccount(accountId: number): StoredAssessment[] {
    return (
      this.db
        .prepare('SELECT * FROM assessments WHERE account_id = ? ORDER BY assessed_at, id')
        .all(accountId) as AssessmentRow[]
    ).map(toRecord);
  }
}
