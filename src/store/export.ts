/**
 * The rows `acct export` writes: one query per record type, columns named by
 * field in the order of the CSV, streamed with iterate() so no table is held
 * in memory.
 */
import { readThroughMap } from './dialect.js';
import type { Driver } from './driver.js';
import type { SqlValue } from './sql.js';

/**
 * Every record of one type, as arrays in the order of `columns` (field
 * names): arrays, not objects, because the export touches every cell.
 */
export function exportRows(
  db: Driver,
  type: ExportType,
): { columns: string[]; rows: () => IterableIterator<SqlValue[]> } {
  // The rows come in index order, so the table's pages are visited out of order: through read()
  // calls (about 75,000 for 100k accounts, the page cache being small) stepping the query cost twice
  // the CPU (bench/RESULTS.md).
  readThroughMap(db);
  const statement = db.prepare(EXPORT_SQL[type]).raw(true);
  return {
    columns: statement.columns().map((column) => column.name),
    // Started only when read: an unfinished query would keep the database busy at close.
    rows: () => statement.iterate() as IterableIterator<SqlValue[]>,
  };
}

export type ExportType = 'accounts' | 'contacts' | 'activities' | 'actions' | 'assessments';

/** The export's query per type: columns named by field, in the order acct export writes them. */
const EXPORT_SQL: Readonly<Record<ExportType, string>> = {
  accounts: `SELECT name, external_id AS externalId, industry, owner, tier, city, address, revenue, currency, share,
       position, stage, level, target_level AS targetLevel, notes, created_at AS createdAt
     FROM accounts ORDER BY name_key, id`,
  contacts: `SELECT a.name AS account, a.external_id AS accountExternalId, c.name, c.title, c.department, c.role,
       c.attitude, c.strength, c.seniority, c.email, c.phone, c.birthday, c.preferences,
       c.last_contacted AS lastContacted
     FROM contacts c JOIN accounts a ON a.id = c.account_id
     ORDER BY a.name_key, a.id, c.name_key, c.id`,
  activities: `SELECT a.name AS account, a.external_id AS accountExternalId, t.date, t.type, t.note, t.amount, t.currency,
       (SELECT group_concat(name, '; ') FROM
          (SELECT c.name FROM activity_contacts ac JOIN contacts c ON c.id = ac.contact_id
           WHERE ac.activity_id = t.id ORDER BY c.name_key, c.id)) AS contacts
     FROM activities t JOIN accounts a ON a.id = t.account_id
     ORDER BY a.name_key, a.id, t.date, t.id`,
  actions: `SELECT a.name AS account, a.external_id AS accountExternalId, x.text, x.playbook, x.play, x.owner, x.due,
       x.status, x.created_at AS createdAt, x.closed_at AS closedAt
     FROM actions x JOIN accounts a ON a.id = x.account_id
     ORDER BY a.name_key, a.id, x.id`,
  assessments: `SELECT a.name AS account, a.external_id AS accountExternalId, s.assessed_at AS assessedAt, s.answers,
       s.stage, s.level, s.position, s.share, s.criteria_fit AS criteriaFit, s.risk_level AS riskLevel,
       s.experience_profile AS experienceProfile, s.experience_score AS experienceScore,
       s.satisfaction, s.single_threaded AS singleThreaded, s.target_level AS targetLevel,
       s.result, s.playbook_versions AS playbookVersions
     FROM assessments s JOIN accounts a ON a.id = s.account_id
     ORDER BY a.name_key, a.id, s.assessed_at, s.id`,
};
