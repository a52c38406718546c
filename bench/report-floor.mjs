#!/usr/bin/env node
// The weekly review's reading floor (bench/report.mjs --floor runs it): start
// node, load the SQLite driver acct uses, open the database and step the
// rollup join the report reads for every account, keeping nothing. No acct
// module is loaded and no rule runs: what `acct report` costs above this is
// acct's own start-up and the method's rules.
//
//   node bench/report-floor.mjs DB [AS_OF_END]
import Database from 'better-sqlite3';

const [path, end = '2026-03-16'] = process.argv.slice(2);
if (!path) {
  console.error('usage: node bench/report-floor.mjs DB [AS_OF_END]');
  process.exit(2);
}
const db = new Database(path, { readonly: true, fileMustExist: true });
let values = 0;
const rows = db
  .prepare(
    `SELECT a.id, a.name, a.owner, a.tier, a.position, a.stage, a.level, a.created_at,
       r.last_activity, r.last_order, r.recent, a.updated_at,
       r.contacts, r.strong, r.departments, r.has_executive, r.contacts_until, r.last_contacted
     FROM accounts a LEFT JOIN account_rollup r ON r.account_id = a.id
     WHERE a.created_at < ? ORDER BY a.id`,
  )
  .raw()
  .iterate(end);
for (const row of rows) values += row.length;
db.close();
if (values === 0) {
  console.error(`${path}: no accounts`);
  process.exit(1);
}
