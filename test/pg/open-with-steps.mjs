// A separate process that opens a PostgreSQL database the way acct does (the built dist/), with the
// migration steps a test gives: test/store/pg-migrations.test.ts starts two at once.
// Usage: node test/pg/open-with-steps.mjs URL STEPS_JSON  → prints {"migratedFrom": n|null} or {"error": "…"}
import { openPostgres } from '../../dist/store/pg/open.js';

const [url, steps] = process.argv.slice(2);
try {
  const { db, migratedFrom } = openPostgres({ location: url, migrations: JSON.parse(steps) });
  db.close();
  process.stdout.write(JSON.stringify({ migratedFrom }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: String(error.message ?? error) }));
  process.exitCode = 1;
}
